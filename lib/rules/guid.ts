const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
  return guidPattern.test(value.trim());
}

// contoso.onmicrosoft.com, contoso.com: a DNS name with at least two labels, each a letter or digit at both ends.
const domainPattern = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export function isTenantDomain(value: string): boolean {
  return domainPattern.test(value.trim());
}

export function describeSecret(
  secret: string | undefined,
  clientId: string,
): { provided: boolean; looksLikeGuid: boolean; equalsClientId: boolean } {
  const value = (secret ?? "").trim();
  return {
    provided: value.length > 0,
    looksLikeGuid: isGuid(value),
    equalsClientId: value.length > 0 && value.toLowerCase() === clientId.trim().toLowerCase(),
  };
}
