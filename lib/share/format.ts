// The share-link format: public contract. Isomorphic (browser and server).
//
// Outside the encryption (what the server stores and returns): { version: 1, iv, ciphertext }.
// Inside (the plaintext, JSON): { schema: "ece-oauth-doctor/share@1", ... } (see payload.ts).
// A new cipher or key format gets a new `version`; a new plaintext shape gets a new schema id.
// Readers keep every old version so that old links keep rendering.

export const SHARE_SCHEMA_ID = "ece-oauth-doctor/share@1";

/** Envelope versions this build can decrypt. 1: AES-256-GCM, 96-bit IV, 128-bit tag, AAD "ece-oauth-doctor/share v1". */
export const shareVersions = [1] as const;
export type ShareVersion = (typeof shareVersions)[number];
export const currentShareVersion: ShareVersion = 1;

/** Link ids: 16 random bytes (128 bits) in base64url, 22 characters. */
export const shareIdPattern = /^[A-Za-z0-9_-]{22}$/;
/** Keys in the link's fragment (version 1): 32 random bytes (AES-256) in base64url, 43 characters. */
export const shareKeyPattern = /^[A-Za-z0-9_-]{43}$/;
/** Revoke tokens: 32 random bytes in base64url, 43 characters. */
export const revokeTokenPattern = /^[A-Za-z0-9_-]{43}$/;

export const ivBytes = 12;
export const tagBytes = 16;
/** Largest ciphertext the server accepts, in bytes (decoded). */
export const maxCiphertextBytes = 1024 * 1024;

export const revokeTokenHeader = "x-revoke-token";

/** The envelope as sent to and returned by the API. */
export type ShareEnvelope = { version: ShareVersion; iv: string; ciphertext: string };

export type CreatedShare = { id: string; createdAt: string; expiresAt: string; revokeToken: string };
export type StoredShare = ShareEnvelope & { id: string; createdAt: string; expiresAt: string };
