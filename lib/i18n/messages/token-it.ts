import type { tokenEn } from "./token-en";

// Il passo del token: accesso (browser, codice dispositivo, incolla), il pannello delle attestazioni e il realm.
export const tokenIt: typeof tokenEn = {
  step: {
    title: "Di chi è il token, e funziona?",
    intro: [
      "Exchange accetta un token solo dall'account proprietario della cassetta postale, o da un delegato con Accesso completo (Full Access). Ottieni qui il token nel modo giusto, guarda di chi è e prova IMAP o POP3 e SMTP con esso.",
      "Il token resta solo nella memoria di questa scheda: non viene salvato, esportato, condiviso né messo nel report, e sparisce quando ricarichi la pagina. Il report conserva ciò che il token dichiara (le attestazioni), mai il token.",
    ],
  },
  bridge: "Completamento dell'accesso… Questa finestra si chiude da sola.",
  incomplete:
    "Rispondi prima ai passi precedenti: per l'accesso servono il cloud, il tenant, l'ID applicazione e le cassette postali.",
  owner: {
    heading: "Di chi deve essere il token",
    mustOwn: "Il token deve appartenere a {owner}.",
    perMailbox:
      "Modello per cassetta postale: ogni cassetta accede con il proprio account, quindi ognuna ha bisogno del proprio token. Accedi come ciascuna cassetta a turno; le verifiche in tempo reale provano la cassetta a cui appartiene il token.",
    shared:
      "Modello condiviso: il delegato {owner} accede una volta e il suo token viene provato su ogni cassetta postale. Una cassetta su cui non ha Accesso completo fallisce: così si vede l'Accesso completo mancante.",
    mailboxLabel: "Cassetta postale per cui ottenere il token",
  },
  realm: {
    checking: "Chiedo a Entra come accede {domain}…",
    managed:
      "{domain} è gestito (Managed): l'accesso lo gestisce Entra, che rispetta l'indicazione dell'account e il prompt qui sotto. Anche su un dominio gestito, però, il Single Sign-On (SSO) facile (Seamless SSO, con Kerberos: lo scenario del documento di Cisco TAC) e il Single Sign-On (SSO) dei dispositivi Windows possono far accedere l'utente di Windows senza chiedere nulla: usa una finestra privata (InPrivate o in incognito) qui e quando ECE genera il token.",
    federated:
      "{domain} è federato (Federated, {authUrl}): il servizio di accesso dell'organizzazione ignora l'indicazione dell'account e il prompt e fa accedere chi è connesso a Windows.",
    federatedAdvice:
      "Usa una finestra privata (InPrivate o in incognito) per questo accesso e quando ECE genera il suo token, oppure esci da Windows e accedi come {owner}.",
    unknown: "Entra non conosce il dominio {domain}: controlla l'indirizzo.",
    failed: "Non è stato possibile leggere la risposta realm di Entra per {domain}.",
  },
  ways: {
    heading: "Ottieni un token",
    intro: "Per primo il modo consigliato nella tua situazione. Gli altri sono a una scelta di distanza.",
    recommended: "Consigliato",
    otherLegend: "Oppure scegli un altro modo",
    other: {
      "case-sign-in": "Accedi qui con la registrazione dell'app di ECE (una modifica a un'app di produzione)",
      device: "Accedi con un codice su un altro dispositivo (device code)",
      paste: "Incolla un token che hai già",
    },
  },
  diagnosisApp: {
    heading: "Una registrazione dell'app separata per la diagnosi",
    configured:
      "Questa procedura guidata ha una propria registrazione dell'app per la diagnosi, {clientId}, configurata dal suo gestore: accedere con essa non cambia nulla nella registrazione dell'app di produzione di ECE.",
    intro:
      "Il modo pulito per ottenere un token di prova: una registrazione dell'app usata solo per la diagnosi, così la registrazione di produzione di ECE non viene toccata. La crea l'amministratore di Microsoft 365; chi gestisce questa procedura guidata imposta ECE_DOCTOR_SIGNIN_CLIENT_ID con il suo ID applicazione (client) e la riavvia. Da quel momento questo passaggio accede con essa. Deve avere:",
    needs: [
      "Tipi di account supportati: solo l'organizzazione delle cassette postali, oppure qualsiasi organizzazione quando una procedura guidata serve più clienti (allora con il consenso amministratore nel tenant delle cassette postali).",
      "Autenticazione > Aggiungi una piattaforma > Applicazione a pagina singola, URI di reindirizzamento: {redirectUri}",
      "Autenticazione > Impostazioni avanzate: Consenti flussi client pubblici = Sì (per il codice dispositivo).",
      "Autorizzazioni API delegate: {scopes} e offline_access, con il consenso amministratore concesso. Non serve alcun segreto client.",
    ],
    cleanup: "Eliminala quando il caso è chiuso. Finché non esiste, scegli un altro modo qui sotto.",
  },
  production: {
    heading: "Questo modifica la registrazione dell'app di produzione di ECE",
    signIn:
      "Per accedere qui bisogna aggiungere un URI di reindirizzamento Applicazione a pagina singola a {clientId}, la registrazione dell'app che ECE usa in produzione. Il suo proprietario, l'amministratore di Microsoft 365, deve prima approvare la modifica e poi rimuovere l'URI a test finito. La registrazione separata descritta sopra evita la modifica.",
    device:
      "Il codice dispositivo richiede Consenti flussi client pubblici attivato in {clientId}, la registrazione dell'app che ECE usa in produzione. Il suo proprietario, l'amministratore di Microsoft 365, deve prima approvare la modifica e poi rimetterla a No a test finito. La registrazione separata descritta sopra evita la modifica.",
  },
  signIn: {
    heading: "Accedi con Microsoft",
    appCase: "L'accesso usa la registrazione dell'app di ECE {clientId}, quindi il token è del tipo che riceve ECE.",
    appOperator:
      "L'accesso usa la registrazione dell'app di questa procedura guidata {clientId}, configurata dal suo gestore: non serve aggiungere nulla all'app di ECE. Il token nomina quell'app invece di quella di ECE.",
    appLegend: "Quale app esegue l'accesso",
    appChoice: {
      operator: "L'app di questa procedura guidata (nulla da cambiare in Azure)",
      case: "La registrazione dell'app di ECE (prova la registrazione di ECE)",
    },
    redirectHeading: "Prima un URI di reindirizzamento da aggiungere",
    redirectIntro:
      "Nel portale di Azure, Registrazioni app > {clientId} > Autenticazione > Aggiungi una piattaforma > Applicazione a pagina singola, aggiungi esattamente:",
    redirectWhy:
      "Perché: Entra invia il risultato dell'accesso solo a un indirizzo registrato, e questa procedura guidata gira al suo indirizzo, non a quello di ECE. La piattaforma Applicazione a pagina singola permette a questo browser di completare l'accesso senza il segreto client. L'URI Web di ECE resta com'è; rimuovi questo quando hai finito.",
    promptLegend: "Come la pagina di accesso sceglie l'account",
    prompt: {
      login: "Chiedi l'account e la sua password (prompt=login, consigliato)",
      select_account: "Mostra la scelta dell'account (prompt=select_account)",
      none: "Nessun prompt (ciò che si presume ECE invii; la procedura non può confermarlo): mostra se il Single Sign-On (SSO) sceglie l'account sbagliato",
    },
    button: "Accedi come {owner}",
    redirectButton: "Accedi invece in questa finestra",
    redirectHint: "Usalo quando i pop-up sono bloccati: la pagina va all'accesso e poi torna qui.",
    running: "In attesa della finestra di accesso…",
    popupBlocked: "Il browser ha bloccato la finestra di accesso; continuo in questa finestra.",
    cancelled: "La finestra di accesso è stata chiusa prima della fine dell'accesso.",
    done: "Accesso eseguito. Il token è nella memoria di questa scheda; qui sotto vedi di chi è.",
    failed: "L'accesso non è riuscito: {code} {description}",
  },
  device: {
    heading: "Accedi con un codice (device code)",
    intro:
      "Per quando i pop-up o un URI di reindirizzamento in più non sono possibili: il server di questa procedura guidata chiede un codice a Entra e tu accedi da qualsiasi dispositivo.",
    publicClient:
      "Richiede Consenti flussi client pubblici = Sì sull'app (Autenticazione > Impostazioni avanzate); senza, Entra risponde AADSTS7000218. ECE non ha bisogno di questa impostazione: rimettila a No dopo.",
    button: "Ottieni un codice",
    instructions: "Apri {uri}, inserisci il codice qui sotto e accedi come {owner}.",
    codeLabel: "Codice",
    waiting: "In attesa dell'accesso sull'altro dispositivo…",
    cancel: "Smetti di attendere",
    done: "Accesso con il codice eseguito. Il token è nella memoria di questa scheda; qui sotto vedi di chi è.",
    failed: "L'accesso con il codice non è riuscito: {code} {description}",
    expired: "Il codice è scaduto o è già stato usato. Chiedi un nuovo codice.",
  },
  paste: {
    heading: "Incolla un token",
    intro:
      "Va bene qualsiasi token di accesso di {owner} per l'ambito {scope}: da uno strumento o uno script che accede come quell'account con una registrazione dell'app del tuo tenant (l'amministratore di Microsoft 365 potrebbe averne già una). Il token di accesso è il lungo testo che inizia con eyJ. Incollalo nel campo qui sotto: viene decodificato in questo browser e non viene inviato nulla finché non avvii le verifiche in tempo reale.",
    password:
      "Un token è una password valida per circa un'ora: chi lo possiede può leggere e inviare la posta di questa cassetta. Non metterlo mai in un ticket, in una chat o in un'e-mail.",
  },
  claims: {
    heading: "Il token che hai",
    none: "Ancora nessun token.",
    ok: "Questo token appartiene a {user} e ha ciò che serve a Exchange per {owner}.",
    wrongUser:
      "Questo token appartiene a {user}, non a {owner}: molto probabilmente la persona connessa a questo computer, che il Single Sign-On (SSO) ha fatto entrare senza chiedere.",
    wrongUserWia:
      "Questo token appartiene a {user}, la persona connessa a questo computer (Windows l'ha fatta accedere senza chiedere), non a {owner}.",
    problems: "Questo token non funzionerà per {owner}. Problemi trovati: {count}",
    malformed: "Questo non è un token di accesso leggibile ({reason}).",
    caption: "Cosa dice il token, confrontato con le tue risposte",
    columns: { claim: "Attestazione", value: "Nel token", expected: "Atteso", result: "Esito" },
    rows: {
      user: "Chi (upn, unique_name o preferred_username)",
      tenant: "Tenant (tid)",
      app: "Applicazione (appid o azp)",
      audience: "Destinatario (aud)",
      scopes: "Ambiti o ruoli (scp, roles)",
      issued: "Emesso (iat)",
      expires: "Scade (exp)",
      lifetime: "Durata in minuti",
      methods: "Metodi di autenticazione (amr)",
    },
    status: { ok: "Come previsto", problem: "Problema", warn: "Insolito", info: "Per informazione" },
    notes: {
      "operator-app":
        "Emesso all'app di questa procedura guidata, come scelto: va bene per provare la cassetta postale; il token di ECE arriva dalla sua app.",
      wia: "wia: autenticazione integrata di Windows. Ha fatto accedere l'utente la sessione Windows del computer, non una password digitata.",
      mfa: "mfa: all'accesso è stata eseguita l'autenticazione a più fattori.",
      cae: "Token di molte ore vengono dalla valutazione continua dell'accesso (fino a 28 ore) o da un criterio di durata.",
      "no-user": "Nessun utente nel token: un token solo app (credenziali client) o non delegato.",
      "no-expiry": "Nessuna scadenza nel token.",
    },
    lifetimeUnusual: "I token di accesso durano di solito da 60 a 90 minuti; questo dura {minutes}.",
    forget: "Dimentica questo token",
  },
};
