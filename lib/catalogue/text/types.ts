import type { PolicyResult, ServerOrigin } from "@/lib/evidence/schema";
import type { Licence, RedirectPlatform } from "@/lib/knowledge/microsoft";
import type { CauseId } from "../causes";
import type { CheckId } from "../checks";

export type CheckText = { name: string; passTitle: string; passWhy: string };
export type CauseText = { title: string; why: string; fix: string[] };

export type CatalogueText = {
  checks: Record<CheckId, CheckText>;
  causes: Record<CauseId, CauseText>;
  values: {
    server: Record<"services" | "application", string>;
    plan: Record<Licence, string>;
    platform: Record<RedirectPlatform, string>;
    cloud: Record<string, string>;
    /** The probe phase a connection broke in (`{phase}`), so that it reads in the report's language. */
    phase: Record<string, string>;
    origin: Record<ServerOrigin, string>;
    timing: Record<"hour-after" | "after-good" | "no-good", string>;
    codeNote: Record<"named" | "unnamed", string>;
    kind: Record<"sign-in" | "refresh", string>;
    policy: Record<"", string>;
    policyResult: Record<PolicyResult, string>;
    subject: Record<"tenant", string>;
    ips: Record<"", string>;
  };
  serverTag: Record<"services" | "application" | "saw" | "othersCan", string>;
  /** The phrase a text uses where a finding does not know a value, by parameter name. */
  missing: Record<string, string>;
};
