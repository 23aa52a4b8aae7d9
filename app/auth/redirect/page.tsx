import { RedirectBridge } from "@/components/token/redirect-bridge";
import { messages } from "@/lib/i18n/messages";

// The redirect URI of the token step's sign-in (`${origin}/auth/redirect`, platform "Single-page application"):
// MSAL's redirect bridge hands the answer to the wizard's window (popup) or sends the browser back to it (redirect).
export default function AuthRedirectPage() {
  return (
    <main>
      <p>{messages.en.token.bridge}</p>
      <p lang="it">{messages.it.token.bridge}</p>
      <RedirectBridge />
    </main>
  );
}
