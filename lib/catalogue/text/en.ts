import type { CatalogueText } from "./types";

export const en: CatalogueText = {
  checks: {
    "ece-version": {
      name: "ECE version and engineering special",
      passTitle: "ECE {version} has the engineering special that adds OAuth ({installed}).",
      passWhy: "OAuth for Office 365 came to ECE as engineering specials (Cisco bug CSCvr86493); {version} needs at least {required}, and you have the latest ES for the release.",
    },
    "external-url": {
      name: "ECE external URL setting",
      passTitle: "The {setting} setting is an https FQDN that matches the console address.",
      passWhy: "ECE builds the OAuth redirect from this setting, so it must be the FQDN that admins use to open the console ({host}).",
    },
    "redirect-uri": {
      name: "Azure app redirect URI",
      passTitle: "The redirect URI is https, on the ECE host, registered as platform Web, and identical to what ECE sends.",
      passWhy: "Entra only returns the authorization code to a redirect URI registered character for character on the app ({registered}).",
    },
    "app-ids": {
      name: "Application, tenant and secret values",
      passTitle: "The tenant ID and application (client) ID are GUIDs and the secret is not a secret ID.",
      passWhy: "ECE needs the Directory (tenant) ID, the Application (client) ID and the client secret Value from the app registration.",
    },
    "client-secret": {
      name: "Client secret expiry",
      passTitle: "The client secret is valid until {expires} (days left: {days}).",
      passWhy: "ECE uses the secret each time it refreshes the token; when it expires, mail stops about an hour later.",
    },
    "api-permissions": {
      name: "Delegated API permissions and consent",
      passTitle: "The app has {permissions} with consent granted.",
      passWhy: "ECE asks for the Outlook scopes for retrieval and sending, and offline_access for the refresh token.",
    },
    "token-lifetime": {
      name: "Access token lifetime",
      passTitle: "The access token lifetime ({minutes} minutes) is in Microsoft's default range.",
      passWhy: "Microsoft issues access tokens for a random 60 to 90 minutes; ECE refreshes them with the refresh token.",
    },
    "account-model": {
      name: "Mailbox rights model",
      passTitle: "The account model is consistent ({mailboxes}).",
      passWhy: "Each mailbox either signs in for its own token, or one delegate with Full Access signs in for all of them.",
    },
    "mailbox-protocols": {
      name: "Mailbox protocols",
      passTitle: "{protocol} and Authenticated SMTP are enabled for the mailboxes.",
      passWhy: "Exchange Online checks the mailbox's protocol settings even with OAuth.",
    },
    licence: {
      name: "Exchange Online licence",
      passTitle: "The mailboxes have an E3 or E5 licence.",
      passWhy: "Cisco TAC recommends at least E3 for mailboxes used by ECE.",
    },
    "token-generation": {
      name: "Token generation",
      passTitle: "The token was generated in a private window, and no other account than {expected} is known to have signed in.",
      passWhy: "A private window keeps Windows single sign-on from signing in someone else.",
    },
    "network-plan": {
      name: "Network paths",
      passTitle: "Both ECE servers reach Microsoft on the required ports.",
      passWhy: "The services server needs {imap} on 993/995 and {smtp} on 587; both servers need {login} on 443.",
    },
  },
  causes: {
    "version-without-oauth": {
      title: "This ECE release has no OAuth support for Office 365.",
      why: "OAuth was added to ECE 11.6(1), 12.0(1), 12.5(1) and 12.6(1) through engineering specials (Cisco bug CSCvr86493). Older releases can only use basic authentication, which Exchange Online stopped accepting for IMAP and POP on 31 December 2022 and is retiring for SMTP AUTH in 2026.",
      fix: [
        "Upgrade ECE to a release that supports OAuth (11.6(1) with ES12 and ES12_ET1 at the minimum; a current release is better).",
        "After the upgrade, install the latest engineering special for that release and follow the OAuth documentation of that ES.",
      ],
    },
    "version-later-check-docs": {
      title: "Check the OAuth documentation of your ECE release.",
      why: "The TAC checklist lists engineering specials for 11.6(1) to 12.6(1) only. For later releases it is not confirmed which build includes OAuth for Office 365, so this check cannot decide.",
      fix: [
        "Open the install and administration guides for your release and confirm that it supports OAuth 2.0 for Office 365.",
        "Install the latest engineering special available for the release.",
      ],
    },
    "es-missing": {
      title: "ECE {version} needs {required} for OAuth; installed: {installed}.",
      why: "OAuth for Office 365 came to ECE {version} in engineering special {required} (Cisco bug CSCvr86493). Without it the alias cannot be set to OAuth.",
      fix: [
        "Download {required} or a later ES for ECE {version} from Cisco Software Download and install it on every ECE server, following its readme.",
        "Use the OAuth documentation that comes with that ES: the steps differ between ES levels.",
      ],
    },
    "es-et1-missing": {
      title: "ECE 11.6(1) also needs {extra}.",
      why: "On 11.6(1), ES12 adds OAuth but breaks scheduled reports (Cisco bug CSCwd61276: empty body and attachment); {extra} fixes it. TAC requires both.",
      fix: ["Install {extra} after ES12 on every ECE server, following its readme."],
    },
    "es-et1-unverified": {
      title: "{extra} is not listed; check that your newer ES includes its fix.",
      why: "TAC requires ES12 and {extra} on 11.6(1). You have a later ES, which probably includes the fix for CSCwd61276, but that is not confirmed.",
      fix: ["Check the readme of your installed ES for CSCwd61276. If it is not listed, install {extra}."],
    },
    "es-not-latest": {
      title: "A newer engineering special exists for ECE {version}.",
      why: "Cisco TAC's best practice is the latest ES for the release; later ESs fix OAuth problems found after the first one.",
      fix: ["Install the latest ES for ECE {version} and follow the OAuth documentation of that ES."],
    },
    "es-latest-unknown": {
      title: "It is not known whether {installed} is the latest ES for ECE {version}.",
      why: "Cisco TAC's best practice is the latest ES for the release. This wizard cannot look it up.",
      fix: ["Compare your ES with the list for ECE {version} on Cisco Software Download."],
    },
    "url-missing": {
      title: "The \"{setting}\" setting is empty.",
      why: "The setting is mandatory for OAuth: ECE builds the redirect URL that Microsoft sends the authorization code back to from it. Without it, token generation fails.",
      fix: [
        "In ECE, open the partition settings and set \"{setting}\" to the https address that agents and admins use to open the console, for example https://ece.example.com.",
        "On 12.6 and later the setting is under Partition > Apps > General Settings > External URL of application.",
      ],
    },
    "url-not-https": {
      title: "The \"{setting}\" setting is not https: {url}.",
      why: "Microsoft only sends authorization codes to https redirect URLs (except localhost), so the redirect built from this setting is refused.",
      fix: ["Set \"{setting}\" to https://{host} and make sure the ECE web server or load balancer serves https on that name."],
    },
    "url-not-fqdn": {
      title: "The \"{setting}\" setting does not use a fully qualified name: {host}.",
      why: "The setting must be the fully qualified domain name (FQDN) that agents and admins use; an IP address or a short host name does not match the redirect URI registered in Azure and breaks SSO and chat entry points too.",
      fix: ["Set \"{setting}\" to the FQDN of the console, for example https://ece.example.com, and register the same FQDN in the Azure redirect URI."],
    },
    "url-has-path": {
      title: "The \"{setting}\" setting has a path ({path}).",
      why: "The setting is expected to be only the scheme and host, like https://ece.example.com; ECE adds its own path to build the redirect URL.",
      fix: ["Remove the path unless your ECE documentation says otherwise, and compare the redirect URL ECE then shows with the one in Azure."],
    },
    "url-console-mismatch": {
      title: "The setting points to {external}, but the console is opened at {console}.",
      why: "The redirect goes to the host in the setting. If admins open the console under another name, the sign-in returns to a different site than the one that started it, and the token is not saved.",
      fix: [
        "Set \"{setting}\" to the address admins use for the console, or open the console at {external}.",
        "Keep one name everywhere: the setting, the console address and the Azure redirect URI.",
      ],
    },
    "redirect-not-https": {
      title: "The Azure redirect URI is not https: {registered}.",
      why: "Entra accepts http redirect URIs only for localhost, so a Web redirect to ECE must be https.",
      fix: ["In the Azure portal, open App registrations > your app > Authentication and replace the redirect URI with its https form."],
    },
    "redirect-host-mismatch": {
      title: "The Azure redirect URI is on {host}, but ECE's setting is {external}.",
      why: "Entra sends the authorization code only to a registered redirect URI. ECE sends a redirect on the host of its URL setting, so Entra refuses it with AADSTS50011.",
      fix: [
        "In the Azure portal, App registrations > your app > Authentication > Web > Redirect URIs: add the redirect URL that ECE shows, on {external}.",
        "Or correct the ECE setting if {external} is wrong.",
      ],
    },
    "redirect-uri-mismatch": {
      title: "ECE sends {ece}, but Azure has {registered}.",
      why: "Entra compares the redirect URI exactly: scheme, host, port, path, letter case and trailing slash. Any difference gives AADSTS50011 at sign-in.",
      fix: ["Copy the redirect URL exactly as ECE shows it and add it in the Azure portal under Authentication > Web > Redirect URIs."],
    },
    "redirect-ece-unknown": {
      title: "Compare the redirect URL that ECE shows with the one in Azure.",
      why: "The exact path ECE uses is not documented here, so only the host could be compared. Paste the redirect URL from ECE (or its ES documentation) to compare it exactly.",
      fix: ["Find the redirect URL in ECE or in the OAuth documentation of your ES, and enter it on the redirect step of this wizard."],
    },
    "redirect-not-web-platform": {
      title: "The redirect URI is registered as platform \"{platform}\", not Web.",
      why: "ECE redeems the authorization code on its server with the client secret, which is the Web platform. Single-page-application redirects give refresh tokens that expire after 24 hours, and public-client platforms do not accept the secret.",
      fix: ["In the Azure portal, Authentication: remove the redirect URI from its current platform and add it under Add a platform > Web."],
    },
    "redirect-platform-unknown": {
      title: "The platform of the redirect URI is not known.",
      why: "It must be Web. This check cannot decide without it.",
      fix: ["In the Azure portal, open App registrations > your app > Authentication and check that the redirect URI is listed under Web."],
    },
    "tenant-id-malformed": {
      title: "The tenant ID \"{value}\" is not a GUID.",
      why: "ECE needs the Directory (tenant) ID, a GUID like 72f988bf-86f1-41af-91ab-2d7cd011db47. A wrong value sends the sign-in to the wrong directory (AADSTS90002).",
      fix: ["In the Azure portal, copy Directory (tenant) ID from App registrations > your app > Overview, and paste it in ECE."],
    },
    "client-id-malformed": {
      title: "The application (client) ID \"{value}\" is not a GUID.",
      why: "ECE needs the Application (client) ID, a GUID. A wrong value gives AADSTS700016 (application not found).",
      fix: ["In the Azure portal, copy Application (client) ID from App registrations > your app > Overview, and paste it in ECE."],
    },
    "client-id-is-tenant-id": {
      title: "The application (client) ID is the same as the tenant ID.",
      why: "Both are GUIDs on the same Overview page, and they are easy to swap. Entra answers AADSTS700016.",
      fix: ["Copy Application (client) ID, not Directory (tenant) ID, into the client ID field in ECE."],
    },
    "secret-is-secret-id": {
      title: "The client secret looks like a secret ID, not the secret value.",
      why: "Azure shows two columns for a client secret: Value and Secret ID. The Secret ID is a GUID; ECE needs the Value. With the ID, every token request fails with AADSTS7000215 (invalid client secret).",
      fix: [
        "In the Azure portal, App registrations > your app > Certificates & secrets: create a new client secret and copy its Value right away (it is shown only once).",
        "Paste the Value into ECE and generate the token again.",
      ],
    },
    "secret-not-given": {
      title: "The client secret was not checked.",
      why: "You did not enter it, so this wizard cannot tell whether a secret ID was pasted instead of the value. It is never stored.",
      fix: ["To check it, enter the secret on the client secret step; it stays in this browser tab only."],
    },
    "secret-expired": {
      title: "The client secret expired on {expires}.",
      why: "ECE uses the secret to redeem and refresh tokens. Once it expires, the refresh fails with AADSTS7000222 and mail stops about an hour after the last token.",
      fix: [
        "In the Azure portal, Certificates & secrets: create a new client secret and copy its Value.",
        "Enter the new Value in ECE, generate the token again, and note the new expiry date.",
      ],
    },
    "secret-expiring-soon": {
      title: "The client secret expires on {expires} (days left: {days}).",
      why: "When it expires, token refreshes fail (AADSTS7000222) and ECE stops reading and sending mail.",
      fix: ["Create a new client secret before {expires}, put its Value in ECE, and generate the token again."],
    },
    "secret-expiry-unknown": {
      title: "The client secret's expiry date is not known.",
      why: "Portal secrets last at most 24 months; an expired secret stops mail about an hour after the last token.",
      fix: ["In the Azure portal, Certificates & secrets, read the Expires column of the secret ECE uses."],
    },
    "permission-retrieval-missing": {
      title: "The app lacks the delegated permission {permission}.",
      why: "ECE reads mail with a token for {permission}. Without it Exchange answers NO AUTHENTICATE failed. (IMAP) or -ERR Authentication failure (POP).",
      fix: [
        "In the Azure portal, App registrations > your app > API permissions > Add a permission > Microsoft Graph > Delegated: add {permission}.",
        "Grant admin consent, then generate the token again in ECE.",
      ],
    },
    "permission-smtp-missing": {
      title: "The app lacks the delegated permission SMTP.Send.",
      why: "The Dispatcher sends with a token for SMTP.Send. Without it Exchange answers 535 5.7.3 Authentication unsuccessful.",
      fix: ["Add Microsoft Graph > Delegated > SMTP.Send under API permissions, grant admin consent, and generate the token again."],
    },
    "permission-offline-missing": {
      title: "The app lacks offline_access.",
      why: "Without offline_access Entra gives no refresh token, so mail works for about an hour after each token generation and then stops.",
      fix: ["Add Microsoft Graph > Delegated > offline_access under API permissions, grant consent, and generate the token again."],
    },
    "consent-missing": {
      title: "Admin consent has not been granted.",
      why: "If users may consent to apps in your tenant, the mailbox account consents at its first sign-in; if they may not, sign-in stops with AADSTS65001 until an administrator grants consent.",
      fix: ["In the Azure portal, API permissions: click Grant admin consent for your organization."],
    },
    "consent-unknown": {
      title: "It is not known whether consent was granted.",
      why: "Without consent, sign-in stops with AADSTS65001. This check cannot decide.",
      fix: ["In the Azure portal, API permissions: the Status column must read Granted for your organization for each permission."],
    },
    "token-lifetime-unusual": {
      title: "The access token lifetime is {minutes} minutes, outside Microsoft's default of {min} to {max}.",
      why: "A token lifetime policy changes how often ECE must refresh. Cisco TAC's checklist says 60 minutes and Microsoft's default is a random 60 to 90; very short lifetimes make refresh problems show sooner and more often.",
      fix: ["Ask the Microsoft 365 admin whether a token lifetime policy applies to the app or tenant, and remove it unless it is needed."],
    },
    "token-lifetime-unknown": {
      title: "The access token lifetime is not known.",
      why: "The default is a random 60 to 90 minutes. This check cannot decide without the value.",
      fix: ["Decode a token (the exp minus iat claims) or ask the Microsoft 365 admin whether a token lifetime policy applies."],
    },
    "full-access-missing": {
      title: "{delegate} has no Full Access to the mailboxes.",
      why: "With one shared sign-in account, the token belongs to {delegate} and the XOAUTH2 user is each mailbox. Exchange accepts it only if {delegate} has Full Access; otherwise IMAP answers BAD User is authenticated but not connected.",
      fix: [
        "In Exchange Online PowerShell, for each mailbox: Add-MailboxPermission -Identity <mailbox> -User {delegate} -AccessRights FullAccess -AutoMapping $false",
        "Permission changes can take a while to apply; if mail still fails, test again later.",
      ],
    },
    "full-access-unknown": {
      title: "It is not known whether {delegate} has Full Access to the mailboxes.",
      why: "The shared model works only with Full Access on every mailbox ({mailboxes}). This check cannot decide.",
      fix: ["In Exchange Online PowerShell: Get-MailboxPermission -Identity <mailbox> -User {delegate} must list FullAccess for each mailbox."],
    },
    "retrieval-protocol-disabled": {
      title: "{protocol} is disabled for the mailbox.",
      why: "Exchange checks the mailbox's protocol setting even with OAuth. With {protocol} disabled the valid token is refused: for IMAP, AUTHENTICATE succeeds and the next command fails with BAD User is authenticated but not connected.",
      fix: [
        "In Exchange Online PowerShell: Set-CASMailbox -Identity <mailbox> -{setting} $true (or in the Microsoft 365 admin center, Active users > the user > Mail > Manage email apps).",
        "Allow about 30 minutes for the change to replicate.",
      ],
    },
    "smtp-auth-disabled": {
      title: "Authenticated SMTP is disabled.",
      why: "SMTP AUTH must be enabled even with OAuth; otherwise Exchange answers 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled. It is off by default in tenants created since 2020.",
      fix: [
        "For the mailbox: Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false (admin center: Manage email apps > Authenticated SMTP).",
        "Or for the tenant: Set-TransportConfig -SmtpClientAuthenticationDisabled $false. The mailbox setting wins over the tenant setting.",
      ],
    },
    "protocols-unknown": {
      title: "It is not known whether {protocol} and Authenticated SMTP are enabled.",
      why: "Both must be enabled for each mailbox. This check cannot decide.",
      fix: [
        "In Exchange Online PowerShell: Get-EXOCasMailbox -Identity {mailbox} -PropertySets All | Format-List ImapEnabled,PopEnabled,SmtpClientAuthenticationDisabled",
        "And for the tenant: Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled",
      ],
    },
    "licence-missing": {
      title: "The mailbox has no Exchange Online licence.",
      why: "Without an Exchange Online licence the sign-in and the mail protocols fail with obscure errors.",
      fix: ["In the Microsoft 365 admin center, assign a licence that includes Exchange Online (TAC recommends E3) to the mailbox user."],
    },
    "licence-plan-without-imap-pop": {
      title: "The {plan} plan does not include IMAP or POP.",
      why: "Frontline plans (F1, F3) do not include POP and IMAP access, which ECE's Retriever needs.",
      fix: ["Assign a plan with IMAP and POP, such as E3 (the TAC recommendation)."],
    },
    "licence-below-e3": {
      title: "The {plan} plan is not one Cisco TAC recommends (E3 or E5).",
      why: "Microsoft's plan tables show IMAP and POP in this plan, so it may work, but TAC's checklist asks for at least E3.",
      fix: ["If mail still fails after the other fixes, assign E3 before opening a TAC case."],
    },
    "licence-unknown": {
      title: "The mailbox licence is not known.",
      why: "TAC recommends at least E3; F1 and F3 lack IMAP and POP. This check cannot decide.",
      fix: ["In the Microsoft 365 admin center, Active users > the user > Licenses and apps, read the assigned plan."],
    },
    "token-not-private-window": {
      title: "The token was generated in a normal browser window.",
      why: "On a domain-joined workstation, Kerberos or Seamless SSO signs in whoever is logged in to Windows, not the mailbox account. ECE then holds a token for the wrong person, and Exchange rejects it.",
      fix: [
        "Open the ECE console in a private (InPrivate or incognito) window.",
        "Generate the token again and sign in as {expected}.",
      ],
    },
    "token-signed-in-as-other": {
      title: "The token was generated as {signedInAs}, not {expected}.",
      why: "The token belongs to the account that signed in. Exchange accepts it only for its own mailbox or for mailboxes where it has Full Access: this is how single sign-on silently breaks ECE.",
      fix: [
        "In a private window, generate the token again and sign in as {expected}.",
        "If a different account is intended (shared model), choose the shared model in this wizard and give that account Full Access.",
      ],
    },
    "token-generation-unknown": {
      title: "It is not known how the token was generated.",
      why: "A token generated in a normal window on a domain-joined workstation often belongs to the logged-in Windows user. This check cannot decide.",
      fix: ["Generate the token again in a private window, signed in as {expected}."],
    },
    "network-blocked": {
      title: "The {server} server cannot reach Microsoft.",
      why: "The services server runs the Retriever (IMAP 993 or POP3 995 to {imap}) and the Dispatcher (SMTP 587 to {smtp}); the application server generates the first token and sends alarm e-mails ({login} on 443, {smtp} on 587).",
      fix: [
        "In the firewall and proxy, allow the Microsoft mail hosts ({imap}, {smtp}; *.office365.com in the worldwide cloud) and {login} on TCP 443, 587, 993 and 995 from the {server} server.",
        "Then verify from that server: Test-NetConnection {imap} -Port 993 ; Test-NetConnection {smtp} -Port 587 ; Test-NetConnection {login} -Port 443",
      ],
    },
    "network-not-verified": {
      title: "The paths from the {server} server have not been verified.",
      why: "Firewalls and proxies between ECE and Microsoft are a common cause. This check cannot decide.",
      fix: [
        "On the {server} server, in PowerShell: Test-NetConnection {imap} -Port 993 ; Test-NetConnection {pop} -Port 995 ; Test-NetConnection {smtp} -Port 587 ; Test-NetConnection {login} -Port 443",
        "Or with OpenSSL: openssl s_client -connect {imap}:993 -servername {imap} and openssl s_client -connect {smtp}:587 -starttls smtp -servername {smtp}",
        "Microsoft's Remote Connectivity Analyzer (testconnectivity.microsoft.com, Internet Email tests: IMAP, POP, Outbound SMTP) tests from Microsoft's side, not from your servers.",
      ],
    },
    "tls-inspection": {
      title: "A proxy may be inspecting TLS to Microsoft.",
      why: "A TLS-inspecting proxy replaces Microsoft's certificate with its own; ECE's Java runtime rejects it unless the proxy's CA is trusted, and some proxies break STARTTLS on 587.",
      fix: [
        "Exempt {imap}, {smtp} and {login} from TLS inspection.",
        "Check the certificate the services server sees: openssl s_client -connect {imap}:993 -servername {imap} must show a Microsoft-issued certificate.",
      ],
    },
  },
  values: {
    server: { services: "services", application: "application" },
    plan: {
      e5: "E5",
      e3: "E3",
      e1: "E1",
      "exchange-plan-2": "Exchange Online Plan 2",
      "exchange-plan-1": "Exchange Online Plan 1",
      f3: "F3",
      f1: "F1",
      none: "no licence",
      other: "other",
      unknown: "unknown",
    },
    platform: { web: "Web", spa: "Single-page application", "mobile-desktop": "Mobile and desktop applications", unknown: "unknown" },
  },
};
