// Entra's error answers: the body shape, the timestamp format and the AADSTS texts the simulator returns
// (research §3.2; [C-wire] where captured, [C-doc] where documented, "assumption" where neither says).
import { randomUUID } from "node:crypto";
import type { AppScenario } from "./scenario";

export type EntraErrorBody = {
  error: string;
  error_description: string;
  error_codes: number[];
  timestamp: string;
  trace_id: string;
  correlation_id: string;
  error_uri: string;
  suberror?: string;
  claims?: string;
};

/** "2016-01-09 02:02:12Z", the timestamp format of Entra's error bodies. */
export function entraTimestamp(date = new Date()): string {
  return date
    .toISOString()
    .replace("T", " ")
    .replace(/\.\d+Z$/, "Z");
}

export class EntraError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly code: number,
    readonly text: string,
    readonly extra: { suberror?: string; claims?: string } = {},
  ) {
    super(`AADSTS${code}: ${text}`);
  }
}

// --- the AADSTS texts (research §3.2; [C-wire] where captured) ---
export const E = {
  tenantNotFound: (t: string) =>
    new EntraError(
      400,
      "invalid_request",
      90002,
      `Tenant '${t}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
    ),
  missingParam: (p: string) =>
    new EntraError(400, "invalid_request", 900144, `The request body must contain the following parameter: '${p}'.`),
  appNotFound: (appId: string, directory: string) =>
    new EntraError(
      400,
      "unauthorized_client",
      700016,
      `Application with identifier '${appId}' was not found in the directory '${directory}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
    ),
  badSecret: (appId: string) =>
    new EntraError(
      401,
      "invalid_client",
      7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${appId}'.`,
    ),
  expiredSecret: (appId: string) =>
    new EntraError(
      401,
      "invalid_client",
      7000222,
      `The provided client secret keys for app '${appId}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.`,
    ),
  // research §3.2: HTTP 400 in the captured fixture
  secretRequired: () =>
    new EntraError(
      400,
      "invalid_client",
      7000218,
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    ),
  // assumption: status 401 (ENTRA-ERR gives the text only)
  publicClientWithSecret: () =>
    new EntraError(
      401,
      "invalid_client",
      700025,
      "Client is public so neither 'client_assertion' nor 'client_secret' should be presented.",
    ),
  // assumption: client assertions (certificates) are not simulated
  assertionNotSupported: () =>
    new EntraError(
      401,
      "invalid_client",
      700027,
      "Client assertion failed signature validation. (The simulator does not support certificate credentials.)",
    ),
  ccScope: (scopes: string) =>
    new EntraError(
      400,
      "invalid_scope",
      1002012,
      `The provided value for scope ${scopes} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
    ),
  unknownResource: (resource: string, tenant: string) =>
    new EntraError(
      400,
      "invalid_resource",
      500011,
      `The resource principal named ${resource} was not found in the tenant named ${tenant}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
    ),
  // assumption: 700022 (research §2.1: the code exists; that it fires here is unconfirmed)
  multipleResources: () =>
    new EntraError(
      400,
      "invalid_scope",
      700022,
      "The provided value for the input parameter scope isn't valid because it contains more than one resource.",
    ),
  // assumption: error "invalid_grant" with suberror "consent_required" (research §3.2 leaves the error open)
  consent: (app: AppScenario) =>
    new EntraError(
      400,
      "invalid_grant",
      65001,
      `The user or administrator has not consented to use the application with ID '${app.clientId}' named '${app.displayName}'. Send an interactive authorization request for this user and resource.`,
      { suberror: "consent_required" },
    ),
  mfa: (resourceAppId: string) =>
    new EntraError(
      400,
      "invalid_grant",
      50076,
      `Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '${resourceAppId}'.`,
      {
        suberror: "basic_action",
        claims: JSON.stringify({ access_token: { capolids: { essential: true, values: [randomUUID()] } } }),
      },
    ),
  // assumption: error "invalid_grant" with suberror "message_only"
  blocked: () =>
    new EntraError(
      400,
      "invalid_grant",
      53003,
      "Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.",
      { suberror: "message_only" },
    ),
  // assumption: error "invalid_grant"
  disabled: () => new EntraError(400, "invalid_grant", 50057, "The user account is disabled."),
  badCredentials: () =>
    new EntraError(400, "invalid_grant", 50126, "Error validating credentials due to invalid username or password."),
  rtExpired: (issued: Date, inactiveMs: number) => {
    const days = Math.floor(inactiveMs / 86_400_000);
    const rest = new Date(inactiveMs % 86_400_000).toISOString().slice(11, 19);
    return new EntraError(
      400,
      "invalid_grant",
      700082,
      `The refresh token has expired due to inactivity. The token was issued on ${issued.toISOString().replace(/\.\d+Z$/, ".0000000Z")} and was inactive for ${days}.${rest}.`,
    );
  },
  malformedGrant: () =>
    new EntraError(400, "invalid_grant", 9002313, "Invalid request. Request is malformed or invalid."),
  codeExpired: () =>
    new EntraError(
      400,
      "invalid_grant",
      70008,
      "The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.",
    ),
  codeRedeemed: () =>
    new EntraError(
      400,
      "invalid_grant",
      54005,
      "OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.",
    ),
  // assumption: 500112 for a redirect_uri that differs from the one of the authorize request
  replyMismatch: (sent: string, original: string) =>
    new EntraError(
      400,
      "invalid_grant",
      500112,
      `The reply address '${sent}' does not match the reply address '${original}' provided when requesting Authorization code.`,
    ),
  pkce: () =>
    new EntraError(
      400,
      "invalid_grant",
      50148,
      "The code_verifier does not match the code_challenge supplied in the authorization request for PKCE.",
    ),
  spaNeedsCors: () =>
    new EntraError(
      400,
      "invalid_request",
      9002327,
      "Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests.",
    ),
  corsNotSpa: () =>
    new EntraError(
      400,
      "invalid_request",
      9002326,
      "Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type.",
    ),
  pending: () =>
    new EntraError(
      400,
      "authorization_pending",
      70016,
      "OAuth 2.0 device flow error. Authorization is pending. Continue polling.",
    ),
  // assumption: 70019 / expired_token for an expired device code
  deviceExpired: () => new EntraError(400, "expired_token", 70019, "Verification code expired."),
  // assumption: unknown device code
  badDeviceCode: () =>
    new EntraError(
      400,
      "invalid_grant",
      70000,
      "The provided value for the input parameter 'device_code' is not valid.",
    ),
  unsupportedGrant: (g: string) =>
    new EntraError(400, "unsupported_grant_type", 70003, `The app requested an unsupported grant type '${g}'.`),
  // Research §3.2 gives only the start of this text [C-doc]; assumption: error "invalid_request" and HTTP 400, like
  // AADSTS90002, and nothing after the first sentence.
  otherCloud: (t: string, cloud: string) =>
    new EntraError(
      400,
      "invalid_request",
      90038,
      `The specified tenant '${t}' belongs to the National Cloud '${cloud}'.`,
    ),
  // Research §3.2 [C-doc] (50079 / 50072) gives this text; assumption: error "invalid_grant" (the research leaves
  // invalid_grant or interaction_required open) and HTTP 400.
  mfaRegistration: () =>
    new EntraError(400, "invalid_grant", 50072, "User needs to enroll for second factor authentication"),
  // Research §3.2 [C-doc] gives this text; assumption: error "invalid_grant" and HTTP 400 (the research leaves both open).
  securityDefaults: () =>
    new EntraError(
      400,
      "invalid_grant",
      530035,
      "Access has been blocked by security defaults. This is due to the request using legacy auth or being deemed unsafe by security defaults policies.",
    ),
  // Research §3.2 [C-doc] gives "User account … from identity provider … does not exist in tenant … and cannot access
  // the application". assumption: the filled-in values (the identity provider as https://sts.windows.net/{home tenant}/),
  // nothing after "the application", error "invalid_grant" and HTTP 400.
  notInTenant: (upn: string, homeTenantId: string, tenantName: string) =>
    new EntraError(
      400,
      "invalid_grant",
      50020,
      `User account '${upn}' from identity provider 'https://sts.windows.net/${homeTenantId}/' does not exist in tenant '${tenantName}' and cannot access the application.`,
    ),
  // Research §3.2 [C-doc] gives this text; assumption: error "interaction_required" (what a refused silent sign-in
  // returns) and HTTP 400.
  ssoMismatch: () =>
    new EntraError(
      400,
      "interaction_required",
      81012,
      "The user trying to sign in to Microsoft Entra ID is different from the user signed into the device.",
    ),
  // Research §3.2 [C-doc] gives this text; assumption: error "invalid_grant" and HTTP 400.
  notAssigned: () =>
    new EntraError(400, "invalid_grant", 50105, "The signed in user isn't assigned to a role for the signed in app."),
  // Research §3.2 [C-doc] gives "Misconfigured application … the client has not listed any permissions for '{name}' in
  // the requested permissions…". assumption: the words in place of both "…", error "invalid_client" and HTTP 400.
  permissionMissing: (resourceName: string) =>
    new EntraError(
      400,
      "invalid_client",
      650056,
      `Misconfigured application. This could be due to one of the following: the client has not listed any permissions for '${resourceName}' in the requested permissions in the client's application registration.`,
    ),
  // Research §3.2 [C-doc] gives the text up to "Usage of the /common endpoint isn't supported…". assumption: the end of
  // the sentence after that, error "invalid_request" and HTTP 400.
  notMultitenant: (app: AppScenario) =>
    new EntraError(
      400,
      "invalid_request",
      50194,
      `Application '${app.clientId}'(${app.displayName}) isn't configured as a multitenant application. Usage of the /common endpoint isn't supported for such applications. Use a tenant-specific endpoint or configure the application to be multi-tenant.`,
    ),
  // Research §3.2 [C-doc] gives only "/common or /consumers not supported…" (fix: use /organizations or /{tenant}).
  // assumption: the whole sentence around it, error "invalid_request" and HTTP 400.
  consumersNotSupported: () =>
    new EntraError(
      400,
      "invalid_request",
      90130,
      "The application isn't supported over the /common or /consumers endpoints. Please use the /organizations or tenant-specific endpoint.",
    ),
  redirectMismatch: (uri: string, appId: string) =>
    new EntraError(
      400,
      "invalid_request",
      50011,
      `The redirect URI '${uri}' specified in the request does not match the redirect URIs configured for the application '${appId}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal. Navigate to https://aka.ms/redirectUriMismatchError to learn more about how to fix this.`,
    ),
};
