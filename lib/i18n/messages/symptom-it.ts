import type { symptomEn } from "./symptom-en";

// Messaggi per partire dal sintomo (domanda della pagina iniziale, ordine dei passi, "Più probabile" nel report).
export const symptomIt: typeof symptomEn = {
  question: "Che cosa succede?",
  errorTextSummary: "Incolla il messaggio di errore (facoltativo)",
  errorTextHint:
    "Dal log del Retriever o del Dispatcher di ECE, dalla finestra di accesso o da un'e-mail di allarme. Token e password vengono rimossi mentre incolli.",
  textNames: "Il testo dell'errore indica:",
  errorTextCut:
    "Il testo superava {max} caratteri ed è stato tagliato: ne restano {kept} su {total} (righe intere dall'inizio, dopo la rimozione dei token).",
  yourSymptom: "Che cosa succede",
  change: "Modifica",
  notGiven: "Nessuna risposta: tutto l'elenco di controllo, nell'ordine consueto",
  reasons: {
    setup: "Prima configurazione: tutti i passi dell'elenco di controllo, nell'ordine consueto.",
    "at-once":
      "Un errore subito dopo la generazione del token indica il token stesso (emesso all'utente sbagliato, spesso per il Single Sign-On (SSO) in una finestra non privata), l'Accesso completo (Full Access) mancante o un protocollo disabilitato.",
    "refresh-fails":
      "Da una a due ore dopo la generazione del token ECE lo rinnova per la prima volta (i token di accesso durano da 60 a 90 minuti). ECE ha già usato lo stesso segreto client per il primo token, quindi un segreto errato o scaduto avrebbe fallito subito. Al primo rinnovo non riescono: offline_access mancante, il server dei servizi che non raggiunge l'host di accesso Microsoft sulla porta 443 (i rinnovi avvengono lì, il primo token sul server delle applicazioni), l'Accesso condizionale che blocca il rinnovo non interattivo dall'indirizzo del server dei servizi, un criterio di frequenza di accesso, oppure un reindirizzamento per applicazione a pagina singola (AADSTS700084 dopo 24 ore).",
    "long-after":
      "Un errore dopo settimane o mesi indica un token di aggiornamento scaduto (circa 90 giorni senza uso: AADSTS700082) o revocato (un cambio o una reimpostazione della password: AADSTS50173), un segreto client scaduto (ECE lo invia a ogni rinnovo), l'account disabilitato, l'Accesso condizionale o l'MFA richiesta al rinnovo (AADSTS50076), oppure il protocollo disattivato per la cassetta postale.",
    stopped:
      "Funzionava e poi ha smesso: di solito non riesce il rinnovo del token (segreto scaduto, token di aggiornamento non valido, offline_access mancante) oppure il token appartiene a un altro utente.",
    signin:
      "Un errore nella pagina di accesso Microsoft dipende dalla registrazione dell'app o dall'accesso stesso: URI di reindirizzamento, consenso, ID del tenant o dell'applicazione, MFA o Accesso condizionale.",
    "incoming-only":
      "Solo la posta in entrata non arriva, quindi l'invio funziona: controlla IMAP o POP per le cassette postali, l'autorizzazione di lettura e la licenza. Le domande sull'invio sono tralasciate.",
    "outgoing-only":
      "Non parte solo la posta in uscita, quindi la lettura funziona: controlla SMTP AUTH (tenant e cassetta postale), l'autorizzazione SMTP.Send e STARTTLS. Le domande su IMAP e POP sono tralasciate.",
    both: "Non funziona nessuna delle due direzioni: controlla prima ciò che hanno in comune: l'utente del token, il segreto client, la rete, l'ES e l'impostazione dell'URL.",
    alarms:
      "Le e-mail di allarme sono inviate dal server delle applicazioni, non dal server dei servizi: verifica che raggiunga Office 365 sulla porta 587 e che SMTP AUTH sia consentito. Le domande su IMAP e POP sono tralasciate.",
    "per-mailbox":
      "Il problema riguarda solo alcune cassette postali, quindi app e rete sono a posto: controlla ciò che cambia da una cassetta all'altra: Accesso completo, protocolli, SMTP AUTH della cassetta postale, licenza e di chi è il token di ciascuna.",
  },
  sources: "Fonte:",
  liveLikely: "La causa più probabile di quanto descritto:",
  sourceNames: {
    "oracle-12532":
      "Documentazione di Oracle B2C Service, risposta 12532 (un altro prodotto: come falliscono le sue cassette postali OAuth, non un testo Cisco)",
  },
  stepList: {
    orderedFor: "Ordine per: {symptom}",
    likely: "Verifica una causa probabile",
    rest: "Poi il resto dell'elenco di controllo",
    neededFor: "Serve per «{step}»",
    ruledOut: "Non necessari per quanto descritto ({count})",
    ruledOutHint: "Aprine uno per rispondere comunque.",
  },
  ruledOutStep:
    "Hai indicato «{symptom}», quindi di solito questo passo non serve. Rispondi se vuoi che venga controllato comunque.",
  report: {
    heading: "Più probabile",
    youSaid: "Hai indicato: {symptom}.",
    confirmed: "Confermato dai controlli",
    open: "Non ancora escluso",
    openHint: "Nessun controllo li ha ancora decisi. Verificali per primi:",
    noneConfirmed: "Nessun controllo ha ancora confermato una causa probabile. Procedi così, in quest'ordine:",
    next: "Cosa fare ora, in ordine",
    run: {
      network:
        "Esegui le verifiche di rete (DNS, TCP e TLS verso gli host Microsoft) nel passaggio sulla rete, dal server su cui gira ECE.",
      entra:
        "Esegui le verifiche di Entra (il tenant e, se lo inserisci, il segreto client) nel passaggio sul segreto client.",
      mail: "Ottieni un token per la cassetta postale nel passaggio del token ed esegui con esso le verifiche IMAP o POP3 e SMTP.",
    },
    runButton: "Apri le verifiche in tempo reale",
    look: "Consulta i log di accesso non interattivi di Entra per {account}, filtrati per l'applicazione {clientId}: interfaccia di amministrazione di Microsoft Entra > Identità > Monitoraggio e integrità > Log di accesso > Accessi utente (non interattivi). Lì compaiono i rinnovi del token di ECE; il codice AADSTS dell'errore indica la causa.",
    paste:
      "Incolla la riga di errore del log del Retriever o del Dispatcher di ECE (o dell'e-mail di allarme) nella pagina degli errori: la procedura guidata ne indica la causa.",
    pasteButton: "Incolla un errore",
    answer: "Rispondi a «{step}».",
    answerButton: "Vai al passaggio",
    decides: "Decide:",
    cannotExplain:
      "Questo non può spiegare quanto descritto: una volta ottenuto il token, ECE lo rinnova senza l'URI di reindirizzamento né l'impostazione dell'URL. Correggilo comunque prima di generare di nuovo il token.",
    markdownHeading: "Più probabile",
  },
};
