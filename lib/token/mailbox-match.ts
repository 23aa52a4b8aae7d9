import { decodeToken, sameId } from "./claims";

/** The account a token was issued to (upn, unique_name or preferred_username), or null for no or an unreadable token. */
export function tokenUser(raw: string | undefined): string | null {
  if (!raw?.trim()) return null;
  const decoded = decodeToken(raw);
  return decoded.ok ? decoded.claims.user : null;
}

/** The mailbox of the list that the token was issued to, as written in the list (spaces and case do not matter). */
export function mailboxOfToken(mailboxes: readonly string[], raw: string | undefined): string | undefined {
  const user = tokenUser(raw);
  return user === null ? undefined : mailboxes.find((mailbox) => sameId(mailbox, user));
}
