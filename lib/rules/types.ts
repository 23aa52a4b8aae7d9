import type { CaseFile } from "@/lib/case/schema";
import type { CauseId } from "@/lib/catalogue/causes";
import type { CheckId, Status } from "@/lib/catalogue/checks";
import type { CloudProfile } from "@/lib/knowledge/clouds";
import type { ProbeEvidence } from "@/lib/probes/types";
import type { TokenExpectations } from "@/lib/token/claims";

export type SecretEvidence = { provided: boolean; looksLikeGuid: boolean; equalsClientId: boolean };

export type LiveContext = {
  token?: { raw: string; expectations: Omit<TokenExpectations, "mailbox" | "scope" | "owner"> & { owner: string } };
  secretLooksLikeSecretId: boolean;
};

/** What the live checks saw: the probes' evidence, and what the token and secret are expected to be. */
export type LiveEvidence = { probes: readonly ProbeEvidence[]; context: LiveContext };

export type Evidence = { clientSecret?: SecretEvidence; live?: LiveEvidence };

export type Params = Record<string, string>;

// Which ECE server saw a finding (evidence@1 files from the probe), and which others reached the same target.
export type ServerTag = {
  host: string;
  role: "services" | "application";
  reachedBy?: { host: string; role: "services" | "application" }[];
};

export type Finding =
  | { check: CheckId; status: "pass"; target?: string; params?: Params; server?: ServerTag }
  | {
      check: CheckId;
      status: Exclude<Status, "pass">;
      cause: CauseId;
      target?: string;
      params?: Params;
      server?: ServerTag;
    };

export type RuleContext = { file: CaseFile; evidence: Evidence; now: Date; profile: CloudProfile };

export type Rule = (context: RuleContext) => Finding[];

export const pass = (check: CheckId, params?: Params): Finding => ({ check, status: "pass", params });

export const finding = (
  check: CheckId,
  status: Exclude<Status, "pass">,
  cause: CauseId,
  params?: Params,
  target?: string,
): Finding => ({ check, status, cause, params, target });
