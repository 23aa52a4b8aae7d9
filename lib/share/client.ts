// Browser side of share links: encrypt and upload, fetch, revoke; the creator's revoke tokens in localStorage.
import { encryptShare } from "./crypto";
import { type CreatedShare, revokeTokenHeader, type StoredShare } from "./format";
import type { SharePayload } from "./payload";

export type ShareFailure = "too-large" | "rate-limited" | "not-found" | "gone" | "forbidden" | "other";

export class ShareRequestError extends Error {
  constructor(
    readonly failure: ShareFailure,
    message: string,
  ) {
    super(message);
  }
}

async function failure(response: Response): Promise<ShareRequestError> {
  let message = `HTTP ${response.status}`;
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) message = body.error.message;
  } catch {
    // Not the error envelope: keep the status.
  }
  const kind: ShareFailure =
    response.status === 413
      ? "too-large"
      : response.status === 429
        ? "rate-limited"
        : response.status === 404
          ? "not-found"
          : response.status === 410
            ? "gone"
            : response.status === 403
              ? "forbidden"
              : "other";
  return new ShareRequestError(kind, message);
}

/** The link a recipient opens: unprefixed, so it redirects to their language; the key stays in the fragment. */
export function shareUrl(origin: string, id: string, key: string): string {
  return `${origin}/r/${id}#${key}`;
}

export async function createShareLink(payload: SharePayload, origin: string): Promise<CreatedShare & { url: string }> {
  const { envelope, key } = await encryptShare(payload);
  const response = await fetch("/api/share", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(envelope),
  });
  if (response.status !== 201) throw await failure(response);
  const created = (await response.json()) as CreatedShare;
  rememberRevokeToken({ id: created.id, revokeToken: created.revokeToken, expiresAt: created.expiresAt });
  return { ...created, url: shareUrl(origin, created.id, key) };
}

export async function fetchShare(id: string): Promise<StoredShare> {
  const response = await fetch(`/api/share/${encodeURIComponent(id)}`, { cache: "no-store" });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as StoredShare;
}

export async function revokeShareLink(id: string, revokeToken: string): Promise<void> {
  const response = await fetch(`/api/share/${encodeURIComponent(id)}`, {
    method: "DELETE",
    headers: { [revokeTokenHeader]: revokeToken },
  });
  // 410: already revoked or expired, which is what was wanted.
  if (response.status !== 204 && response.status !== 410) throw await failure(response);
  forgetRevokeToken(id);
}

// Revoke tokens are not secrets (they can only delete a link) and must outlive the tab: localStorage.
export const revokeTokensKey = "ece-oauth-doctor/share-links";
type Owned = { id: string; revokeToken: string; expiresAt: string };

function readOwned(): Owned[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(revokeTokensKey) ?? "[]") as unknown;
    if (!Array.isArray(parsed)) return [];
    const now = Date.now();
    return parsed.filter(
      (item): item is Owned =>
        typeof item === "object" &&
        item !== null &&
        typeof item.id === "string" &&
        typeof item.revokeToken === "string" &&
        typeof item.expiresAt === "string" &&
        Date.parse(item.expiresAt) > now,
    );
  } catch {
    return [];
  }
}

function writeOwned(items: Owned[]) {
  try {
    if (items.length === 0) localStorage.removeItem(revokeTokensKey);
    else localStorage.setItem(revokeTokensKey, JSON.stringify(items.slice(-200)));
  } catch {
    // Storage full or disabled: the link still works, it just cannot be revoked from another page.
  }
}

export function rememberRevokeToken(item: Owned) {
  writeOwned([...readOwned().filter((owned) => owned.id !== item.id), item]);
}

export function revokeTokenFor(id: string): string | null {
  return readOwned().find((owned) => owned.id === id)?.revokeToken ?? null;
}

export function forgetRevokeToken(id: string) {
  writeOwned(readOwned().filter((owned) => owned.id !== id));
}
