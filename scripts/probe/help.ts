import type { Locale } from "@/lib/i18n/locales";

export const probeHelp: Record<Locale, string> = {
  en: `ECE OAuth Doctor probe: checks, from this ECE server, what ECE needs from Microsoft 365.

Usage:
  ece-oauth-doctor-probe --case case.json --role services|application [options]

  --case FILE        the case file downloaded from the wizard (it holds no secret)
  --role ROLE        services: the services server (Retriever, Dispatcher): DNS, TCP, TLS,
                     IMAP or POP3 and SMTP with XOAUTH2 per mailbox, and the token endpoint.
                     application: the application server: DNS, TCP and TLS to the login host
                     and to ports 587, 993 and 995, and the token endpoint.
  --out FILE         where to write the evidence file
                     (default: ece-oauth-doctor-evidence-<host>-<role>.json)
  --proxy URL        send the calls to port 443 through this HTTP proxy (default: HTTPS_PROXY)
  --no-live          judge the case file only: no network
  --no-prompt        do not ask for the secrets
  --json             print the results as JSON instead of the report
  --lang en|it       language of the report and of this help
  --version          print the version
  --help             print this help

Secrets: the client secret and the access token are asked for with hidden input, or taken from
ECE_DOCTOR_CLIENT_SECRET and ECE_DOCTOR_ACCESS_TOKEN. They are never accepted as arguments and
never written to the evidence file or the screen.

Exit code: 0 when no check fails, 1 when a check fails, 2 for a usage error.
Upload the evidence file on the wizard's network step or report.
`,
  it: `Sonda di ECE OAuth Doctor: verifica, da questo server ECE, ciò che serve a ECE da Microsoft 365.

Uso:
  ece-oauth-doctor-probe --case case.json --role services|application [opzioni]

  --case FILE        il file del caso scaricato dalla procedura guidata (non contiene segreti)
  --role RUOLO       services: il server dei servizi (Retriever, Dispatcher): DNS, TCP, TLS,
                     IMAP o POP3 e SMTP con XOAUTH2 per ogni casella, e l'endpoint dei token.
                     application: il server delle applicazioni: DNS, TCP e TLS verso l'host di accesso
                     e le porte 587, 993 e 995, e l'endpoint dei token.
  --out FILE         dove scrivere il file delle prove
                     (predefinito: ece-oauth-doctor-evidence-<host>-<ruolo>.json)
  --proxy URL        invia le chiamate alla porta 443 tramite questo proxy HTTP (predefinito: HTTPS_PROXY)
  --no-live          valuta solo il file del caso: nessuna connessione di rete
  --no-prompt        non chiede i segreti
  --json             stampa i risultati in JSON invece del rapporto
  --lang en|it       lingua del rapporto e di questo aiuto
  --version          stampa la versione
  --help             stampa questo aiuto

Segreti: il segreto client e il token di accesso vengono chiesti senza mostrarli, oppure letti da
ECE_DOCTOR_CLIENT_SECRET ed ECE_DOCTOR_ACCESS_TOKEN. Non sono mai accettati come argomenti e non
vengono mai scritti nel file delle prove né sullo schermo.

Codice di uscita: 0 se nessun controllo fallisce, 1 se un controllo fallisce, 2 per un errore d'uso.
Carica il file delle prove nel passo sulla rete o nel rapporto della procedura guidata.
`,
};
