import { licenceClass } from "@/lib/knowledge/microsoft";
import { finding, pass, type Rule } from "./types";

export const licence: Rule = ({ file }) => {
  const plan = file.mail.licence;
  const params = { plan };
  switch (licenceClass[plan]) {
    case "none":
      // Shared mailboxes need no licence in most cases; only the delegate who signs in does (sharedMailboxLicence).
      if (file.mail.accessModel === "shared")
        return [
          finding("licence", "info", "licence-shared-none", { ...params, delegate: file.mail.signInAccount ?? "" }),
        ];
      return [finding("licence", "fail", "licence-missing", params)];
    case "no-imap-pop":
      return [finding("licence", "fail", "licence-plan-without-imap-pop", params)];
    case "below-e3":
      return [finding("licence", "warn", "licence-below-e3", params)];
    case "unknown":
      return [finding("licence", "info", "licence-unknown", params)];
    case "recommended":
      return [pass("licence", params)];
  }
};
