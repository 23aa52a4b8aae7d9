// The one redaction module: transcripts, evidence, triage excerpts, pasted error text and the share payload's secret
// check all come here. No I/O and no Buffer: the wizard also runs it in the browser.

export function redactionMarker(length: number): string {
  return `<redacted ${length} chars>`;
}

// Shorter "secrets" would redact ordinary words; real secrets and tokens are longer.
const minSecretLength = 4;
// A cut or a line break may leave part of a secret at the end or the start of a line: this much of it is redacted.
const minFragment = 8;

// Keys whose values are secrets in a form body, a query or a JSON document, whatever the value looks like.
export const secretKeys = [
  "client_secret",
  "access_token",
  "refresh_token",
  "id_token",
  "assertion",
  "client_assertion",
  "code",
  "device_code",
  "password",
] as const;
const secretKeySet = new Set<string>(secretKeys);
// Our own evidence objects have an error "code": there only the unambiguous keys count.
const evidenceKeySet = new Set<string>(secretKeys.filter((key) => key !== "code"));
// In free text "code" is too common a word ("Error code: 50126"); the others are not.
const textKeyPattern =
  /(["']?)\b(client_secret|access_token|refresh_token|id_token|client_assertion|assertion|device_code|password)\1(\s*[:=]\s*)("(?:[^"\\\n]|\\.)*"?|'[^'\n]*'?|[^\s&,;"'<>]+)/gi;

// base64 of "user=" always starts with "dXNlcj": the XOAUTH2 blob, whatever else it contains.
const xoauth2BlobPattern = /dXNlcj[A-Za-z0-9+/]*={0,2}/g;
// Any other long base64 run that decodes to something carrying a bearer token.
const base64RunPattern = /[A-Za-z0-9+/]{24,}={0,2}/g;
// A JWT (or JWE), whole or cut: a base64url header starting with eyJ ('{"') and at least one dot, or a long header
// cut before its first dot.
const jwtPattern = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_.-]*|eyJ[A-Za-z0-9_-]{60,}/g;
// "Bearer <token>": keep the word, drop the token.
const bearerPattern = /\b(Bearer)(\s+)([^\s\x01"'<>,;]+)/gi;
// Characters that typing or a cut may leave glued to a marker: they belong to the secret it hides.
const markerTail = /<redacted (\d+) chars>([A-Za-z0-9_.~+/=%-]+)/g;
// The rest of a token a line break split: a JWT fragment at the end of a line carries on at the start of the next.
// An error code after the break ("AADSTS7000222: …") is the next message, not the rest of the token.
const tokenContinuation = /^[A-Za-z0-9_.-]{8,}(?![A-Za-z0-9_.:-])/;

// In slices, as lib/probes/xoauth2.ts does: one string per byte of a few-KB XOAUTH2 string was most of the time spent
// working out a new token's variants.
function base64OfUtf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (let at = 0; at < bytes.length; at += 0x2000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x2000));
  return btoa(binary);
}

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

/** Every form a secret takes on the wire or in text: raw, percent- and form-encoded, JSON-escaped, base64. */
export function secretVariants(secret: string): string[] {
  const percent = encodeURIComponent(secret);
  const form = new URLSearchParams({ s: secret }).toString().slice(2);
  const json = JSON.stringify(secret).slice(1, -1);
  const asciiJson = json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const base64 = base64OfUtf8(secret);
  const variants = [
    secret,
    percent,
    percent.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
    form,
    form.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
    json,
    asciiJson,
    json.replace(/\//g, "\\/"),
    base64,
    base64.replace(/=+$/, ""),
    base64.replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_"),
  ];
  return [...new Set(variants)].filter((variant) => variant.length >= minSecretLength);
}

// A diagnosis redacts every probe's evidence with the same few secrets: their variants (a few-KB token encoded five
// ways) are worked out once and kept briefly, in this process's memory only, instead of for every string.
type Known = { variants: string[]; fragments: FragmentFilter };
type CachedVariants = { secrets: readonly string[]; known: Known; expires: number };
let variantCache: CachedVariants[] = [];
const variantCacheSize = 16;
const variantCacheMs = 60_000;
const noSecrets: Known = { variants: [], fragments: { bits: new Uint32Array(0) } };

function knownSecrets(secrets: readonly string[]): Known {
  const wanted = [...new Set(secrets.filter((s) => s.length >= minSecretLength))];
  if (wanted.length === 0) return noSecrets;
  const now = Date.now();
  variantCache = variantCache.filter((entry) => entry.expires > now);
  const cached = variantCache.find(
    (entry) =>
      entry.secrets.length === wanted.length && entry.secrets.every((secret, index) => secret === wanted[index]),
  );
  if (cached) return cached.known;
  const variants = [...new Set(wanted.flatMap(secretVariants))].sort((a, b) => b.length - a.length);
  const known = { variants, fragments: fragmentFilter(variants) };
  variantCache = [
    { secrets: wanted, known, expires: now + variantCacheMs },
    ...variantCache.slice(0, variantCacheSize - 1),
  ];
  // Gone a minute after the last use even when no other diagnosis comes to clear it (unref: no process waits on it).
  const timer: unknown = setTimeout(() => {
    variantCache = variantCache.filter((entry) => entry.expires > Date.now());
  }, variantCacheMs + 1_000);
  (timer as { unref?: () => void }).unref?.();
  return known;
}

// Which runs of minFragment characters occur somewhere in the long variants, as bits of a hash: a line whose last (or
// first) characters hash to an unset bit cannot end (begin) with part of any of them, and needs no search through every
// variant of a few KB (a search that was most of the redaction's CPU). A set bit only means "search", so it is exact.
type FragmentFilter = { bits: Uint32Array };
const filterBits = 1 << 18;

// A polynomial hash of minFragment characters, rolled along a variant in one pass when the filter is built.
const hashBase = 0x01000193;
const hashBaseToLast = Array.from({ length: minFragment - 1 }).reduce<number>((power) => Math.imul(power, hashBase), 1);

function filterIndex(hash: number): number {
  const mixed = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d);
  return ((mixed ^ (mixed >>> 13)) >>> 0) & (filterBits - 1);
}

function fragmentHash(text: string, from: number): number {
  let hash = 0;
  for (let at = from; at < from + minFragment; at++) hash = (Math.imul(hash, hashBase) + text.charCodeAt(at)) | 0;
  return filterIndex(hash);
}

function fragmentFilter(variants: readonly string[]): FragmentFilter {
  const bits = new Uint32Array(filterBits / 32);
  for (const variant of variants) {
    if (variant.length < minFragment * 2) continue;
    let hash = 0;
    for (let at = 0; at < variant.length; at++) {
      if (at >= minFragment) hash = (hash - Math.imul(variant.charCodeAt(at - minFragment), hashBaseToLast)) | 0;
      hash = (Math.imul(hash, hashBase) + variant.charCodeAt(at)) | 0;
      if (at < minFragment - 1) continue;
      const index = filterIndex(hash);
      bits[index >>> 5] = (bits[index >>> 5] ?? 0) | (1 << (index & 31));
    }
  }
  return { bits };
}

function mayBeFragment(filter: FragmentFilter, text: string, from: number): boolean {
  if (filter.bits.length === 0) return false;
  const hash = fragmentHash(text, from);
  return ((filter.bits[hash >>> 5] ?? 0) & (1 << (hash & 31))) !== 0;
}

// A line that ends with the start of a secret (a cut) or begins with its end (a line break inside it). Only where the
// line's last (first) characters occur in the secret is a longer match tried, so long lines and tokens stay cheap.
function redactFragments(line: string, { variants, fragments }: Known): string {
  let out = line;
  for (const variant of variants) {
    if (variant.length < minFragment * 2 || out.length < minFragment) continue;
    let longest = 0;
    const tail = mayBeFragment(fragments, out, out.length - minFragment) ? out.slice(-minFragment) : undefined;
    for (let at = tail ? variant.indexOf(tail) : -1; tail && at !== -1; at = variant.indexOf(tail, at + 1)) {
      const size = at + minFragment;
      if (size < variant.length && size > longest && out.endsWith(variant.slice(0, size))) longest = size;
    }
    if (longest > 0) out = `${out.slice(0, out.length - longest)}${redactionMarker(longest)}`;
    longest = 0;
    const head = mayBeFragment(fragments, out, 0) ? out.slice(0, minFragment) : undefined;
    for (let at = head ? variant.indexOf(head) : -1; head && at !== -1; at = variant.indexOf(head, at + 1)) {
      const size = variant.length - at;
      if (at > 0 && size > longest && out.startsWith(variant.slice(at))) longest = size;
    }
    if (longest > 0) out = `${redactionMarker(longest)}${out.slice(longest)}`;
  }
  return out;
}

function redactLine(line: string, known: Known, continuesToken: boolean): string {
  const { variants } = known;
  let out = line;
  if (continuesToken) out = out.replace(tokenContinuation, (m) => redactionMarker(m.length));
  // A plain search: a regular expression built from a token of a few KB cost more than all the rest of a probe.
  for (const variant of variants)
    if (out.includes(variant)) out = out.split(variant).join(redactionMarker(variant.length));
  out = redactFragments(out, known);
  out = out.replace(textKeyPattern, (m, quote: string, key: string, sep: string, value: string) =>
    value.startsWith("<redacted") || value.length === 0 ? m : `${quote}${key}${quote}${sep}${redactQuoted(value)}`,
  );
  out = out.replace(xoauth2BlobPattern, (m) => redactionMarker(m.length));
  // JWTs before generic base64 runs, so a run never splits a JWT and leaves its other segments behind.
  out = out.replace(jwtPattern, (m) => redactionMarker(m.length));
  out = out.replace(base64RunPattern, (m) => (looksLikeCredential(m) ? redactionMarker(m.length) : m));
  out = out.replace(bearerPattern, (m, word: string, space: string, token: string) =>
    token.startsWith("<redacted") ? m : `${word}${space}${redactionMarker(token.length)}`,
  );
  return absorbTails(out);
}

function redactQuoted(value: string): string {
  const quote = value[0] === '"' || value[0] === "'" ? value[0] : "";
  const closed = quote !== "" && value.length > 1 && value.endsWith(quote);
  const inner = value.slice(quote.length, closed ? -1 : undefined);
  return `${quote}${redactionMarker(inner.length)}${closed ? quote : ""}`;
}

// "<redacted 20 chars>abc" (a token typed one key at a time, or glued to its cut) becomes "<redacted 23 chars>".
function absorbTails(text: string): string {
  return text.replace(markerTail, (_m, count: string, tail: string) => redactionMarker(Number(count) + tail.length));
}

/** Redacts the given secrets in every encoding, secret-named keys, tokens, XOAUTH2 blobs and bearer credentials. */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  return redactText(text, knownSecrets(secrets));
}

/** The same redaction for many strings with the same secrets: their encodings are looked up once, not per string. */
export function redactorFor(secrets: readonly string[]): {
  text: (text: string) => string;
  deep: <T>(value: T) => T;
} {
  const known = knownSecrets(secrets);
  return { text: (text) => redactText(text, known), deep: (value) => redactDeepWith(value, known) };
}

function redactText(text: string, known: Known): string {
  if (!text.includes("\n")) return redactLine(text, known, false);
  const lines = text.split("\n");
  let continuesToken = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const out = redactLine(line, known, continuesToken);
    // A line ending in a redacted token whose last segment reached the end was likely broken there.
    continuesToken =
      index < lines.length - 1 && /eyJ[A-Za-z0-9_.-]*$/.test(line) && /<redacted \d+ chars>\s*$/.test(out);
    lines[index] = out;
  }
  return lines.join("\n");
}

/** True when redacting `secret` changes the text: it holds the secret (or a part of it) in some encoding. */
export function containsSecret(text: string, secret: string): boolean {
  if (secret.length < minSecretLength) return text.trim() === secret;
  return (
    knownSecrets([secret]).variants.some((variant) => text.includes(variant)) ||
    redactSecrets(text, [secret]) !== redactSecrets(text)
  );
}

function redactValueByKey(key: string, value: unknown, known: Known): unknown {
  if (secretKeySet.has(key.toLowerCase()) && typeof value === "string") return redactionMarker(value.length);
  return redactStructured(value, known);
}

function redactStructured(value: unknown, known: Known): unknown {
  if (typeof value === "string") return redactText(value, known);
  if (Array.isArray(value)) return value.map((item) => redactStructured(item, known));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValueByKey(k, v, known)]));
  return value;
}

/** A form body or query string with the values of secret keys replaced before it becomes transcript text. */
export function redactForm(body: string, secrets: readonly string[] = []): string {
  const pairs = body.split("&").map((pair) => {
    const at = pair.indexOf("=");
    if (at === -1) return pair;
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(pair.slice(0, at).replace(/\+/g, " "));
      value = decodeURIComponent(pair.slice(at + 1).replace(/\+/g, " "));
    } catch {
      return pair;
    }
    return secretKeySet.has(key.toLowerCase()) ? `${pair.slice(0, at)}=${redactionMarker(value.length)}` : pair;
  });
  return redactSecrets(pairs.join("&"), secrets);
}

/** A reply body: JSON has the values of secret keys replaced before it becomes text; anything else is redacted as text. */
export function redactBody(body: string, secrets: readonly string[] = []): string {
  const trimmed = body.trim();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    try {
      return JSON.stringify(redactStructured(JSON.parse(trimmed), knownSecrets(secrets)));
    } catch {
      // Not JSON after all: fall through to text.
    }
  }
  return redactSecrets(body, secrets);
}

// Every string of a JSON-like value, e.g. a whole evidence object before it leaves the server; secret keys by key.
export function redactDeep<T>(value: T, secrets: readonly string[] = []): T {
  return redactDeepWith(value, knownSecrets(secrets));
}

function redactDeepWith<T>(value: T, known: Known): T {
  if (typeof value === "string") return redactText(value, known) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => redactDeepWith(v, known)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        evidenceKeySet.has(k.toLowerCase()) && typeof v === "string"
          ? redactionMarker(v.length)
          : redactDeepWith(v, known),
      ]),
    ) as T;
  }
  return value;
}
