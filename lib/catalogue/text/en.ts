import type { CatalogueText } from "./types";

export const en: CatalogueText = {
  checks: {
    "ece-version": {
      name: "ECE version and engineering special",
      passTitle: "ECE {version} has the engineering special that adds OAuth ({installed}).",
      passWhy:
        "OAuth for Office 365 came to ECE as engineering specials (Cisco bug CSCvr86493); {version} needs at least {required}, and you have the latest ES for the release.",
    },
    "external-url": {
      name: "ECE external URL setting",
      passTitle: "The {setting} setting is an https FQDN that matches the console address.",
      passWhy:
        "ECE builds the OAuth redirect from this setting, so it must be the FQDN that admins use to open the console ({host}).",
    },
    "redirect-uri": {
      name: "Azure app redirect URI",
      passTitle:
        "The redirect URI is https, on the ECE host, registered as platform Web, and identical to what ECE sends.",
      passWhy:
        "Entra only returns the authorization code to a redirect URI registered character for character on the app ({registered}).",
    },
    "app-ids": {
      name: "Application, tenant and secret values",
      passTitle: "The tenant ID and application (client) ID are GUIDs and the secret is not a secret ID.",
      passWhy:
        "ECE needs the Directory (tenant) ID, the Application (client) ID and the client secret Value from the app registration.",
    },
    "client-secret": {
      name: "Client secret expiry",
      passTitle: "The client secret is valid until {expires}, {days} days from today.",
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
      passWhy:
        "Microsoft issues access tokens for a random 60 to 90 minutes; ECE refreshes them with the refresh token.",
    },
    "account-model": {
      name: "Mailbox rights model",
      passTitle: "The account model is consistent ({mailboxes}).",
      passWhy:
        "Each mailbox either signs in for its own token, or one delegate with Full Access signs in for all of them.",
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
      passTitle:
        "The token was generated in a private window, and no other account than {expected} is known to have signed in.",
      passWhy: "A private window keeps Windows single sign-on from signing in someone else.",
    },
    "network-plan": {
      name: "Network paths",
      passTitle: "Both ECE servers reach Microsoft on the required ports.",
      passWhy:
        "The services server and all application servers reach {login}, {imap} and {smtp} on 443, 587, 993 and 995, as Cisco TAC's document asks.",
    },
    dns: {
      name: "DNS resolution",
      passTitle: "{host} resolves to {addresses}.",
      passWhy:
        "The server running this wizard found the address of {host}. The ECE services server must get an answer from its own DNS too.",
    },
    tcp: {
      name: "TCP connection",
      passTitle: "{host}:{port} accepts connections.",
      passWhy:
        "No firewall blocked the connection from the server running this wizard. This proves the path from this server, not from the ECE services server.",
    },
    tls: {
      name: "TLS and certificate",
      passTitle: "{host}:{port} presents a valid certificate over {protocol}.",
      passWhy: "The certificate is trusted, covers {host} and has not expired, and the TLS version is 1.2 or later.",
    },
    "entra-tenant": {
      name: "Entra tenant and cloud",
      passTitle: "The tenant {tenant} exists in this cloud.",
      passWhy:
        "Entra publishes the tenant's sign-in metadata on this cloud's login host, so sign-in and token requests reach the right directory.",
    },
    "entra-realm": {
      name: "Mailbox domain in Entra",
      passTitle: "{domain} is a managed domain.",
      passWhy:
        "Entra handles the sign-in for {domain} itself, not a federation server that could ignore the account chosen at sign-in. Seamless SSO (Kerberos, the scenario of Cisco TAC's document) and Windows device single sign-on can still sign in the Windows user silently on a Managed domain: generate the token in a private window.",
    },
    "entra-app": {
      name: "App registration in Entra",
      passTitle: "The app and its client secret are accepted by Entra.",
      passWhy:
        "Entra found the application (client) ID in the tenant and accepted the client secret, so ECE can redeem and refresh tokens with them.",
    },
    "entra-sign-in": {
      name: "Sign-in policies and account",
      passTitle: "No sign-in block was found.",
      passWhy:
        "Entra issued a token with no error from Conditional Access, security defaults, MFA or the account's state.",
    },
    "access-token": {
      name: "Access token claims",
      passTitle: "The token belongs to {user}, is for Outlook, and has the needed scopes.",
      passWhy:
        "Exchange accepts an XOAUTH2 token only if it is for the Outlook resource, has not expired, was issued by the mailbox's tenant to ECE's app, and carries the protocol's scope.",
    },
    imap: {
      name: "IMAP sign-in (XOAUTH2)",
      passTitle: "{mailbox} signs in over IMAP and opens the mailbox.",
      passWhy:
        "Exchange accepted the sign-in (it answered “OK AUTHENTICATE completed.”) and then the next command, so the Retriever can read mail with this token.",
    },
    pop3: {
      name: "POP3 sign-in (XOAUTH2)",
      passTitle: "{mailbox} signs in over POP3.",
      passWhy:
        "Exchange answered +OK User successfully authenticated. to the two-line AUTH XOAUTH2 exchange, so the Retriever can read mail with this token.",
    },
    smtp: {
      name: "SMTP submission (XOAUTH2)",
      passTitle: "{mailbox} authenticates for SMTP submission.",
      passWhy:
        "After STARTTLS, Exchange offered AUTH XOAUTH2 and answered 235 2.7.0 Authentication successful, so the Dispatcher can send with this token.",
    },
    "sign-in-logs": {
      name: "Entra sign-in logs of ECE's app",
      passTitle: "The sign-in logs show {matched} sign-ins of ECE's app and no failure.",
      passWhy: "Read on {readOn} from an export of {rows} rows, in the browser; only these counts are kept.",
    },
    "powershell-output": {
      name: "Exchange Online PowerShell output",
      passTitle: "From {command}, pasted {pastedOn}: {values}.",
      passWhy: "This answer comes from the command's output pasted into the wizard, not from memory.",
    },
  },
  causes: {
    "version-without-oauth": {
      title: "This ECE release has no OAuth support for Office 365.",
      why: "OAuth was added to ECE 11.6(1), 12.0(1), 12.5(1) and 12.6(1) through engineering specials (Cisco bug CSCvr86493). Older releases can only use basic authentication. Exchange Online stopped accepting passwords for IMAP and POP on 31 December 2022. For SMTP AUTH, basic authentication works as before until the end of December 2026; then it is disabled by default in existing tenants (an admin can turn it back on) and unavailable by default in tenants created after December 2026, and the final removal date is to be announced in the second half of 2027 (Exchange Team, 27 January 2026, MC786329; reviewed 2 December 2026).",
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
      title: "ECE {version} needs {required} for OAuth (installed: {installed}).",
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
      title: "It is not known whether the installed ES ({installed}) is the latest for ECE {version}.",
      why: "Cisco TAC's best practice is the latest ES for the release. This wizard cannot look it up.",
      fix: ["Compare your ES with the list for ECE {version} on Cisco Software Download."],
    },
    "url-missing": {
      title: 'The "{setting}" setting is empty.',
      why: "The setting is mandatory for OAuth: ECE builds the redirect URL that Microsoft sends the authorization code back to from it. Without it, token generation fails.",
      fix: [
        'In ECE, open the partition settings and set "{setting}" to the https address that agents and admins use to open the console, for example https://ece.example.com.',
        "On 12.6 and later the setting is under Partition > Apps > General Settings > External URL of application.",
      ],
    },
    "url-not-https": {
      title: 'The "{setting}" setting is not https: {url}.',
      why: "Microsoft only sends authorization codes to https redirect URLs (except localhost), so the redirect built from this setting is refused.",
      fix: [
        'Set "{setting}" to https://{host} and make sure the ECE web server or load balancer serves https on that name.',
      ],
    },
    "url-not-fqdn": {
      title: 'The "{setting}" setting does not use a fully qualified name: {host}.',
      why: "The setting must be the fully qualified domain name (FQDN) that agents and admins use; an IP address or a short host name does not match the redirect URI registered in Azure and breaks SSO and chat entry points too.",
      fix: [
        'Set "{setting}" to the FQDN of the console, for example https://ece.example.com, and register the same FQDN in the Azure redirect URI.',
      ],
    },
    "url-has-path": {
      title: 'The "{setting}" setting has a path ({path}).',
      why: "The setting is expected to be only the scheme and host, like https://ece.example.com; ECE adds its own path to build the redirect URL.",
      fix: [
        "Remove the path unless your ECE documentation says otherwise, and compare the redirect URL ECE then shows with the one in Azure.",
      ],
    },
    "url-console-mismatch": {
      title: "The console is opened at {console}, not at the address of the setting ({external}).",
      why: "The redirect goes to the host in the setting. If admins open the console under another name, the sign-in returns to a different site than the one that started it, and the token is not saved.",
      fix: [
        'Set "{setting}" to the address admins use for the console, or open the console at {external}.',
        "Keep one name everywhere: the setting, the console address and the Azure redirect URI.",
      ],
    },
    "redirect-not-https": {
      title: "The Azure redirect URI is not https: {registered}.",
      why: "Entra accepts http redirect URIs only for localhost, so a Web redirect to ECE must be https.",
      fix: [
        "In the Azure portal, open App registrations > your app > Authentication and replace the redirect URI with its https form.",
      ],
    },
    "redirect-host-mismatch": {
      title: "The Azure redirect URI is on {host}, but ECE's setting is {external}.",
      why: "Entra sends the authorization code only to a registered redirect URI. ECE sends a redirect on the host of its URL setting, so Entra refuses it with AADSTS50011.",
      fix: [
        "Microsoft 365 admin: in the Azure portal, App registrations > your app > Authentication > Web > Redirect URIs, add the redirect URL that ECE shows, on {external}.",
        "ECE admin: if {external} is not the address users reach ECE at, correct the partition setting (External URL of application from 12.6, Web Server URL or Load Balancer URL before) instead.",
      ],
    },
    "redirect-uri-mismatch": {
      title: "ECE sends {ece}, but Azure has {registered}.",
      why: "Entra compares the redirect URI exactly: scheme, host, port, path, letter case and trailing slash. Any difference gives AADSTS50011 at sign-in.",
      fix: [
        "Microsoft 365 admin: copy the redirect URL exactly as ECE shows it ({ece}) and add it in the Azure portal under App registrations > your app > Authentication > Web > Redirect URIs.",
        "ECE admin: if ECE shows the wrong address, correct the partition's URL setting so that ECE's redirect URL matches {registered}.",
      ],
    },
    "redirect-ece-unknown": {
      title: "Compare the redirect URL that ECE shows with the one in Azure.",
      why: "The exact path ECE uses is not documented here, so only the host could be compared. Paste the redirect URL from ECE (or its ES documentation) to compare it exactly.",
      fix: [
        "Find the redirect URL in ECE or in the OAuth documentation of your ES, and enter it on the redirect step of this wizard.",
      ],
    },
    "redirect-not-web-platform": {
      title: "The redirect URI is registered under another platform ({platform}), not Web.",
      why: "ECE redeems the authorization code on its server with the client secret, which is the Web platform. Single-page-application redirects give refresh tokens that expire after 24 hours, and public-client platforms do not accept the secret.",
      fix: [
        "In the Azure portal, Authentication: remove the redirect URI from its current platform and add it under Add a platform > Web.",
      ],
    },
    "redirect-platform-unknown": {
      title: "The platform of the redirect URI is not known.",
      why: "It must be Web. This check cannot decide without it.",
      fix: [
        "In the Azure portal, open App registrations > your app > Authentication and check that the redirect URI is listed under Web.",
      ],
    },
    "tenant-id-malformed": {
      title: 'The tenant ID "{value}" is not a GUID.',
      why: "ECE needs the Directory (tenant) ID, a GUID like 72f988bf-86f1-41af-91ab-2d7cd011db47. A wrong value sends the sign-in to the wrong directory (AADSTS90002).",
      fix: [
        "In the Azure portal, copy Directory (tenant) ID from App registrations > your app > Overview, and paste it in ECE.",
      ],
    },
    "tenant-is-domain": {
      title: "The tenant is given as a domain name ({value}), not as its ID.",
      why: "Entra accepts a verified domain name of the tenant (such as contoso.onmicrosoft.com or contoso.com) in place of the Directory (tenant) ID, so this works. The ID never changes when domains are renamed or removed, and it is what Cisco TAC's document and Microsoft's app registration show.",
      fix: [
        "In the Azure portal, copy Directory (tenant) ID from App registrations > your app > Overview, and enter it in ECE instead of {value}.",
      ],
    },
    "client-id-malformed": {
      title: 'The application (client) ID "{value}" is not a GUID.',
      why: "ECE needs the Application (client) ID, a GUID. A wrong value gives AADSTS700016 (application not found).",
      fix: [
        "In the Azure portal, copy Application (client) ID from App registrations > your app > Overview, and paste it in ECE.",
      ],
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
      title: "The client secret expires in {days} days, on {expires}.",
      why: "When it expires, token refreshes fail (AADSTS7000222) and ECE stops reading and sending mail.",
      fix: ["Create a new client secret before {expires}, put its Value in ECE, and generate the token again."],
    },
    "secret-expiry-unknown": {
      title: "The client secret's expiry date is not known.",
      why: "Portal secrets last at most 24 months; an expired secret stops mail about an hour after the last token.",
      fix: ["In the Azure portal, Certificates & secrets, read the Expires column of the secret ECE uses."],
    },
    "permission-retrieval-missing": {
      title: "The app lacks a delegated permission: {permission}.",
      why: "ECE reads mail with a token for {permission}. Without it Exchange answers NO AUTHENTICATE failed. (IMAP) or -ERR Authentication failure (POP).",
      fix: [
        "In the Azure portal, App registrations > your app > API permissions > Add a permission > Microsoft Graph > Delegated: add {permission}.",
        "Grant admin consent, then generate the token again in ECE.",
      ],
    },
    "permission-smtp-missing": {
      title: "The app lacks the delegated permission SMTP.Send.",
      why: "The Dispatcher sends with a token for SMTP.Send. Without it Exchange answers 535 5.7.3 Authentication unsuccessful.",
      fix: [
        "Add Microsoft Graph > Delegated > SMTP.Send under API permissions, grant admin consent, and generate the token again.",
      ],
    },
    "permission-offline-missing": {
      title: "The app lacks offline_access.",
      why: "Without offline_access Entra gives no refresh token, so mail works for about an hour after each token generation and then stops.",
      fix: [
        "Add Microsoft Graph > Delegated > offline_access under API permissions, grant consent, and generate the token again.",
      ],
    },
    "consent-missing": {
      title: "Admin consent has not been granted.",
      why: "If users may consent to apps in your tenant, the mailbox account consents at its first sign-in; if they may not, sign-in stops with AADSTS65001 until an administrator grants consent.",
      fix: ["In the Azure portal, API permissions: click Grant admin consent for your organization."],
    },
    "consent-unknown": {
      title: "It is not known whether consent was granted.",
      why: "Without consent, sign-in stops with AADSTS65001. This check cannot decide.",
      fix: [
        "In the Azure portal, API permissions: the Status column must read Granted for your organization for each permission.",
      ],
    },
    "token-lifetime-unusual": {
      title: "The access token lifetime is {minutes} minutes, outside Microsoft's default of {min} to {max}.",
      why: "A token lifetime policy changes how often ECE must refresh. Cisco TAC's checklist says 60 minutes and Microsoft's default is a random 60 to 90; very short lifetimes make refresh problems show sooner and more often.",
      fix: [
        "Ask the Microsoft 365 admin whether a token lifetime policy applies to the app or tenant, and remove it unless it is needed.",
      ],
    },
    "token-lifetime-unknown": {
      title: "The access token lifetime is not known.",
      why: "The default is a random 60 to 90 minutes. This check cannot decide without the value.",
      fix: [
        "Decode a token (the exp minus iat claims) or ask the Microsoft 365 admin whether a token lifetime policy applies.",
      ],
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
      fix: [
        "In Exchange Online PowerShell: Get-MailboxPermission -Identity <mailbox> -User {delegate} must list FullAccess for each mailbox.",
      ],
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
      fix: [
        "In the Microsoft 365 admin center, assign a licence that includes Exchange Online (TAC recommends E3) to the mailbox user.",
      ],
    },
    "licence-plan-without-imap-pop": {
      title: "The licence plan {plan} does not include IMAP or POP.",
      why: "Frontline plans (F1, F3) do not include POP and IMAP access, which ECE's Retriever needs.",
      fix: ["Assign a plan with IMAP and POP, such as E3 (the TAC recommendation)."],
    },
    "licence-below-e3": {
      title: "The licence plan {plan} is not one Cisco TAC recommends (E3 or E5).",
      why: "Microsoft's plan tables show IMAP and POP in this plan, so it may work, but TAC's checklist asks for at least E3.",
      fix: ["If mail still fails after the other fixes, assign E3 before opening a TAC case."],
    },
    "licence-unknown": {
      title: "The mailbox licence is not known.",
      why: "TAC recommends at least E3; F1 and F3 lack IMAP and POP. This check cannot decide.",
      fix: ["In the Microsoft 365 admin center, Active users > the user > Licenses and apps, read the assigned plan."],
    },
    "licence-shared-none": {
      title: "The shared mailboxes have no licence: that is fine, but the delegate {delegate} needs one.",
      why: "A shared mailbox needs no licence unless it holds more than 50 GB, has an archive or is on hold (Microsoft 365: Remove a license from a shared mailbox). In the shared model only the delegate who signs in for the token needs a licence that includes Exchange Online.",
      fix: [
        "Check that {delegate} has a licence with Exchange Online (TAC recommends E3): Microsoft 365 admin center > Active users > {delegate} > Licenses and apps.",
        "If a shared mailbox is above 50 GB, has an archive or is on hold, assign it Exchange Online Plan 2.",
      ],
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
    "token-account-unknown": {
      title: "It is not known which account signed in when the token was generated.",
      why: "The token belongs to whoever signed in; with single sign-on that can be the Windows user instead of {expected}. This check cannot decide without the account shown on the Microsoft sign-in page.",
      fix: [
        "Generate the token again in a private window and note the account the Microsoft sign-in page shows: it must be {expected}.",
        "Or get a token on this wizard's token step: it reads the account from the token.",
      ],
    },
    "network-blocked": {
      title: "The {server} server cannot reach Microsoft.",
      why: "The services server runs the Retriever (IMAP 993 or POP3 995 to {imap}) and the Dispatcher (SMTP 587 to {smtp}); the application server generates the first token and sends alarm e-mails ({login} on 443, {smtp} on 587). Cisco TAC's document asks that both the services server and all application servers reach at least 443, 587, 993 and 995, and that every port in the Installation Guide for the ECE release is open.",
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
    "dns-failed": {
      title: "{host} does not resolve ({code}).",
      why: "The server running this wizard got no address for {host}. If the ECE services server uses the same DNS, the Retriever and Dispatcher cannot connect either.",
      fix: [
        "On the ECE services server, in PowerShell: Resolve-DnsName {host} (or nslookup {host}); it must return public addresses.",
        "If it fails there too, have the DNS servers of that server resolve internet names (forwarders), and check that {host} is the Microsoft host for your cloud (outlook.office365.com and smtp.office365.com in the worldwide cloud).",
      ],
    },
    "port-refused": {
      title: "{host} refused the connection on port {port}.",
      why: "The connection was actively rejected (TCP reset, ECONNREFUSED). Microsoft's mail hosts listen on 993, 995 and 587, so a firewall or proxy on the way is rejecting it, or the port is not one Microsoft uses.",
      fix: [
        "On the ECE services server: Test-NetConnection {host} -Port {port}; TcpTestSucceeded must be True.",
        "Allow outbound TCP {port} to {host} from the ECE services server in the firewall and proxy, and check the port: 993 for IMAP, 995 for POP3, 587 for SMTP.",
      ],
    },
    "port-timeout": {
      title: "{host} did not answer on port {port} within {seconds} seconds.",
      why: "No answer at all usually means a firewall silently drops the packets. The Retriever or Dispatcher waits in the same way and then fails.",
      fix: [
        "On the ECE services server: Test-NetConnection {host} -Port {port}; TcpTestSucceeded must be True.",
        "Allow outbound TCP {port} to {host} from the ECE services server in every firewall on the way, or route it through the gateway that reaches the internet.",
      ],
    },
    "port-unreachable": {
      title: "There is no network route to {host} for port {port} ({code}).",
      why: "The operating system found no route to the address of {host}, so nothing was sent. Typical causes are a missing default gateway or route, or an IPv6 address chosen on a network without IPv6 routing.",
      fix: [
        "On the ECE services server: Test-NetConnection {host} -Port {port} -InformationLevel Detailed shows the address, interface and source address used.",
        "Fix the route or gateway to the internet (or to the proxy), or make the server prefer IPv4 if only IPv4 is routed.",
      ],
    },
    "address-refused": {
      title: "{host} resolves to an address this wizard never contacts ({address}).",
      why: "Microsoft's endpoints never have an unspecified, link-local, multicast, private or loopback address, nor a cloud metadata address (169.254.169.254, 168.63.129.16, 100.100.100.200, fd00:ec2::254, in IPv4, IPv6 or NAT64 form). Such a DNS answer means a wrong or overridden DNS record, DNS filtering or a split-horizon DNS; following it could send the request, with the client secret or the token, to a service of the local network, so nothing was sent to {host}:{port}.",
      fix: [
        "On the ECE services server, in PowerShell: Resolve-DnsName {host}; it must return Microsoft's public addresses.",
        'Have the DNS servers of that server resolve {host} from public DNS (remove any local override, sinkhole or conditional forwarder for it). A lab profile in ECE_DOCTOR_CLOUDS_FILE that must reach private addresses says "allowPrivateAddresses": true.',
      ],
    },
    "no-greeting": {
      title: "{host}:{port} accepted the connection but sent nothing for {seconds} seconds.",
      why: "Exchange Online greets at once (IMAP: * OK The Microsoft Exchange IMAP4 service is ready.; SMTP: 220 … Microsoft ESMTP MAIL Service ready). Silence means a proxy or firewall accepted the connection and is holding it, or the port expects TLS first (993, 995) while the client waits for a plain greeting.",
      fix: [
        "From the ECE services server: openssl s_client -connect {host}:{port} -servername {host} for 993 and 995, or add -starttls smtp for 587; a Microsoft greeting must follow.",
        "If nothing arrives, have the firewall, proxy or IPS rule that intercepts port {port} towards {host} bypassed for the ECE servers.",
      ],
    },
    "connection-dropped": {
      title: "The connection to {host}:{port} was cut or garbled during {phase}.",
      why: "The connection closed, or data that is not IMAP, POP or SMTP arrived, in the middle of the exchange. This is typical of a proxy, IPS or firewall that inspects mail protocols; devices that limit line length may also cut the AUTH line, which carries a token of several thousand characters.",
      fix: [
        "Repeat the test from the ECE services server: openssl s_client -connect {host}:{port} -servername {host} (add -starttls smtp for 587), and compare with a test from outside your network.",
        "Exempt {host} on port {port} from protocol inspection, IPS and TLS inspection for the ECE servers.",
      ],
    },
    "connection-failed": {
      title: "The mail client could not connect to the server: {reply}",
      why: "The text says the connection failed but not why (no refused, timed-out, unreachable or name-resolution error is in it), so only the family is certain: the host, the port, a firewall or a proxy between ECE and Exchange Online.",
      fix: [
        "Run the live checks from the ECE services server: they resolve, connect and handshake with each Exchange Online host and port and name the step that fails.",
        "Or test by hand from the same server: openssl s_client -connect outlook.office365.com:993 (IMAP), :995 (POP3), or smtp.office365.com:587 -starttls smtp (SMTP).",
        'Paste the lines that follow this one (the "Caused by" or "nested exception" part): they usually say why the connection failed.',
      ],
    },
    "tls-untrusted": {
      title: "The certificate of {host}:{port} was issued by {issuer}, which is not trusted.",
      why: "Exchange Online presents a certificate from a public certification authority. An untrusted issuer almost always means a TLS-inspecting proxy replaced it; ECE's Java runtime rejects it too unless the proxy's CA is in its trust store, and the Retriever or Dispatcher cannot connect.",
      fix: [
        "Exempt {host} and the other Microsoft mail and login hosts from TLS inspection on the proxy or firewall.",
        "If inspection must stay, import the proxy's root CA into the trust store of the Java runtime used by ECE, then restart the ECE services.",
        "Check from the ECE services server: openssl s_client -connect {host}:{port} -servername {host} (add -starttls smtp for 587); the issuer must not be your proxy.",
      ],
    },
    "tls-name-mismatch": {
      title: "The certificate of {host}:{port} is not valid for {host}; it covers {names}.",
      why: "A certificate for other names means the connection reached another server: a TLS-inspecting proxy, a DNS or hosts-file entry that points {host} elsewhere, or a wrong host name. ECE may reject the certificate; if it does not, mail goes to a server that is not Microsoft's.",
      fix: [
        "On the ECE services server: Resolve-DnsName {host} must return public Microsoft addresses; remove any entry for {host} in C:\\Windows\\System32\\drivers\\etc\\hosts or the internal DNS.",
        "If a proxy intercepts TLS, exempt {host} from inspection; in ECE, use the Microsoft host name for your cloud, not an IP address.",
      ],
    },
    "tls-expired": {
      title: "The certificate of {host}:{port} expired on {validTo}.",
      why: "Microsoft renews its certificates before they expire, so an expired certificate usually comes from a proxy that intercepts TLS, or the clock of the testing server is wrong. ECE refuses an expired certificate and cannot connect.",
      fix: [
        "Check the date and time on the ECE services server and on the server running this wizard.",
        "Check the certificate from the ECE services server: openssl s_client -connect {host}:{port} -servername {host} (add -starttls smtp for 587); if it is not Microsoft's, exempt {host} from TLS inspection or renew the proxy's certificate.",
      ],
    },
    "tls-too-old": {
      title: "The connection to {host}:{port} used a protocol older than TLS 1.2 ({protocol}).",
      why: "Microsoft's SMTP diagnostic (SmtpClientDiag) warns about TLS 1.0 and 1.1 and, when Exchange answers 421 at AUTH, asks for at least TLS 1.2; Exchange Online may refuse the old versions. A proxy, or an operating system or Java setting that still negotiates them, is the usual cause.",
      fix: [
        "Enable TLS 1.2 on the whole path: on any proxy or firewall that terminates TLS, and in the operating system and Java runtime of the ECE servers.",
        "Check from the ECE services server: openssl s_client -connect {host}:{port} -servername {host} -tls1_2 (add -starttls smtp for 587) must connect.",
      ],
    },
    "tls-mode-mismatch": {
      title: "{host}:{port} was used with the wrong TLS mode.",
      why: "Exchange Online uses implicit TLS on 993 (IMAP) and 995 (POP3): TLS starts at once. On 587 (SMTP) the session starts in plain text and switches with STARTTLS; connecting to 587 with implicit TLS (SSL) fails, and sending AUTH before STARTTLS gets 504 5.7.4 Unrecognized authentication type. Both come from the security setting of the alias's server in ECE.",
      fix: [
        "In ECE, open the alias's server settings: incoming on 993 (IMAP) or 995 (POP3) with SSL/TLS; outgoing on 587 with STARTTLS, not SSL.",
        "Test: openssl s_client -connect {host}:{port} -servername {host} for 993 and 995; openssl s_client -connect {host}:{port} -starttls smtp -servername {host} for 587.",
      ],
    },
    "tls-handshake-failed": {
      title: "The TLS handshake with the mail server failed: {reply}",
      why: "The text shows a failed TLS handshake without the detail that tells the cause (an untrusted or replaced certificate, a name mismatch, an old TLS version, a cipher the other side refuses). A device that inspects TLS between ECE and Exchange Online is a frequent reason.",
      fix: [
        "Run the live checks from the ECE services server: the TLS check names the certificate issuer, the protocol version and the error.",
        "Or run openssl s_client -connect outlook.office365.com:993 -servername outlook.office365.com from that server and compare the issuer with a test from outside your network.",
        'Paste the whole Java stack trace, with every "Caused by" line, or the javax.net.debug=ssl:handshake output: it names the alert.',
      ],
    },
    "starttls-missing": {
      title: "{host}:{port} did not offer STARTTLS.",
      why: "Exchange Online lists 250-STARTTLS in its first EHLO reply and offers AUTH LOGIN XOAUTH2 only after STARTTLS. Without it the Dispatcher cannot sign in: a firewall or proxy is removing STARTTLS, or the server is not Microsoft's.",
      fix: [
        "From the ECE services server: openssl s_client -connect {host}:{port} -starttls smtp -servername {host} must connect and show a certificate for {host}.",
        "Turn off SMTP inspection that strips STARTTLS (such as ESMTP inspection on the firewall) for {host}:{port}, and check that {host} is the Microsoft SMTP host for your cloud.",
      ],
    },
    "imap-auth-failed": {
      title: "IMAP refused the token for {mailbox}: {reply}",
      why: "NO AUTHENTICATE failed. gives no reason. The token's audience, user, scope, tenant and expiry look right, so the cause is likely on the account: no Exchange Online licence, an app-only token whose service principal is not registered in Exchange, or a token that may no longer be valid after a password change, a revocation or a sign-in block.",
      fix: [
        "Licence: in the Microsoft 365 admin center, Active users > the user > Licenses and apps must show a plan that includes Exchange Online.",
        "Account: on the same page sign-in must not be blocked; after a password reset or a revocation of sessions, generate the token again in ECE.",
        "App-only token: in Exchange Online PowerShell, Get-ServicePrincipal | Format-List must list the app; if not, New-ServicePrincipal -AppId <APPLICATION_ID> -ObjectId <OBJECT_ID> (the Enterprise application's object ID), then Add-MailboxPermission -Identity {mailbox} -User <SERVICE_PRINCIPAL_ID> -AccessRights FullAccess",
      ],
    },
    "imap-disabled-or-no-access": {
      title: "IMAP accepted the token for {mailbox} but refused to open the mailbox.",
      why: "Exchange accepted the sign-in (“OK AUTHENTICATE completed.”) but then answered “BAD User is authenticated but not connected.”. This happens when IMAP is disabled for {mailbox}, or when the token's user {user} has no Full Access to {mailbox}.",
      fix: [
        "In Exchange Online PowerShell: Get-EXOCasMailbox -Identity {mailbox} -PropertySets All | Format-List ImapEnabled; if False, run Set-CASMailbox -Identity {mailbox} -ImapEnabled $true and wait about 30 minutes for the change to replicate.",
        "If {user} is not {mailbox}: Add-MailboxPermission -Identity {mailbox} -User {user} -AccessRights FullAccess -AutoMapping $false, or generate the token again in a private window signed in as {mailbox}.",
      ],
    },
    "imap-session-closed": {
      title: "Exchange Online closed the mail session: {reply}",
      why: "The folder or the connection was closed by the server after the sign-in, and the text does not say why. Exchange closes sessions when the token expires during a long session, when too many connections are open for the mailbox, after a long idle time, or when IMAP or POP access is turned off for the mailbox.",
      fix: [
        "If it happens now and then and the next poll works, it is harmless: ECE reconnects.",
        "If it happens on every poll, run the live checks for this mailbox and check that IMAP (or POP) is enabled: Get-CASMailbox -Identity <mailbox> | Format-List ImapEnabled,PopEnabled",
        "Paste the server's last reply before the exception (a BYE or BAD line) if the log has it.",
      ],
    },
    "pop-auth-failed": {
      title: "POP3 refused the token for {mailbox}: {reply}",
      why: "-ERR Authentication failure: unknown user name or bad password. gives no reason. The token's claims look right, so POP may be disabled for the mailbox (Microsoft does not document the reply in that case), the mailbox may lack an Exchange Online licence, or the signed-in account may lack Full Access to {mailbox}.",
      fix: [
        "In Exchange Online PowerShell: Get-EXOCasMailbox -Identity {mailbox} -PropertySets All | Format-List PopEnabled; if False, run Set-CASMailbox -Identity {mailbox} -PopEnabled $true and allow about 30 minutes.",
        "Licence: in the Microsoft 365 admin center, Active users > the user > Licenses and apps must show a plan with Exchange Online and POP (not F1 or F3).",
        "Shared model: Get-MailboxPermission -Identity {mailbox} -User <account that generated the token> must list FullAccess.",
      ],
    },
    "pop-one-line-auth": {
      title: "The client sent AUTH XOAUTH2 with the token on the same line.",
      why: "Exchange Online requires POP3 XOAUTH2 in two lines: AUTH XOAUTH2, then the server's +, then the base64 string. Sent on one line, the sign-in fails even with a valid token.",
      fix: [
        "If ECE's Retriever sends AUTH this way, install the latest engineering special for your ECE release and check its readme for POP3 OAuth fixes; if it persists, open a Cisco TAC case with the Retriever log.",
        "Meanwhile, IMAP accepts the token on one line: switch the alias to IMAP on port 993, add the delegated permission IMAP.AccessAsUser.All, and generate the token again.",
      ],
    },
    "smtp-auth-disabled-tenant": {
      title: "SMTP AUTH is disabled for the tenant, and {mailbox} has no setting of its own.",
      why: "Exchange answered 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. The tenant setting applies to every mailbox left at $null, and it blocks OAuth too, not only passwords.",
      fix: [
        "For this mailbox only (the mailbox setting wins over the tenant's): Set-CASMailbox -Identity {mailbox} -SmtpClientAuthenticationDisabled $false",
        "Or for the whole tenant: Set-TransportConfig -SmtpClientAuthenticationDisabled $false",
      ],
    },
    "smtp-auth-disabled-mailbox": {
      title: "SMTP AUTH is disabled for {mailbox}.",
      why: "Exchange answered 535 5.7.139 that SmtpClientAuthentication is disabled for the Mailbox. The mailbox setting wins over the tenant's, and it blocks OAuth too, not only passwords.",
      fix: [
        "In Exchange Online PowerShell: Set-CASMailbox -Identity {mailbox} -SmtpClientAuthenticationDisabled $false (or in the Microsoft 365 admin center: Active users > the user > Mail > Manage email apps > Authenticated SMTP).",
        "Check: Get-EXOCasMailbox -Identity {mailbox} -PropertySets All | Format-List SmtpClientAuthenticationDisabled must show False.",
      ],
    },
    "smtp-auth-failed": {
      title: "SMTP refused the token for {mailbox}: {reply}",
      why: "535 5.7.3 Authentication unsuccessful gives no reason. The token's audience, user, scope, tenant and expiry look right, so the cause is likely on the account: no Exchange Online licence, an app-only token without an Exchange service principal or mailbox permission, or a token that may no longer be valid after a password change, a revocation or a sign-in block.",
      fix: [
        "Licence: in the Microsoft 365 admin center, Active users > the user > Licenses and apps must show a plan that includes Exchange Online.",
        "Account: on the same page sign-in must not be blocked; after a password reset or a revocation of sessions, generate the token again in ECE.",
        "App-only token: in Exchange Online PowerShell, Get-ServicePrincipal | Format-List must list the app; if not, New-ServicePrincipal -AppId <APPLICATION_ID> -ObjectId <OBJECT_ID> (the Enterprise application's object ID), then Add-MailboxPermission -Identity {mailbox} -User <SERVICE_PRINCIPAL_ID> -AccessRights FullAccess",
      ],
    },
    "basic-auth-used": {
      title: "Password (basic) authentication was used, not OAuth: {reply}",
      why: "Exchange Online stopped accepting passwords for IMAP and POP on 31 December 2022. For SMTP AUTH, basic authentication works as before until the end of December 2026; then it is disabled by default in existing tenants (an admin can turn it back on) and unavailable by default in tenants created after December 2026, and the final removal date is to be announced in the second half of 2027 (Exchange Team, 27 January 2026, MC786329; reviewed 2 December 2026). Where it is off, Exchange answers 550 5.7.30 Basic authentication is not supported for Client Submission., or SMTP answers 535 5.7.139 Authentication unsuccessful, basic authentication is disabled. The alias still signs in with a user name and password.",
      fix: [
        "In ECE, set the alias's authentication to OAuth 2.0; this needs the engineering special that adds OAuth to your release (see the ECE version check).",
        "Enter the app's tenant ID, client ID and secret Value in ECE, and generate the token in a private window as the mailbox account.",
      ],
    },
    "mail-auth-failed": {
      title: "The mail server refused the sign-in: {reply}",
      why: "The text shows an authentication failure but not the server's reply or the protocol, so only the family is certain: the token (audience, scope, user, expiry), the mailbox's protocol settings, the licence or the account. A guess at one of them would send you after the wrong fix.",
      fix: [
        "Run the live checks with an access token of the account ECE uses, with the IMAP or POP and SMTP scopes: they sign in over IMAP or POP3 and SMTP and name the cause.",
        "Paste the token (it is decoded and removed before anything is shown) or the token step's claims: the audience, scopes, user and expiry explain most refusals.",
        'Paste the server\'s reply (the line with NO, BAD, -ERR or 535) or the whole stack trace with its "Caused by" lines.',
      ],
    },
    "send-as-denied": {
      title: "Exchange Online refused to send as this address: {reply}",
      why: "The message's From address is not the mailbox that signed in, and that mailbox has no Send As right on it (554 5.2.252 SendAsDenied or 550 5.7.60). Signing in worked; the sending address is the problem.",
      fix: [
        "In ECE, make the alias's sending address the same as the mailbox whose token it uses.",
        "Or grant the right: Add-RecipientPermission -Identity <From address> -Trustee <signed-in mailbox> -AccessRights SendAs (for an app-only token the trustee is the app's service principal).",
      ],
    },
    "mailbox-logon-failed": {
      title: "Exchange Online could not open the mailbox to submit the message: {reply}",
      why: "The SMTP sign-in was accepted but Exchange could not log on to the mailbox (STOREDRV mailbox logon failure): the account has no Exchange Online mailbox or licence, or an app-only token's service principal has no permission on that mailbox.",
      fix: [
        "Check the mailbox exists and is licensed: in the Microsoft 365 admin center, Active users > the user > Licenses and apps.",
        "For an app-only token: Add-MailboxPermission -Identity <mailbox> -User <SERVICE_PRINCIPAL_ID> -AccessRights FullAccess",
      ],
    },
    "exchange-throttled": {
      title: "Exchange Online is limiting this client: {reply}",
      why: "The reply is a throttling or concurrency limit (too many connections or sessions for the mailbox, a sending rate or message limit). It is temporary (4xx) or a quota (5.2.x), not a sign-in problem: ECE's settings, the token and the app are not the cause.",
      fix: [
        "Lower the number of ECE services or instances polling the same mailbox, and close other clients that keep IMAP or POP sessions open on it.",
        "For a sending limit, check Exchange Online's limits for the mailbox (recipients and messages per day) in the message trace and wait for the quota to reset.",
      ],
    },
    "smtp-rejected": {
      title: "The mail server refused the message or the command: {reply}",
      why: "The reply is a refusal with a status code that this tool has no specific cause for, so only the family is certain: the server refused something in this SMTP conversation. The enhanced status code (x.y.z) says what.",
      fix: [
        'Look up the status code in Microsoft\'s list of Exchange Online non-delivery report codes (search for "Exchange Online NDR" and the code).',
        "Paste the whole SMTP conversation or the bounce: the lines before the refusal often show the sign-in or address it refers to.",
      ],
    },
    "xoauth2-malformed": {
      title: "The XOAUTH2 string is malformed: {problems}.",
      why: "Exchange expects base64 of user=<mailbox>^Aauth=Bearer <token>^A^A, where ^A is the byte 0x01. A space after user=, the text \\x01 instead of the byte, or a missing Bearer makes Exchange refuse it with the same generic replies as a bad token.",
      fix: [
        "If you built the string for a test, rebuild it: the mailbox address right after user= with no spaces, and the byte 0x01 as separator, not the characters ^A or \\x01.",
        "If it comes from an ECE log, install the latest engineering special for your release and open a Cisco TAC case with the log (remove the token first).",
      ],
    },
    "tenant-not-found": {
      title: "Entra does not know the tenant {tenant} in the {cloud} cloud.",
      why: "Entra answered AADSTS90002: Tenant '{tenant}' not found. Either the tenant ID or domain has a typo, or the tenant lives in another Microsoft cloud (for example a GCC High tenant queried on login.microsoftonline.com).",
      fix: [
        "In the Azure portal, copy Directory (tenant) ID from App registrations > your app > Overview and compare it with the value in ECE and in this wizard.",
        "If the tenant is in a government or China cloud, choose that cloud in this wizard and, if your ECE release offers it, in the email account's Endpoint setting.",
      ],
    },
    "tenant-wrong-cloud": {
      title: "The tenant {tenant} belongs to the {expectedCloud} cloud, not {cloud}.",
      why: "Entra redirects it to another national cloud (AADSTS90038 NationalCloudTenantRedirection), or the tenant's issuer is on another cloud's login host. Login, token and mail hosts differ per cloud, so requests to the endpoints of {cloud} fail.",
      fix: [
        "In this wizard, choose the {expectedCloud} cloud and run the checks again.",
        "In ECE, use the hosts of {expectedCloud} for IMAP, POP and SMTP and, if your release offers it, select that cloud in the email account's Endpoint setting; the app must be registered in the same cloud.",
      ],
    },
    "federated-domain": {
      title: "{domain} signs in through a federation server ({authUrl}).",
      why: "Entra hands the sign-in for {domain} to a federation server such as AD FS. Such servers often ignore the chosen account and the prompt, and sign in whoever is already signed in on the workstation, so ECE can end up with the token of the wrong person.",
      fix: [
        "Generate the token in ECE from a private (InPrivate or incognito) window, on a workstation that is not logged in to Windows as another domain user.",
        "On the federation server's page, sign in explicitly as the mailbox account (or the delegate), then check the new token with this wizard.",
      ],
    },
    "domain-not-in-entra": {
      title: "{domain} is not a verified domain of any tenant in this cloud.",
      why: "Entra's user realm lookup (getuserrealm.srf) answers NameSpaceType Unknown for {domain}. No account can sign in with an address in {domain}: the address is mistyped, the domain is not verified in the tenant, or the tenant is in another Microsoft cloud.",
      fix: [
        "Check the spelling of the mailbox address.",
        "In the Microsoft 365 admin center, Settings > Domains: {domain} must be listed and verified; otherwise use the mailbox's address in a verified domain (such as its onmicrosoft.com address), or choose the tenant's cloud in this wizard.",
      ],
    },
    "app-not-found": {
      title: "Entra did not find the application {clientId} in the tenant {tenant}.",
      why: "Entra answered AADSTS700016: the application {clientId} was not found in the directory. The client ID is mistyped or swapped with another ID, or the app is registered in another tenant or cloud.",
      fix: [
        "In the Azure portal, App registrations > All applications: open the app ECE uses and copy Application (client) ID from Overview into ECE.",
        "Check that Directory (tenant) ID on the same page is {tenant}; if not, register the app in the mailbox's tenant or use that tenant's ID.",
      ],
    },
    "secret-invalid": {
      title: "Entra rejected the client secret of the app {clientId}.",
      why: "Entra answered AADSTS7000215: Invalid client secret provided. The value entered is not shaped like a secret ID, so it is probably mistyped, cut short when copied, or belongs to another app or an older secret.",
      fix: [
        "In the Azure portal, App registrations > your app > Certificates & secrets: create a new client secret and copy its Value right away (it is shown only once).",
        "Paste the Value into ECE and into this wizard, then generate the token again.",
      ],
    },
    "public-client-flows-disabled": {
      title: "The app does not allow public client flows, which this wizard's device-code sign-in needs.",
      why: "Entra answered AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'. The device-code sign-in sends no secret, and the app's Allow public client flows setting is No. ECE itself signs in with the secret and does not need it.",
      fix: [
        "In the Azure portal, App registrations > your app > Authentication > Advanced settings: set Allow public client flows to Yes and save.",
        "Set it back to No when the test is finished.",
      ],
    },
    "public-client-secret-sent": {
      title: "A client secret was sent for an app that Entra treats as a public client.",
      why: "Entra answered AADSTS700025: Client is public so neither 'client_assertion' nor 'client_secret' should be presented. This usually means the redirect URI is registered under Mobile and desktop applications instead of Web.",
      fix: [
        "In the Azure portal, App registrations > your app > Authentication: register ECE's redirect URI under Web, not under Mobile and desktop applications.",
        "Then generate the token again in ECE.",
      ],
    },
    "scope-invalid": {
      title: "Entra refused the scope {scope}.",
      why: "Entra answered AADSTS70011 (the scope is not valid) or AADSTS1002012 (client credential flows need a scope ending in /.default). Delegated tokens need the full Outlook scopes; app-only tokens need the resource followed by /.default.",
      fix: [
        "Delegated: request https://outlook.office.com/IMAP.AccessAsUser.All or https://outlook.office.com/POP.AccessAsUser.All, https://outlook.office.com/SMTP.Send and offline_access.",
        "Client credentials: request https://outlook.office365.com/.default (the Outlook resource of your cloud) instead of named scopes.",
      ],
    },
    "permission-not-configured": {
      title: "The requested Exchange permission is not in the app's API permissions.",
      why: "Entra answered AADSTS650056 or AADSTS65005 (misconfigured application): the app asked for a permission that is not listed under its API permissions, so it cannot be consented to.",
      fix: [
        "In the Azure portal, App registrations > your app > API permissions > Add a permission > Microsoft Graph > Delegated permissions: add IMAP.AccessAsUser.All or POP.AccessAsUser.All, SMTP.Send and offline_access (for app-only: APIs my organization uses > Office 365 Exchange Online > Application permissions).",
        "Grant admin consent, then generate the token again in ECE.",
      ],
    },
    "exchange-not-provisioned": {
      title: "Exchange Online is not available in the tenant.",
      why: "Entra answered AADSTS500011 (the resource principal was not found in the tenant) or AADSTS650052 (the organization hasn't subscribed to or enabled the service): the tenant has no Exchange Online subscription, or the request went to a cloud other than the tenant's.",
      fix: [
        "In the Microsoft 365 admin center, Billing > Your products: a subscription that includes Exchange Online must be active in this tenant.",
        "Check that the cloud chosen in this wizard and in ECE is the tenant's, and that the scope uses that cloud's Outlook resource.",
      ],
    },
    "app-not-multitenant": {
      title: "The single-tenant app was called through a shared endpoint.",
      why: "Entra answered AADSTS50194: the application isn't configured as a multitenant application, so the /common endpoint is not supported. A single-tenant app must be called with the tenant in the sign-in address.",
      fix: [
        "Enter the Directory (tenant) ID in ECE and in this wizard, so that the sign-in goes to https://login.microsoftonline.com/<tenant ID> (or the login host of your cloud) instead of /common.",
      ],
    },
    "authority-not-supported": {
      title: "The sign-in used /common or /consumers, which this app does not support.",
      why: "Entra answered AADSTS90124, AADSTS90130 or AADSTS9001023: the /common or /consumers endpoint is not supported for this application. Work mailboxes must sign in through their tenant.",
      fix: [
        "In ECE, enter the Directory (tenant) ID in the tenant field, not common or consumers, so that the sign-in goes to https://login.microsoftonline.com/<tenant ID>.",
      ],
    },
    "user-not-assigned": {
      title: "{user} is not assigned to the app.",
      why: "Entra answered AADSTS50105: the signed-in user isn't assigned to a role for the app. The app's enterprise application requires assignment, and {user} is not among its users.",
      fix: [
        "In the Azure portal, Enterprise applications > the app > Users and groups > Add user/group: add {user}.",
        "Or, under Properties of the same enterprise application, set Assignment required? to No.",
      ],
    },
    "blocked-by-conditional-access": {
      title: "A Conditional Access policy blocks the sign-in of {user}.",
      why: "Entra answered AADSTS53003: access has been blocked by Conditional Access policies. A policy (for example on location, device or client app) stops the token from being issued, and may block ECE's later refreshes too.",
      fix: [
        "In the Microsoft Entra sign-in logs, open the failed sign-in of {user} and read its Conditional Access tab to find the policy.",
        "Exclude {user} or the app from that policy, or change its conditions to allow the ECE servers (for example their public IP addresses as a named location).",
      ],
    },
    "blocked-by-security-defaults": {
      title: "Security defaults block the sign-in.",
      why: "Entra answered AADSTS530035: access has been blocked by security defaults, because the request used legacy authentication or was deemed unsafe.",
      fix: [
        "Make sure ECE uses OAuth, not a password, and that the mailbox account has registered MFA and signs in interactively in a private window.",
        "If it still fails, review security defaults in the Microsoft Entra admin center (Overview > Properties > Manage security defaults) and replace them with Conditional Access policies that allow ECE.",
      ],
    },
    "mfa-required": {
      title: "{user} must complete multi-factor authentication.",
      why: "Entra answered AADSTS50076: you must use multi-factor authentication to access the resource. This happens when the token is requested without an interactive sign-in (a refresh or a password sign-in) after an MFA requirement starts to apply.",
      fix: [
        "Generate the token again in ECE in a private window, signed in as {user}, and complete the MFA prompt.",
        "If it comes back at each refresh, review the Conditional Access policy that requires MFA for this app or location.",
      ],
    },
    "mfa-registration-required": {
      title: "{user} must register for multi-factor authentication.",
      why: "Entra answered AADSTS50079 or AADSTS50072: the user needs to enroll for second factor authentication (for example under security defaults) before a token is issued.",
      fix: [
        "In a private window, sign in as {user} at https://aka.ms/mysecurityinfo and register an authentication method.",
        "Then generate the token again in ECE in a private window, signed in as {user}.",
      ],
    },
    "user-disabled": {
      title: "The account {user} is disabled for sign-in.",
      why: "Entra answered AADSTS50057: the user account is disabled. A shared mailbox's account is normally disabled for sign-in, so a shared mailbox is read with the token of a delegate who has Full Access.",
      fix: [
        "If {user} is a shared mailbox: generate the token as a delegate user with Full Access, and choose the shared model in this wizard.",
        "Otherwise, in the Microsoft 365 admin center, Active users > {user} > Block sign-in: clear Block this user from signing in.",
      ],
    },
    "password-expired": {
      title: "The password of {user} has expired.",
      why: "Entra answered AADSTS50055: the password is expired. Generating the token in ECE fails until the password is changed, and the change revokes ECE's refresh token.",
      fix: [
        "Sign in once as {user} at https://myaccount.microsoft.com and change the password, or have the Microsoft 365 admin reset it (Microsoft 365 admin center > Active users > {user} > Reset password).",
        "Then generate the token again in ECE in a private window.",
      ],
    },
    "account-locked": {
      title: "The account {user} is locked.",
      why: "Entra answered AADSTS50053: too many sign-ins with a wrong password, or sign-ins from an address Entra blocks (Smart Lockout). Often a device or a script still signs in with an old password.",
      fix: [
        "In the Microsoft Entra admin center > Identity > Monitoring & health > Sign-in logs, filter by {user} and find the failing sign-ins and where they come from; stop the one that uses an old password.",
        "Wait for the lockout to end, then generate the token again in ECE in a private window.",
      ],
    },
    "auth-code-redeemed": {
      title: "The sign-in code was already used (AADSTS54005).",
      why: "The authorization code that the Microsoft sign-in page hands to ECE can be redeemed only once. A reloaded or double-submitted page, or going back in the browser, sends it a second time. This happens while the token is generated, not when ECE refreshes it.",
      fix: [
        "Close the window, open the ECE console again in a new private window, and generate the token once, without reloading the page or going back.",
      ],
    },
    "invalid-credentials": {
      title: "Entra rejected the password of {user}.",
      why: "Entra answered AADSTS50126: error validating credentials due to invalid username or password. The password was mistyped at sign-in or, in a password-based flow, the stored password is wrong or was changed.",
      fix: [
        "Generate the token again in ECE in a private window and sign in as {user} with the current password.",
        "If it still fails, reset the password in the Microsoft 365 admin center (Active users > the user > Reset password).",
      ],
    },
    "account-not-in-tenant": {
      title: "{user} is not an account of this tenant.",
      why: "Entra answered AADSTS50034, AADSTS50020 or AADSTS16000: the account does not exist in the tenant or cannot access the application, so the sign-in was made with another account (personal, guest or from another tenant).",
      fix: [
        "Generate the token again in a private window and sign in with the mailbox account of this tenant, using its primary address.",
        "Check that the tenant ID in ECE is the tenant that holds the mailbox.",
      ],
    },
    "sso-user-mismatch": {
      title: "Windows single sign-on signed in a different user from the one chosen.",
      why: "Entra answered AADSTS81012: the user trying to sign in is different from the user signed into the device. Seamless SSO passes on the Windows user, so no token is issued for the mailbox account from this Windows session.",
      fix: [
        "Open the ECE console in a private (InPrivate or incognito) window and generate the token again as the mailbox account.",
        "If it persists, use a workstation or Windows session that is not logged in as another domain user.",
      ],
    },
    "interaction-required": {
      title: "Entra needs an interactive sign-in.",
      why: "Entra answered AADSTS50058 or interaction_required: the session information isn't sufficient for single sign-on, or a policy needs the user to act (consent, MFA), so no token is issued silently.",
      fix: ["Generate the token again in ECE in a private window and complete every prompt as the mailbox account."],
    },
    "refresh-token-expired": {
      title: "ECE's refresh token can no longer be used.",
      why: "Entra answered AADSTS700082, 70043 or 70008: the refresh token expired after 90 days without use or hit a Conditional Access sign-in frequency policy. ECE cannot get new access tokens, so mail stops.",
      fix: [
        "Generate the token again in ECE in a private window, signed in as the mailbox account.",
        "If it keeps coming back after a fixed time, check for a Conditional Access sign-in frequency policy on the app or the user.",
      ],
    },
    "refresh-token-revoked": {
      title: "ECE's refresh token was revoked.",
      why: "Entra answered AADSTS50173: the grant was revoked, typically because the account's password was changed or reset, or an admin revoked its sessions. ECE cannot get new access tokens until the token is generated again.",
      fix: [
        "Generate the token again in ECE in a private window, signed in as the account that owns it.",
        "If the password is changed on a schedule, plan a new token after each change.",
      ],
    },
    "aadsts-other": {
      title: "Microsoft's sign-in refused with an error code that has no specific cause in this tool: {reply}",
      why: "The AADSTS code shows that Entra ID (the Microsoft sign-in service) refused the sign-in or the token request, but it is not one of the codes this tool maps to a cause, so it says only that: the fix depends on the code.",
      fix: [
        "Look the code up in Microsoft's reference: https://login.microsoftonline.com/error?code=<the digits after AADSTS>, or the AADSTS error codes page.",
        "In the Microsoft Entra admin center, Sign-in logs (user and service principal sign-ins) show the same code with the failure reason and the policy that applied.",
        "Paste the whole error, with its Trace ID and Correlation ID, into your support case.",
      ],
    },
    "auth-not-tested": {
      title: "Sign-in for {mailbox} was not tested: no access token was given.",
      why: "Without a token the probe can only check that the server answers; whether Exchange accepts ECE's token for this mailbox cannot be decided.",
      fix: ["Paste an access token for this mailbox (or sign in on the token step) and run the live checks again."],
    },
    "token-malformed": {
      title: "The token is not a readable JWT: {reason}.",
      why: "Exchange Online expects a JWT access token for the Outlook resource. This value is not one: it may be a refresh token, an authorization code, a truncated copy or an encrypted token that cannot be read.",
      fix: [
        "Paste the complete access token on one line; a JWT has three parts separated by dots and usually starts with eyJ.",
        "If you took it from an XOAUTH2 string, decode the base64 and copy the part after auth=Bearer up to the 0x01 byte.",
      ],
    },
    "token-expired": {
      title: "The access token expired at {expiredAt}.",
      why: "Access tokens last 60 to 90 minutes. ECE must get new ones with its refresh token, which needs offline_access and a valid client secret; an expired token in use means the refresh is failing or the token is an old copy.",
      fix: [
        "If you pasted an old token, get a fresh one and test again.",
        "If ECE's own token expired, check offline_access and the client secret's expiry, then generate the token again in ECE in a private window.",
      ],
    },
    "token-wrong-audience": {
      title: "The token is for {audience}, not for Exchange Online ({expected}).",
      why: "Exchange accepts XOAUTH2 tokens only for the Outlook resource. A token for https://graph.microsoft.com comes from scopes requested without the Outlook prefix (IMAP.AccessAsUser.All alone defaults to Graph); Exchange answers NO AUTHENTICATE failed. or 535 5.7.3.",
      fix: [
        "Request the scopes with the Outlook resource: https://outlook.office.com/IMAP.AccessAsUser.All (or POP.AccessAsUser.All), https://outlook.office.com/SMTP.Send and offline_access. The permissions stay listed under Microsoft Graph in the portal; only the requested scope changes.",
        "If ECE produced this token, check that the account's server type is IMAP or POP3 with SMTP, not Graph API (if your release offers it), and that the latest ES is installed.",
      ],
    },
    "token-wrong-user": {
      title: "The token names {user}, not {mailbox}.",
      why: "The token names the account's sign-in name (UPN), which can differ from the mailbox's e-mail address for the same account (hybrid tenants, name@tenant.onmicrosoft.com sign-ins). If it is another person, Exchange accepts the token only for mailboxes that person has Full Access to, and the usual cause is a token generated while {user} was logged in to the workstation: Windows single sign-on (Kerberos or Seamless SSO) signed in {user} without asking.",
      fix: [
        "Check whether both are the same mailbox, in Exchange Online PowerShell: Get-Mailbox {mailbox} | fl UserPrincipalName,PrimarySmtpAddress,EmailAddresses (the UserPrincipalName must be {user}).",
        "If they differ, open the ECE console in a private (InPrivate or incognito) window, generate the token again, and sign in as {mailbox}.",
        "If {user} is meant to read {mailbox} (shared model), give it Full Access: Add-MailboxPermission -Identity {mailbox} -User {user} -AccessRights FullAccess -AutoMapping $false",
      ],
    },
    "token-user-differs": {
      title:
        "The token names {user}, which differs from the mailbox's address {mailbox}, but Exchange accepted the token.",
      why: "The token names the account's sign-in name (UPN), which can differ from its e-mail address (hybrid tenants, name@tenant.onmicrosoft.com sign-ins). The live exchange for {mailbox} worked, so the account has access to it: nothing needs fixing.",
      fix: [
        "To see both names, in Exchange Online PowerShell: Get-Mailbox {mailbox} | fl UserPrincipalName,PrimarySmtpAddress,EmailAddresses",
      ],
    },
    "token-wrong-tenant": {
      title: "The token was issued by another tenant ({tokenTenant}), not by the mailboxes' tenant {tenant}.",
      why: "Exchange Online expects a token from the tenant that holds the mailbox. The sign-in went to another tenant: a wrong tenant ID in ECE, or an account of another organization (tenant 9188040d-6c67-4c5b-b112-36a304b66dad is a personal Microsoft account).",
      fix: [
        "Compare the tenant ID in ECE with Directory (tenant) ID in App registrations > your app > Overview.",
        "Generate the token again in a private window, signed in with the mailbox account of the tenant {tenant}.",
      ],
    },
    "token-wrong-app": {
      title: "The token was issued to another app ({tokenApp}), not to ECE's app {clientId}.",
      why: "The token's appid (or azp) claim names the application that requested it. A token from another app, such as a test tool or another system, does not test ECE's registration, and ECE cannot refresh it with its own secret.",
      fix: [
        "Generate the token through ECE, or with this wizard using the client ID {clientId}, and test that token.",
        "Check that the Application (client) ID in ECE is {clientId}, the app whose permissions and secret you configured.",
      ],
    },
    "token-scope-missing": {
      title: "The token lacks {scope} (it has: {scopes}).",
      why: "Exchange checks the scope of each protocol: IMAP.AccessAsUser.All for IMAP, POP.AccessAsUser.All for POP and SMTP.Send for SMTP. Without it Exchange answers NO AUTHENTICATE failed., -ERR Authentication failure or 535 5.7.3.",
      fix: [
        "In the Azure portal, App registrations > your app > API permissions: add the delegated permission {scope} under Microsoft Graph and grant admin consent.",
        "Generate the token again in ECE in a private window, so that the new token includes {scope}.",
      ],
    },
    "graph-ews-denied": {
      title: "Microsoft Graph or EWS refused the token: {reply}",
      why: "A 401 or 403 from Graph or EWS says the token was refused without saying which claim is wrong. ECE reads and sends mail over IMAP or POP3 and SMTP; a Graph or EWS test with the same token fails for its own reasons (the audience, the scopes or the application permissions of that API).",
      fix: [
        "Paste the token too (it is decoded and removed before anything is shown): its audience and scopes tell why it was refused.",
        "Test the way ECE works instead: run the live checks with the token, over IMAP or POP3 and SMTP.",
      ],
    },
    "sign-in-refresh-failing": {
      title: "ECE's token refresh fails for {account} with AADSTS{code}, from {origin}.",
      why: "Entra's sign-in logs show {count} failed non-interactive sign-ins (token refreshes) of ECE's app for {account}, from {first} to {last} UTC, from {ips}. {timing} {codeNote}",
      fix: [
        "Remove the cause of AADSTS{code} for {account}: see the finding for the code, or Microsoft's error code reference.",
        "If a Conditional Access policy or a sign-in frequency applies to these refreshes, exclude ECE's app or the services server's public address (a trusted named location) from it, as the Microsoft 365 security owner decides.",
        "Then generate the token again in ECE for {account}, in a private browser window, and look for the next non-interactive sign-in about an hour later.",
      ],
    },
    "sign-in-interactive-failing": {
      title: "Signing in to generate the token fails for {account} with AADSTS{code}, from {origin}.",
      why: "Entra's sign-in logs show {count} failed interactive sign-ins (token generation) of ECE's app for {account}, from {first} to {last} UTC, from {ips}. {codeNote}",
      fix: [
        "Remove the cause of AADSTS{code} for {account}: see the finding for the code, or Microsoft's error code reference.",
        "Then generate the token again in ECE, in a private browser window, signed in as {account}.",
      ],
    },
    "sign-in-policy-blocks": {
      title: "Conditional Access stops the {kind} of {account} from {origin}: {policy} {policyResult}.",
      why: "In {count} sign-ins of ECE's app for {account} (AADSTS{code}, from {first} to {last} UTC, from {ips}) Entra reports the policy as {policyResult}. A policy that the admin's browser satisfies (MFA, a compliant device, a trusted location) can still block ECE's services server, which refreshes the token with no user present.",
      fix: [
        "In the Entra admin center, Protection > Conditional Access > Policies, open {policy} and check its users, target resources, network conditions and grant controls.",
        "Exclude ECE's app, or the services server's public address as a trusted named location, from it, or change its grant controls, as the security owner decides.",
        "Check in the sign-in's Conditional Access tab, or with the What If tool, that the policy no longer applies to ECE's non-interactive sign-ins.",
      ],
    },
    "sign-in-no-rows": {
      title: "The sign-in log export has no sign-in of ECE's app {clientId} in the tenant {tenant}.",
      why: "None of its {rows} rows is a sign-in of ECE's app {clientId} (and, where the export names it, this tenant). It may be filtered on another app, cover a time when ECE did not sign in, or come from another tenant.",
      fix: [
        "In the Entra admin center, Identity > Monitoring & health > Sign-in logs, add the filter Application ID = {clientId} and a date range that covers the failure.",
        "Download both User sign-ins (interactive) and User sign-ins (non-interactive), as CSV or JSON, and read them here again.",
      ],
    },
    "powershell-setting-wrong": {
      title: "From {command}, pasted {pastedOn}: {values}.",
      why: "The pasted output shows a setting that stops ECE for {subject}; the finding for that setting says what to change.",
      fix: [
        "Change the setting as the finding for it explains, then run the command again ({command}) and paste the new output here.",
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
      "business-premium": "Microsoft 365 Business Premium",
      "business-standard": "Microsoft 365 Business Standard",
      "business-basic": "Microsoft 365 Business Basic",
      f3: "F3",
      f1: "F1",
      none: "no licence",
      other: "other",
      unknown: "unknown",
    },
    cloud: {
      worldwide: "worldwide (commercial)",
      gcc: "US Government GCC",
      "gcc-high": "US Government GCC High",
      dod: "US Government DoD",
      china: "China (21Vianet)",
    },
    phase: {
      dns: "name resolution",
      tcp: "connection",
      tls: "TLS handshake",
      greeting: "greeting",
      ehlo: "EHLO",
      starttls: "STARTTLS",
      auth: "sign-in",
      command: "command",
      quit: "sign-off",
    },
    platform: {
      web: "Web",
      spa: "Single-page application",
      "mobile-desktop": "Mobile and desktop applications",
      unknown: "unknown",
    },
    origin: {
      services: "the services server",
      application: "the application server",
      other: "an address that is neither ECE server's",
      unknown: "addresses not yet matched to an ECE server",
    },
    timing: {
      "hour-after":
        "They began about an hour after a successful interactive sign-in, when ECE first had to refresh the token: the sign-in works, the refresh path does not.",
      "after-good": "They began after a successful interactive sign-in of the same account.",
      "no-good": "The export shows no successful interactive sign-in of the same account before them.",
    },
    codeNote: {
      named:
        "Another finding from the sign-in logs, for the same account, says what this code means and how to fix it.",
      unnamed: "The wizard's catalogue does not name this code: look it up in Microsoft's error code reference below.",
    },
    kind: { "sign-in": "sign-in", refresh: "token refresh" },
    policy: { "": "the policy (the CSV download does not name it; the JSON download does)" },
    policyResult: { failure: "failed", notSatisfied: "not satisfied" },
    subject: { tenant: "the whole tenant" },
    ips: { "": "addresses the export does not give" },
  },
  // A finding seen by one ECE server's probe (evidence@1), named by that server.
  serverTag: {
    services: "services server",
    application: "application server",
    saw: "{server}: {title}",
    othersCan: "{title}; from {servers} it works.",
  },
  // What a text says where a finding does not know a value (lib/catalogue/missing.ts).
  missing: {
    account: "the account",
    address: "an address",
    addresses: "no address",
    audience: "another resource",
    authUrl: "the organisation's sign-in service",
    clientId: "the app",
    cloud: "this cloud",
    code: "an error",
    codeNote: "",
    command: "the pasted PowerShell output",
    console: "another address",
    count: "several",
    days: "a few",
    delegate: "the delegate",
    domain: "the mailbox domain",
    ece: "another redirect URL",
    expectedCloud: "another cloud",
    expected: "the mailbox account",
    expiredAt: "the time the token states",
    expires: "its expiry date",
    external: "the address in the URL setting",
    extra: "ES12_ET1",
    first: "",
    host: "the server",
    imap: "the IMAP host",
    installed: "none given",
    ips: "",
    issuer: "an unknown issuer",
    kind: "sign-in",
    last: "",
    login: "the login host",
    mailboxes: "the mailboxes",
    mailbox: "the mailbox",
    max: "90",
    minutes: "a custom number of",
    min: "60",
    names: "other names",
    origin: "",
    pastedOn: "",
    path: "a path",
    permissions: "none listed",
    permission: "the permission",
    phase: "the exchange",
    plan: "",
    platform: "another platform",
    policy: "the policy",
    policyResult: "failed",
    pop: "the POP host",
    port: "the port",
    problems: "see the why",
    protocol: "the protocol",
    reason: "it cannot be decoded",
    registered: "another redirect URI",
    reply: "no reply recorded",
    required: "the engineering special",
    rows: "",
    scopes: "none listed",
    scope: "the permission for the protocol",
    seconds: "the time-out",
    server: "ECE",
    setting: "URL",
    signedInAs: "another account",
    smtp: "the SMTP host",
    subject: "the mailboxes",
    tenant: "the tenant",
    timing: "",
    tokenApp: "another app",
    tokenTenant: "another tenant",
    url: "another address",
    user: "the signed-in account",
    validTo: "its end date",
    value: "the value entered",
    values: "a setting that stops ECE",
    version: "",
  },
};
