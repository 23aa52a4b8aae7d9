import type { CatalogueText } from "./types";

export const it: CatalogueText = {
  checks: {
    "ece-version": {
      name: "Versione di ECE ed engineering special",
      passTitle: "ECE {version} dispone dell'engineering special che aggiunge OAuth ({installed}).",
      passWhy: "OAuth per Office 365 è stato introdotto in ECE tramite engineering special (bug Cisco CSCvr86493); la {version} richiede almeno {required} e l'ES installato è il più recente per la release.",
    },
    "external-url": {
      name: "Impostazione dell'URL esterno di ECE",
      passTitle: "L'impostazione \"{setting}\" è un FQDN https che corrisponde all'indirizzo della console.",
      passWhy: "ECE costruisce il reindirizzamento OAuth a partire da questa impostazione, che deve quindi contenere l'FQDN usato dagli amministratori per aprire la console ({host}).",
    },
    "redirect-uri": {
      name: "URI di reindirizzamento dell'app Azure",
      passTitle: "L'URI di reindirizzamento è https, si trova sull'host di ECE, è registrato nella piattaforma Web ed è identico a quello inviato da ECE.",
      passWhy: "Entra restituisce il codice di autorizzazione solo a un URI di reindirizzamento registrato nell'app carattere per carattere ({registered}).",
    },
    "app-ids": {
      name: "Valori di applicazione, tenant e segreto",
      passTitle: "L'ID tenant e l'ID dell'applicazione (client) sono GUID e il segreto non è un ID segreto.",
      passWhy: "ECE richiede l'ID della directory (tenant), l'ID dell'applicazione (client) e il Valore (Value) del segreto client della registrazione dell'app.",
    },
    "client-secret": {
      name: "Scadenza del segreto client",
      passTitle: "Il segreto client è valido fino al {expires} (giorni rimanenti: {days}).",
      passWhy: "ECE usa il segreto ogni volta che aggiorna il token; quando il segreto scade, la posta si blocca circa un'ora dopo.",
    },
    "api-permissions": {
      name: "Autorizzazioni API delegate e consenso",
      passTitle: "L'app dispone di {permissions} con consenso concesso.",
      passWhy: "ECE richiede gli ambiti di Outlook per la ricezione e l'invio, e offline_access per il token di aggiornamento.",
    },
    "token-lifetime": {
      name: "Durata del token di accesso",
      passTitle: "La durata del token di accesso ({minutes} minuti) rientra nell'intervallo predefinito di Microsoft.",
      passWhy: "Microsoft rilascia token di accesso con una durata casuale compresa tra 60 e 90 minuti; ECE li rinnova con il token di aggiornamento.",
    },
    "account-model": {
      name: "Modello dei diritti sulle cassette postali",
      passTitle: "Il modello di account è coerente ({mailboxes}).",
      passWhy: "Ogni cassetta postale esegue l'accesso per ottenere il proprio token, oppure un unico delegato con Accesso completo (Full Access) esegue l'accesso per tutte.",
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
      passTitle: "Il token è stato generato in una finestra privata e non risulta l'accesso di un account diverso da {expected}.",
      passWhy: "Una finestra privata impedisce al Single Sign-On di Windows di far accedere un altro utente.",
    },
    "network-plan": {
      name: "Percorsi di rete",
      passTitle: "Entrambi i server ECE raggiungono Microsoft sulle porte necessarie.",
      passWhy: "Il server dei servizi deve raggiungere {imap} sulle porte 993/995 e {smtp} sulla porta 587; entrambi i server devono raggiungere {login} sulla porta 443.",
    },
  },
  causes: {
    "version-without-oauth": {
      title: "Questa release di ECE non supporta OAuth per Office 365.",
      why: "OAuth è stato aggiunto a ECE 11.6(1), 12.0(1), 12.5(1) e 12.6(1) tramite engineering special (bug Cisco CSCvr86493). Le release precedenti possono usare solo l'autenticazione di base, che Exchange Online ha smesso di accettare per IMAP e POP il 31 dicembre 2022 e che sta ritirando per SMTP AUTH nel 2026.",
      fix: [
        "Aggiorna ECE a una release che supporta OAuth (come minimo la 11.6(1) con ES12 ed ES12_ET1; è preferibile una release attuale).",
        "Dopo l'aggiornamento, installa l'engineering special più recente per quella release e segui la documentazione OAuth di quell'ES.",
      ],
    },
    "version-later-check-docs": {
      title: "Consulta la documentazione OAuth della release di ECE in uso.",
      why: "La checklist di TAC elenca gli engineering special solo dalla 11.6(1) alla 12.6(1). Per le release successive non è confermato quale build includa OAuth per Office 365, quindi questo controllo non può stabilirlo.",
      fix: [
        "Apri le guide di installazione e amministrazione della release e verifica che supporti OAuth 2.0 per Office 365.",
        "Installa l'engineering special più recente disponibile per la release.",
      ],
    },
    "es-missing": {
      title: "ECE {version} richiede {required} per OAuth; installati: {installed}.",
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
      title: "Non è noto se {installed} sia l'ES più recente per ECE {version}.",
      why: "La best practice di Cisco TAC è installare l'ES più recente per la release. Questa procedura guidata non è in grado di verificarlo.",
      fix: ["Confronta l'ES installato con l'elenco per ECE {version} su Cisco Software Download."],
    },
    "url-missing": {
      title: "L'impostazione \"{setting}\" è vuota.",
      why: "L'impostazione è obbligatoria per OAuth: ECE la usa per costruire l'URL di reindirizzamento a cui Microsoft restituisce il codice di autorizzazione. Senza di essa, la generazione del token non riesce.",
      fix: [
        "In ECE, apri le impostazioni della partizione e imposta \"{setting}\" sull'indirizzo https che agenti e amministratori usano per aprire la console, ad esempio https://ece.example.com.",
        "Dalla 12.6 in poi l'impostazione si trova in Partition > Apps > General Settings > External URL of application.",
      ],
    },
    "url-not-https": {
      title: "L'impostazione \"{setting}\" non è https: {url}.",
      why: "Microsoft invia i codici di autorizzazione solo a URL di reindirizzamento https (tranne localhost), quindi il reindirizzamento costruito da questa impostazione viene rifiutato.",
      fix: ["Imposta \"{setting}\" su https://{host} e verifica che il server web o il bilanciatore del carico di ECE gestisca https su quel nome."],
    },
    "url-not-fqdn": {
      title: "L'impostazione \"{setting}\" non usa un nome completo (FQDN): {host}.",
      why: "L'impostazione deve contenere il nome di dominio completo (FQDN) usato da agenti e amministratori; un indirizzo IP o un nome host breve non corrisponde all'URI di reindirizzamento registrato in Azure e compromette anche l'SSO e i punti di ingresso della chat.",
      fix: ["Imposta \"{setting}\" sull'FQDN della console, ad esempio https://ece.example.com, e registra lo stesso FQDN nell'URI di reindirizzamento in Azure."],
    },
    "url-has-path": {
      title: "L'impostazione \"{setting}\" contiene un percorso ({path}).",
      why: "L'impostazione dovrebbe contenere solo schema e host, come https://ece.example.com; ECE aggiunge il proprio percorso per costruire l'URL di reindirizzamento.",
      fix: ["Rimuovi il percorso, salvo diversa indicazione della documentazione di ECE, e confronta l'URL di reindirizzamento mostrato quindi da ECE con quello presente in Azure."],
    },
    "url-console-mismatch": {
      title: "L'impostazione punta a {external}, ma la console viene aperta all'indirizzo {console}.",
      why: "Il reindirizzamento va all'host indicato nell'impostazione. Se gli amministratori aprono la console con un altro nome, l'accesso ritorna a un sito diverso da quello che lo ha avviato e il token non viene salvato.",
      fix: [
        "Imposta \"{setting}\" sull'indirizzo che gli amministratori usano per la console, oppure apri la console all'indirizzo {external}.",
        "Usa un unico nome ovunque: nell'impostazione, nell'indirizzo della console e nell'URI di reindirizzamento di Azure.",
      ],
    },
    "redirect-not-https": {
      title: "L'URI di reindirizzamento in Azure non è https: {registered}.",
      why: "Entra accetta URI di reindirizzamento http solo per localhost, quindi un reindirizzamento Web verso ECE deve essere https.",
      fix: ["Nel portale di Azure, apri Registrazioni app (App registrations) > app di ECE > Autenticazione (Authentication) e sostituisci l'URI di reindirizzamento con la sua forma https."],
    },
    "redirect-host-mismatch": {
      title: "L'URI di reindirizzamento in Azure si trova su {host}, ma l'impostazione di ECE è {external}.",
      why: "Entra invia il codice di autorizzazione solo a un URI di reindirizzamento registrato. ECE invia un reindirizzamento sull'host della propria impostazione URL, quindi Entra lo rifiuta con AADSTS50011.",
      fix: [
        "Nel portale di Azure, Registrazioni app (App registrations) > app di ECE > Autenticazione (Authentication) > Web > URI di reindirizzamento (Redirect URIs): aggiungi l'URL di reindirizzamento mostrato da ECE, su {external}.",
        "Oppure correggi l'impostazione di ECE, se {external} è errato.",
      ],
    },
    "redirect-uri-mismatch": {
      title: "ECE invia {ece}, ma in Azure è registrato {registered}.",
      why: "Entra confronta l'URI di reindirizzamento in modo esatto: schema, host, porta, percorso, maiuscole/minuscole e barra finale. Qualsiasi differenza produce AADSTS50011 durante l'accesso.",
      fix: ["Copia l'URL di reindirizzamento esattamente come lo mostra ECE e aggiungilo nel portale di Azure in Autenticazione (Authentication) > Web > URI di reindirizzamento (Redirect URIs)."],
    },
    "redirect-ece-unknown": {
      title: "Confronta l'URL di reindirizzamento mostrato da ECE con quello presente in Azure.",
      why: "Il percorso esatto usato da ECE non è documentato qui, quindi è stato possibile confrontare solo l'host. Incolla l'URL di reindirizzamento di ECE (o della documentazione del relativo ES) per un confronto esatto.",
      fix: ["Individua l'URL di reindirizzamento in ECE o nella documentazione OAuth dell'ES installato e inseriscilo nel passaggio relativo al reindirizzamento di questa procedura guidata."],
    },
    "redirect-not-web-platform": {
      title: "L'URI di reindirizzamento è registrato nella piattaforma \"{platform}\", non in Web.",
      why: "ECE riscatta il codice di autorizzazione sul proprio server con il segreto client, e questo corrisponde alla piattaforma Web. I reindirizzamenti di applicazioni a pagina singola producono token di aggiornamento che scadono dopo 24 ore, e le piattaforme per client pubblici non accettano il segreto.",
      fix: ["Nel portale di Azure, in Autenticazione (Authentication), rimuovi l'URI di reindirizzamento dalla piattaforma attuale e aggiungilo con Aggiungi una piattaforma (Add a platform) > Web."],
    },
    "redirect-platform-unknown": {
      title: "La piattaforma dell'URI di reindirizzamento non è nota.",
      why: "Deve essere Web. Senza questa informazione il controllo non può stabilirlo.",
      fix: ["Nel portale di Azure, apri Registrazioni app (App registrations) > app di ECE > Autenticazione (Authentication) e verifica che l'URI di reindirizzamento sia elencato sotto Web."],
    },
    "tenant-id-malformed": {
      title: "L'ID tenant \"{value}\" non è un GUID.",
      why: "ECE richiede l'ID della directory (tenant), un GUID come 72f988bf-86f1-41af-91ab-2d7cd011db47. Un valore errato indirizza l'accesso alla directory sbagliata (AADSTS90002).",
      fix: ["Nel portale di Azure, copia l'ID della directory (tenant) da Registrazioni app (App registrations) > app di ECE > Panoramica (Overview) e incollalo in ECE."],
    },
    "client-id-malformed": {
      title: "L'ID dell'applicazione (client) \"{value}\" non è un GUID.",
      why: "ECE richiede l'ID dell'applicazione (client), che è un GUID. Un valore errato produce AADSTS700016 (applicazione non trovata).",
      fix: ["Nel portale di Azure, copia l'ID dell'applicazione (client) da Registrazioni app (App registrations) > app di ECE > Panoramica (Overview) e incollalo in ECE."],
    },
    "client-id-is-tenant-id": {
      title: "L'ID dell'applicazione (client) coincide con l'ID tenant.",
      why: "Sono entrambi GUID nella stessa pagina Panoramica (Overview) ed è facile scambiarli. Entra risponde con AADSTS700016.",
      fix: ["Copia nel campo dell'ID client di ECE l'ID dell'applicazione (client), non l'ID della directory (tenant)."],
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
      fix: ["Per verificarlo, inserisci il segreto nel passaggio relativo al segreto client: resta solo in questa scheda del browser."],
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
      title: "Il segreto client scade il {expires} (giorni rimanenti: {days}).",
      why: "Alla scadenza, gli aggiornamenti del token non riescono (AADSTS7000222) ed ECE smette di leggere e inviare la posta.",
      fix: ["Crea un nuovo segreto client prima del {expires}, inseriscine il Valore (Value) in ECE e genera di nuovo il token."],
    },
    "secret-expiry-unknown": {
      title: "La data di scadenza del segreto client non è nota.",
      why: "I segreti creati nel portale durano al massimo 24 mesi; un segreto scaduto blocca la posta circa un'ora dopo l'ultimo token.",
      fix: ["Nel portale di Azure, in Certificati e segreti (Certificates & secrets), leggi la colonna Scadenza (Expires) del segreto usato da ECE."],
    },
    "permission-retrieval-missing": {
      title: "All'app manca l'autorizzazione delegata {permission}.",
      why: "ECE legge la posta con un token per {permission}. Senza questa autorizzazione Exchange risponde NO AUTHENTICATE failed. (IMAP) o -ERR Authentication failure (POP).",
      fix: [
        "Nel portale di Azure, Registrazioni app (App registrations) > app di ECE > Autorizzazioni API (API permissions) > Aggiungi un'autorizzazione (Add a permission) > Microsoft Graph > Autorizzazioni delegate (Delegated permissions): aggiungi {permission}.",
        "Concedi il consenso amministratore, quindi genera di nuovo il token in ECE.",
      ],
    },
    "permission-smtp-missing": {
      title: "All'app manca l'autorizzazione delegata SMTP.Send.",
      why: "Il Dispatcher invia con un token per SMTP.Send. Senza questa autorizzazione Exchange risponde 535 5.7.3 Authentication unsuccessful.",
      fix: ["In Autorizzazioni API (API permissions) aggiungi Microsoft Graph > Autorizzazioni delegate (Delegated permissions) > SMTP.Send, concedi il consenso amministratore e genera di nuovo il token."],
    },
    "permission-offline-missing": {
      title: "All'app manca offline_access.",
      why: "Senza offline_access Entra non rilascia alcun token di aggiornamento, quindi la posta funziona per circa un'ora dopo ogni generazione del token e poi si blocca.",
      fix: ["In Autorizzazioni API (API permissions) aggiungi Microsoft Graph > Autorizzazioni delegate (Delegated permissions) > offline_access, concedi il consenso e genera di nuovo il token."],
    },
    "consent-missing": {
      title: "Il consenso amministratore non è stato concesso.",
      why: "Se nel tenant gli utenti possono dare il consenso alle app, l'account della cassetta postale lo concede al primo accesso; altrimenti l'accesso si blocca con AADSTS65001 finché un amministratore non concede il consenso.",
      fix: ["Nel portale di Azure, in Autorizzazioni API (API permissions), fai clic su Concedi consenso amministratore (Grant admin consent) per l'organizzazione."],
    },
    "consent-unknown": {
      title: "Non è noto se il consenso sia stato concesso.",
      why: "Senza consenso, l'accesso si blocca con AADSTS65001. Questo controllo non può stabilirlo.",
      fix: ["Nel portale di Azure, in Autorizzazioni API (API permissions), la colonna Stato (Status) deve indicare \"Concesso per\" (Granted for) l'organizzazione per ogni autorizzazione."],
    },
    "token-lifetime-unusual": {
      title: "La durata del token di accesso è di {minutes} minuti, fuori dall'intervallo predefinito di Microsoft ({min}-{max}).",
      why: "Un criterio di durata dei token modifica la frequenza con cui ECE deve aggiornare il token. La checklist di Cisco TAC indica 60 minuti e il valore predefinito di Microsoft è casuale tra 60 e 90; con durate molto brevi i problemi di aggiornamento emergono prima e più spesso.",
      fix: ["Chiedi all'amministratore di Microsoft 365 se all'app o al tenant si applica un criterio di durata dei token e, se non è necessario, rimuovilo."],
    },
    "token-lifetime-unknown": {
      title: "La durata del token di accesso non è nota.",
      why: "Il valore predefinito è una durata casuale compresa tra 60 e 90 minuti. Senza il valore questo controllo non può stabilirlo.",
      fix: ["Decodifica un token (differenza tra le attestazioni exp e iat) oppure chiedi all'amministratore di Microsoft 365 se si applica un criterio di durata dei token."],
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
      fix: ["In Exchange Online PowerShell, Get-MailboxPermission -Identity <mailbox> -User {delegate} deve restituire FullAccess per ogni cassetta postale."],
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
      fix: ["Nell'interfaccia di amministrazione di Microsoft 365, assegna all'utente della cassetta postale una licenza che includa Exchange Online (TAC raccomanda E3)."],
    },
    "licence-plan-without-imap-pop": {
      title: "Il piano {plan} non include IMAP o POP.",
      why: "I piani frontline (F1, F3) non includono l'accesso POP e IMAP, necessario al Retriever di ECE.",
      fix: ["Assegna un piano che includa IMAP e POP, ad esempio E3 (raccomandato da TAC)."],
    },
    "licence-below-e3": {
      title: "Il piano {plan} non è tra quelli raccomandati da Cisco TAC (E3 o E5).",
      why: "Le tabelle dei piani Microsoft indicano che questo piano include IMAP e POP, quindi potrebbe funzionare, ma la checklist di TAC richiede almeno E3.",
      fix: ["Se la posta continua a non funzionare dopo le altre correzioni, assegna E3 prima di aprire un caso con TAC."],
    },
    "licence-unknown": {
      title: "La licenza della cassetta postale non è nota.",
      why: "TAC raccomanda almeno E3; F1 e F3 non includono IMAP e POP. Questo controllo non può stabilirlo.",
      fix: ["Nell'interfaccia di amministrazione di Microsoft 365, in Utenti attivi (Active users) > utente > Licenze e app (Licenses and apps), verifica il piano assegnato."],
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
    "network-blocked": {
      title: "Il server {server} non riesce a raggiungere Microsoft.",
      why: "Il server dei servizi esegue il Retriever (IMAP 993 o POP3 995 verso {imap}) e il Dispatcher (SMTP 587 verso {smtp}); il server applicativo genera il primo token e invia le e-mail di allarme ({login} sulla porta 443, {smtp} sulla porta 587).",
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
        "Microsoft Remote Connectivity Analyzer (testconnectivity.microsoft.com, test \"Internet Email\": IMAP, POP, Outbound SMTP) esegue i test dal lato Microsoft, non dai server locali.",
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
  },
  values: {
    server: { services: "dei servizi", application: "applicativo" },
    plan: {
      e5: "E5",
      e3: "E3",
      e1: "E1",
      "exchange-plan-2": "Exchange Online Piano 2",
      "exchange-plan-1": "Exchange Online Piano 1",
      f3: "F3",
      f1: "F1",
      none: "senza licenza",
      other: "altro",
      unknown: "sconosciuto",
    },
    platform: { web: "Web", spa: "Applicazione a pagina singola", "mobile-desktop": "Applicazioni per dispositivi mobili e desktop", unknown: "sconosciuta" },
  },
};
