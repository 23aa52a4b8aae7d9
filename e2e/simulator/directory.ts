// Look-ups over a Scenario: tenants by id or domain, apps, users and mailbox rules shared by Entra and Exchange.
import { createHash } from "node:crypto";
import type { AppScenario, Scenario, TenantScenario, UserScenario } from "./scenario";

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
  return guidPattern.test(value);
}

/** A stable GUID derived from some text (object ids of users and service principals). */
export function stableGuid(...parts: string[]): string {
  const h = createHash("sha256").update(parts.join("\u0000").toLowerCase()).digest("hex");
  const variant = ((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export class Directory {
  constructor(readonly scenario: Scenario) {}

  get tenants(): TenantScenario[] {
    return this.scenario.tenants;
  }

  /** A tenant by GUID or by one of its domains (case-insensitive). */
  tenant(idOrDomain: string): TenantScenario | undefined {
    const key = idOrDomain.toLowerCase();
    return this.tenants.find((t) => t.id.toLowerCase() === key || t.domains.some((d) => d.name.toLowerCase() === key));
  }

  tenantOfDomain(domain: string): { tenant: TenantScenario; federated: boolean } | undefined {
    const key = domain.toLowerCase();
    for (const tenant of this.tenants) {
      const d = tenant.domains.find((x) => x.name.toLowerCase() === key);
      if (d) return { tenant, federated: d.federated === true };
    }
    return undefined;
  }

  app(tenant: TenantScenario, clientId: string): AppScenario | undefined {
    const key = clientId.toLowerCase();
    return tenant.apps.find((a) => a.clientId.toLowerCase() === key);
  }

  /** The tenant that registers this client id (apps are single-tenant in the simulator). */
  appAnywhere(clientId: string): { tenant: TenantScenario; app: AppScenario } | undefined {
    for (const tenant of this.tenants) {
      const app = this.app(tenant, clientId);
      if (app) return { tenant, app };
    }
    return undefined;
  }

  user(tenant: TenantScenario, upn: string): UserScenario | undefined {
    const key = upn.toLowerCase();
    return tenant.users.find((u) => u.upn.toLowerCase() === key);
  }

  userAnywhere(upn: string): { tenant: TenantScenario; user: UserScenario } | undefined {
    for (const tenant of this.tenants) {
      const user = this.user(tenant, upn);
      if (user) return { tenant, user };
    }
    return undefined;
  }

  userOid(tenant: TenantScenario, user: UserScenario): string {
    return stableGuid("user", tenant.id, user.upn);
  }

  servicePrincipalOid(tenant: TenantScenario, app: AppScenario): string {
    return stableGuid("sp", tenant.id, app.clientId);
  }
}

export function displayNameOf(upn: string): string {
  const local = upn.split("@")[0] ?? upn;
  return local.charAt(0).toUpperCase() + local.slice(1);
}

/** assumption: an app whose scenario leaves `consented` out is consented (the common case). */
export function isConsented(app: AppScenario): boolean {
  return app.consented !== false;
}

/** A mailbox exists for the user: any Exchange licence (default e3), or a shared mailbox (which needs none).
 * assumption: licence "none" on a user mailbox means no mailbox at all (XOAUTH2 fails on every protocol). */
export function hasMailbox(user: UserScenario): boolean {
  return user.sharedMailbox === true || (user.licence ?? "e3") !== "none";
}

/** Kiosk/frontline plans (F1, F3) carry no IMAP/POP; "none" has no mailbox (unless shared). */
export function licenceAllowsImapPop(user: UserScenario): boolean {
  if (user.sharedMailbox === true) return true;
  const licence = user.licence ?? "e3";
  return licence !== "none" && licence !== "f1" && licence !== "f3";
}

/** The mailbox setting wins over the tenant's; null/undefined = use the tenant's. */
export function smtpAuthDisabledFor(tenant: TenantScenario, user: UserScenario): "Mailbox" | "Tenant" | null {
  if (user.smtpAuthDisabled === true) return "Mailbox";
  if (user.smtpAuthDisabled === false) return null;
  return tenant.smtpAuthDisabled === true ? "Tenant" : null;
}
