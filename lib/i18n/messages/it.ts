import type { Messages } from "./en";
import { evidenceIt } from "./evidence-it";
import { probeIt } from "./probe-it";
import { shareIt } from "./share-it";
import { symptomIt } from "./symptom-it";
import { tokenIt } from "./token-it";

export const it: Messages = {
  appName: "ECE OAuth Doctor",
  meta: { titleSuffix: "ECE OAuth Doctor", errorPrefix: "Errore: " },
  nav: {
    skip: "Vai al contenuto principale",
    language: "Lingua",
    languageName: "Italiano",
    otherLanguage: "English",
    startOver: "Ricomincia",
    back: "Indietro",
    continue: "Continua",
    change: "Modifica",
    home: "Home page di ECE OAuth Doctor",
  },
  start: {
    title: "Scopri perché ECE non riesce a leggere o inviare la posta di Office 365 con OAuth",
    lead: "Questa procedura guidata accompagna gli amministratori di Cisco Enterprise Chat and Email (ECE) nell'elenco di controllo OAuth 2.0 per Office 365 di Cisco TAC (documento 218453), una domanda alla volta. Verifica ogni risposta e si conclude con un report che indica cosa non funziona, come correggerlo e quale team deve intervenire.",
    haveAtHand: "Tenere a portata di mano:",
    items: [
      "la release di ECE e gli engineering special (ES) installati",
      "l'impostazione URL della partizione di ECE e l'indirizzo usato per aprire la console",
      "la registrazione dell'app in Azure: ID della directory (tenant), ID dell'applicazione (client), segreto client, URI di reindirizzamento, autorizzazioni API",
      "gli indirizzi delle cassette postali da cui ECE legge e invia la posta, e il modo in cui è stato generato il token",
    ],
    duration:
      "La prima volta richiede da 30 a 45 minuti circa: una trentina di risposte da cercare in ECE e nel portale di Azure, e un token da ottenere e provare. Un file del caso salvato in precedenza compila tutte le risposte in un colpo solo; indicare per prima cosa che cosa succede mette in testa le cause probabili e tralascia i passaggi che esclude. È possibile interrompere e riprendere in seguito nella stessa scheda del browser.",
    secrets:
      "I segreti non vengono mai memorizzati: il segreto client resta nella memoria di questa scheda del browser e non viene salvato, esportato né condiviso.",
    startButton: "Inizia",
    resumeButton: "Riprendi il caso in corso",
    importLink: "Carica invece un file del caso",
    history: {
      heading: "Perché è importante ora",
      items: [
        "Exchange Online ha smesso di accettare l'autenticazione di base per IMAP e POP il 31 dicembre 2022.",
        "SMTP AUTH con l'autenticazione di base (una password) funziona come prima fino alla fine di dicembre 2026. Poi Microsoft la disattiva per impostazione predefinita nei tenant esistenti (un amministratore può riattivarla), i tenant creati dopo dicembre 2026 non la hanno, e la data di rimozione definitiva sarà annunciata nella seconda metà del 2027. Gli alias che inviano ancora con una password ricevono allora l'errore 550 5.7.30. Fonte: Exchange Team, 27 gennaio 2026 (MC786329); verificato il 2 dicembre 2026.",
        "Cisco TAC non può riprodurre in laboratorio la parte Microsoft: le correzioni in Azure o in Microsoft 365 spettano all'amministratore di Microsoft 365 o al supporto Microsoft.",
      ],
    },
  },
  stepList: {
    heading: "Elenco di controllo",
    done: "Completato",
    todo: "Non ancora iniziato",
    problem: "C'è un problema",
    current: "Passaggio corrente",
    checkAnswers: "Verifica le risposte",
    report: "Report",
    stepOf: "Passaggio {n} di {count}",
    neededFirst: '"{step}" richiede prima le risposte di questo passaggio. Rispondi qui, poi continua.',
  },
  steps: {
    "ece-version": {
      title: "Quale release di ECE è in uso?",
      intro: [
        "OAuth per Office 365 è stato introdotto in ECE tramite engineering special (bug Cisco CSCvr86493). La release determina quale ES è necessario e quale impostazione contiene l'URL web.",
      ],
    },
    "ece-es": {
      title: "Quali engineering special sono installati?",
      intro: [
        "Requisiti minimi per OAuth: la 11.6(1) richiede ES12 ed ES12_ET1; la 12.0(1) richiede ES6; la 12.5(1) richiede ES3; la 12.6(1) richiede ES1.",
        "La best practice di Cisco TAC è installare l'ES più recente disponibile per la release e seguire la documentazione OAuth di quell'ES.",
      ],
    },
    "ece-url": {
      title: "Quale indirizzo web usa ECE?",
      intro: [
        "ECE costruisce l'URL di reindirizzamento OAuth a partire dall'impostazione della partizione \"{setting}\". L'impostazione è obbligatoria per OAuth e deve contenere l'FQDN che agenti e amministratori usano per aprire la console; da essa dipendono anche l'SSO e l'HTML dei punti di ingresso della chat.",
        'Dalla 11.5 alla 12.5: impostazione della partizione "Web Server URL or Load Balancer URL". Dalla 12.6 in poi: Partition > Apps > General Settings > "External URL of application".',
      ],
    },
    "azure-app": {
      title: "Quale registrazione dell'app Azure usa ECE?",
      intro: [
        "Copia i valori dal portale di Azure: Registrazioni app (App registrations) > app di ECE > Panoramica (Overview).",
      ],
    },
    "azure-secret": {
      title: "Verifica del segreto client",
      intro: [
        "ECE richiede il Valore (Value) del segreto client, non l'ID segreto (Secret ID). Azure mostra entrambi in Certificati e segreti (Certificates & secrets).",
        "Il segreto digitato qui resta solo nella memoria di questa scheda del browser: non viene salvato, esportato né condiviso, e viene eliminato quando si ricarica la pagina.",
      ],
    },
    "azure-redirect": {
      title: "Quale URI di reindirizzamento è registrato?",
      intro: [
        "Nel portale di Azure: Registrazioni app (App registrations) > app di ECE > Autenticazione (Authentication). ECE richiede un URI di reindirizzamento nella piattaforma Web, sullo stesso FQDN della sua impostazione URL.",
        "Il percorso esatto usato da ECE dipende dalla release e dall'ES, quindi questa procedura guidata non tenta di indovinarlo: incolla l'URL di reindirizzamento indicato da ECE (o dalla documentazione del relativo ES), che verrà confrontato carattere per carattere.",
      ],
    },
    "azure-permissions": {
      title: "Quali autorizzazioni API ha l'app?",
      intro: [
        "Nel portale di Azure: Registrazioni app (App registrations) > app di ECE > Autorizzazioni API (API permissions). ECE richiede autorizzazioni delegate, elencate sotto Microsoft Graph.",
      ],
    },
    mailboxes: {
      title: "Quali cassette postali usa ECE?",
      intro: ["Elenca gli indirizzi degli alias di ECE che leggono o inviano posta tramite Office 365."],
    },
    delegate: {
      title: "Quale account esegue l'accesso per ottenere il token?",
      intro: [
        "Nel modello condiviso un solo account esegue l'accesso per tutte le cassette postali. L'utente XOAUTH2 è l'indirizzo di ciascuna cassetta postale, ma il token appartiene a questo account, che deve quindi avere l'Accesso completo (Full Access; nel documento di Cisco TAC, \"controllo completo\") a ogni cassetta postale.",
      ],
    },
    "mailbox-protocols": {
      title: "IMAP o POP3 è abilitato per le cassette postali?",
      intro: [
        "Exchange Online verifica le impostazioni dei protocolli della cassetta postale anche con OAuth: il Retriever di ECE legge con IMAP o POP3, e quel protocollo deve essere abilitato su ogni cassetta postale.",
      ],
    },
    "smtp-auth": {
      title: "SMTP autenticato è abilitato per le cassette postali?",
      intro: [
        "Il Dispatcher di ECE invia tramite SMTP AUTH sulla porta 587. Exchange Online verifica l'impostazione per il tenant e per ogni cassetta postale, anche con OAuth.",
      ],
    },
    licence: {
      title: "Quale licenza hanno le cassette postali?",
      intro: [
        "Cisco TAC indica come minimo E3. Le tabelle dei piani Microsoft mostrano che F1 e F3 non includono IMAP e POP; Microsoft 365 Business Basic, Standard e Premium includono Exchange Online Piano 1, con IMAP, POP e SMTP AUTH.",
        "Una cassetta postale condivisa non richiede licenza, a meno che superi 50 GB, abbia un archivio o sia in blocco; nel modello condiviso solo il delegato che accede ne ha bisogno.",
      ],
    },
    "token-generation": {
      title: "Come è stato generato il token in ECE?",
      intro: [
        "Genera il token in una finestra privata (InPrivate o in incognito), accedendo con l'account della cassetta postale oppure, nel modello condiviso, con quello del delegato.",
        "In una finestra normale, su una workstation aggiunta al dominio, Kerberos o il Single Sign-On rilasciano il token all'utente connesso a Windows.",
      ],
    },
    token: tokenIt.step,
    network: {
      title: "I server ECE raggiungono Microsoft?",
      intro: [
        "Il server dei servizi (services server) esegue il Retriever e il Dispatcher; il server delle applicazioni (application server) genera il primo token e invia le e-mail di allarme. Il documento di Cisco TAC chiede che il server dei servizi e tutti i server delle applicazioni raggiungano almeno le porte 443, 587, 993 e 995: consenti nel firewall e nel proxy, da ciascuno di essi, gli host di posta Microsoft 365 indicati sotto (*.office365.com nel cloud globale) e {login}.",
        "Devono essere aperte anche tutte le porte elencate nella Guida all'installazione della release di ECE in uso.",
      ],
      installGuide: "Cisco ECE: guide di installazione, per release",
      tableCaption: "Porte necessarie per ciascun server",
      server: "Server",
      purpose: "Funzione",
      destination: "Destinazione",
      purposes: {
        "retrieval-imap": "Retriever, IMAP",
        "retrieval-pop3": "Retriever, POP3",
        sending: "Dispatcher, SMTP",
        "token-refresh": "Aggiornamento del token",
        "first-token": "Primo token",
        alarms: "E-mail di allarme",
        "tac-imap": "IMAP (richiesto dal documento di TAC)",
        "tac-pop3": "POP3 (richiesto dal documento di TAC)",
      },
      tlsNames: { implicit: "TLS", starttls: "STARTTLS" },
      serverNames: { services: "Server dei servizi", application: "Tutti i server delle applicazioni" },
      commandsHeading: "Comandi da eseguire su ciascun server",
      windows: "Windows PowerShell",
      openssl: "OpenSSL",
      unconfirmedHost:
        "I nomi host contrassegnati con * provengono da configurazioni di terze parti per questo cloud: verificali sul tenant in uso.",
      rcaLink: "testconnectivity.microsoft.com",
      rcaHeading: "Microsoft Remote Connectivity Analyzer",
      rca: 'testconnectivity.microsoft.com è uno strumento Microsoft. I test "Posta elettronica SMTP in uscita", "Posta elettronica POP" e "Posta elettronica IMAP" vengono eseguiti dal cloud Microsoft, quindi mostrano la parte Microsoft, non il firewall locale.',
    },
  },
  fields: {
    "ece.version": {
      label: "Release di ECE",
      options: {
        "pre-11.6": "Precedente alla 11.6",
        "11.6(1)": "11.6(1)",
        "12.0(1)": "12.0(1)",
        "12.5(1)": "12.5(1)",
        "12.6(1)": "12.6(1)",
        later: "Una release successiva (12.6(2), 12.7, 15.x)",
      },
    },
    "ece.installedES": {
      label: "Engineering special installati",
      hint: "Separali con virgole, ad esempio ES12, ES12_ET1. Lascia vuoto se non ne è installato nessuno.",
    },
    "ece.esIsLatest": {
      label: "L'ES più recente installato è l'ultimo disponibile per la release?",
      options: { yes: "Sì", no: "No", unknown: "Non lo so" },
    },
    "ece.externalUrl": {
      label: "Valore dell'impostazione URL in ECE",
      hint: "Ad esempio https://ece.example.com. Lascia vuoto se l'impostazione è vuota.",
    },
    "ece.consoleUrl": {
      label: "Indirizzo digitato per aprire la console di ECE",
      hint: "Copialo dalla barra degli indirizzi del browser.",
    },
    "azure.cloud": {
      label: "Cloud Microsoft",
      options: {
        worldwide: "Globale (commerciale)",
        gcc: "US Government GCC",
        "gcc-high": "US Government GCC High",
        dod: "US Government DoD",
        china: "Cina (21Vianet)",
      },
    },
    "azure.tenant": {
      label: "ID della directory (tenant)",
      hint: "Un GUID, come 72f988bf-86f1-41af-91ab-2d7cd011db47.",
    },
    "azure.clientId": {
      label: "ID dell'applicazione (client)",
      hint: "Un GUID, nella stessa pagina Panoramica (Overview).",
    },
    "secrets.clientSecret": {
      label: "Segreto client come inserito in ECE (facoltativo)",
      hint: "Usato solo per verificare che non sia un ID segreto (Secret ID). Non viene salvato.",
    },
    "secrets.accessToken": {
      label: "Token di accesso della cassetta postale (facoltativo)",
      hint: "Per le verifiche in tempo reale IMAP, POP3 e SMTP. Un token è una password valida per circa un'ora: chi lo possiede può leggere e inviare la posta di questa cassetta. Resta solo nella memoria di questa scheda; non viene salvato, esportato o condiviso.",
    },
    "azure.secretExpires": {
      label: "Data di scadenza del segreto client (facoltativa)",
      hint: "La colonna Scadenza (Expires) in Certificati e segreti (Certificates & secrets), nel formato AAAA-MM-GG.",
    },
    "azure.redirectUri": {
      label: "URI di reindirizzamento registrato in Azure",
      hint: "Copialo esattamente, inclusa l'eventuale barra finale.",
    },
    "azure.redirectPlatform": {
      label: "Piattaforma dell'URI di reindirizzamento",
      options: {
        web: "Web",
        spa: "Applicazione a pagina singola",
        "mobile-desktop": "Applicazioni per dispositivi mobili e desktop",
        unknown: "Non lo so",
      },
    },
    "azure.eceRedirectUri": {
      label: "URL di reindirizzamento usato da ECE (facoltativo)",
      hint: "Da ECE o dalla documentazione del relativo ES. Lascia vuoto se non è reperibile.",
    },
    "azure.delegatedPermissions": {
      label: "Autorizzazioni delegate concesse all'app",
      hint: "Seleziona tutte le autorizzazioni elencate in Autorizzazioni API (API permissions).",
      options: {
        "IMAP.AccessAsUser.All": "IMAP.AccessAsUser.All",
        "POP.AccessAsUser.All": "POP.AccessAsUser.All",
        "SMTP.Send": "SMTP.Send",
        offline_access: "offline_access",
      },
    },
    "azure.adminConsent": {
      label: 'La colonna Stato (Status) indica "Concesso" (Granted) per ogni autorizzazione?',
      options: { yes: "Sì", no: "No", unknown: "Non lo so" },
    },
    "azure.accessTokenLifetimeMinutes": {
      label: "Durata del token di accesso in minuti (facoltativa)",
      hint: "Lascia vuoto se non è noto alcun criterio di durata dei token. Il valore predefinito di Microsoft è compreso tra 60 e 90.",
    },
    "mail.accessModel": {
      label: "Come ottengono il token le cassette postali?",
      options: {
        "per-mailbox": "Ogni cassetta postale esegue l'accesso con il proprio account",
        shared: "Un solo account con Accesso completo (Full Access) esegue l'accesso per più cassette postali",
      },
    },
    "mail.mailboxes": { label: "Indirizzi delle cassette postali", hint: "Uno per riga." },
    "mail.signInAccount": { label: "Account che esegue l'accesso (il delegato)" },
    "mail.fullAccess": {
      label: "Questo account ha l'Accesso completo (Full Access) a ogni cassetta postale?",
      options: { yes: "Sì", no: "No", unknown: "Non lo so" },
    },
    "symptom.id": {
      label: "Che cosa succede?",
      hint: "La risposta decide quali controlli vengono per primi. Scegli quella più vicina.",
      options: {
        "first-setup": "Lo stiamo configurando per la prima volta",
        "signin-error": "L'accesso Microsoft (generazione del token in ECE) mostra un errore",
        "no-incoming": "Non arriva posta in entrata (Retriever)",
        "no-outgoing": "Non parte la posta in uscita (Dispatcher)",
        neither: "Non funzionano né la posta in entrata né quella in uscita",
        "alarms-not-sent": "Le e-mail di allarme dei server delle applicazioni non vengono inviate",
        stopped: "Funzionava, poi ha smesso",
        "some-mailboxes": "Il problema riguarda solo alcune cassette postali",
      },
    },
    "symptom.stoppedAfter": {
      label: "Quando ha smesso?",
      hint: "Quanto tempo dopo la generazione del token in ECE.",
      options: {
        minutes: "Pochi minuti dopo la generazione del token",
        hours: "Circa una o due ore dopo",
        weeks: "Dopo settimane o mesi",
      },
    },
    "symptom.errorText": { label: "Messaggio di errore" },
    "mail.retrieval": {
      label: "Come legge la posta ECE?",
      options: { imap: "IMAP (porta 993)", pop3: "POP3 (porta 995)" },
    },
    "mail.retrievalEnabled": {
      label: "Il protocollo è abilitato per le cassette postali?",
      options: { yes: "Sì", no: "No", unknown: "Non lo so" },
    },
    "mail.authenticatedSmtp": {
      label: "SMTP autenticato (Authenticated SMTP) è abilitato per le cassette postali?",
      hint: "È necessario anche con OAuth.",
      options: { yes: "Sì", no: "No", unknown: "Non lo so" },
    },
    "mail.licence": {
      label: "Licenza degli utenti delle cassette postali",
      options: {
        e5: "Microsoft 365 / Office 365 E5",
        e3: "Microsoft 365 / Office 365 E3",
        e1: "Office 365 E1",
        "exchange-plan-2": "Exchange Online Plan 2",
        "exchange-plan-1": "Exchange Online Plan 1",
        "business-premium": "Microsoft 365 Business Premium",
        "business-standard": "Microsoft 365 Business Standard",
        "business-basic": "Microsoft 365 Business Basic",
        f3: "F3 (frontline)",
        f1: "F1 (frontline)",
        none: "Nessuna licenza (di solito le cassette postali condivise non ne richiedono)",
        other: "Un altro piano",
        unknown: "Non lo so",
      },
    },
    "mail.privateWindow": {
      label: "Il token è stato generato in una finestra privata (InPrivate o in incognito)?",
      options: { yes: "Sì", no: "No", unknown: "Non lo so" },
    },
    "mail.tokenSignedInAs": {
      label: "Account con cui è stato eseguito l'accesso nella pagina Microsoft (facoltativo)",
      hint: "L'indirizzo mostrato nella pagina di accesso Microsoft, se noto.",
    },
    "network.servicesServer": {
      label: "Dal server dei servizi",
      options: {
        verified: "Verificato: tutte le porte sono aperte",
        blocked: "Qualcosa è bloccato",
        "not-checked": "Non ancora verificato",
      },
    },
    "network.applicationServer": {
      label: "Dai server delle applicazioni",
      options: {
        verified: "Verificato: tutte le porte sono aperte",
        blocked: "Qualcosa è bloccato",
        "not-checked": "Non ancora verificato",
      },
    },
    "network.tlsInspection": {
      label: "Un proxy ispeziona (decrittografa) il traffico TLS verso Microsoft?",
      options: { yes: "Sì", no: "No", unknown: "Non lo so" },
    },
    evidence: { label: "Prove dai log di accesso e dall'output di PowerShell" },
  },
  errors: {
    summaryTitle: "C'è un problema",
    required: 'Compila il campo "{field}"',
    choose: 'Seleziona un\'opzione per "{field}"',
    url: 'Il campo "{field}" deve contenere un indirizzo web che inizia con https:// o http://',
    email: 'Il campo "{field}" deve contenere un indirizzo e-mail, come support@example.com',
    emailList: '"{field}": inserisci un indirizzo e-mail per riga',
    esList: '"{field}": scrivi ogni ES nella forma ES3 o ES12_ET1',
    number: 'Il campo "{field}" deve contenere un numero intero di minuti compreso tra 1 e 1440',
    date: 'Il campo "{field}" deve contenere una data come 2027-03-31',
    tooLong: 'Il campo "{field}" è troppo lungo',
    tooMany: 'Il campo "{field}" contiene troppe voci: al massimo {max}',
    unknownField: '"{field}" non è un campo del file del caso',
    schema: 'Il campo "{field}" deve essere "ece-oauth-doctor/case@3" (si leggono anche i file case@1 e case@2)',
    missing: 'Manca il campo "{field}"',
    invalidType: 'Il campo "{field}" contiene un tipo di valore non valido',
  },
  warnings: {
    prefix: "Attenzione",
    notGuid:
      "Questo non è un GUID: ha {length} caratteri, un GUID ne ha 36 (8-4-4-4-12 cifre esadecimali). Copialo di nuovo dalla pagina Panoramica della registrazione dell'app.",
    domain:
      'Sembra un nome di dominio, non un GUID. Copia il campo "{field}" dalla pagina Panoramica della registrazione dell\'app.',
    sameAsTenant: "Questo è l'ID della directory (tenant). Copia invece l'ID dell'applicazione (client).",
    notHttps:
      "Questo indirizzo inizia con http://. OAuth di ECE richiede https://: Microsoft invia il risultato dell'accesso solo a indirizzi https.",
    later: "Puoi continuare: il report lo segnala comunque.",
  },
  check: {
    title: "Verifica le risposte",
    intro: "Verifica che le risposte corrispondano a ECE e al portale di Azure, quindi avvia la diagnosi.",
    notProvided: "Non indicato",
    live: "Esegui anche le verifiche in tempo reale da questo server",
    liveHint:
      "DNS, TCP, TLS, Entra ID e l'accesso IMAP/POP3/SMTP, solo verso gli host Microsoft del cloud scelto. Richiede fino a un minuto.",
    liveWhat:
      "Senza, il report valuta solo le risposte. Con, il server di questa procedura guidata si collega anche a Microsoft come farebbe ECE, con il segreto client e il token inseriti (inviati solo a Microsoft): così conferma o esclude le cause di rete, del segreto e delle cassette postali. Selezionala quando questa procedura guidata gira sui server ECE o accanto a essi.",
    secretGiven: "Inserito (conservato solo in questa scheda)",
    submit: "Avvia la diagnosi",
    running: "Diagnosi in corso…",
    incomplete: "Alcuni passaggi non sono ancora completi.",
    failed: "Impossibile eseguire la diagnosi: {message}",
  },
  report: {
    title: "Report",
    noResults: "Non è ancora disponibile alcun report.",
    goToCheck: "Verifica le risposte e avvia la diagnosi",
    summary: "Problemi: {fail} · avvisi: {warn} · da verificare: {info} · superati: {pass}",
    byOwner: "Cosa deve fare ciascun team",
    owners: {
      "ece-admin": "Amministratore ECE",
      "m365-admin": "Amministratore Microsoft 365",
      "network-admin": "Team di rete",
    },
    ownerIntro: {
      "ece-admin":
        "Le impostazioni di ECE, i relativi engineering special e la modalità di generazione del token. Per questi aspetti Cisco TAC può fornire assistenza.",
      "m365-admin":
        "La registrazione dell'app Azure e le cassette postali di Exchange Online. Cisco TAC non può testarle in laboratorio: le correzioni spettano all'amministratore di Microsoft 365 o al supporto Microsoft.",
      "network-admin": "Firewall, proxy e DNS tra i server ECE e Microsoft.",
    },
    nothingForOwner: "Nessuna azione necessaria.",
    status: { pass: "Superato", fail: "Problema", warn: "Avviso", info: "Da verificare", skipped: "Non verificato" },
    why: "Perché",
    fix: "Come risolvere",
    owner: "Chi deve intervenire",
    docs: "Documentazione",
    target: "Si applica a",
    passed: "Controlli superati ({count})",
    exportMarkdown: "Scarica Markdown",
    exportJson: "Scarica JSON",
    exportCase: "Scarica il file del caso",
    print: "Stampa",
    generated: "Generato il {date}",
    editAnswers: "Modifica le risposte",
  },
  docs: {
    "tac-218453": "Cisco TAC 218453: Troubleshoot ECE OAuth2 Authentication with O365",
    "ms-oauth-imap-pop-smtp": "Microsoft: autenticare una connessione IMAP, POP o SMTP tramite OAuth",
    "ms-refresh-tokens": "Microsoft Entra: token di aggiornamento",
    "ms-pop-imap-enable": "Microsoft: abilitare o disabilitare l'accesso POP3 o IMAP4",
    "ms-smtp-auth": "Microsoft: abilitare o disabilitare l'invio SMTP autenticato dei client",
    "ms-connectivity-analyzer": "Microsoft Remote Connectivity Analyzer",
    "ms-entra-errors": "Codici di errore di autenticazione di Microsoft Entra",
    "egain-email-accounts": "eGain: configurazione degli account e-mail",
    "cisco-ece-support": "Cisco ECE: supporto e download",
    "cisco-ece-install-guides": "Cisco ECE: guide di installazione e aggiornamento",
    "cisco-bug-search": "Cisco Bug Search",
    "ms-shared-mailbox-licence": "Microsoft 365: licenze delle cassette postali condivise",
    "ms-sign-in-logs": "Microsoft Entra: log di accesso",
  },
  importCase: {
    title: "Carica un file del caso",
    intro:
      "Un file del caso contiene tutte le risposte della procedura guidata in formato JSON (formato ece-oauth-doctor/case@3; si leggono anche i file case@1 e case@2). Non contiene mai segreti.",
    paste: "Incolla il file del caso",
    upload: "Oppure scegli un file",
    submit: "Carica il caso",
    invalidJson: "Il file del caso non è un JSON valido: {message}",
    tooLarge: "Il file supera i 256 KB.",
    notText: '"{name}" non è un file di testo. Scegli il file del caso (.json) salvato da un report.',
    jsonAt: "riga {line}, colonna {column}: {problem}",
    jsonProblems: {
      comma: "manca una virgola",
      colon: "mancano i due punti dopo il nome del campo",
      name: "manca un nome di campo tra virgolette doppie",
      value: "manca un valore (testo tra virgolette doppie, un numero, true, false, null, un elenco o un oggetto)",
      closeBrace: "manca una parentesi graffa di chiusura }",
      closeBracket: "manca una parentesi quadra di chiusura ]",
      end: "dopo la parentesi graffa di chiusura deve finire il file",
      string: "un testo non è chiuso da una virgoletta doppia",
      symbol: "carattere inatteso",
      other: "JSON non valido in questo punto",
    },
    issue: "{path}: {message}",
    empty: "Incolla un file del caso o scegline uno",
    loaded: "Caso caricato.",
  },
  triage: {
    title: "Ho un messaggio di errore",
    intro:
      "Incolla ciò che vedi: un estratto del log del Retriever o del Dispatcher di ECE, un errore di accesso Microsoft, uno stack trace Java. Ogni errore riconosciuto viene spiegato con causa, correzione e responsabile. I token presenti nel testo vengono rimossi prima di mostrare o conservare qualsiasi cosa.",
    label: "Testo dell'errore",
    hint: "Fino a 200.000 caratteri. Nulla viene salvato.",
    submit: "Spiega gli errori",
    running: "Lettura in corso…",
    empty: "Incolla prima un messaggio di errore",
    failed: "Impossibile leggere il testo: {message}",
    none: "Nel testo non è stato trovato alcun errore noto. Prova invece a seguire tutto l'elenco di controllo.",
    nonePasteIntro: "Se lo hai, incolla invece uno di questi:",
    nonePaste: [
      "le righe del log del Retriever o del Dispatcher di ECE intorno all'errore, con l'intero stack trace Java e ogni riga \"Caused by\"",
      "la risposta del server di posta: la riga con NO, BAD, -ERR o un codice a tre cifre come 535",
      "il testo della pagina di errore dell'accesso Microsoft, con il codice AADSTS, il Trace ID e il Correlation ID",
      "il token di accesso, o la riga XOAUTH2 che lo contiene (viene letto e rimosso prima di mostrare qualsiasi cosa)",
    ],
    noneChecklist: "Segui l'elenco di controllo passo per passo",
    found: "Errori riconosciuti: {count}",
    line: "Riga {line}",
    link: "Ho un messaggio di errore",
  },
  live: {
    heading: "Verifiche in tempo reale",
    intro: {
      network:
        "Risolve, contatta e negozia TLS con gli host Microsoft di questo cloud dal server che esegue questa procedura (eseguila sul server dei servizi di ECE o accanto a esso per vedere ciò che vede ECE).",
      entra:
        "Cerca il tenant in Entra ID e, se è stato inserito il segreto client, richiede con esso un token solo app: così distingue un segreto valido da uno errato, scaduto o da un ID segreto. Il segreto viene inviato solo a Microsoft.",
      mail: "Accede a ogni cassetta postale tramite IMAP o POP3 e SMTP con XOAUTH2, come si presume facciano il Retriever e il Dispatcher di ECE, con il token di accesso incollato, e legge il realm dei domini delle cassette postali. Nessun messaggio viene letto o inviato.",
    },
    run: "Esegui le verifiche in tempo reale",
    running: "In esecuzione…",
    cancel: "Interrompi",
    progress: "Verifiche completate: {count}",
    finished: "Fatto. Problemi trovati: {count}",
    failed: "Impossibile eseguire le verifiche in tempo reale: {message}",
    incomplete: "Rispondi prima ai passaggi precedenti.",
    evidence: "Dati raccolti",
    transcript: "Trascrizione",
    took: "{ms} ms",
    remote: "Indirizzo remoto",
    phases: "Fasi",
    error: "Errore",
  },
  token: tokenIt,
  notFound: { title: "Pagina non trovata", body: "Questa pagina non esiste.", home: "Vai alla pagina iniziale" },
  share: shareIt,
  symptom: symptomIt,
  evidence: evidenceIt,
  probe: probeIt,
};
