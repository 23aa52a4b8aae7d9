// The device-code flow: the devicecode endpoint and what the user does on /devicelogin.
import { randomBytes } from "node:crypto";
import type { EntraContext, TenantRef } from "./entra-context";
import { E } from "./entra-errors";
import type { DeviceApproval } from "./entra-server";

export function deviceCodeEndpoint(
  ctx: EntraContext,
  host: string,
  ref: TenantRef,
  form: URLSearchParams,
): Record<string, unknown> {
  const { appFor, devices, scopesOf } = ctx;
  const clientId = form.get("client_id");
  if (!clientId) throw E.missingParam("client_id");
  const found = appFor(ref, clientId);
  const scopeText = form.get("scope");
  if (!scopeText) throw E.missingParam("scope");
  const alphabet = "BCDFGHJKLMNPQRSTVWXZ23456789";
  const userCode = Array.from(randomBytes(9), (b) => alphabet[b % alphabet.length]).join("");
  const deviceCode = `sim-dc.${randomBytes(32).toString("base64url")}`;
  const expiresIn = 900;
  devices.set(deviceCode, {
    deviceCode,
    userCode,
    tenantId: ref.kind === "tenant" ? ref.tenant.id : null,
    clientId: found.app.clientId,
    scopes: scopesOf(scopeText),
    expiresAt: Date.now() + expiresIn * 1000,
    approved: null,
  });
  const verificationUri = `https://${host}/devicelogin`;
  return {
    user_code: userCode,
    device_code: deviceCode,
    verification_uri: verificationUri,
    expires_in: expiresIn,
    interval: 5,
    message: `To sign in, use a web browser to open the page ${verificationUri} and enter the code ${userCode} to authenticate.`,
  };
}

export function approveDeviceCode(
  ctx: EntraContext,
  userCode: string,
  upn: string,
  opts: { mfa?: boolean } = {},
): DeviceApproval {
  const { devices, directory } = ctx;
  const entry = [...devices.values()].find((d) => d.userCode === userCode.trim().toUpperCase());
  if (!entry || entry.expiresAt <= Date.now()) return { ok: false, error: "AADSTS70019: Verification code expired." };
  const domain = upn.split("@")[1] ?? "";
  const tenant = entry.tenantId ? directory.tenant(entry.tenantId) : directory.tenantOfDomain(domain)?.tenant;
  const user = tenant ? directory.user(tenant, upn) : undefined;
  if (!tenant || !user)
    return { ok: false, error: "AADSTS50126: Error validating credentials due to invalid username or password." };
  entry.approved = { upn: user.upn, tenantId: tenant.id, amr: opts.mfa ? ["pwd", "mfa"] : ["pwd"] };
  return { ok: true };
}
