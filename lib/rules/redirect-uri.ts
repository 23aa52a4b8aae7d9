import { finding, pass, type Finding, type Rule } from "./types";
import { originOf, parseUrl, sameOrigin, sameRedirect } from "./urls";

function isSame(eceRedirectUri: string, registered: NonNullable<ReturnType<typeof parseUrl>>): boolean {
  const ece = parseUrl(eceRedirectUri);
  return ece !== null && sameRedirect(ece, registered);
}

export const redirectUri: Rule = ({ file }) => {
  const { redirectUri: registered, redirectPlatform, eceRedirectUri } = file.azure;
  const redirect = parseUrl(registered);
  const findings: Finding[] = [];
  if (redirect === null) return [finding("redirect-uri", "fail", "redirect-uri-mismatch", { registered, ece: eceRedirectUri ?? "-" })];

  const params = { registered: redirect.raw, host: originOf(redirect) };
  if (redirect.protocol !== "https:") findings.push(finding("redirect-uri", "fail", "redirect-not-https", params));

  const external = file.ece.externalUrl === null ? null : parseUrl(file.ece.externalUrl);
  if (external !== null && !sameOrigin(redirect, external)) {
    findings.push(finding("redirect-uri", "fail", "redirect-host-mismatch", { ...params, external: originOf(external) }));
  }

  if (eceRedirectUri === null) {
    findings.push(finding("redirect-uri", "info", "redirect-ece-unknown", params));
  } else if (!isSame(eceRedirectUri, redirect)) {
    findings.push(finding("redirect-uri", "fail", "redirect-uri-mismatch", { ...params, ece: eceRedirectUri.trim() }));
  }

  if (redirectPlatform === "unknown") findings.push(finding("redirect-uri", "info", "redirect-platform-unknown", params));
  else if (redirectPlatform !== "web") findings.push(finding("redirect-uri", "fail", "redirect-not-web-platform", { ...params, platform: redirectPlatform }));

  return findings.length > 0 ? findings : [pass("redirect-uri", params)];
};
