import { causeDef, causeIds } from "./causes";
import { checkIds, checkOwner } from "./checks";
import { docLink } from "./docs";
import { catalogueText } from "./text";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function catalogueMarkdown(version: string): string {
  const en = catalogueText.en;
  const lines = [
    "# Catalogue of checks and causes",
    "",
    `Catalogue version: ${version}. Generated from lib/catalogue by \`npm run docs:catalogue\`; a unit test fails when this file and the code disagree.`,
    "",
    "Check ids and cause ids are a public contract: scripts and support staff match on them. An id is never renamed or reused; a change of meaning comes with a version bump.",
    "",
    "Statuses: `fail` (a problem), `warn` (likely to cause trouble), `info` (cannot be decided from the answers: verify it), `skipped` (not checked, with the reason), `pass`. A check that cannot decide never reports `pass`.",
    "",
    "Owners: `ece-admin`, `m365-admin`, `network-admin`.",
    "",
    "## Checks",
    "",
    "| Check id | Name | Default owner |",
    "|---|---|---|",
    ...checkIds.map((id) => `| \`${id}\` | ${cell(en.checks[id].name)} | ${checkOwner[id]} |`),
    "",
    "## Causes",
    "",
    "| Cause id | Check | Owner | Finding (English template) | Documentation |",
    "|---|---|---|---|---|",
    ...causeIds.map((id) => {
      const def = causeDef(id);
      const docs = def.docs.map((doc) => `<${docLink(doc, "en").url}>`).join("<br>");
      return `| \`${id}\` | \`${def.check}\` | ${def.owner ?? checkOwner[def.check]} | ${cell(en.causes[id].title)} | ${docs} |`;
    }),
    "",
  ];
  return lines.join("\n");
}
