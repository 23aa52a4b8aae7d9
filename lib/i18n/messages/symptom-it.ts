import type { symptomEn } from "./symptom-en";

// Messaggi per partire dal sintomo (domanda della pagina iniziale, ordine dei passi, "Più probabile" nel report).
export const symptomIt: typeof symptomEn = {
  question: "Che cosa succede?",
  errorTextSummary: "Incolla il messaggio di errore (facoltativo)",
  errorTextHint:
    "Dal log del Retriever o del Dispatcher di ECE, dalla finestra di accesso o da un'e-mail di allarme. Token e password vengono rimossi mentre incolli.",
  textNames: "Il testo dell'errore indica:",
  errorTextCut: "Il testo superava {max} caratteri ed è stato tagliato: ne restano {kept} su {total} (righe intere dall'inizio, dopo la rimozione dei token).",
  yourSymptom: "Che cosa succede",
  change: "Modifica",
  notGiven: "Nessuna risposta: tutta la lista di controllo, nell'ordine consueto",
  reasons: {
    setup: "Prima configurazione: tutti i passi della lista di controllo, nell'ordine consueto.",
    "at-once":
      "Un errore subito dopo la generazione del token indica il token stesso (emesso all'utente sbagliato, spesso per l'accesso Single Sign-On in una finestra non privata), l'Accesso completo (Full Access) mancante o un protocollo disabilitato.",
    "refresh-fails":
      "Da una a due ore dopo la generazione del token ECE lo rinnova per la prima volta (i token di accesso durano da 60 a 90 minuti). Il rinnovo non riesce se il segreto client è scaduto, se è stato inserito l'ID del segreto invece del valore, se manca offline_access o se il server dei servizi non raggiunge l'endpoint di accesso Microsoft.",
    "long-after":
      "Un errore dopo settimane o mesi indica un refresh token non più valido (circa 90 giorni senza uso, una reimpostazione della password o sessioni revocate: AADSTS700082 o 50173, generare un nuovo token in ECE), un segreto client scaduto (al massimo 24 mesi) o una modifica dal lato Microsoft.",
    stopped: "Funzionava e poi ha smesso: di solito non riesce il rinnovo del token (segreto scaduto, refresh token non valido, offline_access mancante) oppure il token appartiene a un altro utente.",
    signin: "Un errore nella pagina di accesso Microsoft dipende dalla registrazione dell'app o dall'accesso stesso: URI di reindirizzamento, consenso, ID del tenant o dell'applicazione, MFA o Accesso condizionale.",
    "incoming-only": "Non arriva solo la posta in entrata, quindi l'invio funziona: controlla IMAP o POP per le cassette postali, l'autorizzazione di lettura e la licenza. Le domande sull'invio sono tralasciate.",
    "outgoing-only": "Non parte solo la posta in uscita, quindi la lettura funziona: controlla SMTP AUTH (tenant e cassetta postale), l'autorizzazione SMTP.Send e STARTTLS. Le domande su IMAP e POP sono tralasciate.",
    both: "Non funziona nessuna delle due direzioni: controlla prima ciò che hanno in comune: l'utente del token, il segreto client, la rete, l'ES e l'impostazione dell'URL.",
    alarms: "Le e-mail di allarme sono inviate dal server applicativo, non dal server dei servizi: verifica che raggiunga Office 365 sulla porta 587 e che SMTP AUTH sia consentito. Le domande su IMAP e POP sono tralasciate.",
    "per-mailbox": "Non funzionano solo alcune cassette postali, quindi app e rete sono a posto: controlla ciò che cambia da una cassetta all'altra: Accesso completo, protocolli, SMTP AUTH della cassetta postale, licenza e di chi è il token di ciascuna.",
  },
  sources: "Fonte:",
  liveLikely: "La causa più probabile di quanto descritto:",
  sourceNames: { "oracle-12532": "Documentazione di Oracle B2C Service, risposta 12532 (un altro prodotto: come falliscono le sue cassette postali OAuth, non un testo Cisco)" },
  stepList: {
    orderedFor: "Ordine per: {symptom}",
    likely: "Verifica una causa probabile",
    rest: "Poi il resto della lista di controllo",
    neededFor: "Serve per «{step}»",
    ruledOut: "Non necessari per quanto descritto ({count})",
    ruledOutHint: "Aprine uno per rispondere comunque.",
  },
  ruledOutStep: "Hai indicato «{symptom}», quindi di solito questo passo non serve. Rispondi se vuoi che venga controllato comunque.",
  report: {
    heading: "Più probabile",
    youSaid: "Hai indicato: {symptom}.",
    confirmed: "Confermato dai controlli",
    open: "Non ancora escluso",
    openHint: "Nessun controllo li ha ancora decisi. Verificali per primi:",
    noneConfirmed: "Nessuna delle cause probabili è confermata dai controlli.",
    markdownHeading: "Più probabile",
  },
};
