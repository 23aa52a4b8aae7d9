import type { Metadata } from "next";
import type { ReactNode } from "react";
import { messages } from "@/lib/i18n/messages";

// The reference for npm run bench, npm run lighthouse and the bundle budget test: an empty page of the same Next build,
// with a root layout of its own (no providers, no styles, no client component), so that each wizard page's cost
// is read as the difference to it. Served only when ECE_DOCTOR_BENCH_PAGES=1 (see page.tsx).
export const metadata: Metadata = { title: messages.en.appName, robots: { index: false } };

export default function EmptyReferenceLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
