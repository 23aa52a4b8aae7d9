// Redaction for transcripts and evidence. No I/O: pure functions.

export function redactionMarker(length: number): string {
  return `<redacted ${length} chars>`;
}

// Shorter "secrets" would redact ordinary words; real tokens are hundreds of characters.
const minSecretLength = 4;

// base64 of "user=" always starts with "dXNlcj": the XOAUTH2 blob, whatever else it contains.
const xoauth2BlobPattern = /dXNlcj[A-Za-z0-9+/]*={0,2}/g;
// Any other long base64 run that decodes to something carrying a bearer token.
const base64RunPattern = /[A-Za-z0-9+/]{24,}={0,2}/g;
// A JWT (or JWE): base64url segments, the first starting with eyJ ('{"').
const jwtPattern = /eyJ[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]*){2,}/g;
// "Bearer <token>": keep the word, drop the token.
const bearerPattern = /\b(Bearer)(\s+)([^\s\x01"'<>,;]+)/gi;

// atob rather than Buffer: the wizard also redacts pasted error text in the browser, before it reaches the store.
function decodeBase64(b64: string): string {
  const bare = b64.replace(/=+$/, "");
  try {
    return atob(bare.length % 4 === 1 ? bare.slice(0, -1) : bare);
  } catch {
    return "";
  }
}

function looksLikeCredential(b64: string): boolean {
  return /user=|auth=|bearer\s|eyJ[A-Za-z0-9_-]{8,}/i.test(decodeBase64(b64));
}

export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  const ordered = [...new Set(secrets)].filter((s) => s.length >= minSecretLength).sort((a, b) => b.length - a.length);
  for (const secret of ordered) {
    // A plain search: a regular expression built from a token of a few KB cost more than all the rest of a probe.
    if (out.includes(secret)) out = out.split(secret).join(redactionMarker(secret.length));
  }
  out = out.replace(xoauth2BlobPattern, (m) => redactionMarker(m.length));
  // JWTs before generic base64 runs, so a run never splits a JWT and leaves its other segments behind.
  out = out.replace(jwtPattern, (m) => redactionMarker(m.length));
  out = out.replace(base64RunPattern, (m) => (looksLikeCredential(m) ? redactionMarker(m.length) : m));
  out = out.replace(bearerPattern, (_m, word: string, space: string, token: string) => `${word}${space}${redactionMarker(token.length)}`);
  return out;
}

// Every string of a JSON-like value, e.g. a whole evidence object before it leaves the server.
export function redactDeep<T>(value: T, secrets: readonly string[] = []): T {
  if (typeof value === "string") return redactSecrets(value, secrets) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => redactDeep(v, secrets)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, secrets)])) as T;
  }
  return value;
}
