// Reads a scenario JSON file and checks it against the Scenario contract (scenario.ts), naming the bad field.
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Scenario } from "./scenario";

const secret = z.strictObject({ id: z.string().min(1), value: z.string().min(1), expires: z.string().min(1) });

const app = z.strictObject({
  clientId: z.string().min(1),
  displayName: z.string(),
  secrets: z.array(secret),
  redirectUris: z.array(z.string()).optional(),
  spaRedirectUris: z.array(z.string()).optional(),
  publicClient: z.boolean().optional(),
  consented: z.boolean().optional(),
  blockedByConditionalAccess: z.boolean().optional(),
  assignedUsers: z.array(z.string()).optional(),
  apiPermissions: z.array(z.enum(["outlook", "graph"])).optional(),
  singleTenant: z.boolean().optional(),
});

const user = z.strictObject({
  upn: z.string().includes("@"),
  licence: z.enum(["e5", "e3", "e1", "exchange-plan-2", "exchange-plan-1", "f3", "f1", "none"]).optional(),
  imapEnabled: z.boolean().optional(),
  popEnabled: z.boolean().optional(),
  smtpAuthDisabled: z.boolean().nullable().optional(),
  fullAccessTo: z.array(z.string()).optional(),
  mfaRequired: z.boolean().optional(),
  mfaRegistrationRequired: z.boolean().optional(),
  blockedByConditionalAccess: z.boolean().optional(),
  blockedBySecurityDefaults: z.boolean().optional(),
  disabled: z.boolean().optional(),
  password: z.string().optional(),
  sharedMailbox: z.boolean().optional(),
});

const tenant = z.strictObject({
  id: z.string().min(1),
  displayName: z.string(),
  domains: z.array(z.strictObject({ name: z.string().min(1), federated: z.boolean().optional() })).min(1),
  smtpAuthDisabled: z.boolean().optional(),
  apps: z.array(app),
  users: z.array(user),
});

const scenarioSchema = z.strictObject({ $comment: z.string().optional(), tenants: z.array(tenant).min(1) });

export function parseScenario(json: unknown): Scenario {
  const result = scenarioSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`scenario: "${issue?.path.join(".") ?? ""}" ${issue?.message ?? "is not valid"}`);
  }
  const { $comment: _comment, ...scenario } = result.data;
  return scenario satisfies Scenario;
}

export function loadScenario(file: string): Scenario {
  return parseScenario(JSON.parse(readFileSync(file, "utf8")) as unknown);
}
