// End-to-end encryption of shared reports with WebCrypto (browser, and Node for tests).
// The key never leaves the browser except inside the link's fragment, which browsers do not send to servers.
import { fromBase64Url, toBase64Url } from "./base64url";
import {
  currentShareVersion,
  ivBytes,
  type ShareEnvelope,
  type ShareVersion,
  shareKeyPattern,
  shareVersions,
  tagBytes,
} from "./format";

export type DecryptFailure =
  | "missing-key"
  | "bad-key"
  | "unsupported-version"
  | "damaged"
  | "wrong-key"
  | "bad-payload";

export class ShareCryptoError extends Error {
  constructor(readonly reason: DecryptFailure) {
    super(`share: ${reason}`);
  }
}

const additionalData = (version: ShareVersion) => new TextEncoder().encode(`ece-oauth-doctor/share v${version}`);

function subtle(): SubtleCrypto {
  const value = globalThis.crypto?.subtle;
  if (!value) throw new Error("WebCrypto is not available (the page must be served over HTTPS or from localhost).");
  return value;
}

/** Encrypts a JSON-serialisable payload with a fresh AES-256-GCM key; returns the envelope for the server and the key for the fragment. */
export async function encryptShare(payload: unknown): Promise<{ envelope: ShareEnvelope; key: string }> {
  const cryptoKey = await subtle().generateKey({ name: "AES-GCM", length: 256 }, true, ["encrypt"]);
  const iv = crypto.getRandomValues(new Uint8Array(ivBytes));
  const plaintext = new TextEncoder().encode(JSON.stringify(payload));
  const ciphertext = new Uint8Array(
    await subtle().encrypt(
      { name: "AES-GCM", iv, additionalData: additionalData(currentShareVersion), tagLength: tagBytes * 8 },
      cryptoKey,
      plaintext,
    ),
  );
  const raw = new Uint8Array(await subtle().exportKey("raw", cryptoKey));
  return {
    envelope: { version: currentShareVersion, iv: toBase64Url(iv), ciphertext: toBase64Url(ciphertext) },
    key: toBase64Url(raw),
  };
}

/** Decrypts an envelope with the key from the fragment; throws ShareCryptoError with a reason the page can explain. */
export async function decryptShare(
  envelope: { version: number; iv: string; ciphertext: string },
  key: string,
): Promise<unknown> {
  if (key === "") throw new ShareCryptoError("missing-key");
  if (!(shareVersions as readonly number[]).includes(envelope.version))
    throw new ShareCryptoError("unsupported-version");
  const version = envelope.version as ShareVersion;
  const raw = shareKeyPattern.test(key) ? fromBase64Url(key) : null;
  if (raw?.length !== 32) throw new ShareCryptoError("bad-key");
  const iv = fromBase64Url(envelope.iv);
  const ciphertext = fromBase64Url(envelope.ciphertext);
  if (!iv || iv.length !== ivBytes || !ciphertext || ciphertext.length <= tagBytes)
    throw new ShareCryptoError("damaged");
  const cryptoKey = await subtle().importKey("raw", raw, { name: "AES-GCM" }, false, ["decrypt"]);
  let plaintext: ArrayBuffer;
  try {
    plaintext = await subtle().decrypt(
      { name: "AES-GCM", iv, additionalData: additionalData(version), tagLength: tagBytes * 8 },
      cryptoKey,
      ciphertext,
    );
  } catch {
    // GCM cannot tell a wrong key from a changed ciphertext: both fail authentication.
    throw new ShareCryptoError("wrong-key");
  }
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(plaintext)) as unknown;
  } catch {
    throw new ShareCryptoError("bad-payload");
  }
}
