// SASL XOAUTH2 initial response, as Exchange Online expects it (shared/research/microsoft.md §1.1).
// No I/O here: pure functions, safe to use anywhere. btoa/atob rather than Buffer: the triage page runs the validator
// in the browser, where Buffer would pull a polyfill into every page.

const CTRL_A = "\x01";

export function xoauth2Plain(user: string, token: string): string {
  return `user=${user}${CTRL_A}auth=Bearer ${token}${CTRL_A}${CTRL_A}`;
}

// In slices: one string per byte of a few-KB token cost more than the rest of a probe's XOAUTH2 step.
function utf8ToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (let at = 0; at < bytes.length; at += 0x2000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x2000));
  return btoa(binary);
}

function base64ToUtf8(b64: string): string {
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return new TextDecoder().decode(bytes);
}

export function buildXoauth2(user: string, token: string): string {
  return utf8ToBase64(xoauth2Plain(user, token));
}

export type Xoauth2ProblemCode =
  | "EMPTY"
  | "NOT_BASE64"
  | "USER_NOT_AT_START"
  | "NO_SEPARATOR_BEFORE_AUTH"
  | "NO_BEARER"
  | "NOT_TERMINATED"
  | "EMPTY_USER"
  | "EMPTY_TOKEN"
  | "SPACE_AFTER_USER"
  | "LITERAL_CTRL_A";

export type Xoauth2Problem = { code: Xoauth2ProblemCode; message: string };

const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

// Rules of Microsoft's SmtpClientDiag (Test-SmtpSaslAuthBlob) plus two bugs seen in public issues.
// The problems never quote the token.
export function validateXoauth2Blob(b64: string): Xoauth2Problem[] {
  const problems: Xoauth2Problem[] = [];
  const blob = b64.trim();
  if (blob === "") return [{ code: "EMPTY", message: "The XOAUTH2 string is empty." }];
  if (!base64Pattern.test(blob)) {
    return [{ code: "NOT_BASE64", message: "The XOAUTH2 string is not valid base64." }];
  }
  const plain = base64ToUtf8(blob);

  if (!plain.startsWith("user="))
    problems.push({ code: "USER_NOT_AT_START", message: 'The decoded string does not start with "user=".' });
  const authAt = plain.indexOf("auth=");
  if (authAt < 0 || plain[authAt - 1] !== CTRL_A) {
    problems.push({ code: "NO_SEPARATOR_BEFORE_AUTH", message: 'The byte 0x01 does not come right before "auth=".' });
  }
  if (authAt < 0 || !plain.startsWith("auth=Bearer ", authAt)) {
    problems.push({ code: "NO_BEARER", message: '"auth=" is not followed by "Bearer " (with one space).' });
  }
  if (!plain.endsWith(CTRL_A + CTRL_A))
    problems.push({ code: "NOT_TERMINATED", message: "The decoded string does not end with two 0x01 bytes." });

  const userEnd = plain.indexOf(CTRL_A);
  const user = plain.startsWith("user=") ? plain.slice(5, userEnd < 0 ? undefined : userEnd) : "";
  if (plain.startsWith("user=") && user.trim() === "")
    problems.push({ code: "EMPTY_USER", message: "The user name is empty." });
  if (/^\s/.test(user)) problems.push({ code: "SPACE_AFTER_USER", message: 'There is white space after "user=".' });

  if (authAt >= 0 && plain.startsWith("auth=Bearer ", authAt)) {
    const tokenStart = authAt + "auth=Bearer ".length;
    const tokenEnd = plain.indexOf(CTRL_A, tokenStart);
    const token = plain.slice(tokenStart, tokenEnd < 0 ? undefined : tokenEnd);
    if (token.trim() === "") problems.push({ code: "EMPTY_TOKEN", message: "The access token is empty." });
  }
  if (/\\x01|\\001|\\u0001|\^A/.test(plain)) {
    problems.push({
      code: "LITERAL_CTRL_A",
      message: "The separator was written as text (\\x01 or ^A) instead of the byte 0x01.",
    });
  }
  return problems;
}
