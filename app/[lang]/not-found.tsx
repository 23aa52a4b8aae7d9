import { Link } from "@/components/ui/link";
import { messages } from "@/lib/i18n/messages";

export default function NotFound() {
  const t = messages.en.notFound;
  return (
    <main id="main" tabIndex={-1}>
      <h1 className="mb-4 text-3xl font-bold">{t.title}</h1>
      <p className="mb-4">{t.body}</p>
      <Link href="/en">{t.home}</Link>
    </main>
  );
}
