import type { probeEn } from "./probe-en";

export const probeIt: typeof probeEn = {
  services: "server dei servizi",
  application: "server delle applicazioni",
  proxyUsed:
    "Le chiamate a {host} sono passate dal proxy {proxy} (--proxy o HTTPS_PROXY); i controlli diretti DNS, TCP e TLS di quell'host sono stati omessi.",
  written: "File delle prove scritto: {file}. Caricalo nel passo sulla rete o nel rapporto della procedura guidata.",
  serverSaw: "{server}: {title}",
  othersCan: "{title}; da {servers} funziona.",
  files: {
    caseFile:
      "La sonda legge il file del caso (non contiene segreti): scaricalo dal rapporto con Scarica il file del caso.",
    filesLabel: "File delle prove (.json), uno per server",
    list: "Prove caricate",
    errorsTitle: "Questi file non sono stati aggiunti",
    heading: "Prove dai server ECE",
    intro:
      "Esegui la sonda su ogni server ECE (il server dei servizi e il server delle applicazioni), poi carica o incolla il file delle prove scritto da ciascuno. I risultati sulla rete indicheranno il server che li ha rilevati.",
    upload: "Carica i file delle prove",
    paste: "Oppure incolla un file delle prove",
    add: "Aggiungi le prove incollate",
    remove: "Rimuovi",
    loaded: "{server}, sonda {version}, {date}",
    none: "Ancora nessun file delle prove.",
    downloads: "Scarica la sonda",
    downloadsIntro:
      "La sonda non richiede installazioni: il programma per Windows o Linux si esegue così com'è; il file JavaScript si esegue con Node.js 20 o successivo. Verifica la somma SHA-256 prima di eseguirla.",
    sha256: "SHA-256",
    manifestFailed:
      "Questo server non ha inviato l'elenco dei file della sonda, quindi i file delle prove non possono ancora essere verificati né aggiunti. Controlla la connessione al server della procedura guidata, poi riprova.",
    retry: "Riprova",
    notBuilt: "I file della sonda non sono stati generati su questo server (npm run build:probe).",
    commands: "Su ogni server, nella cartella con la sonda e il file del caso:",
    commandServices: "Sul server dei servizi",
    commandApplication: "Sul server delle applicazioni",
  },
  errors: {
    json: "{name}: non è un file delle prove (non è JSON).",
    schema: "{name}: non è un file delle prove di ECE OAuth Doctor (atteso ece-oauth-doctor/evidence@1).",
    shape: "{name}: il file delle prove è incompleto o danneggiato ({path}).",
    tampered:
      "{name}: il file delle prove è stato modificato dopo che la sonda lo ha scritto (l'hash di integrità non corrisponde). Esegui di nuovo la sonda e carica il nuovo file senza modificarlo.",
    older:
      "{name}: scritto dalla sonda {version}, precedente a questa procedura guidata ({expected}). Scarica di nuovo la sonda ed eseguila sul server.",
    newer:
      "{name}: scritto dalla sonda {version}, più recente di questa procedura guidata ({expected}). Aggiorna la procedura guidata o usa la sonda che offre.",
    otherCase:
      "{name}: la sonda è stata eseguita per un altro caso ({field}: {value} invece di {expected}). Eseguila con il file di questo caso.",
    duplicate: "{name}: ci sono già prove da {server}; rimuovile prima.",
  },
};
