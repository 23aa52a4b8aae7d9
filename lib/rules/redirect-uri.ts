import { type Finding, finding, pass, type Rule } from "./types";
import { originOf, parseUrl, sameOrigin, sameRedirect } from "./urls";

function isSame(eceRedirectUri: string, registered: NonNullable<ReturnType<typeof parseUrl>>): boolean {
  const ece = parseUrl(eceRedirectUri);
  return ece !== null && sameRedirect(ece, registered);
}

export const redirectUri: Rule = ({ file }) => {
  const { redirectUri: registered, redirectPlatform, eceRedirectUri } = file.azure;
  const redirect = parseUrl(registered);
  const findings: Finding[] = [];
  if (redirect === null)
    return [finding("redirect-uri", "fail", "redirect-uri-mismatch", { registered, ece: eceRedirectUri ?? "-" })];

  const params = { registered: redirect.raw, host: originOf(redirect) };
  if (redirect.protocol !== "https:") findings.push(finding("redirect-uri", "fail", "redirect-not-https", params));

  const external = file.ece.externalUrl === null ? null : parseUrl(file.ece.externalUrl);
  const uriMismatch = eceRedirectUri !== null && !isSame(eceRedirectUri, redirect);
  // One difference, one finding: when ECE's own redirect URL is known and differs, that finding already names the
  // host, so the host comparison with the URL setting would report the same error again.
  if (external !== null && !sameOrigin(redirect, external) && !uriMismatch) {
    findings.push(
      finding("redirect-uri", "fail", "redirect-host-mismatch", { ...params, external: originOf(external) }),
    );
  }

  if (eceRedirectUri === null) {
    findings.push(finding("redirect-uri", "info", "redirect-ece-unknown", params));
  } else if (uriMismatch) {
    findings.push(finding("redirect-uri", "fail", "redirect-uri-mismatch", { ...params, ece: eceRedirectUri.trim() }));
  }

  if (redirectPlatform === "unknown")
    findings.push(finding("redirect-uri", "info", "redirect-platform-unknown", params));
  else if (redirectPlatform !== "web")
    findings.push(
      finding("redirect-uri", "fail", "redirect-not-web-platform", { ...params, platform: redirectPlatform }),
    );

  return findings.length > 0 ? findings : [pass("redirect-uri", params)];
};
