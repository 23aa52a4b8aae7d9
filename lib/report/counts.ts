import { type Owner, owners } from "@/lib/catalogue/checks";
import type { CheckResult } from "@/lib/catalogue/present";

export function countByStatus(results: readonly CheckResult[]) {
  const count = (status: CheckResult["status"]) => results.filter((result) => result.status === status).length;
  return { fail: count("fail"), warn: count("warn"), info: count("info") + count("skipped"), pass: count("pass") };
}

export function resultsByOwner(results: readonly CheckResult[]): Record<Owner, CheckResult[]> {
  return Object.fromEntries(
    owners.map((owner) => [owner, results.filter((result) => result.owner === owner && result.status !== "pass")]),
  ) as Record<Owner, CheckResult[]>;
}
