import { notFound } from "next/navigation";
import { connection } from "next/server";
import { messages } from "@/lib/i18n/messages";

export default async function EmptyReferencePage() {
  await connection();
  if (process.env.ECE_DOCTOR_BENCH_PAGES !== "1") notFound();
  return (
    <main>
      <h1>{messages.en.appName}</h1>
    </main>
  );
}
