import type { ShareMessages } from "./share-en";

// Messaggi per i link condivisibili ai risultati (components/share, app/[lang]/r).
export const shareIt: ShareMessages = {
  button: "Ottieni un link condivisibile",
  creating: "Creazione del link…",
  panelTitle: "Link condivisibile",
  linkLabel: "Link a questo report",
  copy: "Copia il link",
  copied: "Link copiato.",
  copyFailed: "Impossibile copiare il link: selezionalo e copialo manualmente.",
  audience: "Chiunque abbia il link può aprirlo fino al {date}.",
  notIncluded:
    "Token e segreti non sono inclusi. Il report viene cifrato in questo browser; la chiave si trova solo nel link (dopo #), quindi il server non conserva nulla che possa leggere.",
  revoke: "Revoca il link",
  revoking: "Revoca in corso…",
  revoked: "Il link è stato revocato: non apre più il report.",
  linkNotKept:
    "Il link non viene mostrato di nuovo dopo un ricaricamento: la sua chiave non viene mai salvata, nemmeno in questa scheda. Copialo quando lo crei. Puoi comunque revocarlo qui.",
  failed: "Impossibile creare il link: {message}",
  revokeFailed: "Impossibile revocare il link: {message}",
  secretFound:
    "Il report contiene un segreto che hai digitato, quindi non è stato condiviso. Rimuovi il segreto dalle risposte e riprova.",
  tooLarge: "Il report è troppo grande per un link. Scarica invece il file JSON.",
  rateLimited: "Troppe richieste da questo browser: attendi qualche minuto e riprova.",
  viewer: {
    title: "Report condiviso",
    loading: "Apertura del report condiviso…",
    intro: "Una copia in sola lettura di un report di ECE OAuth Doctor, decifrata in questo browser.",
    generated: "Report generato il {date}",
    shared: "Condiviso il {date}; il link funziona fino al {expires}.",
    tool: "Creato con ECE OAuth Doctor {version}",
    caseHeading: "Il caso",
    results: "Risultati",
    openInWizard: "Apri nella procedura guidata",
    openInWizardHint:
      "Carica il caso (senza segreti) nella procedura guidata di questo browser, per rivedere le risposte ed eseguire di nuovo la diagnosi.",
    yours: "Hai creato questo link in questo browser, quindi puoi revocarlo.",
    home: "Vai alla pagina iniziale",
    errors: {
      notFound: {
        title: "Questo link non esiste",
        body: "Nessun report condiviso ha questo identificativo. Verifica di aver copiato il link per intero.",
      },
      gone: {
        title: "Questo link non funziona più",
        body: "Chi lo ha creato lo ha revocato, oppure è scaduto. Chiedi un nuovo link.",
      },
      missingKey: {
        title: "Il link è incompleto",
        body: "Manca la parte dopo #: contiene la chiave che decifra il report. Copia il link per intero.",
      },
      badKey: {
        title: "La chiave nel link è danneggiata",
        body: "La parte dopo # non è una chiave valida: forse il link è stato troncato. Copia di nuovo il link per intero.",
      },
      wrongKey: {
        title: "Impossibile decifrare il report",
        body: "La chiave nel link non apre questo report: il link è stato modificato, oppure il report memorizzato è stato alterato. Chiedi di nuovo il link.",
      },
      unsupported: {
        title: "Questo link richiede una versione più recente",
        body: "È stato creato con una versione di ECE OAuth Doctor più recente di quella in uso qui.",
      },
      badPayload: {
        title: "Impossibile leggere il report",
        body: "È stato decifrato, ma non è un report che questa versione è in grado di interpretare.",
      },
      rateLimited: {
        title: "Troppe richieste",
        body: "Questo browser ha richiesto troppi link. Attendi qualche minuto e riprova.",
      },
      network: {
        title: "Impossibile caricare il report",
        body: "Il server non ha risposto come previsto. Controlla la connessione e riprova.",
      },
    },
  },
};
