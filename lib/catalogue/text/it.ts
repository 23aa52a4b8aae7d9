import type { CatalogueText } from "./types";

export const it: CatalogueText = {
  checks: {
    "ece-version": {
      name: "Versione di ECE ed engineering special",
      passTitle: "ECE {version} dispone dell'engineering special che aggiunge OAuth ({installed}).",
      passWhy:
        "OAuth per Office 365 è stato introdotto in ECE tramite engineering special (bug Cisco CSCvr86493); la {version} richiede almeno {required} e l'ES installato è il più recente per la release.",
    },
    "external-url": {
      name: "Impostazione dell'URL esterno di ECE",
      passTitle: "L'impostazione \"{setting}\" è un FQDN https che corrisponde all'indirizzo della console.",
      passWhy:
        "ECE costruisce il reindirizzamento OAuth a partire da questa impostazione, che deve quindi contenere l'FQDN usato dagli amministratori per aprire la console ({host}).",
    },
    "redirect-uri": {
      name: "URI di reindirizzamento dell'app Azure",
      passTitle:
        "L'URI di reindirizzamento è https, si trova sull'host di ECE, è registrato nella piattaforma Web ed è identico a quello inviato da ECE.",
      passWhy:
        "Entra restituisce il codice di autorizzazione solo a un URI di reindirizzamento registrato nell'app carattere per carattere ({registered}).",
    },
    "app-ids": {
      name: "Valori di applicazione, tenant e segreto",
      passTitle: "L'ID tenant e l'ID dell'applicazione (client) sono GUID e il segreto non è un ID segreto.",
      passWhy:
        "ECE richiede l'ID della directory (tenant), l'ID dell'applicazione (client) e il Valore (Value) del segreto client della registrazione dell'app.",
    },
    "client-secret": {
      name: "Scadenza del segreto client",
      passTitle: "Il segreto client è valido fino al {expires}, tra {days} giorni.",
      passWhy:
        "ECE usa il segreto ogni volta che aggiorna il token; quando il segreto scade, la posta si blocca circa un'ora dopo.",
    },
    "api-permissions": {
      name: "Autorizzazioni API delegate e consenso",
      passTitle: "L'app dispone di {permissions} con consenso concesso.",
      passWhy:
        "ECE richiede gli ambiti di Outlook per la ricezione e l'invio, e offline_access per il token di aggiornamento.",
    },
    "token-lifetime": {
      name: "Durata del token di accesso",
      passTitle: "La durata del token di accesso ({minutes} minuti) rientra nell'intervallo predefinito di Microsoft.",
      passWhy:
        "Microsoft rilascia token di accesso con una durata casuale compresa tra 60 e 90 minuti; ECE li rinnova con il token di aggiornamento.",
    },
    "account-model": {
      name: "Modello dei diritti sulle cassette postali",
      passTitle: "Il modello di account è coerente ({mailboxes}).",
      passWhy:
        "Ogni cassetta postale esegue l'accesso per ottenere il proprio token, oppure un unico delegato con Accesso completo (Full Access) esegue l'accesso per tutte.",
    },
    "mailbox-protocols": {
      name: "Protocolli delle cassette postali",
      passTitle: "{protocol} e SMTP autenticato sono abilitati per le cassette postali.",
      passWhy: "Exchange Online verifica le impostazioni dei protocolli della cassetta postale anche con OAuth.",
    },
    licence: {
      name: "Licenza Exchange Online",
      passTitle: "Le cassette postali hanno una licenza E3 o E5.",
      passWhy: "Cisco TAC raccomanda almeno E3 per le cassette postali usate da ECE.",
    },
    "token-generation": {
      name: "Generazione del token",
      passTitle:
        "Il token è stato generato in una finestra privata e non risulta l'accesso di un account diverso da {expected}.",
      passWhy: "Una finestra privata impedisce al Single Sign-On di Windows di far accedere un altro utente.",
    },
    "network-plan": {
      name: "Percorsi di rete",
      passTitle: "Entrambi i server ECE raggiungono Microsoft sulle porte necessarie.",
      passWhy:
        "Il server dei servizi e tutti i server delle applicazioni raggiungono {login}, {imap} e {smtp} sulle porte 443, 587, 993 e 995, come chiede il documento di Cisco TAC.",
    },
    dns: {
      name: "Risoluzione DNS",
      passTitle: "{host} viene risolto in {addresses}.",
      passWhy:
        "Il server che esegue questa procedura guidata ha ottenuto l'indirizzo di {host}. Anche il server dei servizi di ECE deve ottenere una risposta dal proprio DNS.",
    },
    tcp: {
      name: "Connessione TCP",
      passTitle: "{host}:{port} accetta connessioni.",
      passWhy:
        "Nessun firewall ha bloccato la connessione dal server che esegue questa procedura guidata. Il test dimostra il percorso da questo server, non dal server dei servizi di ECE.",
    },
    tls: {
      name: "TLS e certificato",
      passTitle: "{host}:{port} presenta un certificato valido su {protocol}.",
      passWhy: "Il certificato è attendibile, copre {host} e non è scaduto, e la versione di TLS è 1.2 o successiva.",
    },
    "entra-tenant": {
      name: "Tenant Entra e cloud",
      passTitle: "Il tenant {tenant} esiste in questo cloud.",
      passWhy:
        "Entra pubblica i metadati di accesso del tenant sull'host di accesso di questo cloud, quindi le richieste di accesso e di token raggiungono la directory corretta.",
    },
    "entra-realm": {
      name: "Dominio della cassetta postale in Entra",
      passTitle: "{domain} è un dominio gestito.",
      passWhy:
        "L'accesso per {domain} è gestito direttamente da Entra, non da un server federativo che potrebbe ignorare l'account scelto all'accesso. Anche su un dominio gestito, però, il Single Sign-On (SSO) facile (Seamless SSO, con Kerberos: lo scenario del documento di Cisco TAC) e il Single Sign-On (SSO) dei dispositivi Windows possono far accedere l'utente di Windows senza chiedere nulla: genera il token in una finestra privata.",
    },
    "entra-app": {
      name: "Registrazione dell'app in Entra",
      passTitle: "L'app e il relativo segreto client sono accettati da Entra.",
      passWhy:
        "Entra ha trovato l'ID dell'applicazione (client) nel tenant e ha accettato il segreto client, quindi ECE può riscattare e aggiornare i token con questi valori.",
    },
    "entra-sign-in": {
      name: "Criteri di accesso e account",
      passTitle: "Non è stato rilevato alcun blocco dell'accesso.",
      passWhy:
        "Entra ha rilasciato un token senza errori dovuti all'accesso condizionale, alle impostazioni predefinite di sicurezza, all'MFA o allo stato dell'account.",
    },
    "access-token": {
      name: "Attestazioni del token di accesso",
      passTitle: "Il token appartiene a {user}, è destinato a Outlook e contiene gli ambiti necessari.",
      passWhy:
        "Exchange accetta un token XOAUTH2 solo se è destinato alla risorsa Outlook, non è scaduto, è stato rilasciato dal tenant della cassetta postale all'app di ECE e contiene l'ambito del protocollo.",
    },
    imap: {
      name: "Accesso IMAP (XOAUTH2)",
      passTitle: "{mailbox} accede tramite IMAP e apre la cassetta postale.",
      passWhy:
        "Exchange ha accettato l'accesso (ha risposto “OK AUTHENTICATE completed.”) e poi il comando successivo, quindi il Retriever può leggere la posta con questo token.",
    },
    pop3: {
      name: "Accesso POP3 (XOAUTH2)",
      passTitle: "{mailbox} accede tramite POP3.",
      passWhy:
        "Exchange ha risposto +OK User successfully authenticated. allo scambio AUTH XOAUTH2 su due righe, quindi il Retriever può leggere la posta con questo token.",
    },
    smtp: {
      name: "Invio SMTP (XOAUTH2)",
      passTitle: "{mailbox} si autentica per l'invio SMTP.",
      passWhy:
        "Dopo STARTTLS, Exchange ha offerto AUTH XOAUTH2 e ha risposto 235 2.7.0 Authentication successful, quindi il Dispatcher può inviare con questo token.",
    },
    "sign-in-logs": {
      name: "Log di accesso di Entra dell'app di ECE",
      passTitle: "I log di accesso mostrano {matched} accessi dell'app di ECE e nessun errore.",
      passWhy: "Letto il {readOn} da un'esportazione di {rows} righe, nel browser; si conservano solo questi conteggi.",
    },
    "powershell-output": {
      name: "Output di Exchange Online PowerShell",
      passTitle: "Da {command}, incollato il {pastedOn}: {values}.",
      passWhy: "Questa risposta viene dall'output del comando incollato nella procedura guidata, non dalla memoria.",
    },
  },
  causes: {
    "version-without-oauth": {
      title: "Questa release di ECE non supporta OAuth per Office 365.",
      why: "OAuth è stato aggiunto a ECE 11.6(1), 12.0(1), 12.5(1) e 12.6(1) tramite engineering special (bug Cisco CSCvr86493). Le release precedenti possono usare solo l'autenticazione di base. Exchange Online ha smesso di accettare le password per IMAP e POP il 31 dicembre 2022. Per SMTP AUTH l'autenticazione di base funziona come prima fino alla fine di dicembre 2026; poi è disattivata per impostazione predefinita nei tenant esistenti (un amministratore può riattivarla) e non disponibile per impostazione predefinita nei tenant creati dopo dicembre 2026, e la data di rimozione definitiva sarà annunciata nella seconda metà del 2027 (Exchange Team, 27 gennaio 2026, MC786329; verificato il 2 dicembre 2026).",
      fix: [
        "Aggiorna ECE a una release che supporta OAuth (come minimo la 11.6(1) con ES12 ed ES12_ET1; è preferibile una release attuale).",
        "Dopo l'aggiornamento, installa l'engineering special più recente per quella release e segui la documentazione OAuth di quell'ES.",
      ],
    },
    "version-later-check-docs": {
      title: "Consulta la documentazione OAuth della release di ECE in uso.",
      why: "L'elenco di controllo di TAC elenca gli engineering special solo dalla 11.6(1) alla 12.6(1). Per le release successive non è confermato quale build includa OAuth per Office 365, quindi questo controllo non può stabilirlo.",
      fix: [
        "Apri le guide di installazione e amministrazione della release e verifica che supporti OAuth 2.0 per Office 365.",
        "Installa l'engineering special più recente disponibile per la release.",
      ],
    },
    "es-missing": {
      title: "ECE {version} richiede {required} per OAuth (installati: {installed}).",
      why: "OAuth per Office 365 è stato introdotto in ECE {version} con l'engineering special {required} (bug Cisco CSCvr86493). Senza di esso l'alias non può essere impostato su OAuth.",
      fix: [
        "Scarica {required} o un ES successivo per ECE {version} da Cisco Software Download e installalo su ogni server ECE, seguendo il relativo readme.",
        "Usa la documentazione OAuth fornita con quell'ES: i passaggi variano da un livello di ES all'altro.",
      ],
    },
    "es-et1-missing": {
      title: "ECE 11.6(1) richiede anche {extra}.",
      why: "Sulla 11.6(1), ES12 aggiunge OAuth ma danneggia i report pianificati (bug Cisco CSCwd61276: corpo e allegato vuoti); {extra} risolve il problema. TAC richiede entrambi.",
      fix: ["Installa {extra} dopo ES12 su ogni server ECE, seguendo il relativo readme."],
    },
    "es-et1-unverified": {
      title: "{extra} non è nell'elenco; verifica che l'ES più recente installato ne includa la correzione.",
      why: "TAC richiede ES12 ed {extra} sulla 11.6(1). È installato un ES successivo, che probabilmente include la correzione per CSCwd61276, ma ciò non è confermato.",
      fix: ["Cerca CSCwd61276 nel readme dell'ES installato. Se non è elencato, installa {extra}."],
    },
    "es-not-latest": {
      title: "Esiste un engineering special più recente per ECE {version}.",
      why: "La best practice di Cisco TAC è installare l'ES più recente per la release: gli ES successivi correggono problemi OAuth individuati dopo il primo.",
      fix: ["Installa l'ES più recente per ECE {version} e segui la documentazione OAuth di quell'ES."],
    },
    "es-latest-unknown": {
      title: "Non è noto se l'ES installato ({installed}) sia il più recente per ECE {version}.",
      why: "La best practice di Cisco TAC è installare l'ES più recente per la release. Questa procedura guidata non è in grado di verificarlo.",
      fix: ["Confronta l'ES installato con l'elenco per ECE {version} su Cisco Software Download."],
    },
    "url-missing": {
      title: 'L\'impostazione "{setting}" è vuota.',
      why: "L'impostazione è obbligatoria per OAuth: ECE la usa per costruire l'URL di reindirizzamento a cui Microsoft restituisce il codice di autorizzazione. Senza di essa, la generazione del token non riesce.",
      fix: [
        'In ECE, apri le impostazioni della partizione e imposta "{setting}" sull\'indirizzo https che agenti e amministratori usano per aprire la console, ad esempio https://ece.example.com.',
        "Dalla 12.6 in poi l'impostazione si trova in Partition > Apps > General Settings > External URL of application.",
      ],
    },
    "url-not-https": {
      title: 'L\'impostazione "{setting}" non è https: {url}.',
      why: "Microsoft invia i codici di autorizzazione solo a URL di reindirizzamento https (tranne localhost), quindi il reindirizzamento costruito da questa impostazione viene rifiutato.",
      fix: [
        'Imposta "{setting}" su https://{host} e verifica che il server web o il bilanciatore del carico di ECE gestisca https su quel nome.',
      ],
    },
    "url-not-fqdn": {
      title: 'L\'impostazione "{setting}" non usa un nome completo (FQDN): {host}.',
      why: "L'impostazione deve contenere il nome di dominio completo (FQDN) usato da agenti e amministratori; un indirizzo IP o un nome host breve non corrisponde all'URI di reindirizzamento registrato in Azure e compromette anche l'SSO e i punti di ingresso della chat.",
      fix: [
        "Imposta \"{setting}\" sull'FQDN della console, ad esempio https://ece.example.com, e registra lo stesso FQDN nell'URI di reindirizzamento in Azure.",
      ],
    },
    "url-has-path": {
      title: 'L\'impostazione "{setting}" contiene un percorso ({path}).',
      why: "L'impostazione dovrebbe contenere solo schema e host, come https://ece.example.com; ECE aggiunge il proprio percorso per costruire l'URL di reindirizzamento.",
      fix: [
        "Rimuovi il percorso, salvo diversa indicazione della documentazione di ECE, e confronta l'URL di reindirizzamento mostrato quindi da ECE con quello presente in Azure.",
      ],
    },
    "url-console-mismatch": {
      title: "La console viene aperta a {console}, non all'indirizzo dell'impostazione ({external}).",
      why: "Il reindirizzamento va all'host indicato nell'impostazione. Se gli amministratori aprono la console con un altro nome, l'accesso ritorna a un sito diverso da quello che lo ha avviato e il token non viene salvato.",
      fix: [
        "Imposta \"{setting}\" sull'indirizzo che gli amministratori usano per la console, oppure apri la console all'indirizzo {external}.",
        "Usa un unico nome ovunque: nell'impostazione, nell'indirizzo della console e nell'URI di reindirizzamento di Azure.",
      ],
    },
    "redirect-not-https": {
      title: "L'URI di reindirizzamento in Azure non è https: {registered}.",
      why: "Entra accetta URI di reindirizzamento http solo per localhost, quindi un reindirizzamento Web verso ECE deve essere https.",
      fix: [
        "Nel portale di Azure, apri Registrazioni app (App registrations) > app di ECE > Autenticazione (Authentication) e sostituisci l'URI di reindirizzamento con la sua forma https.",
      ],
    },
    "redirect-host-mismatch": {
      title: "L'URI di reindirizzamento in Azure si trova su {host}, ma l'impostazione di ECE è {external}.",
      why: "Entra invia il codice di autorizzazione solo a un URI di reindirizzamento registrato. ECE invia un reindirizzamento sull'host della propria impostazione URL, quindi Entra lo rifiuta con AADSTS50011.",
      fix: [
        "Amministratore Microsoft 365: nel portale di Azure, Registrazioni app (App registrations) > app di ECE > Autenticazione (Authentication) > Web > URI di reindirizzamento (Redirect URIs), aggiungi l'URL di reindirizzamento mostrato da ECE, su {external}.",
        "Amministratore ECE: se {external} non è l'indirizzo con cui gli utenti raggiungono ECE, correggi invece l'impostazione della partizione (External URL of application dalla 12.6, Web Server URL or Load Balancer URL nelle release precedenti).",
      ],
    },
    "redirect-uri-mismatch": {
      title: "ECE invia {ece}, ma in Azure è registrato {registered}.",
      why: "Entra confronta l'URI di reindirizzamento in modo esatto: schema, host, porta, percorso, maiuscole/minuscole e barra finale. Qualsiasi differenza produce AADSTS50011 durante l'accesso.",
      fix: [
        "Amministratore Microsoft 365: copia l'URL di reindirizzamento esattamente come lo mostra ECE ({ece}) e aggiungilo nel portale di Azure in Registrazioni app (App registrations) > app di ECE > Autenticazione (Authentication) > Web > URI di reindirizzamento (Redirect URIs).",
        "Amministratore ECE: se ECE mostra l'indirizzo sbagliato, correggi l'impostazione URL della partizione in modo che l'URL di reindirizzamento di ECE corrisponda a {registered}.",
      ],
    },
    "redirect-ece-unknown": {
      title: "Confronta l'URL di reindirizzamento mostrato da ECE con quello presente in Azure.",
      why: "Il percorso esatto usato da ECE non è documentato qui, quindi è stato possibile confrontare solo l'host. Incolla l'URL di reindirizzamento di ECE (o della documentazione del relativo ES) per un confronto esatto.",
      fix: [
        "Individua l'URL di reindirizzamento in ECE o nella documentazione OAuth dell'ES installato e inseriscilo nel passaggio relativo al reindirizzamento di questa procedura guidata.",
      ],
    },
    "redirect-not-web-platform": {
      title: "L'URI di reindirizzamento è registrato in un'altra piattaforma ({platform}), non in Web.",
      why: "ECE riscatta il codice di autorizzazione sul proprio server con il segreto client, e questo corrisponde alla piattaforma Web. I reindirizzamenti di applicazioni a pagina singola producono token di aggiornamento che scadono dopo 24 ore, e le piattaforme per client pubblici non accettano il segreto.",
      fix: [
        "Nel portale di Azure, in Autenticazione (Authentication), rimuovi l'URI di reindirizzamento dalla piattaforma attuale e aggiungilo con Aggiungi una piattaforma (Add a platform) > Web.",
      ],
    },
    "redirect-platform-unknown": {
      title: "La piattaforma dell'URI di reindirizzamento non è nota.",
      why: "Deve essere Web. Senza questa informazione il controllo non può stabilirlo.",
      fix: [
        "Nel portale di Azure, apri Registrazioni app (App registrations) > app di ECE > Autenticazione (Authentication) e verifica che l'URI di reindirizzamento sia elencato sotto Web.",
      ],
    },
    "tenant-id-malformed": {
      title: 'L\'ID tenant "{value}" non è un GUID.',
      why: "ECE richiede l'ID della directory (tenant), un GUID come 72f988bf-86f1-41af-91ab-2d7cd011db47. Un valore errato indirizza l'accesso alla directory sbagliata (AADSTS90002).",
      fix: [
        "Nel portale di Azure, copia l'ID della directory (tenant) da Registrazioni app (App registrations) > app di ECE > Panoramica (Overview) e incollalo in ECE.",
      ],
    },
    "tenant-is-domain": {
      title: "Il tenant è indicato con un nome di dominio ({value}), non con il suo ID.",
      why: "Entra accetta un nome di dominio verificato del tenant (ad esempio contoso.onmicrosoft.com o contoso.com) al posto dell'ID della directory (tenant), quindi funziona. L'ID però non cambia quando i domini vengono rinominati o rimossi, ed è ciò che mostrano il documento di Cisco TAC e la registrazione dell'app di Microsoft.",
      fix: [
        "Nel portale di Azure, copia l'ID della directory (tenant) da Registrazioni app (App registrations) > app di ECE > Panoramica (Overview) e inseriscilo in ECE al posto di {value}.",
      ],
    },
    "client-id-malformed": {
      title: "L'ID dell'applicazione (client) \"{value}\" non è un GUID.",
      why: "ECE richiede l'ID dell'applicazione (client), che è un GUID. Un valore errato produce AADSTS700016 (applicazione non trovata).",
      fix: [
        "Nel portale di Azure, copia l'ID dell'applicazione (client) da Registrazioni app (App registrations) > app di ECE > Panoramica (Overview) e incollalo in ECE.",
      ],
    },
    "client-id-is-tenant-id": {
      title: "L'ID dell'applicazione (client) coincide con l'ID tenant.",
      why: "Sono entrambi GUID nella stessa pagina Panoramica (Overview) ed è facile scambiarli. Entra risponde con AADSTS700016.",
      fix: [
        "Copia nel campo dell'ID client di ECE l'ID dell'applicazione (client), non l'ID della directory (tenant).",
      ],
    },
    "secret-is-secret-id": {
      title: "Il segreto client sembra un ID segreto, non il valore del segreto.",
      why: "Azure mostra due colonne per un segreto client: Valore (Value) e ID segreto (Secret ID). L'ID segreto è un GUID; ECE richiede il Valore. Con l'ID, ogni richiesta di token non riesce con AADSTS7000215 (segreto client non valido).",
      fix: [
        "Nel portale di Azure, Registrazioni app (App registrations) > app di ECE > Certificati e segreti (Certificates & secrets): crea un nuovo segreto client e copiane subito il Valore (Value), che viene mostrato una sola volta.",
        "Incolla il Valore in ECE e genera di nuovo il token.",
      ],
    },
    "secret-not-given": {
      title: "Il segreto client non è stato verificato.",
      why: "Il segreto non è stato inserito, quindi questa procedura guidata non può stabilire se è stato incollato un ID segreto (Secret ID) al posto del Valore (Value). Il segreto non viene mai memorizzato.",
      fix: [
        "Per verificarlo, inserisci il segreto nel passaggio relativo al segreto client: resta solo in questa scheda del browser.",
      ],
    },
    "secret-expired": {
      title: "Il segreto client è scaduto il {expires}.",
      why: "ECE usa il segreto per riscattare e aggiornare i token. Una volta scaduto, l'aggiornamento non riesce con AADSTS7000222 e la posta si blocca circa un'ora dopo l'ultimo token.",
      fix: [
        "Nel portale di Azure, in Certificati e segreti (Certificates & secrets), crea un nuovo segreto client e copiane il Valore (Value).",
        "Inserisci il nuovo Valore in ECE, genera di nuovo il token e annota la nuova data di scadenza.",
      ],
    },
    "secret-expiring-soon": {
      title: "Il segreto client scade tra {days} giorni, il {expires}.",
      why: "Alla scadenza, gli aggiornamenti del token non riescono (AADSTS7000222) ed ECE smette di leggere e inviare la posta.",
      fix: [
        "Crea un nuovo segreto client prima del {expires}, inseriscine il Valore (Value) in ECE e genera di nuovo il token.",
      ],
    },
    "secret-expiry-unknown": {
      title: "La data di scadenza del segreto client non è nota.",
      why: "I segreti creati nel portale durano al massimo 24 mesi; un segreto scaduto blocca la posta circa un'ora dopo l'ultimo token.",
      fix: [
        "Nel portale di Azure, in Certificati e segreti (Certificates & secrets), leggi la colonna Scadenza (Expires) del segreto usato da ECE.",
      ],
    },
    "permission-retrieval-missing": {
      title: "All'app manca un'autorizzazione delegata: {permission}.",
      why: "ECE legge la posta con un token per {permission}. Senza questa autorizzazione Exchange risponde NO AUTHENTICATE failed. (IMAP) o -ERR Authentication failure (POP).",
      fix: [
        "Nel portale di Azure, Registrazioni app (App registrations) > app di ECE > Autorizzazioni API (API permissions) > Aggiungi un'autorizzazione (Add a permission) > Microsoft Graph > Autorizzazioni delegate (Delegated permissions): aggiungi {permission}.",
        "Concedi il consenso amministratore, quindi genera di nuovo il token in ECE.",
      ],
    },
    "permission-smtp-missing": {
      title: "All'app manca l'autorizzazione delegata SMTP.Send.",
      why: "Il Dispatcher invia con un token per SMTP.Send. Senza questa autorizzazione Exchange risponde 535 5.7.3 Authentication unsuccessful.",
      fix: [
        "In Autorizzazioni API (API permissions) aggiungi Microsoft Graph > Autorizzazioni delegate (Delegated permissions) > SMTP.Send, concedi il consenso amministratore e genera di nuovo il token.",
      ],
    },
    "permission-offline-missing": {
      title: "All'app manca offline_access.",
      why: "Senza offline_access Entra non rilascia alcun token di aggiornamento, quindi la posta funziona per circa un'ora dopo ogni generazione del token e poi si blocca.",
      fix: [
        "In Autorizzazioni API (API permissions) aggiungi Microsoft Graph > Autorizzazioni delegate (Delegated permissions) > offline_access, concedi il consenso e genera di nuovo il token.",
      ],
    },
    "consent-missing": {
      title: "Il consenso amministratore non è stato concesso.",
      why: "Se nel tenant gli utenti possono dare il consenso alle app, l'account della cassetta postale lo concede al primo accesso; altrimenti l'accesso si blocca con AADSTS65001 finché un amministratore non concede il consenso.",
      fix: [
        "Nel portale di Azure, in Autorizzazioni API (API permissions), fai clic su Concedi consenso amministratore (Grant admin consent) per l'organizzazione.",
      ],
    },
    "consent-unknown": {
      title: "Non è noto se il consenso sia stato concesso.",
      why: "Senza consenso, l'accesso si blocca con AADSTS65001. Questo controllo non può stabilirlo.",
      fix: [
        'Nel portale di Azure, in Autorizzazioni API (API permissions), la colonna Stato (Status) deve indicare "Concesso per" (Granted for) l\'organizzazione per ogni autorizzazione.',
      ],
    },
    "token-lifetime-unusual": {
      title:
        "La durata del token di accesso è di {minutes} minuti, fuori dall'intervallo predefinito di Microsoft ({min}–{max}).",
      why: "Un criterio di durata dei token modifica la frequenza con cui ECE deve aggiornare il token. L'elenco di controllo di Cisco TAC indica 60 minuti e il valore predefinito di Microsoft è casuale tra 60 e 90; con durate molto brevi i problemi di aggiornamento emergono prima e più spesso.",
      fix: [
        "Chiedi all'amministratore di Microsoft 365 se all'app o al tenant si applica un criterio di durata dei token e, se non è necessario, rimuovilo.",
      ],
    },
    "token-lifetime-unknown": {
      title: "La durata del token di accesso non è nota.",
      why: "Il valore predefinito è una durata casuale compresa tra 60 e 90 minuti. Senza il valore questo controllo non può stabilirlo.",
      fix: [
        "Decodifica un token (differenza tra le attestazioni exp e iat) oppure chiedi all'amministratore di Microsoft 365 se si applica un criterio di durata dei token.",
      ],
    },
    "full-access-missing": {
      title: "{delegate} non ha l'Accesso completo (Full Access) alle cassette postali.",
      why: "Con un unico account di accesso condiviso, il token appartiene a {delegate} e l'utente XOAUTH2 è ciascuna cassetta postale. Exchange lo accetta solo se {delegate} ha l'Accesso completo; in caso contrario IMAP risponde BAD User is authenticated but not connected.",
      fix: [
        "In Exchange Online PowerShell, per ogni cassetta postale: Add-MailboxPermission -Identity <mailbox> -User {delegate} -AccessRights FullAccess -AutoMapping $false",
        "L'applicazione delle modifiche alle autorizzazioni può richiedere tempo; se la posta continua a non funzionare, ripeti il test più tardi.",
      ],
    },
    "full-access-unknown": {
      title: "Non è noto se {delegate} abbia l'Accesso completo (Full Access) alle cassette postali.",
      why: "Il modello condiviso funziona solo con l'Accesso completo su ogni cassetta postale ({mailboxes}). Questo controllo non può stabilirlo.",
      fix: [
        "In Exchange Online PowerShell, Get-MailboxPermission -Identity <mailbox> -User {delegate} deve restituire FullAccess per ogni cassetta postale.",
      ],
    },
    "retrieval-protocol-disabled": {
      title: "{protocol} è disabilitato per la cassetta postale.",
      why: "Exchange verifica l'impostazione del protocollo della cassetta postale anche con OAuth. Con {protocol} disabilitato il token valido viene rifiutato: per IMAP, AUTHENTICATE riesce e il comando successivo non riesce con BAD User is authenticated but not connected.",
      fix: [
        "In Exchange Online PowerShell: Set-CASMailbox -Identity <mailbox> -{setting} $true (oppure, nell'interfaccia di amministrazione di Microsoft 365, Utenti attivi (Active users) > utente > Posta (Mail) > Gestisci app di posta elettronica (Manage email apps)).",
        "Attendi circa 30 minuti per la replica della modifica.",
      ],
    },
    "smtp-auth-disabled": {
      title: "SMTP autenticato è disabilitato.",
      why: "SMTP AUTH deve essere abilitato anche con OAuth; in caso contrario Exchange risponde 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled. È disattivato per impostazione predefinita nei tenant creati dal 2020 in poi.",
      fix: [
        "Per la cassetta postale: Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false (interfaccia di amministrazione: Gestisci app di posta elettronica (Manage email apps) > SMTP autenticato (Authenticated SMTP)).",
        "Oppure per il tenant: Set-TransportConfig -SmtpClientAuthenticationDisabled $false. L'impostazione della cassetta postale prevale su quella del tenant.",
      ],
    },
    "protocols-unknown": {
      title: "Non è noto se {protocol} e SMTP autenticato siano abilitati.",
      why: "Entrambi devono essere abilitati per ogni cassetta postale. Questo controllo non può stabilirlo.",
      fix: [
        "In Exchange Online PowerShell: Get-EXOCasMailbox -Identity {mailbox} -PropertySets All | Format-List ImapEnabled,PopEnabled,SmtpClientAuthenticationDisabled",
        "E per il tenant: Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled",
      ],
    },
    "licence-missing": {
      title: "La cassetta postale non ha una licenza Exchange Online.",
      why: "Senza una licenza Exchange Online l'accesso e i protocolli di posta non riescono con errori poco chiari.",
      fix: [
        "Nell'interfaccia di amministrazione di Microsoft 365, assegna all'utente della cassetta postale una licenza che includa Exchange Online (TAC raccomanda E3).",
      ],
    },
    "licence-plan-without-imap-pop": {
      title: "Il piano {plan} non include IMAP o POP.",
      why: "I piani frontline (F1, F3) non includono l'accesso POP e IMAP, necessario al Retriever di ECE.",
      fix: ["Assegna un piano che includa IMAP e POP, ad esempio E3 (raccomandato da TAC)."],
    },
    "licence-below-e3": {
      title: "Il piano {plan} non è tra quelli raccomandati da Cisco TAC (E3 o E5).",
      why: "Le tabelle dei piani Microsoft indicano che questo piano include IMAP e POP, quindi potrebbe funzionare, ma l'elenco di controllo di TAC richiede almeno E3.",
      fix: [
        "Se la posta continua a non funzionare dopo le altre correzioni, assegna E3 prima di aprire un caso con TAC.",
      ],
    },
    "licence-unknown": {
      title: "La licenza della cassetta postale non è nota.",
      why: "TAC raccomanda almeno E3; F1 e F3 non includono IMAP e POP. Questo controllo non può stabilirlo.",
      fix: [
        "Nell'interfaccia di amministrazione di Microsoft 365, in Utenti attivi (Active users) > utente > Licenze e app (Licenses and apps), verifica il piano assegnato.",
      ],
    },
    "licence-shared-none": {
      title: "Le cassette postali condivise non hanno licenza: va bene, ma il delegato {delegate} ne ha bisogno.",
      why: "Una cassetta postale condivisa non richiede licenza, a meno che superi 50 GB, abbia un archivio o sia in blocco (Microsoft 365: Rimuovere una licenza da una cassetta postale condivisa). Nel modello condiviso solo il delegato che accede per ottenere il token ha bisogno di una licenza che includa Exchange Online.",
      fix: [
        "Verifica che {delegate} abbia una licenza con Exchange Online (TAC consiglia E3): interfaccia di amministrazione di Microsoft 365 > Utenti attivi (Active users) > {delegate} > Licenze e app.",
        "Se una cassetta postale condivisa supera 50 GB, ha un archivio o è in blocco, assegnale Exchange Online Piano 2.",
      ],
    },
    "token-not-private-window": {
      title: "Il token è stato generato in una normale finestra del browser.",
      why: "Su una workstation aggiunta al dominio, Kerberos o l'SSO facile (Seamless SSO) fanno accedere l'utente connesso a Windows, non l'account della cassetta postale. ECE ottiene così un token della persona sbagliata, che Exchange rifiuta.",
      fix: [
        "Apri la console di ECE in una finestra privata (InPrivate o in incognito).",
        "Genera di nuovo il token e accedi come {expected}.",
      ],
    },
    "token-signed-in-as-other": {
      title: "Il token è stato generato come {signedInAs}, non come {expected}.",
      why: "Il token appartiene all'account che ha eseguito l'accesso. Exchange lo accetta solo per la cassetta postale di quell'account o per quelle su cui ha l'Accesso completo (Full Access): è così che il Single Sign-On compromette ECE senza segnalarlo.",
      fix: [
        "In una finestra privata, genera di nuovo il token e accedi come {expected}.",
        "Se si intende usare un account diverso (modello condiviso), scegli il modello condiviso in questa procedura guidata e assegna a quell'account l'Accesso completo.",
      ],
    },
    "token-generation-unknown": {
      title: "Non è noto come sia stato generato il token.",
      why: "Un token generato in una finestra normale su una workstation aggiunta al dominio appartiene spesso all'utente connesso a Windows. Questo controllo non può stabilirlo.",
      fix: ["Genera di nuovo il token in una finestra privata, accedendo come {expected}."],
    },
    "token-account-unknown": {
      title: "Non è noto quale account abbia eseguito l'accesso quando è stato generato il token.",
      why: "Il token appartiene a chi ha eseguito l'accesso; con il Single Sign-On (SSO) può essere l'utente di Windows invece di {expected}. Questo controllo non può stabilirlo senza l'account mostrato dalla pagina di accesso Microsoft.",
      fix: [
        "Genera di nuovo il token in una finestra privata e annota l'account mostrato dalla pagina di accesso Microsoft: deve essere {expected}.",
        "Oppure ottieni un token nel passaggio del token di questa procedura guidata: legge l'account dal token.",
      ],
    },
    "network-blocked": {
      title: "Il server {server} non riesce a raggiungere Microsoft.",
      why: "Il server dei servizi esegue il Retriever (IMAP 993 o POP3 995 verso {imap}) e il Dispatcher (SMTP 587 verso {smtp}); il server delle applicazioni genera il primo token e invia le e-mail di allarme ({login} sulla porta 443, {smtp} sulla porta 587). Il documento di Cisco TAC chiede che il server dei servizi e tutti i server delle applicazioni raggiungano almeno le porte 443, 587, 993 e 995, e che siano aperte tutte le porte della Guida all'installazione della release di ECE.",
      fix: [
        "Nel firewall e nel proxy, consenti gli host di posta Microsoft ({imap}, {smtp}; *.office365.com nel cloud globale) e {login} sulle porte TCP 443, 587, 993 e 995 dal server {server}.",
        "Quindi verifica da quel server: Test-NetConnection {imap} -Port 993 ; Test-NetConnection {smtp} -Port 587 ; Test-NetConnection {login} -Port 443",
      ],
    },
    "network-not-verified": {
      title: "I percorsi dal server {server} non sono stati verificati.",
      why: "Firewall e proxy tra ECE e Microsoft sono una causa frequente. Questo controllo non può stabilirlo.",
      fix: [
        "Sul server {server}, in PowerShell: Test-NetConnection {imap} -Port 993 ; Test-NetConnection {pop} -Port 995 ; Test-NetConnection {smtp} -Port 587 ; Test-NetConnection {login} -Port 443",
        "Oppure con OpenSSL: openssl s_client -connect {imap}:993 -servername {imap} e openssl s_client -connect {smtp}:587 -starttls smtp -servername {smtp}",
        'Microsoft Remote Connectivity Analyzer (testconnectivity.microsoft.com, test "Posta elettronica IMAP", "Posta elettronica POP" e "Posta elettronica SMTP in uscita") esegue i test dal lato Microsoft, non dai server locali.',
      ],
    },
    "tls-inspection": {
      title: "Un proxy potrebbe ispezionare il traffico TLS verso Microsoft.",
      why: "Un proxy con ispezione TLS sostituisce il certificato di Microsoft con il proprio; il runtime Java di ECE lo rifiuta se la CA del proxy non è considerata attendibile, e alcuni proxy interrompono STARTTLS sulla porta 587.",
      fix: [
        "Escludi {imap}, {smtp} e {login} dall'ispezione TLS.",
        "Verifica il certificato visto dal server dei servizi: openssl s_client -connect {imap}:993 -servername {imap} deve mostrare un certificato emesso da Microsoft.",
      ],
    },
    "dns-failed": {
      title: "{host} non viene risolto ({code}).",
      why: "Il server che esegue questa procedura guidata non ha ottenuto alcun indirizzo per {host}. Se il server dei servizi di ECE usa lo stesso DNS, neanche il Retriever e il Dispatcher riescono a connettersi.",
      fix: [
        "Sul server dei servizi di ECE, in PowerShell: Resolve-DnsName {host} (oppure nslookup {host}); deve restituire indirizzi pubblici.",
        "Se non riesce neanche lì, fai in modo che i server DNS di quel server risolvano i nomi Internet (server d'inoltro) e verifica che {host} sia l'host Microsoft del tuo cloud (outlook.office365.com e smtp.office365.com nel cloud globale).",
      ],
    },
    "port-refused": {
      title: "{host} ha rifiutato la connessione sulla porta {port}.",
      why: "La connessione è stata rifiutata attivamente (reset TCP, ECONNREFUSED). Gli host di posta Microsoft sono in ascolto sulle porte 993, 995 e 587, quindi la rifiuta un firewall o un proxy lungo il percorso, oppure la porta non è una di quelle usate da Microsoft.",
      fix: [
        "Sul server dei servizi di ECE: Test-NetConnection {host} -Port {port}; TcpTestSucceeded deve essere True.",
        "Nel firewall e nel proxy, consenti il traffico TCP in uscita sulla porta {port} verso {host} dal server dei servizi di ECE e verifica la porta: 993 per IMAP, 995 per POP3, 587 per SMTP.",
      ],
    },
    "port-timeout": {
      title: "{host} non ha risposto sulla porta {port} entro {seconds} secondi.",
      why: "L'assenza totale di risposta indica di solito un firewall che scarta i pacchetti senza segnalarlo. Il Retriever o il Dispatcher restano in attesa allo stesso modo e poi non riescono.",
      fix: [
        "Sul server dei servizi di ECE: Test-NetConnection {host} -Port {port}; TcpTestSucceeded deve essere True.",
        "Consenti il traffico TCP in uscita sulla porta {port} verso {host} dal server dei servizi di ECE in ogni firewall lungo il percorso, oppure instradalo attraverso il gateway che raggiunge Internet.",
      ],
    },
    "port-unreachable": {
      title: "Non esiste un percorso di rete verso {host} per la porta {port} ({code}).",
      why: "Il sistema operativo non ha trovato alcun percorso verso l'indirizzo di {host}, quindi non è stato inviato nulla. Le cause tipiche sono un gateway predefinito o una route mancanti, oppure un indirizzo IPv6 scelto su una rete senza instradamento IPv6.",
      fix: [
        "Sul server dei servizi di ECE: Test-NetConnection {host} -Port {port} -InformationLevel Detailed mostra l'indirizzo, l'interfaccia e l'indirizzo di origine usati.",
        "Correggi la route o il gateway verso Internet (o verso il proxy), oppure fai preferire IPv4 al server se è instradato solo IPv4.",
      ],
    },
    "address-refused": {
      title: "{host} si risolve in un indirizzo a cui questa procedura guidata non si collega mai ({address}).",
      why: "Gli endpoint di Microsoft non hanno mai un indirizzo non specificato, link-local, multicast, privato o di loopback, né un indirizzo di metadati cloud (169.254.169.254, 168.63.129.16, 100.100.100.200, fd00:ec2::254, in forma IPv4, IPv6 o NAT64). Una risposta DNS così indica un record DNS sbagliato o sovrascritto, un filtro DNS o un DNS split-horizon; seguirla potrebbe inviare la richiesta, con il segreto client o il token, a un servizio della rete locale, quindi a {host}:{port} non è stato inviato nulla.",
      fix: [
        "Sul server dei servizi di ECE, in PowerShell: Resolve-DnsName {host}; deve restituire gli indirizzi pubblici di Microsoft.",
        'Fai risolvere {host} dal DNS pubblico ai server DNS di quel server (togli override locali, sinkhole o server d\'inoltro condizionali per quel nome). Un profilo di laboratorio in ECE_DOCTOR_CLOUDS_FILE che deve raggiungere indirizzi privati indica "allowPrivateAddresses": true.',
      ],
    },
    "no-greeting": {
      title: "{host}:{port} ha accettato la connessione ma non ha inviato nulla per {seconds} secondi.",
      why: "Exchange Online invia subito il messaggio di benvenuto (IMAP: * OK The Microsoft Exchange IMAP4 service is ready.; SMTP: 220 … Microsoft ESMTP MAIL Service ready). Il silenzio indica che un proxy o un firewall ha accettato la connessione e la trattiene, oppure che la porta si aspetta prima TLS (993, 995) mentre il client attende un benvenuto in chiaro.",
      fix: [
        "Dal server dei servizi di ECE: openssl s_client -connect {host}:{port} -servername {host} per le porte 993 e 995, oppure aggiungi -starttls smtp per la 587; deve seguire un messaggio di benvenuto di Microsoft.",
        "Se non arriva nulla, fai escludere per i server ECE la regola del firewall, del proxy o dell'IPS che intercetta la porta {port} verso {host}.",
      ],
    },
    "connection-dropped": {
      title: "La connessione a {host}:{port} è stata interrotta o alterata durante la fase {phase}.",
      why: "La connessione si è chiusa, oppure sono arrivati dati che non sono IMAP, POP o SMTP, a metà dello scambio. È il comportamento tipico di un proxy, un IPS o un firewall che ispeziona i protocolli di posta; i dispositivi che limitano la lunghezza delle righe possono anche troncare la riga AUTH, che contiene un token di diverse migliaia di caratteri.",
      fix: [
        "Ripeti il test dal server dei servizi di ECE: openssl s_client -connect {host}:{port} -servername {host} (aggiungi -starttls smtp per la 587), e confrontalo con un test eseguito dall'esterno della rete.",
        "Escludi {host} sulla porta {port} dall'ispezione dei protocolli, dall'IPS e dall'ispezione TLS per i server ECE.",
      ],
    },
    "connection-failed": {
      title: "Il client di posta non è riuscito a connettersi al server: {reply}",
      why: "Il testo dice che la connessione non è riuscita ma non perché (non contiene un errore di connessione rifiutata, scaduta, rete irraggiungibile o risoluzione del nome), quindi è certa solo la famiglia: l'host, la porta, un firewall o un proxy tra ECE ed Exchange Online.",
      fix: [
        "Esegui le verifiche in tempo reale dal server dei servizi di ECE: risolvono, contattano e negoziano TLS con ogni host e porta di Exchange Online e indicano il passo che non riesce.",
        "Oppure prova a mano dallo stesso server: openssl s_client -connect outlook.office365.com:993 (IMAP), :995 (POP3), oppure smtp.office365.com:587 -starttls smtp (SMTP).",
        'Incolla le righe che seguono questa (la parte "Caused by" o "nested exception"): di solito dicono perché la connessione non è riuscita.',
      ],
    },
    "tls-untrusted": {
      title: "Il certificato di {host}:{port} è stato emesso da {issuer}, che non è considerato attendibile.",
      why: "Exchange Online presenta un certificato di un'autorità di certificazione pubblica. Un emittente non attendibile indica quasi sempre che un proxy con ispezione TLS lo ha sostituito; anche il runtime Java di ECE lo rifiuta se la CA del proxy non è nel suo archivio attendibile, e il Retriever o il Dispatcher non riescono a connettersi.",
      fix: [
        "Escludi {host} e gli altri host di posta e di accesso Microsoft dall'ispezione TLS sul proxy o sul firewall.",
        "Se l'ispezione deve restare attiva, importa la CA radice del proxy nell'archivio attendibile del runtime Java usato da ECE, quindi riavvia i servizi di ECE.",
        "Verifica dal server dei servizi di ECE: openssl s_client -connect {host}:{port} -servername {host} (aggiungi -starttls smtp per la 587); l'emittente non deve essere il proxy.",
      ],
    },
    "tls-name-mismatch": {
      title: "Il certificato di {host}:{port} non è valido per {host}; copre {names}.",
      why: "Un certificato per altri nomi indica che la connessione ha raggiunto un altro server: un proxy con ispezione TLS, una voce DNS o del file hosts che punta {host} altrove, oppure un nome host errato. ECE potrebbe rifiutare il certificato; se non lo fa, la posta va a un server che non è di Microsoft.",
      fix: [
        "Sul server dei servizi di ECE: Resolve-DnsName {host} deve restituire indirizzi pubblici di Microsoft; rimuovi qualsiasi voce per {host} in C:\\Windows\\System32\\drivers\\etc\\hosts o nel DNS interno.",
        "Se un proxy intercetta TLS, escludi {host} dall'ispezione; in ECE usa il nome host Microsoft del tuo cloud, non un indirizzo IP.",
      ],
    },
    "tls-expired": {
      title: "Il certificato di {host}:{port} è scaduto il {validTo}.",
      why: "Microsoft rinnova i propri certificati prima della scadenza, quindi un certificato scaduto proviene di solito da un proxy che intercetta TLS, oppure l'orologio del server che esegue il test è errato. ECE rifiuta un certificato scaduto e non riesce a connettersi.",
      fix: [
        "Verifica la data e l'ora sul server dei servizi di ECE e sul server che esegue questa procedura guidata.",
        "Verifica il certificato dal server dei servizi di ECE: openssl s_client -connect {host}:{port} -servername {host} (aggiungi -starttls smtp per la 587); se non è di Microsoft, escludi {host} dall'ispezione TLS o rinnova il certificato del proxy.",
      ],
    },
    "tls-too-old": {
      title: "La connessione a {host}:{port} ha usato un protocollo precedente a TLS 1.2 ({protocol}).",
      why: "Lo strumento di diagnostica SMTP di Microsoft (SmtpClientDiag) segnala TLS 1.0 e 1.1 e, quando Exchange risponde 421 ad AUTH, richiede almeno TLS 1.2; Exchange Online può rifiutare le versioni precedenti. La causa abituale è un proxy, oppure un'impostazione del sistema operativo o di Java che le negozia ancora.",
      fix: [
        "Abilita TLS 1.2 lungo tutto il percorso: su ogni proxy o firewall che termina TLS, e nel sistema operativo e nel runtime Java dei server ECE.",
        "Verifica dal server dei servizi di ECE: openssl s_client -connect {host}:{port} -servername {host} -tls1_2 (aggiungi -starttls smtp per la 587) deve connettersi.",
      ],
    },
    "tls-mode-mismatch": {
      title: "{host}:{port} è stato usato con la modalità TLS sbagliata.",
      why: "Exchange Online usa TLS implicito sulle porte 993 (IMAP) e 995 (POP3): TLS inizia subito. Sulla porta 587 (SMTP) la sessione inizia in chiaro e passa a TLS con STARTTLS; la connessione alla 587 con TLS implicito (SSL) non riesce, e inviare AUTH prima di STARTTLS produce 504 5.7.4 Unrecognized authentication type. Entrambi dipendono dall'impostazione di sicurezza del server dell'alias in ECE.",
      fix: [
        "In ECE, apri le impostazioni del server dell'alias: in entrata porta 993 (IMAP) o 995 (POP3) con SSL/TLS; in uscita porta 587 con STARTTLS, non SSL.",
        "Test: openssl s_client -connect {host}:{port} -servername {host} per le porte 993 e 995; openssl s_client -connect {host}:{port} -starttls smtp -servername {host} per la 587.",
      ],
    },
    "tls-handshake-failed": {
      title: "La negoziazione TLS con il server di posta non è riuscita: {reply}",
      why: "Il testo mostra una negoziazione TLS fallita senza il dettaglio che indica la causa (un certificato non attendibile o sostituito, un nome che non corrisponde, una versione TLS vecchia, una cifratura rifiutata dall'altra parte). Un apparato che ispeziona il TLS tra ECE ed Exchange Online è una causa frequente.",
      fix: [
        "Esegui le verifiche in tempo reale dal server dei servizi di ECE: la verifica TLS indica l'emittente del certificato, la versione del protocollo e l'errore.",
        "Oppure esegui openssl s_client -connect outlook.office365.com:993 -servername outlook.office365.com da quel server e confronta l'emittente con una prova fatta dall'esterno della tua rete.",
        "Incolla l'intero stack trace Java, con ogni riga \"Caused by\", o l'output di javax.net.debug=ssl:handshake: indica l'alert.",
      ],
    },
    "starttls-missing": {
      title: "{host}:{port} non ha offerto STARTTLS.",
      why: "Exchange Online elenca 250-STARTTLS nella prima risposta a EHLO e offre AUTH LOGIN XOAUTH2 solo dopo STARTTLS. Senza STARTTLS il Dispatcher non può autenticarsi: un firewall o un proxy lo rimuove, oppure il server non è di Microsoft.",
      fix: [
        "Dal server dei servizi di ECE: openssl s_client -connect {host}:{port} -starttls smtp -servername {host} deve connettersi e mostrare un certificato per {host}.",
        "Disattiva per {host}:{port} l'ispezione SMTP che rimuove STARTTLS (ad esempio l'ispezione ESMTP del firewall) e verifica che {host} sia l'host SMTP Microsoft del tuo cloud.",
      ],
    },
    "imap-auth-failed": {
      title: "IMAP ha rifiutato il token per {mailbox}: {reply}",
      why: "NO AUTHENTICATE failed. non indica alcun motivo. Destinatario, utente, ambito, tenant e scadenza del token sembrano corretti, quindi la causa riguarda probabilmente l'account: nessuna licenza Exchange Online, un token solo app la cui entità servizio non è registrata in Exchange, oppure un token che potrebbe non essere più valido dopo un cambio di password, una revoca o un blocco dell'accesso.",
      fix: [
        "Licenza: nell'interfaccia di amministrazione di Microsoft 365, Utenti attivi (Active users) > utente > Licenze e app (Licenses and apps) deve mostrare un piano che include Exchange Online.",
        "Account: nella stessa pagina l'accesso non deve essere bloccato; dopo la reimpostazione della password o la revoca delle sessioni, genera di nuovo il token in ECE.",
        "Token solo app: in Exchange Online PowerShell, Get-ServicePrincipal | Format-List deve elencare l'app; in caso contrario, New-ServicePrincipal -AppId <APPLICATION_ID> -ObjectId <OBJECT_ID> (l'ID oggetto dell'applicazione aziendale), quindi Add-MailboxPermission -Identity {mailbox} -User <SERVICE_PRINCIPAL_ID> -AccessRights FullAccess",
      ],
    },
    "imap-disabled-or-no-access": {
      title: "IMAP ha accettato il token per {mailbox} ma ha rifiutato di aprire la cassetta postale.",
      why: "Exchange ha accettato l'accesso (“OK AUTHENTICATE completed.”) ma poi ha risposto “BAD User is authenticated but not connected.”. Succede quando IMAP è disabilitato per {mailbox}, oppure quando l'utente del token, {user}, non ha l'Accesso completo (Full Access) a {mailbox}.",
      fix: [
        "In Exchange Online PowerShell: Get-EXOCasMailbox -Identity {mailbox} -PropertySets All | Format-List ImapEnabled; se è False, esegui Set-CASMailbox -Identity {mailbox} -ImapEnabled $true e attendi circa 30 minuti per la replica della modifica.",
        "Se {user} non è {mailbox}: Add-MailboxPermission -Identity {mailbox} -User {user} -AccessRights FullAccess -AutoMapping $false, oppure genera di nuovo il token in una finestra privata accedendo come {mailbox}.",
      ],
    },
    "imap-session-closed": {
      title: "Exchange Online ha chiuso la sessione di posta: {reply}",
      why: "La cartella o la connessione è stata chiusa dal server dopo l'accesso, e il testo non dice perché. Exchange chiude le sessioni quando il token scade durante una sessione lunga, quando sono aperte troppe connessioni per la cassetta postale, dopo una lunga inattività, o quando l'accesso IMAP o POP è disattivato per la cassetta postale.",
      fix: [
        "Se succede ogni tanto e il controllo successivo riesce, è innocuo: ECE si riconnette.",
        "Se succede a ogni controllo, esegui le verifiche in tempo reale per questa cassetta postale e controlla che IMAP (o POP) sia attivo: Get-CASMailbox -Identity <mailbox> | Format-List ImapEnabled,PopEnabled",
        "Incolla l'ultima risposta del server prima dell'eccezione (una riga BYE o BAD) se il log la contiene.",
      ],
    },
    "pop-auth-failed": {
      title: "POP3 ha rifiutato il token per {mailbox}: {reply}",
      why: "-ERR Authentication failure: unknown user name or bad password. non indica alcun motivo. Le attestazioni del token sembrano corrette, quindi POP potrebbe essere disabilitato per la cassetta postale (Microsoft non documenta la risposta in questo caso), la cassetta postale potrebbe non avere una licenza Exchange Online, oppure l'account che ha eseguito l'accesso potrebbe non avere l'Accesso completo (Full Access) a {mailbox}.",
      fix: [
        "In Exchange Online PowerShell: Get-EXOCasMailbox -Identity {mailbox} -PropertySets All | Format-List PopEnabled; se è False, esegui Set-CASMailbox -Identity {mailbox} -PopEnabled $true e attendi circa 30 minuti.",
        "Licenza: nell'interfaccia di amministrazione di Microsoft 365, Utenti attivi (Active users) > utente > Licenze e app (Licenses and apps) deve mostrare un piano con Exchange Online e POP (non F1 o F3).",
        "Modello condiviso: Get-MailboxPermission -Identity {mailbox} -User <account che ha generato il token> deve restituire FullAccess.",
      ],
    },
    "pop-one-line-auth": {
      title: "Il client ha inviato AUTH XOAUTH2 con il token sulla stessa riga.",
      why: "Exchange Online richiede XOAUTH2 per POP3 su due righe: AUTH XOAUTH2, poi il + del server, poi la stringa base64. Se inviato su una sola riga, l'accesso non riesce anche con un token valido.",
      fix: [
        "Se è il Retriever di ECE a inviare AUTH in questo modo, installa l'engineering special più recente per la release di ECE e cerca nel readme correzioni OAuth per POP3; se il problema persiste, apri un caso con Cisco TAC allegando il log del Retriever.",
        "Nel frattempo, IMAP accetta il token sulla stessa riga: passa l'alias a IMAP sulla porta 993, aggiungi l'autorizzazione delegata IMAP.AccessAsUser.All e genera di nuovo il token.",
      ],
    },
    "smtp-auth-disabled-tenant": {
      title: "SMTP AUTH è disabilitato per il tenant e {mailbox} non ha un'impostazione propria.",
      why: "Exchange ha risposto 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. L'impostazione del tenant si applica a ogni cassetta postale lasciata a $null e blocca anche OAuth, non solo le password.",
      fix: [
        "Solo per questa cassetta postale (l'impostazione della cassetta postale prevale su quella del tenant): Set-CASMailbox -Identity {mailbox} -SmtpClientAuthenticationDisabled $false",
        "Oppure per l'intero tenant: Set-TransportConfig -SmtpClientAuthenticationDisabled $false",
      ],
    },
    "smtp-auth-disabled-mailbox": {
      title: "SMTP AUTH è disabilitato per {mailbox}.",
      why: "Exchange ha risposto 535 5.7.139 indicando che SmtpClientAuthentication is disabled for the Mailbox. L'impostazione della cassetta postale prevale su quella del tenant e blocca anche OAuth, non solo le password.",
      fix: [
        "In Exchange Online PowerShell: Set-CASMailbox -Identity {mailbox} -SmtpClientAuthenticationDisabled $false (oppure, nell'interfaccia di amministrazione di Microsoft 365, Utenti attivi (Active users) > utente > Posta (Mail) > Gestisci app di posta elettronica (Manage email apps) > SMTP autenticato (Authenticated SMTP)).",
        "Verifica: Get-EXOCasMailbox -Identity {mailbox} -PropertySets All | Format-List SmtpClientAuthenticationDisabled deve restituire False.",
      ],
    },
    "smtp-auth-failed": {
      title: "SMTP ha rifiutato il token per {mailbox}: {reply}",
      why: "535 5.7.3 Authentication unsuccessful non indica alcun motivo. Destinatario, utente, ambito, tenant e scadenza del token sembrano corretti, quindi la causa riguarda probabilmente l'account: nessuna licenza Exchange Online, un token solo app senza entità servizio Exchange o senza autorizzazione sulla cassetta postale, oppure un token che potrebbe non essere più valido dopo un cambio di password, una revoca o un blocco dell'accesso.",
      fix: [
        "Licenza: nell'interfaccia di amministrazione di Microsoft 365, Utenti attivi (Active users) > utente > Licenze e app (Licenses and apps) deve mostrare un piano che include Exchange Online.",
        "Account: nella stessa pagina l'accesso non deve essere bloccato; dopo la reimpostazione della password o la revoca delle sessioni, genera di nuovo il token in ECE.",
        "Token solo app: in Exchange Online PowerShell, Get-ServicePrincipal | Format-List deve elencare l'app; in caso contrario, New-ServicePrincipal -AppId <APPLICATION_ID> -ObjectId <OBJECT_ID> (l'ID oggetto dell'applicazione aziendale), quindi Add-MailboxPermission -Identity {mailbox} -User <SERVICE_PRINCIPAL_ID> -AccessRights FullAccess",
      ],
    },
    "basic-auth-used": {
      title: "È stata usata l'autenticazione con password (di base), non OAuth: {reply}",
      why: "Exchange Online ha smesso di accettare le password per IMAP e POP il 31 dicembre 2022. Per SMTP AUTH l'autenticazione di base funziona come prima fino alla fine di dicembre 2026; poi è disattivata per impostazione predefinita nei tenant esistenti (un amministratore può riattivarla) e non disponibile per impostazione predefinita nei tenant creati dopo dicembre 2026, e la data di rimozione definitiva sarà annunciata nella seconda metà del 2027 (Exchange Team, 27 gennaio 2026, MC786329; verificato il 2 dicembre 2026). Dove è disattivata, Exchange risponde 550 5.7.30 Basic authentication is not supported for Client Submission., oppure SMTP risponde 535 5.7.139 Authentication unsuccessful, basic authentication is disabled. L'alias accede ancora con nome utente e password.",
      fix: [
        "In ECE, imposta l'autenticazione dell'alias su OAuth 2.0; è necessario l'engineering special che aggiunge OAuth alla release in uso (vedi il controllo della versione di ECE).",
        "Inserisci in ECE l'ID tenant, l'ID client e il Valore (Value) del segreto dell'app, e genera il token in una finestra privata accedendo con l'account della cassetta postale.",
      ],
    },
    "mail-auth-failed": {
      title: "Il server di posta ha rifiutato l'accesso: {reply}",
      why: "Il testo mostra un errore di autenticazione ma non la risposta del server né il protocollo, quindi è certa solo la famiglia: il token (destinatario, ambiti, utente, scadenza), le impostazioni di protocollo della cassetta postale, la licenza o l'account. Tirare a indovinare una di queste cause porterebbe alla correzione sbagliata.",
      fix: [
        "Esegui le verifiche in tempo reale con un token di accesso dell'account che ECE usa, con gli ambiti IMAP o POP e SMTP: accedono via IMAP o POP3 e SMTP e indicano la causa.",
        "Incolla il token (viene decodificato e rimosso prima di mostrare qualsiasi cosa) o le attestazioni mostrate nel passo del token: destinatario, ambiti, utente e scadenza spiegano la maggior parte dei rifiuti.",
        'Incolla la risposta del server (la riga con NO, BAD, -ERR o 535) o l\'intero stack trace con le righe "Caused by".',
      ],
    },
    "send-as-denied": {
      title: "Exchange Online ha rifiutato l'invio a nome di questo indirizzo: {reply}",
      why: "L'indirizzo mittente (From) del messaggio non è la cassetta postale che ha effettuato l'accesso, e questa non ha il diritto Send As su di esso (554 5.2.252 SendAsDenied o 550 5.7.60). L'accesso è riuscito; il problema è l'indirizzo di invio.",
      fix: [
        "In ECE, fai coincidere l'indirizzo di invio dell'alias con la cassetta postale di cui usa il token.",
        "Oppure concedi il diritto: Add-RecipientPermission -Identity <indirizzo From> -Trustee <cassetta postale che accede> -AccessRights SendAs (per un token solo app il trustee è l'entità servizio dell'app).",
      ],
    },
    "mailbox-logon-failed": {
      title: "Exchange Online non è riuscito ad aprire la cassetta postale per inviare il messaggio: {reply}",
      why: "L'accesso SMTP è stato accettato ma Exchange non è riuscito ad accedere alla cassetta postale (STOREDRV mailbox logon failure): l'account non ha una cassetta postale o una licenza Exchange Online, oppure l'entità servizio di un token solo app non ha autorizzazioni su quella cassetta postale.",
      fix: [
        "Controlla che la cassetta postale esista e abbia una licenza: nell'interfaccia di amministrazione di Microsoft 365, Utenti attivi > l'utente > Licenze e app.",
        "Per un token solo app: Add-MailboxPermission -Identity <mailbox> -User <SERVICE_PRINCIPAL_ID> -AccessRights FullAccess",
      ],
    },
    "exchange-throttled": {
      title: "Exchange Online sta limitando questo client: {reply}",
      why: "La risposta è un limite di throttling o di concorrenza (troppe connessioni o sessioni per la cassetta postale, un limite di frequenza di invio o di messaggi). È temporaneo (4xx) o una quota (5.2.x), non un problema di accesso: le impostazioni di ECE, il token e l'app non ne sono la causa.",
      fix: [
        "Riduci il numero di servizi o istanze di ECE che controllano la stessa cassetta postale e chiudi gli altri client che tengono aperte sessioni IMAP o POP su di essa.",
        "Per un limite di invio, controlla i limiti di Exchange Online per la cassetta postale (destinatari e messaggi al giorno) nella traccia dei messaggi e attendi che la quota si azzeri.",
      ],
    },
    "smtp-rejected": {
      title: "Il server di posta ha rifiutato il messaggio o il comando: {reply}",
      why: "La risposta è un rifiuto con un codice di stato per cui questo strumento non ha una causa specifica, quindi è certa solo la famiglia: il server ha rifiutato qualcosa in questa conversazione SMTP. Il codice di stato esteso (x.y.z) dice cosa.",
      fix: [
        'Cerca il codice di stato nell\'elenco Microsoft dei codici dei rapporti di mancato recapito di Exchange Online (cerca "Exchange Online NDR" e il codice).',
        "Incolla l'intera conversazione SMTP o il messaggio di mancato recapito: le righe prima del rifiuto spesso mostrano l'accesso o l'indirizzo a cui si riferisce.",
      ],
    },
    "xoauth2-malformed": {
      title: "La stringa XOAUTH2 non è valida: {problems}.",
      why: "Exchange si aspetta la codifica base64 di user=<mailbox>^Aauth=Bearer <token>^A^A, dove ^A è il byte 0x01. Uno spazio dopo user=, il testo \\x01 al posto del byte o un Bearer mancante portano Exchange a rifiutarla con le stesse risposte generiche di un token non valido.",
      fix: [
        "Se hai costruito la stringa per un test, ricostruiscila: l'indirizzo della cassetta postale subito dopo user= senza spazi, e il byte 0x01 come separatore, non i caratteri ^A o \\x01.",
        "Se proviene da un log di ECE, installa l'engineering special più recente per la release in uso e apri un caso con Cisco TAC allegando il log (dopo aver rimosso il token).",
      ],
    },
    "tenant-not-found": {
      title: "Entra non riconosce il tenant {tenant} nel cloud {cloud}.",
      why: "Entra ha risposto AADSTS90002: Tenant '{tenant}' not found. L'ID o il dominio del tenant contiene un errore di battitura, oppure il tenant si trova in un altro cloud Microsoft (ad esempio un tenant GCC High interrogato su login.microsoftonline.com).",
      fix: [
        "Nel portale di Azure, copia l'ID della directory (tenant) da Registrazioni app (App registrations) > app di ECE > Panoramica (Overview) e confrontalo con il valore inserito in ECE e in questa procedura guidata.",
        "Se il tenant si trova in un cloud governativo o in Cina, scegli quel cloud in questa procedura guidata e, se la release di ECE lo prevede, nell'impostazione Endpoint dell'account di posta.",
      ],
    },
    "tenant-wrong-cloud": {
      title: "Il tenant {tenant} appartiene al cloud {expectedCloud}, non a {cloud}.",
      why: "Entra lo reindirizza a un altro cloud nazionale (AADSTS90038 NationalCloudTenantRedirection), oppure l'emittente del tenant si trova sull'host di accesso di un altro cloud. Gli host di accesso, dei token e della posta cambiano da un cloud all'altro, quindi le richieste agli endpoint di {cloud} non riescono.",
      fix: [
        "In questa procedura guidata, scegli il cloud {expectedCloud} ed esegui di nuovo i controlli.",
        "In ECE, usa gli host del cloud {expectedCloud} per IMAP, POP e SMTP e, se la release lo prevede, seleziona quel cloud nell'impostazione Endpoint dell'account di posta; l'app deve essere registrata nello stesso cloud.",
      ],
    },
    "federated-domain": {
      title: "{domain} esegue l'accesso tramite un server federativo ({authUrl}).",
      why: "Entra affida l'accesso per {domain} a un server federativo come AD FS. Questi server spesso ignorano l'account scelto e il prompt, e fanno accedere chi ha già eseguito l'accesso sulla workstation, quindi ECE può ritrovarsi con il token della persona sbagliata.",
      fix: [
        "Genera il token in ECE da una finestra privata (InPrivate o in incognito), su una workstation in cui Windows non sia connesso con un altro utente del dominio.",
        "Nella pagina del server federativo, accedi esplicitamente con l'account della cassetta postale (o del delegato), quindi verifica il nuovo token con questa procedura guidata.",
      ],
    },
    "domain-not-in-entra": {
      title: "{domain} non è un dominio verificato di alcun tenant in questo cloud.",
      why: "La ricerca dell'area di autenticazione di Entra (getuserrealm.srf) risponde NameSpaceType Unknown per {domain}. Nessun account può accedere con un indirizzo in {domain}: l'indirizzo contiene un errore di battitura, il dominio non è verificato nel tenant, oppure il tenant si trova in un altro cloud Microsoft.",
      fix: [
        "Controlla l'ortografia dell'indirizzo della cassetta postale.",
        "Nell'interfaccia di amministrazione di Microsoft 365, Impostazioni (Settings) > Domini (Domains): {domain} deve essere elencato e verificato; altrimenti usa l'indirizzo della cassetta postale in un dominio verificato (ad esempio quello onmicrosoft.com), oppure scegli il cloud del tenant in questa procedura guidata.",
      ],
    },
    "app-not-found": {
      title: "Entra non ha trovato l'applicazione {clientId} nel tenant {tenant}.",
      why: "Entra ha risposto AADSTS700016: l'applicazione {clientId} non è stata trovata nella directory. L'ID client contiene un errore di battitura o è stato scambiato con un altro ID, oppure l'app è registrata in un altro tenant o cloud.",
      fix: [
        "Nel portale di Azure, Registrazioni app (App registrations) > Tutte le applicazioni (All applications): apri l'app usata da ECE e copia in ECE l'ID dell'applicazione (client) dalla Panoramica (Overview).",
        "Verifica che l'ID della directory (tenant) nella stessa pagina sia {tenant}; in caso contrario, registra l'app nel tenant della cassetta postale oppure usa l'ID di quel tenant.",
      ],
    },
    "secret-invalid": {
      title: "Entra ha rifiutato il segreto client dell'app {clientId}.",
      why: "Entra ha risposto AADSTS7000215: Invalid client secret provided. Il valore inserito non ha il formato di un ID segreto, quindi probabilmente contiene un errore di battitura, è stato troncato durante la copia, oppure appartiene a un'altra app o a un segreto precedente.",
      fix: [
        "Nel portale di Azure, Registrazioni app (App registrations) > app di ECE > Certificati e segreti (Certificates & secrets): crea un nuovo segreto client e copiane subito il Valore (Value), che viene mostrato una sola volta.",
        "Incolla il Valore in ECE e in questa procedura guidata, quindi genera di nuovo il token.",
      ],
    },
    "public-client-flows-disabled": {
      title:
        "L'app non consente i flussi client pubblici, necessari per l'accesso con codice dispositivo di questa procedura guidata.",
      why: "Entra ha risposto AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'. L'accesso con codice dispositivo non invia alcun segreto e l'impostazione Consenti flussi client pubblici (Allow public client flows) dell'app è No. ECE accede con il segreto e non ne ha bisogno.",
      fix: [
        "Nel portale di Azure, Registrazioni app (App registrations) > app di ECE > Autenticazione (Authentication) > Impostazioni avanzate (Advanced settings): imposta Consenti flussi client pubblici (Allow public client flows) su Sì e salva.",
        "Al termine del test, reimposta l'opzione su No.",
      ],
    },
    "public-client-secret-sent": {
      title: "È stato inviato un segreto client per un'app che Entra considera un client pubblico.",
      why: "Entra ha risposto AADSTS700025: Client is public so neither 'client_assertion' nor 'client_secret' should be presented. Di solito significa che l'URI di reindirizzamento è registrato in Applicazioni per dispositivi mobili e desktop (Mobile and desktop applications) anziché in Web.",
      fix: [
        "Nel portale di Azure, Registrazioni app (App registrations) > app di ECE > Autenticazione (Authentication): registra l'URI di reindirizzamento di ECE sotto Web, non sotto Applicazioni per dispositivi mobili e desktop (Mobile and desktop applications).",
        "Quindi genera di nuovo il token in ECE.",
      ],
    },
    "scope-invalid": {
      title: "Entra ha rifiutato l'ambito {scope}.",
      why: "Entra ha risposto AADSTS70011 (ambito non valido) o AADSTS1002012 (i flussi con credenziali client richiedono un ambito che termina con /.default). I token delegati richiedono gli ambiti Outlook completi; i token solo app richiedono la risorsa seguita da /.default.",
      fix: [
        "Delegato: richiedi https://outlook.office.com/IMAP.AccessAsUser.All o https://outlook.office.com/POP.AccessAsUser.All, https://outlook.office.com/SMTP.Send e offline_access.",
        "Credenziali client: richiedi https://outlook.office365.com/.default (la risorsa Outlook del tuo cloud) al posto degli ambiti con nome.",
      ],
    },
    "permission-not-configured": {
      title: "L'autorizzazione Exchange richiesta non è presente nelle autorizzazioni API dell'app.",
      why: "Entra ha risposto AADSTS650056 o AADSTS65005 (applicazione configurata in modo errato): l'app ha richiesto un'autorizzazione che non è elencata nelle sue autorizzazioni API, quindi non è possibile concedere il consenso.",
      fix: [
        "Nel portale di Azure, Registrazioni app (App registrations) > app di ECE > Autorizzazioni API (API permissions) > Aggiungi un'autorizzazione (Add a permission) > Microsoft Graph > Autorizzazioni delegate (Delegated permissions): aggiungi IMAP.AccessAsUser.All o POP.AccessAsUser.All, SMTP.Send e offline_access (per i token solo app: API usate dall'organizzazione (APIs my organization uses) > Office 365 Exchange Online > Autorizzazioni applicazione (Application permissions)).",
        "Concedi il consenso amministratore, quindi genera di nuovo il token in ECE.",
      ],
    },
    "exchange-not-provisioned": {
      title: "Exchange Online non è disponibile nel tenant.",
      why: "Entra ha risposto AADSTS500011 (l'entità risorsa non è stata trovata nel tenant) o AADSTS650052 (l'organizzazione non ha sottoscritto o abilitato il servizio): il tenant non ha un abbonamento a Exchange Online, oppure la richiesta è andata a un cloud diverso da quello del tenant.",
      fix: [
        "Nell'interfaccia di amministrazione di Microsoft 365, Fatturazione (Billing) > Prodotti (Your products): in questo tenant deve essere attivo un abbonamento che include Exchange Online.",
        "Verifica che il cloud scelto in questa procedura guidata e in ECE sia quello del tenant e che l'ambito usi la risorsa Outlook di quel cloud.",
      ],
    },
    "app-not-multitenant": {
      title: "L'app a tenant singolo è stata chiamata tramite un endpoint condiviso.",
      why: "Entra ha risposto AADSTS50194: l'applicazione non è configurata come multi-tenant, quindi l'endpoint /common non è supportato. Un'app a tenant singolo deve essere chiamata con il tenant nell'indirizzo di accesso.",
      fix: [
        "Inserisci l'ID della directory (tenant) in ECE e in questa procedura guidata, in modo che l'accesso avvenga su https://login.microsoftonline.com/<tenant ID> (o sull'host di accesso del tuo cloud) anziché su /common.",
      ],
    },
    "authority-not-supported": {
      title: "L'accesso ha usato /common o /consumers, che questa app non supporta.",
      why: "Entra ha risposto AADSTS90124, AADSTS90130 o AADSTS9001023: l'endpoint /common o /consumers non è supportato per questa applicazione. Le cassette postali aziendali devono accedere tramite il proprio tenant.",
      fix: [
        "In ECE, inserisci nel campo del tenant l'ID della directory (tenant), non common o consumers, in modo che l'accesso avvenga su https://login.microsoftonline.com/<tenant ID>.",
      ],
    },
    "user-not-assigned": {
      title: "{user} non è assegnato all'app.",
      why: "Entra ha risposto AADSTS50105: l'utente che ha eseguito l'accesso non è assegnato a un ruolo dell'app. L'applicazione aziendale dell'app richiede l'assegnazione e {user} non è tra i suoi utenti.",
      fix: [
        "Nel portale di Azure, Applicazioni aziendali (Enterprise applications) > app > Utenti e gruppi (Users and groups) > Aggiungi utente/gruppo (Add user/group): aggiungi {user}.",
        "Oppure, in Proprietà (Properties) della stessa applicazione aziendale, imposta Assegnazione obbligatoria? (Assignment required?) su No.",
      ],
    },
    "blocked-by-conditional-access": {
      title: "Un criterio di accesso condizionale blocca l'accesso di {user}.",
      why: "Entra ha risposto AADSTS53003: l'accesso è stato bloccato dai criteri di accesso condizionale. Un criterio (ad esempio su posizione, dispositivo o app client) impedisce il rilascio del token e potrebbe bloccare anche i successivi aggiornamenti di ECE.",
      fix: [
        "Nei log di accesso (Sign-in logs) di Microsoft Entra, apri l'accesso non riuscito di {user} e leggi la scheda Accesso condizionale (Conditional Access) per individuare il criterio.",
        "Escludi {user} o l'app da quel criterio, oppure modificane le condizioni per consentire i server ECE (ad esempio con i loro indirizzi IP pubblici come posizione denominata).",
      ],
    },
    "blocked-by-security-defaults": {
      title: "Le impostazioni predefinite di sicurezza bloccano l'accesso.",
      why: "Entra ha risposto AADSTS530035: l'accesso è stato bloccato dalle impostazioni predefinite di sicurezza (security defaults), perché la richiesta usava l'autenticazione legacy o è stata ritenuta non sicura.",
      fix: [
        "Verifica che ECE usi OAuth e non una password, e che l'account della cassetta postale abbia registrato l'MFA e acceda in modo interattivo in una finestra privata.",
        "Se l'accesso continua a non riuscire, rivedi le impostazioni predefinite di sicurezza nell'interfaccia di amministrazione di Microsoft Entra (Panoramica (Overview) > Proprietà (Properties) > Gestisci impostazioni predefinite di sicurezza (Manage security defaults)) e sostituiscile con criteri di accesso condizionale che consentano ECE.",
      ],
    },
    "mfa-required": {
      title: "{user} deve completare l'autenticazione a più fattori.",
      why: "Entra ha risposto AADSTS50076: è necessario usare l'autenticazione a più fattori per accedere alla risorsa. Succede quando il token viene richiesto senza un accesso interattivo (un aggiornamento o un accesso con password) dopo che è entrato in vigore un requisito MFA.",
      fix: [
        "Genera di nuovo il token in ECE in una finestra privata, accedendo come {user}, e completa la richiesta MFA.",
        "Se si ripresenta a ogni aggiornamento, rivedi il criterio di accesso condizionale che richiede l'MFA per questa app o posizione.",
      ],
    },
    "mfa-registration-required": {
      title: "{user} deve registrarsi per l'autenticazione a più fattori.",
      why: "Entra ha risposto AADSTS50079 o AADSTS50072: l'utente deve registrare un secondo fattore di autenticazione (ad esempio per le impostazioni predefinite di sicurezza) prima che venga rilasciato un token.",
      fix: [
        "In una finestra privata, accedi come {user} su https://aka.ms/mysecurityinfo e registra un metodo di autenticazione.",
        "Quindi genera di nuovo il token in ECE in una finestra privata, accedendo come {user}.",
      ],
    },
    "user-disabled": {
      title: "L'account {user} è disabilitato per l'accesso.",
      why: "Entra ha risposto AADSTS50057: l'account utente è disabilitato. L'account di una cassetta postale condivisa è normalmente disabilitato per l'accesso, quindi una cassetta postale condivisa si legge con il token di un delegato che ha l'Accesso completo (Full Access).",
      fix: [
        "Se {user} è una cassetta postale condivisa: genera il token come utente delegato con Accesso completo e scegli il modello condiviso in questa procedura guidata.",
        "Altrimenti, nell'interfaccia di amministrazione di Microsoft 365, Utenti attivi (Active users) > {user} > Blocca accesso (Block sign-in): deseleziona Impedisci all'utente di accedere (Block this user from signing in).",
      ],
    },
    "password-expired": {
      title: "La password di {user} è scaduta.",
      why: "Entra ha risposto AADSTS50055: la password è scaduta. La generazione del token in ECE non riesce finché la password non viene cambiata, e il cambio revoca il token di aggiornamento di ECE.",
      fix: [
        "Accedi una volta come {user} su https://myaccount.microsoft.com e cambia la password, oppure chiedi all'amministratore di Microsoft 365 di reimpostarla (interfaccia di amministrazione di Microsoft 365 > Utenti attivi (Active users) > {user} > Reimposta password).",
        "Poi genera di nuovo il token in ECE in una finestra privata.",
      ],
    },
    "account-locked": {
      title: "L'account {user} è bloccato.",
      why: "Entra ha risposto AADSTS50053: troppi accessi con una password errata, oppure accessi da un indirizzo che Entra blocca (Smart Lockout). Spesso un dispositivo o uno script accede ancora con una vecchia password.",
      fix: [
        "Nell'interfaccia di amministrazione di Microsoft Entra > Identità > Monitoraggio e integrità > Log di accesso, filtra per {user} e trova gli accessi non riusciti e la loro origine; ferma quello che usa una vecchia password.",
        "Attendi la fine del blocco, poi genera di nuovo il token in ECE in una finestra privata.",
      ],
    },
    "auth-code-redeemed": {
      title: "Il codice di accesso è già stato usato (AADSTS54005).",
      why: "Il codice di autorizzazione che la pagina di accesso Microsoft consegna a ECE può essere riscattato una sola volta. Una pagina ricaricata o inviata due volte, o il tasto Indietro del browser, lo inviano una seconda volta. Succede mentre il token viene generato, non quando ECE lo aggiorna.",
      fix: [
        "Chiudi la finestra, apri di nuovo la console di ECE in una nuova finestra privata e genera il token una sola volta, senza ricaricare la pagina né tornare indietro.",
      ],
    },
    "invalid-credentials": {
      title: "Entra ha rifiutato la password di {user}.",
      why: "Entra ha risposto AADSTS50126: errore di convalida delle credenziali a causa di nome utente o password non validi. La password è stata digitata in modo errato all'accesso oppure, in un flusso basato su password, la password memorizzata è errata o è stata cambiata.",
      fix: [
        "Genera di nuovo il token in ECE in una finestra privata e accedi come {user} con la password attuale.",
        "Se l'accesso continua a non riuscire, reimposta la password nell'interfaccia di amministrazione di Microsoft 365 (Utenti attivi (Active users) > utente > Reimposta password (Reset password)).",
      ],
    },
    "account-not-in-tenant": {
      title: "{user} non è un account di questo tenant.",
      why: "Entra ha risposto AADSTS50034, AADSTS50020 o AADSTS16000: l'account non esiste nel tenant o non può accedere all'applicazione, quindi l'accesso è stato eseguito con un altro account (personale, guest o di un altro tenant).",
      fix: [
        "Genera di nuovo il token in una finestra privata e accedi con l'account della cassetta postale di questo tenant, usando il suo indirizzo principale.",
        "Verifica che l'ID tenant inserito in ECE sia quello del tenant che contiene la cassetta postale.",
      ],
    },
    "sso-user-mismatch": {
      title: "Il Single Sign-On di Windows ha fatto accedere un utente diverso da quello scelto.",
      why: "Entra ha risposto AADSTS81012: l'utente che tenta di accedere è diverso dall'utente connesso al dispositivo. L'SSO facile (Seamless SSO) trasmette l'utente di Windows, quindi da questa sessione di Windows non viene rilasciato alcun token per l'account della cassetta postale.",
      fix: [
        "Apri la console di ECE in una finestra privata (InPrivate o in incognito) e genera di nuovo il token con l'account della cassetta postale.",
        "Se il problema persiste, usa una workstation o una sessione di Windows non connessa con un altro utente del dominio.",
      ],
    },
    "interaction-required": {
      title: "Entra richiede un accesso interattivo.",
      why: "Entra ha risposto AADSTS50058 o interaction_required: le informazioni della sessione non sono sufficienti per il Single Sign-On, oppure un criterio richiede un'azione dell'utente (consenso, MFA), quindi non viene rilasciato alcun token in modo automatico.",
      fix: [
        "Genera di nuovo il token in ECE in una finestra privata e completa ogni richiesta con l'account della cassetta postale.",
      ],
    },
    "refresh-token-expired": {
      title: "Il token di aggiornamento di ECE non è più utilizzabile.",
      why: "Entra ha risposto AADSTS700082, 70043 o 70008: il token di aggiornamento è scaduto dopo 90 giorni di inutilizzo o ha raggiunto un criterio di accesso condizionale sulla frequenza di accesso. ECE non riesce a ottenere nuovi token di accesso, quindi la posta si blocca.",
      fix: [
        "Genera di nuovo il token in ECE in una finestra privata, accedendo con l'account della cassetta postale.",
        "Se il problema si ripresenta dopo un intervallo fisso, verifica se all'app o all'utente si applica un criterio di accesso condizionale sulla frequenza di accesso.",
      ],
    },
    "refresh-token-revoked": {
      title: "Il token di aggiornamento di ECE è stato revocato.",
      why: "Entra ha risposto AADSTS50173: la concessione è stata revocata, di solito perché la password dell'account è stata cambiata o reimpostata, oppure un amministratore ne ha revocato le sessioni. ECE non può ottenere nuovi token di accesso finché il token non viene generato di nuovo.",
      fix: [
        "Genera di nuovo il token in ECE in una finestra privata, accedendo con l'account a cui appartiene.",
        "Se la password viene cambiata a scadenze fisse, prevedi un nuovo token dopo ogni cambio.",
      ],
    },
    "aadsts-other": {
      title:
        "L'accesso Microsoft è stato rifiutato con un codice di errore per cui questo strumento non ha una causa specifica: {reply}",
      why: "Il codice AADSTS mostra che Entra ID (il servizio di accesso Microsoft) ha rifiutato l'accesso o la richiesta del token, ma non è tra i codici che questo strumento associa a una causa, quindi dice solo questo: la correzione dipende dal codice.",
      fix: [
        "Cerca il codice nel riferimento Microsoft: https://login.microsoftonline.com/error?code=<le cifre dopo AADSTS>, o la pagina dei codici di errore AADSTS.",
        "Nell'interfaccia di amministrazione di Microsoft Entra, i log di accesso (accessi utente e dell'entità servizio) mostrano lo stesso codice con il motivo dell'errore e il criterio applicato.",
        "Incolla l'intero errore, con Trace ID e Correlation ID, nella tua richiesta di assistenza.",
      ],
    },
    "auth-not-tested": {
      title: "L'accesso per {mailbox} non è stato verificato: nessun token di accesso fornito.",
      why: "Senza un token la verifica controlla solo che il server risponda; non è possibile stabilire se Exchange accetta il token di ECE per questa cassetta postale.",
      fix: [
        "Incolla un token di accesso per questa cassetta postale (oppure accedi nel passaggio del token) ed esegui di nuovo le verifiche in tempo reale.",
      ],
    },
    "token-malformed": {
      title: "Il token non è un JWT leggibile: {reason}.",
      why: "Exchange Online si aspetta un token di accesso JWT per la risorsa Outlook. Questo valore non lo è: potrebbe essere un token di aggiornamento, un codice di autorizzazione, una copia troncata o un token crittografato che non può essere letto.",
      fix: [
        "Incolla il token di accesso completo su una sola riga; un JWT è composto da tre parti separate da punti e di solito inizia con eyJ.",
        "Se lo hai preso da una stringa XOAUTH2, decodifica il base64 e copia la parte che segue auth=Bearer fino al byte 0x01.",
      ],
    },
    "token-expired": {
      title: "Il token di accesso è scaduto il {expiredAt}.",
      why: "I token di accesso durano da 60 a 90 minuti. ECE deve ottenerne di nuovi con il token di aggiornamento, che richiede offline_access e un segreto client valido; se è in uso un token scaduto, l'aggiornamento non riesce oppure il token è una copia vecchia.",
      fix: [
        "Se hai incollato un token vecchio, ottienine uno nuovo e ripeti il test.",
        "Se è scaduto il token di ECE, verifica offline_access e la scadenza del segreto client, quindi genera di nuovo il token in ECE in una finestra privata.",
      ],
    },
    "token-wrong-audience": {
      title: "Il token è destinato a {audience}, non a Exchange Online ({expected}).",
      why: "Exchange accetta token XOAUTH2 solo per la risorsa Outlook. Un token per https://graph.microsoft.com deriva da ambiti richiesti senza il prefisso Outlook (IMAP.AccessAsUser.All da solo viene attribuito a Graph); Exchange risponde NO AUTHENTICATE failed. o 535 5.7.3.",
      fix: [
        "Richiedi gli ambiti con la risorsa Outlook: https://outlook.office.com/IMAP.AccessAsUser.All (o POP.AccessAsUser.All), https://outlook.office.com/SMTP.Send e offline_access. Nel portale le autorizzazioni restano elencate sotto Microsoft Graph; cambia solo l'ambito richiesto.",
        "Se il token è stato generato da ECE, verifica che il tipo di server dell'account sia IMAP o POP3 con SMTP e non Graph API (se la release lo prevede), e che sia installato l'ES più recente.",
      ],
    },
    "token-wrong-user": {
      title: "Il token indica {user}, non {mailbox}.",
      why: "Il token indica il nome di accesso dell'account (UPN), che può differire dall'indirizzo e-mail della cassetta postale dello stesso account (tenant ibridi, accessi come nome@tenant.onmicrosoft.com). Se si tratta di un'altra persona, Exchange accetta il token solo per le cassette postali su cui quella persona ha l'Accesso completo (Full Access), e la causa abituale è un token generato mentre {user} era connesso alla workstation: il Single Sign-On (SSO) di Windows (Kerberos o SSO facile) ha fatto accedere {user} senza chiedere nulla.",
      fix: [
        "Verifica se si tratta della stessa cassetta postale, in Exchange Online PowerShell: Get-Mailbox {mailbox} | fl UserPrincipalName,PrimarySmtpAddress,EmailAddresses (UserPrincipalName deve essere {user}).",
        "Se sono diversi, apri la console di ECE in una finestra privata (InPrivate o in incognito), genera di nuovo il token e accedi come {mailbox}.",
        "Se {user} deve leggere {mailbox} (modello condiviso), assegnagli l'Accesso completo: Add-MailboxPermission -Identity {mailbox} -User {user} -AccessRights FullAccess -AutoMapping $false",
      ],
    },
    "token-user-differs": {
      title:
        "Il token indica {user}, diverso dall'indirizzo {mailbox} della cassetta postale, ma Exchange ha accettato il token.",
      why: "Il token indica il nome di accesso dell'account (UPN), che può differire dal suo indirizzo e-mail (tenant ibridi, accessi come nome@tenant.onmicrosoft.com). Lo scambio in tempo reale per {mailbox} è riuscito, quindi l'account vi ha accesso: non c'è nulla da correggere.",
      fix: [
        "Per vedere entrambi i nomi, in Exchange Online PowerShell: Get-Mailbox {mailbox} | fl UserPrincipalName,PrimarySmtpAddress,EmailAddresses",
      ],
    },
    "token-wrong-tenant": {
      title:
        "Il token è stato rilasciato da un altro tenant ({tokenTenant}), non dal tenant {tenant} delle cassette postali.",
      why: "Exchange Online si aspetta un token del tenant che contiene la cassetta postale. L'accesso è avvenuto in un altro tenant: un ID tenant errato in ECE, oppure un account di un'altra organizzazione (il tenant 9188040d-6c67-4c5b-b112-36a304b66dad indica un account Microsoft personale).",
      fix: [
        "Confronta l'ID tenant inserito in ECE con l'ID della directory (tenant) in Registrazioni app (App registrations) > app di ECE > Panoramica (Overview).",
        "Genera di nuovo il token in una finestra privata, accedendo con l'account della cassetta postale del tenant {tenant}.",
      ],
    },
    "token-wrong-app": {
      title: "Il token è stato rilasciato a un'altra app ({tokenApp}), non all'app {clientId} di ECE.",
      why: "L'attestazione appid (o azp) del token indica l'applicazione che lo ha richiesto. Un token di un'altra app, ad esempio uno strumento di test o un altro sistema, non verifica la registrazione di ECE, ed ECE non può aggiornarlo con il proprio segreto.",
      fix: [
        "Genera il token tramite ECE, oppure con questa procedura guidata usando l'ID client {clientId}, e verifica quel token.",
        "Verifica che l'ID dell'applicazione (client) in ECE sia {clientId}, cioè l'app di cui hai configurato autorizzazioni e segreto.",
      ],
    },
    "token-scope-missing": {
      title: "Al token manca {scope} (contiene: {scopes}).",
      why: "Exchange verifica l'ambito di ogni protocollo: IMAP.AccessAsUser.All per IMAP, POP.AccessAsUser.All per POP e SMTP.Send per SMTP. Senza di esso Exchange risponde NO AUTHENTICATE failed., -ERR Authentication failure o 535 5.7.3.",
      fix: [
        "Nel portale di Azure, Registrazioni app (App registrations) > app di ECE > Autorizzazioni API (API permissions): aggiungi l'autorizzazione delegata {scope} sotto Microsoft Graph e concedi il consenso amministratore.",
        "Genera di nuovo il token in ECE in una finestra privata, in modo che il nuovo token includa {scope}.",
      ],
    },
    "graph-ews-denied": {
      title: "Microsoft Graph o EWS ha rifiutato il token: {reply}",
      why: "Un 401 o 403 da Graph o EWS dice che il token è stato rifiutato senza dire quale attestazione è errata. ECE legge e invia la posta via IMAP o POP3 e SMTP; una prova con Graph o EWS con lo stesso token non riesce per motivi propri (il destinatario, gli ambiti o le autorizzazioni applicative di quell'API).",
      fix: [
        "Incolla anche il token (viene decodificato e rimosso prima di mostrare qualsiasi cosa): destinatario e ambiti dicono perché è stato rifiutato.",
        "Prova invece come lavora ECE: esegui le verifiche in tempo reale con il token, via IMAP o POP3 e SMTP.",
      ],
    },
    "sign-in-refresh-failing": {
      title: "L'aggiornamento del token di ECE non riesce per {account} con AADSTS{code} (provenienza: {origin}).",
      why: "I log di accesso di Entra mostrano {count} accessi non interattivi (aggiornamenti del token) dell'app di ECE non riusciti per {account}, dal {first} al {last} UTC, da {ips}. {timing} {codeNote}",
      fix: [
        "Eliminare la causa di AADSTS{code} per {account}: vedere il risultato per quel codice, o il riferimento dei codici di errore di Microsoft.",
        "Se a questi aggiornamenti si applica un criterio di accesso condizionale o una frequenza di accesso, escludere l'app di ECE o l'indirizzo pubblico del server dei servizi (una posizione denominata attendibile), come decide il responsabile della sicurezza di Microsoft 365.",
        "Poi generare di nuovo il token in ECE per {account}, in una finestra privata del browser, e cercare il successivo accesso non interattivo circa un'ora dopo.",
      ],
    },
    "sign-in-interactive-failing": {
      title: "L'accesso per generare il token non riesce per {account} con AADSTS{code} (provenienza: {origin}).",
      why: "I log di accesso di Entra mostrano {count} accessi interattivi (generazione del token) dell'app di ECE non riusciti per {account}, dal {first} al {last} UTC, da {ips}. {codeNote}",
      fix: [
        "Eliminare la causa di AADSTS{code} per {account}: vedere il risultato per quel codice, o il riferimento dei codici di errore di Microsoft.",
        "Poi generare di nuovo il token in ECE, in una finestra privata del browser, accedendo come {account}.",
      ],
    },
    "sign-in-policy-blocks": {
      title: "L'accesso condizionale blocca {kind} di {account} (provenienza: {origin}): {policy} {policyResult}.",
      why: "In {count} accessi dell'app di ECE per {account} (AADSTS{code}, dal {first} al {last} UTC, da {ips}) Entra riporta il criterio come {policyResult}. Un criterio che il browser dell'amministratore soddisfa (MFA, dispositivo conforme, posizione attendibile) può comunque bloccare il server dei servizi di ECE, che aggiorna il token senza un utente presente.",
      fix: [
        "Nell'interfaccia di amministrazione di Entra, Protezione > Accesso condizionale > Criteri, aprire {policy} e verificarne utenti, risorse di destinazione, condizioni di rete e controlli di concessione.",
        "Escludere l'app di ECE, o l'indirizzo pubblico del server dei servizi come posizione denominata attendibile, oppure modificarne i controlli di concessione, come decide il responsabile della sicurezza.",
        "Verificare nella scheda Accesso condizionale dell'accesso, o con lo strumento What If, che il criterio non si applichi più agli accessi non interattivi di ECE.",
      ],
    },
    "sign-in-no-rows": {
      title: "L'esportazione dei log di accesso non contiene accessi dell'app {clientId} di ECE nel tenant {tenant}.",
      why: "Nessuna delle sue {rows} righe è un accesso dell'app {clientId} di ECE (e, dove l'esportazione lo indica, questo tenant). Può essere filtrata su un'altra app, coprire un periodo in cui ECE non ha effettuato accessi o provenire da un altro tenant.",
      fix: [
        "Nell'interfaccia di amministrazione di Entra, Identità > Monitoraggio e integrità > Log di accesso, aggiungere il filtro ID applicazione = {clientId} e un intervallo di date che copra l'errore.",
        "Scaricare sia gli accessi utente (interattivi) sia gli accessi utente (non interattivi), in CSV o JSON, e leggerli di nuovo qui.",
      ],
    },
    "powershell-setting-wrong": {
      title: "Da {command}, incollato il {pastedOn}: {values}.",
      why: "L'output incollato mostra un'impostazione che blocca ECE per {subject}; il risultato per quell'impostazione dice cosa cambiare.",
      fix: [
        "Modificare l'impostazione come spiega il risultato relativo, poi eseguire di nuovo il comando ({command}) e incollare qui il nuovo output.",
      ],
    },
  },
  values: {
    server: { services: "dei servizi", application: "delle applicazioni" },
    plan: {
      e5: "E5",
      e3: "E3",
      e1: "E1",
      "exchange-plan-2": "Exchange Online Piano 2",
      "exchange-plan-1": "Exchange Online Piano 1",
      "business-premium": "Microsoft 365 Business Premium",
      "business-standard": "Microsoft 365 Business Standard",
      "business-basic": "Microsoft 365 Business Basic",
      f3: "F3",
      f1: "F1",
      none: "senza licenza",
      other: "altro",
      unknown: "sconosciuto",
    },
    cloud: {
      worldwide: "globale (commerciale)",
      gcc: "US Government GCC",
      "gcc-high": "US Government GCC High",
      dod: "US Government DoD",
      china: "Cina (21Vianet)",
    },
    phase: {
      dns: "risoluzione dei nomi",
      tcp: "connessione",
      tls: "negoziazione TLS",
      greeting: "messaggio di benvenuto",
      ehlo: "EHLO",
      starttls: "STARTTLS",
      auth: "accesso",
      command: "comando",
      quit: "chiusura",
    },
    platform: {
      web: "Web",
      spa: "Applicazione a pagina singola",
      "mobile-desktop": "Applicazioni per dispositivi mobili e desktop",
      unknown: "sconosciuta",
    },
    origin: {
      services: "il server dei servizi",
      application: "il server delle applicazioni",
      other: "un indirizzo che non è di nessuno dei server di ECE",
      unknown: "indirizzi non ancora associati a un server di ECE",
    },
    timing: {
      "hour-after":
        "Sono iniziati circa un'ora dopo un accesso interattivo riuscito, quando ECE ha dovuto aggiornare il token per la prima volta: l'accesso funziona, l'aggiornamento no.",
      "after-good": "Sono iniziati dopo un accesso interattivo riuscito dello stesso account.",
      "no-good": "L'esportazione non mostra alcun accesso interattivo riuscito dello stesso account prima di essi.",
    },
    codeNote: {
      named:
        "Un altro risultato dai log di accesso, per lo stesso account, indica cosa significa questo codice e come risolverlo.",
      unnamed:
        "Il catalogo della procedura guidata non conosce questo codice: cercarlo nel riferimento dei codici di errore di Microsoft qui sotto.",
    },
    kind: { "sign-in": "l'accesso", refresh: "l'aggiornamento del token" },
    policy: { "": "il criterio (il download CSV non lo nomina; il download JSON sì)" },
    policyResult: { failure: "non riuscito", notSatisfied: "non soddisfatto" },
    subject: { tenant: "l'intero tenant" },
    ips: { "": "indirizzi che l'esportazione non riporta" },
  },
  // A finding seen by one ECE server's probe (evidence@1), named by that server.
  serverTag: {
    services: "server dei servizi",
    application: "server delle applicazioni",
    saw: "{server}: {title}",
    othersCan: "{title}; da {servers} funziona.",
  },
  // What a text says where a finding does not know a value (lib/catalogue/missing.ts).
  missing: {
    account: "l'account",
    address: "un indirizzo",
    addresses: "nessun indirizzo",
    audience: "un'altra risorsa",
    authUrl: "il servizio di accesso dell'organizzazione",
    clientId: "l'app",
    cloud: "questo cloud",
    code: "un errore",
    codeNote: "",
    command: "l'output PowerShell incollato",
    console: "un altro indirizzo",
    count: "diversi",
    days: "pochi",
    delegate: "il delegato",
    domain: "il dominio della cassetta postale",
    ece: "un altro URL di reindirizzamento",
    expectedCloud: "un altro cloud",
    expected: "l'account della cassetta postale",
    expiredAt: "l'ora indicata nel token",
    expires: "la data di scadenza",
    external: "l'indirizzo dell'impostazione URL",
    extra: "ES12_ET1",
    first: "",
    host: "il server",
    imap: "l'host IMAP",
    installed: "nessuno indicato",
    ips: "",
    issuer: "un emittente sconosciuto",
    kind: "l'accesso",
    last: "",
    login: "l'host di accesso",
    mailboxes: "le cassette postali",
    mailbox: "la cassetta postale",
    max: "90",
    minutes: "un numero personalizzato di",
    min: "60",
    names: "altri nomi",
    origin: "",
    pastedOn: "",
    path: "un percorso",
    permissions: "nessuna indicata",
    permission: "l'autorizzazione",
    phase: "dello scambio",
    plan: "",
    platform: "un'altra piattaforma",
    policy: "il criterio",
    policyResult: "non riuscito",
    pop: "l'host POP",
    port: "la porta",
    problems: "vedi il motivo",
    protocol: "il protocollo",
    reason: "non può essere decodificato",
    registered: "un altro URI di reindirizzamento",
    reply: "nessuna risposta registrata",
    required: "l'engineering special",
    rows: "",
    scopes: "nessuna indicata",
    scope: "l'autorizzazione per il protocollo",
    seconds: "il tempo massimo",
    server: "ECE",
    setting: "URL",
    signedInAs: "un altro account",
    smtp: "l'host SMTP",
    subject: "le cassette postali",
    tenant: "il tenant",
    timing: "",
    tokenApp: "un'altra app",
    tokenTenant: "un altro tenant",
    url: "un altro indirizzo",
    user: "l'account che ha eseguito l'accesso",
    validTo: "la data di fine",
    value: "il valore inserito",
    values: "un'impostazione che blocca ECE",
    version: "",
  },
};
