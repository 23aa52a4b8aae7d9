// Helpers for the live end-to-end tests: the simulator's scenario ids, tokens from its Entra, and live case files.
import { readFileSync } from "node:fs";
import { request } from "node:https";
import { resolve } from "node:path";
import type { CaseFile } from "@/lib/case/schema";
import { liveCheckIds } from "@/lib/catalogue/checks";
import { entraPort, repoRoot, simDir } from "./sim-env";
import type { MintTokenOptions } from "./simulator/tokens";

export * from "./simulator/scenario-ids";

import { CONTOSO, ECE_APP, ECE_APP_SECRET, USER_PASSWORD } from "./simulator/scenario-ids";

export const demoCasePath = resolve(repoRoot, "e2e/simulator/demo-case.json");

type Patch = { [key: string]: unknown };
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
function merge(base: Record<string, unknown>, patch: Patch): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch))
    out[key] = isObject(out[key]) && isObject(value) ? merge(out[key] as Record<string, unknown>, value) : value;
  return out;
}

/** The demo case (healthy, cloud "sim"), for one mailbox, with `patch` deep-merged in (arrays replace). */
export function simCase(patch: Patch = {}): CaseFile {
  const demo = JSON.parse(readFileSync(demoCasePath, "utf8")) as Record<string, unknown>;
  const single = merge(demo, {
    mail: { mailboxes: ["support@contoso.sim.test"], tokenSignedInAs: "support@contoso.sim.test" },
  });
  return merge(single, patch) as unknown as CaseFile;
}

/** A per-mailbox case for one mailbox whose own token is used. */
export const forMailbox = (upn: string): Patch => ({ mail: { mailboxes: [upn], tokenSignedInAs: upn } });
export const onCloud = (cloud: string): Patch => ({ azure: { cloud } });

/** The shared model: `delegate` signs in and opens `mailboxes` with Full Access. */
export const sharedModel = (delegate: string, mailboxes: string[]): Patch => ({
  mail: { accessModel: "shared", signInAccount: delegate, fullAccess: "yes", mailboxes, tokenSignedInAs: delegate },
});

/** A form POST to the simulated Entra (or, with `at`, to the second cloud's: login-other-cloud.sim.test). */
export function simPost(
  path: string,
  form: Record<string, string>,
  at: { port: number; host: string } = { port: entraPort, host: "login.sim.test" },
): Promise<{ status: number; json: Record<string, unknown> }> {
  const body = new URLSearchParams(form).toString();
  return new Promise((resolvePromise, reject) => {
    // Loopback only: 127.0.0.1 with the simulator's own CA, and its certificate's name.
    const req = request(
      {
        host: "127.0.0.1",
        port: at.port,
        servername: at.host,
        ca: readFileSync(resolve(simDir, "ca.pem")),
        method: "POST",
        path,
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          "Content-Length": Buffer.byteLength(body),
          Host: `${at.host}:${at.port}`,
        },
        timeout: 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolvePromise({
            status: res.statusCode ?? 0,
            json: JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>,
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error("the simulator did not answer")));
    req.on("error", reject);
    req.end(body);
  });
}

/** Any claim of the token can be chosen (e2e/simulator/tokens.ts). */
export type MintOptions = MintTokenOptions;

/** A token signed by the simulator (or not), as POST /sim/mint makes it. Defaults: contoso, the ECE app, support@. */
export async function mintToken(options: MintOptions = {}): Promise<string> {
  const { status, json } = await simPost("/sim/mint", {
    options: JSON.stringify({ tenant: CONTOSO, clientId: ECE_APP, upn: "support@contoso.sim.test", ...options }),
  });
  if (status !== 200 || typeof json.access_token !== "string") throw new Error(`/sim/mint answered ${status}`);
  return json.access_token;
}

/** A real delegated token from the simulated Entra (resource owner password grant, as the ECE app). */
export async function passwordToken(
  upn: string,
  tenant = CONTOSO,
  clientId = ECE_APP,
  clientSecret = ECE_APP_SECRET,
): Promise<string> {
  const scope = ["IMAP.AccessAsUser.All", "POP.AccessAsUser.All", "SMTP.Send"]
    .map((name) => `https://outlook.office.com/${name}`)
    .join(" ");
  const { status, json } = await simPost(`/${tenant}/oauth2/v2.0/token`, {
    grant_type: "password",
    client_id: clientId,
    client_secret: clientSecret,
    username: upn,
    password: USER_PASSWORD,
    scope: `${scope} offline_access`,
  });
  if (status !== 200 || typeof json.access_token !== "string")
    throw new Error(`password grant for ${upn} answered ${status} ${String(json.error)}`);
  return json.access_token;
}

/** The checks the live probes report (the others come from the answers alone). */
export const liveChecks = liveCheckIds;

export type Result = {
  check: string;
  checks?: string[];
  status: string;
  cause?: string;
  target?: string;
  owner: string;
  title: string;
};
export type Evidence = {
  kind: string;
  target: string;
  ms: number;
  error?: { code: string; phase: string; message: string };
};
export type Diagnosis = { schema: string; findings: unknown[]; results: Result[]; evidence: Evidence[] };

/** [check, status, cause, target, owner], sorted: what a row of the table expects. */
/** `check` lists every check that met the finding, joined by "+" ("imap+smtp+access-token": one finding per cause and target). */
export type Row = [check: string, status: string, cause: string, target: string, owner: string];

export function nonPassingLive(results: readonly Result[]): Row[] {
  return results
    .filter((result) => (liveChecks as readonly string[]).includes(result.check) && result.status !== "pass")
    .map(
      (result): Row => [
        (result.checks ?? [result.check]).join("+"),
        result.status,
        result.cause ?? "",
        result.target ?? "",
        result.owner,
      ],
    )
    .sort((a, b) => a.join("|").localeCompare(b.join("|")));
}

export const sortRows = (rows: readonly Row[]): Row[] =>
  [...rows].sort((a, b) => a.join("|").localeCompare(b.join("|")));

let clients = 0;
/** A client address of its own for each request, so the per-client rate limit of live diagnoses never interferes. */
export function freshClient(): Record<string, string> {
  clients += 1;
  return { "X-Forwarded-For": `198.18.${Math.floor(clients / 250)}.${(clients % 250) + 1}` };
}
