// base64url without padding (RFC 4648 §5), in the browser and in Node alike.

export function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

const alphabet = /^[A-Za-z0-9_-]*$/;

/** Decodes strict, unpadded base64url; returns null for anything else (padding, other alphabets, a length of 4n+1, stray bits). */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!alphabet.test(text) || text.length % 4 === 1) return null;
  let binary: string;
  try {
    binary = atob(text.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (text.length % 4)) % 4));
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  // Canonical form only: unused trailing bits must be zero, so one byte string has one spelling.
  return toBase64Url(bytes) === text ? bytes : null;
}
