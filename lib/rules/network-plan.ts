import { type Finding, finding, pass, type Rule } from "./types";

export const networkPlan: Rule = ({ file, profile }) => {
  const { servicesServer, applicationServer, tlsInspection } = file.network;
  const params = { login: profile.loginHost, imap: profile.imap.host, pop: profile.pop.host, smtp: profile.smtp.host };
  const findings: Finding[] = [];
  const servers = [
    ["services", servicesServer],
    ["application", applicationServer],
  ] as const;
  for (const [server, state] of servers) {
    if (state === "blocked")
      findings.push(finding("network-plan", "fail", "network-blocked", { ...params, server }, server));
  }
  for (const [server, state] of servers) {
    if (state === "not-checked")
      findings.push(finding("network-plan", "info", "network-not-verified", { ...params, server }, server));
  }
  if (tlsInspection === "yes") findings.push(finding("network-plan", "warn", "tls-inspection", params));
  if (tlsInspection === "unknown" && findings.length === 0)
    findings.push(finding("network-plan", "info", "tls-inspection", params));
  return findings.length > 0 ? findings : [pass("network-plan", params)];
};
