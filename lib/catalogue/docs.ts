import type { Locale } from "@/lib/i18n/locales";

export const docIds = [
  "tac-218453",
  "ms-oauth-imap-pop-smtp",
  "ms-refresh-tokens",
  "ms-pop-imap-enable",
  "ms-smtp-auth",
  "ms-connectivity-analyzer",
  "ms-entra-errors",
  "egain-email-accounts",
  "cisco-ece-support",
  "cisco-ece-install-guides",
  "cisco-bug-search",
  "ms-shared-mailbox-licence",
  "ms-sign-in-logs",
] as const;
export type DocId = (typeof docIds)[number];

export type DocLink = { id: DocId; url: string };

const urls: Record<DocId, string | Record<Locale, string>> = {
  "tac-218453": {
    en: "https://www.cisco.com/c/en/us/support/docs/contact-center/enterprise-chat-email-1261/218453-troubleshoot-ece-oauth2-authentication-w.html",
    it: "https://www.cisco.com/c/it_it/support/docs/contact-center/enterprise-chat-email-1261/218453-troubleshoot-ece-oauth2-authentication-w.html",
  },
  "ms-oauth-imap-pop-smtp":
    "https://learn.microsoft.com/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth",
  "ms-refresh-tokens": "https://learn.microsoft.com/entra/identity-platform/refresh-tokens",
  "ms-pop-imap-enable":
    "https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/pop3-and-imap4/enable-or-disable-pop3-or-imap4-access",
  "ms-smtp-auth":
    "https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission",
  "ms-connectivity-analyzer": "https://testconnectivity.microsoft.com/",
  "ms-entra-errors": "https://learn.microsoft.com/entra/identity-platform/reference-error-codes",
  "egain-email-accounts": "https://help.egain.com/help/administration/email_accounts_create.htm",
  "cisco-ece-support":
    "https://www.cisco.com/c/en/us/support/customer-collaboration/cisco-enterprise-chat-email/tsd-products-support-series-home.html",
  "cisco-ece-install-guides":
    "https://www.cisco.com/c/en/us/support/customer-collaboration/cisco-enterprise-chat-email/products-installation-guides-list.html",
  "cisco-bug-search": "https://bst.cisco.com/bugsearch",
  "ms-shared-mailbox-licence":
    "https://learn.microsoft.com/microsoft-365/admin/email/remove-license-from-shared-mailbox",
  "ms-sign-in-logs": "https://learn.microsoft.com/entra/identity/monitoring-health/concept-sign-ins",
};

export function docLink(id: DocId, locale: Locale): DocLink {
  const url = urls[id];
  return { id, url: typeof url === "string" ? url : url[locale] };
}
