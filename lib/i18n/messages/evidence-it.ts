import type { evidenceEn } from "./evidence-en";

export const evidenceIt: typeof evidenceEn = {
  signIn: {
    heading: "Log di accesso di Entra",
    intro:
      "Microsoft registra ogni accesso dell'app di ECE, compresi gli aggiornamenti del token che nessun controllo qui può vedere. Nell'interfaccia di amministrazione di Entra, Identità > Monitoraggio e integrità > Log di accesso, aggiungere il filtro ID applicazione = {clientId} e un intervallo di date che copra l'errore, poi scaricare gli accessi utente (interattivi) e gli accessi utente (non interattivi) in CSV o JSON. Va bene anche il JSON di Get-MgAuditLogSignIn.",
    privacy:
      "I file vengono letti in questo browser e mai inviati al server. Solo ciò che se ne ricava (conteggi, codici di errore, prima e ultima ora, indirizzi IP mascherati) entra nel report, nel file del caso e nei link condivisi.",
    servers: "Quale server è quale",
    serversHint:
      "L'indirizzo IP pubblico da cui ciascun server di ECE raggiunge Microsoft (chiederlo al team di rete). Viene chiesto una volta, usato in questo browser per distinguere i server e non viene salvato nel caso.",
    application: "Indirizzo IP del server delle applicazioni",
    services: "Indirizzo IP del server dei servizi",
    badAddress: 'Il campo "{field}" deve essere un indirizzo IPv4 o IPv6',
    files: "File dei log di accesso (CSV o JSON)",
    filesHint: "Si possono scegliere insieme il download interattivo e quello non interattivo.",
    read: "Leggi i file",
    reading: "Lettura di {file}: {rows} righe finora",
    done: "Lette {rows} righe: {matched} sono accessi dell'app di ECE, di cui {succeeded} riusciti; errori trovati: {groups}. I risultati sono nel report.",
    noFile: "Scegliere almeno un file dei log di accesso",
    noApp: "Rispondere prima all'ID applicazione (client), al passaggio «{step}»",
    notSignInLog:
      "«{file}» non è un log di accesso di Entra: manca la colonna {missing}. Scaricare i log di accesso dall'interfaccia di amministrazione di Entra (CSV o JSON) e scegliere quel file",
    unreadable: "«{file}» non si può leggere come CSV o JSON",
    empty: "«{file}» è vuoto",
    forget: "Dimentica i risultati dei log di accesso",
  },
  powershell: {
    heading: "Rispondere con l'output di PowerShell",
    exchange:
      "Eseguire questo comando in Exchange Online PowerShell (dopo Connect-ExchangeOnline) e incollare ciò che stampa. La risposta viene presa dall'output e il report indica da dove viene.",
    graph:
      "Eseguire questo comando in Microsoft Graph PowerShell (dopo Connect-MgGraph -Scopes User.Read.All) e incollare ciò che stampa. La risposta viene presa dall'output e il report indica da dove viene.",
    mailbox: "Cassetta postale",
    output: "Output di {command}",
    outputHint:
      "Output a elenco o a tabella, per una o più cassette postali; vanno bene righe a capo e colonne accorciate.",
    use: "Usa questo output",
    used: "Letto da {command}: {count} risultati. {answers}",
    answered: "Risposte compilate: {fields}.",
    notAnswered:
      "Non è ancora stato possibile compilare una risposta (per un sì servono tutte le cassette postali del caso).",
    empty: "Incollare prima l'output di {command}",
    unreadable:
      "Questo non è un output di {command} che la procedura guidata sa leggere: incollare ciò che il comando ha stampato, dalla prima all'ultima proprietà",
    otherCommand: "Questo è l'output di {found}, non di {command}: eseguire il comando indicato e incollarne l'output",
    otherMailbox:
      "Questo output riguarda {found}, che non è una cassetta postale di questo caso ({mailboxes}): eseguire il comando per una delle cassette postali del caso",
    otherDelegate: "Questo output riguarda l'account {found}, non il delegato {delegate}",
    recorded: "Prove registrate",
    record: "da {command}, incollato il {date}",
  },
};
