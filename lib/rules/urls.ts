export type ParsedUrl = { protocol: string; host: string; port: string; path: string; raw: string };

export function parseUrl(raw: string): ParsedUrl | null {
  try {
    const url = new URL(raw.trim());
    return {
      protocol: url.protocol,
      host: url.hostname.toLowerCase(),
      port: url.port,
      path: url.pathname,
      raw: raw.trim(),
    };
  } catch {
    return null;
  }
}

const ipv4 = /^\d{1,3}(\.\d{1,3}){3}$/;

export function isIpLiteral(host: string): boolean {
  return ipv4.test(host) || host.startsWith("[");
}

export function isFqdn(host: string): boolean {
  return (
    !isIpLiteral(host) &&
    host.includes(".") &&
    !host.endsWith(".") &&
    host.split(".").every((label) => label.length > 0)
  );
}

export function sameOrigin(a: ParsedUrl, b: ParsedUrl): boolean {
  return a.host === b.host && a.port === b.port;
}

// Entra compares the path character for character (case and trailing slash included); the host is case-insensitive.
export function sameRedirect(a: ParsedUrl, b: ParsedUrl): boolean {
  const afterAuthority = (raw: string) => raw.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "");
  return a.protocol === b.protocol && sameOrigin(a, b) && afterAuthority(a.raw) === afterAuthority(b.raw);
}

export function originOf(url: ParsedUrl): string {
  return url.port === "" ? url.host : `${url.host}:${url.port}`;
}
