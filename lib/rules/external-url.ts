import { urlSettingFor, urlSettingLabel } from "@/lib/knowledge/ece-releases";
import { type Finding, finding, pass, type Rule } from "./types";
import { isFqdn, originOf, parseUrl, sameOrigin } from "./urls";

export const externalUrl: Rule = ({ file }) => {
  const setting = urlSettingLabel[urlSettingFor(file.ece.version)];
  const external = file.ece.externalUrl === null ? null : parseUrl(file.ece.externalUrl);
  if (external === null) return [finding("external-url", "fail", "url-missing", { setting })];

  const params = { setting, url: external.raw, host: external.host };
  const findings: Finding[] = [];
  if (external.protocol !== "https:") findings.push(finding("external-url", "fail", "url-not-https", params));
  if (!isFqdn(external.host)) findings.push(finding("external-url", "fail", "url-not-fqdn", params));
  if (external.path !== "/" && external.path !== "")
    findings.push(finding("external-url", "warn", "url-has-path", { ...params, path: external.path }));

  const console = parseUrl(file.ece.consoleUrl);
  if (console !== null && !sameOrigin(external, console)) {
    findings.push(
      finding("external-url", "fail", "url-console-mismatch", {
        ...params,
        console: originOf(console),
        external: originOf(external),
      }),
    );
  }
  return findings.length > 0 ? findings : [pass("external-url", params)];
};
