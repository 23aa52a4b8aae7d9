import type { Metadata } from "next";
import type { ReactNode } from "react";
import { messages } from "@/lib/i18n/messages";

// The MSAL redirect page lives outside /[lang]: its address is the redirect URI registered in Entra, one for all
// languages. A root layout of its own, with nothing but the page.
export const metadata: Metadata = { title: messages.en.appName, robots: { index: false } };

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
