import "server-only";

// The wizard operator's own app registration for the token step's sign-in (README, "Token step"): when set, the
// browser and device-code sign-ins use it instead of the ECE app of the case, so no redirect URI has to be added to
// ECE's registration. It must be a multi-tenant or same-tenant app with the delegated Outlook permissions, an SPA
// redirect URI <wizard origin>/auth/redirect and, for device code, "Allow public client flows".
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function signInClientId(value = process.env.ECE_DOCTOR_SIGNIN_CLIENT_ID): string | null {
  const trimmed = value?.trim() ?? "";
  return guid.test(trimmed) ? trimmed.toLowerCase() : null;
}
