import { minimumEs, parseEs } from "@/lib/knowledge/ece-releases";
import { type Finding, finding, pass, type Rule } from "./types";

export const eceVersion: Rule = ({ file }) => {
  const { version, installedES, esIsLatest } = file.ece;
  if (version === "pre-11.6") return [finding("ece-version", "fail", "version-without-oauth")];
  if (version === "later") return [finding("ece-version", "info", "version-later-check-docs")];
  const requirement = minimumEs[version];
  if (!requirement) return [finding("ece-version", "info", "version-later-check-docs")];

  const parsed = installedES.map(parseEs).filter((es) => es !== null);
  const highest = Math.max(0, ...parsed.filter((es) => es.et === null).map((es) => es.es));
  const required = `ES${requirement.minimumEs}`;
  const params = { version, required, installed: parsed.map((es) => es.canonical).join(", ") || "-" };
  if (highest < requirement.minimumEs) return [finding("ece-version", "fail", "es-missing", params)];

  const findings: Finding[] = [];
  for (const extra of requirement.alsoRequired) {
    if (parsed.some((es) => es.canonical === extra)) continue;
    const base = parseEs(extra);
    const installedNewer = base !== null && highest > base.es;
    findings.push(
      finding(
        "ece-version",
        installedNewer ? "warn" : "fail",
        installedNewer ? "es-et1-unverified" : "es-et1-missing",
        { ...params, extra },
      ),
    );
  }
  if (esIsLatest === "no") findings.push(finding("ece-version", "warn", "es-not-latest", params));
  if (esIsLatest === "unknown") findings.push(finding("ece-version", "info", "es-latest-unknown", params));
  return findings.length > 0 ? findings : [pass("ece-version", params)];
};
