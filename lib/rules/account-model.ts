import { finding, pass, type Rule } from "./types";

export const accountModel: Rule = ({ file }) => {
  const { accessModel, signInAccount, fullAccess, mailboxes } = file.mail;
  const list = mailboxes.join(", ");
  if (accessModel === "per-mailbox") return [pass("account-model", { model: accessModel, mailboxes: list })];
  const delegate = signInAccount ?? "";
  const params = { delegate, mailboxes: list };
  if (fullAccess === "no") return [finding("account-model", "fail", "full-access-missing", params, delegate)];
  if (fullAccess !== "yes") return [finding("account-model", "info", "full-access-unknown", params, delegate)];
  return [pass("account-model", { model: accessModel, ...params })];
};
