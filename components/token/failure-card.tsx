import { ResultCard } from "@/components/report/result-card";
import type { CheckResult } from "@/lib/catalogue/present";

// Apart from result-card.tsx so that the pages without the token step's panels (the shared report) do not load it.

/** The card under a sign-in panel's failure, when the failure names a cause (an AADSTS code). */
export function FailureCard({ result }: { result: CheckResult | null }) {
  return result ? (
    <div className="mt-3">
      <ResultCard result={result} />
    </div>
  ) : null;
}
