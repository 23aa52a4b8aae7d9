// The Microsoft 365 simulator's scenario: who exists in which tenant, and how each endpoint behaves.

export const endpointBehaviours = [
  "normal",
  "closed",
  "silent",
  "garbage",
  "huge-line",
  "close-mid-handshake",
  "untrusted-cert",
  "expired-cert",
  "wrong-name-cert",
  "tls-1.1",
  "no-starttls",
] as const;
export type EndpointBehaviour = (typeof endpointBehaviours)[number];

export type SecretScenario = { id: string; value: string; expires: string };

export type AppScenario = {
  clientId: string;
  displayName: string;
  secrets: SecretScenario[];
  redirectUris?: string[];
  spaRedirectUris?: string[];
  publicClient?: boolean;
  consented?: boolean;
  blockedByConditionalAccess?: boolean;
  /** Requires user assignment: only these users may sign in; everyone else gets AADSTS50105. */
  assignedUsers?: string[];
  /** The resources listed under the registration's API permissions; absent = every resource the simulator knows.
   * A delegated request for an unlisted one gets AADSTS650056. */
  apiPermissions?: ("outlook" | "graph")[];
  /** "Accounts in this organizational directory only": /common and /organizations answer AADSTS50194. */
  singleTenant?: boolean;
};

export type UserScenario = {
  upn: string;
  licence?: "e5" | "e3" | "e1" | "exchange-plan-2" | "exchange-plan-1" | "f3" | "f1" | "none";
  imapEnabled?: boolean;
  popEnabled?: boolean;
  smtpAuthDisabled?: boolean | null;
  fullAccessTo?: string[];
  mfaRequired?: boolean;
  /** Has not registered a second factor yet, which the tenant requires: every sign-in gets AADSTS50072. */
  mfaRegistrationRequired?: boolean;
  blockedByConditionalAccess?: boolean;
  /** The tenant's security defaults apply to this user: the password grant (ROPC) gets AADSTS530035. */
  blockedBySecurityDefaults?: boolean;
  disabled?: boolean;
  password?: string;
  /** A shared mailbox: needs no licence; reached by a delegate's token with user=<this mailbox>. */
  sharedMailbox?: boolean;
};

export type TenantScenario = {
  id: string;
  displayName: string;
  domains: { name: string; federated?: boolean }[];
  smtpAuthDisabled?: boolean;
  apps: AppScenario[];
  users: UserScenario[];
};

export type Scenario = { tenants: TenantScenario[] };
