// The ids and secrets of e2e/simulator/scenarios/default.json, for the simulator's own tests, lib/live's unit tests
// and the end-to-end specs (e2e/live-support.ts): one list, so that they cannot drift apart.
export const CONTOSO = "11111111-1111-4111-8111-111111111111";
export const FABRIKAM = "44444444-4444-4444-8444-444444444444";
export const ECE_APP = "22222222-2222-4222-8222-222222222222";
export const ECE_APP_SECRET = "sim-valid-secret-value-0123456789abcdef";
export const ECE_APP_EXPIRED_SECRET = "sim-expired-secret-value-0123456789abcd";
export const ECE_APP_SECRET_ID = "33333333-3333-4333-8333-333333333333";
export const ECE_REDIRECT = "https://ece.contoso.sim.test/oauth/callback";
export const UNCONSENTED_APP = "55555555-5555-4555-8555-555555555555";
export const PUBLIC_APP = "66666666-6666-4666-8666-666666666666";
export const CA_BLOCKED_APP = "77777777-7777-4777-8777-777777777777";
export const CA_BLOCKED_APP_SECRET = "sim-blocked-app-secret-value-0123456789";
export const FABRIKAM_APP = "88888888-8888-4888-8888-888888888888";
/** Requires user assignment; only support@contoso is assigned. */
export const ASSIGNMENT_APP = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb";
export const ASSIGNMENT_APP_SECRET = "sim-assignment-secret-value-0123456789a";
/** Lists only Microsoft Graph under API permissions. */
export const GRAPH_ONLY_APP = "cccccccc-cccc-4ccc-8ccc-cccccccccccc";
export const GRAPH_ONLY_APP_SECRET = "sim-graph-only-secret-value-0123456789a";
export const SINGLE_TENANT_APP = "dddddddd-dddd-4ddd-8ddd-dddddddddddd";
export const SINGLE_TENANT_APP_SECRET = "sim-single-tenant-secret-value-01234567";
export const USER_PASSWORD = "sim-user-password";
export const UNKNOWN_TENANT = "99999999-9999-4999-8999-999999999999";
export const UNKNOWN_APP = "99999999-9999-4999-8999-999999999998";
