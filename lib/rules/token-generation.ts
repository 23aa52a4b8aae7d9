import { type Finding, finding, pass, type Rule } from "./types";

export const tokenGeneration: Rule = ({ file }) => {
  const { accessModel, signInAccount, mailboxes, privateWindow, tokenSignedInAs } = file.mail;
  const expected = accessModel === "shared" ? [signInAccount ?? ""] : mailboxes;
  const expectedText = expected.join(", ");
  const findings: Finding[] = [];
  if (
    tokenSignedInAs !== null &&
    !expected.some((account) => account.toLowerCase() === tokenSignedInAs.toLowerCase())
  ) {
    findings.push(
      finding(
        "token-generation",
        "fail",
        "token-signed-in-as-other",
        { signedInAs: tokenSignedInAs, expected: expectedText },
        tokenSignedInAs,
      ),
    );
  }
  if (privateWindow === "no")
    findings.push(finding("token-generation", "warn", "token-not-private-window", { expected: expectedText }));
  if (privateWindow === "unknown")
    findings.push(finding("token-generation", "info", "token-generation-unknown", { expected: expectedText }));
  // Without the account the sign-in page showed, a private window alone does not prove the right person signed in.
  if (tokenSignedInAs === null && privateWindow !== "unknown")
    findings.push(finding("token-generation", "info", "token-account-unknown", { expected: expectedText }));
  return findings.length > 0 ? findings : [pass("token-generation", { expected: expectedText })];
};
