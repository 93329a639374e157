<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/shell/connectiondialog.ui" line="+6"/>
        <source>Connect to the team server</source>
        <translation>Connessione al server del team</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofilo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Cifratura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption</source>
        <translation>Cifratura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>&amp;Mantieni la password nel portachiavi di sistema</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../ui/incident/detailstab.ui" line="+8"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What customers see, e.g. “Card payments fail at checkout”</source>
        <translation>Quello che vedono i clienti, per esempio «I pagamenti con carta non vanno a buon fine»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impact &amp;level:</source>
        <translation>&amp;Livello di impatto:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsabile:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Public update every:</source>
        <translation>Aggiornamento &amp;pubblico ogni:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The policy promises a public report every day: 24 hours at most.</source>
        <translation>La policy promette un resoconto pubblico ogni giorno: al massimo 24 ore.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Services:</source>
        <translation>&amp;Servizi:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Affected service</source>
        <translation>Servizio coinvolto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is happening, in words customers understand.</source>
        <translation>Che cosa sta succedendo, con parole comprensibili ai clienti.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impact on &amp;using the site:</source>
        <translation>Impatto sull&apos;&amp;uso del sito:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What customers cannot do on the site, or what is slower.</source>
        <translation>Che cosa i clienti non riescono a fare sul sito, o che cosa è più lento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Affected user &amp;journeys:</source>
        <translation>Percorsi utente &amp;coinvolti:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One per line, e.g. “Pay by card”, “Download an invoice”.</source>
        <translation>Uno per riga, per esempio «Pagare con carta», «Scaricare una fattura».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Workaround:</source>
        <translation>S&amp;oluzione temporanea:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What customers can do meanwhile, if anything.</source>
        <translation>Che cosa possono fare i clienti nel frattempo, se possono fare qualcosa.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ui/shell/firstrundialog.ui" line="+6"/>
        <source>Welcome to Incident Desk</source>
        <translation>Benvenuti in Incident Desk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Welcome to Incident Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Benvenuti in Incident Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where should your team&apos;s reports and incidents be kept?</source>
        <translation>Dove vanno conservate le segnalazioni e gli incidenti del team?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On this computer, starting &amp;empty</source>
        <translation>Su questo computer, partendo da &amp;zero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On this computer, with &amp;demo data to try things out</source>
        <translation>Su questo computer, con &amp;dati dimostrativi per fare prove</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the team&apos;s &amp;PostgreSQL server</source>
        <translation>Sul server &amp;PostgreSQL del team</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database on this computer suits one workstation. A team that works together needs the shared server.</source>
        <translation>Il database su questo computer va bene per una sola postazione. Un team che lavora insieme ha bisogno del server condiviso.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../app/domain/labels.cpp" line="+18"/>
        <source>Agent</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team lead</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New</source>
        <translation>Nuova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed</source>
        <translation>Presa in carico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked</source>
        <translation>Collegata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an incident</source>
        <translation>Non è un incidente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reported</source>
        <translation>Segnalato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Preso in carico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigating</source>
        <translation>In analisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identified</source>
        <translation>Causa individuata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring</source>
        <translation>In osservazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>Analizzato</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None</source>
        <extracomment>Impact level: the incident affects no customer</extracomment>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor</source>
        <translation>Lieve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Critico</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Acknowledgement</source>
        <translation>Presa in carico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description and impact</source>
        <translation>Descrizione e impatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Aggiornamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Risoluzione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-incident review</source>
        <translation>Analisi post-incidente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for approval</source>
        <translation>In attesa di approvazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approvato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes requested</source>
        <translation>Modifiche richieste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact form</source>
        <translation>Modulo di contatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Francese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Tedesco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Spagnolo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On track</source>
        <translation>In regola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update due soon</source>
        <translation>Aggiornamento in scadenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update overdue</source>
        <translation>Aggiornamento scaduto</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Duplicate</source>
        <comment>report status</comment>
        <translation>Duplicata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>report status</comment>
        <translation>Chiusa</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Closed</source>
        <comment>incident state</comment>
        <translation>Chiuso</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Published</source>
        <comment>update status</comment>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Operational</source>
        <translation>Operativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degraded performance</source>
        <translation>Prestazioni ridotte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial outage</source>
        <translation>Interruzione parziale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major outage</source>
        <translation>Interruzione grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance</source>
        <translation>Manutenzione</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Help Center site</source>
        <translation>Sito dell&apos;Help Center</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statuspage</source>
        <translation>Statuspage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cachet</source>
        <translation>Cachet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zendesk Guide</source>
        <translation>Zendesk Guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Waiting to be sent</source>
        <translation>In attesa di invio</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>Sending</source>
        <translation>In invio</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact on using the site</source>
        <translation>Impatto sull&apos;uso del sito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected user journeys</source>
        <translation>Percorsi utente coinvolti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workaround</source>
        <translation>Soluzione temporanea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected services</source>
        <translation>Servizi coinvolti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact level</source>
        <translation>Livello di impatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update cadence (minutes)</source>
        <translation>Cadenza degli aggiornamenti (minuti)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preventive actions</source>
        <translation>Azioni preventive</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>About to be sent</source>
        <translation>In partenza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent</source>
        <extracomment>State of a message to a reporter: the mail server accepted it</extracomment>
        <translation>Inviato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In doubt: may have been sent</source>
        <translation>In dubbio: potrebbe essere stato inviato</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/shell/logindialog.ui" line="+6"/>
        <source>Who is working?</source>
        <translation>Chi sta lavorando?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Several people can share this workstation. Choose your name so your work and approvals are recorded as yours.</source>
        <translation>Più persone possono usare questa postazione. Scegliete il vostro nome, così il lavoro e le approvazioni risultano a vostro nome.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Nome e cognome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login name:</source>
        <translation>Nome di &amp;accesso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login name</source>
        <translation>Nome di accesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Ripeti la password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password</source>
        <translation>Ripeti la password</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../ui/triage/newincidentdialog.ui" line="+6"/>
        <source>New incident</source>
        <translation>Nuovo incidente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Service:</source>
        <translation>&amp;Servizio:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Impact:</source>
        <translation>&amp;Impatto:</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../ui/incident/reviewtab.ui" line="+8"/>
        <source>&amp;Root cause — what made it happen, found after the resolution:</source>
        <translation>&amp;Causa principale — che cosa l&apos;ha provocato, individuata dopo la risoluzione:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. “The payment gateway&apos;s certificate expired.”</source>
        <translation>per esempio «Il certificato del gateway di pagamento era scaduto.»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preventive actions — what keeps it from happening again:</source>
        <translation>Azioni &amp;preventive — che cosa evita che si ripeta:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add action</source>
        <translation>&amp;Aggiungi azione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move action</source>
        <translation>Ri&amp;muovi azione</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>The offline outbox on this computer cannot be written: %1</source>
        <translation type="vanished">Impossibile scrivere la coda offline su questo computer: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was exported and no report was marked; free some space or choose another folder.</source>
        <translation type="vanished">Impossibile scrivere %1: %2. Non è stato esportato nulla e nessuna segnalazione è stata segnata; liberate spazio o scegliete un&apos;altra cartella.</translation>
    </message>
</context>
<context>
    <name>desk::ApiPublishers</name>
    <message>
        <location filename="../app/publish/apipublishers.cpp" line="+160"/>
        <source>The Statuspage target has no page id; an administrator sets it.</source>
        <translation>La destinazione Statuspage non ha un ID pagina: lo imposta un amministratore.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Looking for the incident on Statuspage</source>
        <translation>Ricerca dell&apos;incidente su Statuspage</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the incident on Statuspage</source>
        <translation>Lettura dell&apos;incidente su Statuspage</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Creating the incident on Statuspage</source>
        <translation>Creazione dell&apos;incidente su Statuspage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statuspage created the incident but gave no id in its answer.</source>
        <translation>Statuspage ha creato l&apos;incidente ma non ne ha restituito l&apos;ID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Updating the incident on Statuspage</source>
        <translation>Aggiornamento dell&apos;incidente su Statuspage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Cachet target has no address (baseUrl); an administrator sets it.</source>
        <translation>La destinazione Cachet non ha un indirizzo (baseUrl): lo imposta un amministratore.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Looking for the incident on Cachet</source>
        <translation>Ricerca dell&apos;incidente su Cachet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Creating the incident on Cachet</source>
        <translation>Creazione dell&apos;incidente su Cachet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cachet created the incident but gave no id in its answer.</source>
        <translation>Cachet ha creato l&apos;incidente ma non ne ha restituito l&apos;ID.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the incident&apos;s updates on Cachet</source>
        <translation>Lettura degli aggiornamenti dell&apos;incidente su Cachet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adding the update on Cachet</source>
        <translation>Aggiunta dell&apos;aggiornamento su Cachet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changing the incident&apos;s status on Cachet</source>
        <translation>Modifica dello stato dell&apos;incidente su Cachet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changing the status of component %1 on Cachet</source>
        <translation>Modifica dello stato del componente %1 su Cachet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The Zendesk Guide target needs its address, section id and user; an administrator sets them.</source>
        <translation>La destinazione Zendesk Guide richiede indirizzo, ID sezione e utente: li imposta un amministratore.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The Zendesk Guide target has no locales; an administrator sets them.</source>
        <translation>La destinazione Zendesk Guide non ha lingue configurate: le imposta un amministratore.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking for the article on Zendesk Guide</source>
        <translation>Ricerca dell&apos;articolo su Zendesk Guide</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating the article on Zendesk Guide</source>
        <translation>Creazione dell&apos;articolo su Zendesk Guide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zendesk Guide created the article but gave no id in its answer.</source>
        <translation>Zendesk Guide ha creato l&apos;articolo ma non ne ha restituito l&apos;ID.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Writing the %1 translation on Zendesk Guide</source>
        <translation>Scrittura della traduzione %1 su Zendesk Guide</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The webhook target has no address (url); an administrator sets it.</source>
        <translation>Il webhook non ha un indirizzo (url): lo imposta un amministratore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The webhook target has no signing secret; an administrator sets it.</source>
        <translation>Il webhook non ha un segreto di firma: lo imposta un amministratore.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Calling the webhook</source>
        <translation>Chiamata del webhook</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A Help Center is checked over WebDAV, not as an API.</source>
        <translation>Un Help Center si verifica via WebDAV, non come API.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the address is not a valid URL.</source>
        <translation>%1: l&apos;indirizzo non è un URL valido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not answer: %2</source>
        <translation>%1 non risponde: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the credentials (HTTP %2): check the secret.</source>
        <translation>%1 ha rifiutato le credenziali (HTTP %2): controllate il segreto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered 404: check the address and the page or section id.</source>
        <translation>%1 ha risposto 404: controllate l&apos;indirizzo e l&apos;id della pagina o della sezione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 ha risposto HTTP %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: Cachet answered; it checks the token only when something is written, so the first publication does.</source>
        <translation>%1: Cachet ha risposto; controlla il token solo quando si scrive qualcosa, quindi lo farà la prima pubblicazione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the receiver accepted a signed probe event; nothing was published.</source>
        <translation>%1: il destinatario ha accettato un evento di prova firmato; non è stato pubblicato nulla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the server answered and accepted the credentials; nothing was written.</source>
        <translation>%1: il server ha risposto e accettato le credenziali; non è stato scritto nulla.</translation>
    </message>
</context>
<context>
    <name>desk::AttachmentFile</name>
    <message>
        <location filename="../app/triage/attachmentfile.cpp" line="+66"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>desk::CadenceWatch</name>
    <message>
        <location filename="../app/mail/cadencewatch.cpp" line="+85"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, waiting since %2</source>
        <translation>%1, in attesa da %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>[%1] Not acknowledged yet: %2</source>
        <translation>[%1] Non ancora preso in carico: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[%1] Public update due soon: %2</source>
        <translation>[%1] Aggiornamento pubblico in scadenza: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[%1] Public update overdue: %2</source>
        <translation>[%1] Aggiornamento pubblico in ritardo: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[%1] Publication failed: %2</source>
        <translation>[%1] Pubblicazione non riuscita: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[%1] Publication not delivered yet: %2</source>
        <translation>[%1] Pubblicazione non ancora arrivata: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customers reported this incident (the first report arrived %1) and it is not acknowledged yet. The policy promises that it is taken in charge: acknowledge it and publish the acknowledgement.</source>
        <translation>I clienti hanno segnalato questo incidente (la prima segnalazione è arrivata %1) e non è ancora stato preso in carico. La policy promette la presa in carico: confermatelo e pubblicate la conferma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The next public update is due %1. Write it and have it approved in time.</source>
        <translation>Il prossimo aggiornamento pubblico è previsto per %1. Scrivetelo e fatelo approvare in tempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The public update was due %1 and none has been published since. Customers are reading a stale report: write an update and have it approved now.</source>
        <translation>L&apos;aggiornamento pubblico era previsto per %1 e da allora non ne è stato pubblicato nessuno. I clienti leggono un report superato: scrivete un aggiornamento e fatelo approvare subito.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An approved update could not be published (%1). Look at the Publications page: fix the target and retry the job.</source>
        <translation>Un aggiornamento approvato non è stato pubblicato (%1). Guardate la pagina Pubblicazioni: correggete la destinazione e riprovate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An approved update has not reached a target yet (%1). Look at the Publications page.</source>
        <translation>Un aggiornamento approvato non ha ancora raggiunto una destinazione (%1). Guardate la pagina Pubblicazioni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2

%3

This message is sent once by the Incident Desk service to the incident&apos;s owner and the team leads.
</source>
        <translation>%1 — %2

%3

Questo messaggio è inviato una sola volta dal servizio Incident Desk al responsabile dell&apos;incidente e ai team lead.
</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The warning for %1 could not be sent: %2</source>
        <translation>L&apos;avviso per %1 non è stato inviato: %2</translation>
    </message>
</context>
<context>
    <name>desk::ConfirmationExporter</name>
    <message>
        <location filename="../app/export/confirmationexporter.cpp" line="+138"/>
        <source>%1 is not resolved yet: confirmations are sent once it is.</source>
        <translation>%1 non è ancora risolto: le conferme si inviano quando lo è.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not acknowledged yet: acknowledge it before telling the reporters.</source>
        <translation>%1 non è ancora preso in carico: prendetelo in carico prima di avvisare chi l&apos;ha segnalato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one format: PDF, EML or CSV.</source>
        <translation>Scegliete almeno un formato: PDF, EML o CSV.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>confirmations</source>
        <translation>conferme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledgements</source>
        <translation>avvisi di presa in carico</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>report %1: %2</source>
        <translation>segnalazione %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not linked to %2</source>
        <translation>%1: non collegata a %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No report to export: every linked report is confirmed already, or none is linked.</source>
        <translation>Nessuna segnalazione da esportare: quelle collegate sono già tutte confermate, oppure non ce n&apos;è nessuna.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No Help Center address is configured: the messages have no link to the report.</source>
        <translation>Non è configurato l&apos;indirizzo dell&apos;Help Center: i messaggi non hanno il link al resoconto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The output folder %1 does not exist.</source>
        <translation>La cartella %1 non esiste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 cannot be written. Choose a folder you can write to.</source>
        <translation>Non si può scrivere nella cartella %1. Sceglietene una in cui potete scrivere.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+77"/>
        <source>the PDF cannot be started</source>
        <translation>non si riesce a creare il PDF</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the PDF could not be finished</source>
        <translation>non si riesce a completare il PDF</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>%1: no e-mail address, so no .eml (the PDF and the CSV have it)</source>
        <translation>%1: nessun indirizzo e-mail, quindi niente .eml (è nel PDF e nel CSV)</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>%1 could not be written: %2. Nothing was exported and no report was marked; free some space or choose another folder.</source>
        <translation>Impossibile scrivere %1: %2. Non è stato esportato nulla e nessuna segnalazione è stata segnata; liberate spazio o scegliete un&apos;altra cartella.</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>the combined PDF could not be finished</source>
        <translation>non si riesce a completare il PDF unico</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it could not be moved into the folder</source>
        <translation>non si riesce a spostarlo nella cartella</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>%1 by %2: %3 reports, %4</source>
        <translation>%1, %2: %3 segnalazioni, %4</translation>
    </message>
</context>
<context>
    <name>desk::ConfirmationMessages</name>
    <message>
        <location filename="../app/export/confirmationmessages.cpp" line="+83"/>
        <source>There is no %1 template in %2.</source>
        <translation>Non esiste un modello %1 in %2.</translation>
    </message>
</context>
<context>
    <name>desk::Credentials</name>
    <message>
        <location filename="../app/core/credentials.cpp" line="+21"/>
        <source>Cannot read the secret in %1: %2</source>
        <translation>Impossibile leggere il segreto in %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 can be read by others than its owner: it is not used (chmod 600 it).</source>
        <translation>%1 è leggibile da altri oltre al proprietario: non viene usato (dategli chmod 600).</translation>
    </message>
</context>
<context>
    <name>desk::Database</name>
    <message>
        <location filename="../app/store/database.cpp" line="+70"/>
        <source>Cannot create the folder %1 for the database. Choose a folder you can write to.</source>
        <translation>Impossibile creare la cartella %1 per il database. Scegliete una cartella in cui potete scrivere.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder, not a database file. Give the path of a file.</source>
        <translation>%1 è una cartella, non un file di database. Indicate il percorso di un file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file %1 is read-only. Make it writable or copy it to a folder of yours.</source>
        <translation>Il file di database %1 è di sola lettura. Rendetelo scrivibile o copiatelo in una vostra cartella.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 is read-only, and SQLite needs to write its journal beside the database. Move the database to a folder you can write to.</source>
        <translation>La cartella %1 è di sola lettura e SQLite deve scrivere il suo journal accanto al database. Spostate il database in una cartella in cui potete scrivere.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Qt SQL driver for %1 is not installed (package %2).</source>
        <translation>Il driver Qt SQL per %1 non è installato (pacchetto %2).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot open the database file %1: %2</source>
        <translation>Impossibile aprire il file di database %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not accept the password for %1. Check the user name and password.</source>
        <translation>Il server non ha accettato la password di %1. Controllate nome utente e password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at %1:%2 answered: %3. Check the database and user names, or ask your administrator to create them.</source>
        <translation>Il server %1:%2 ha risposto: %3. Controllate i nomi del database e dell&apos;utente, o chiedete all&apos;amministratore di crearli.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach the PostgreSQL server at %1:%2. Check that it is running and that the address is right. (%3)</source>
        <translation>Impossibile raggiungere il server PostgreSQL %1:%2. Verificate che sia in funzione e che l&apos;indirizzo sia giusto. (%3)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is not an Incident Desk database (not a SQLite file). Choose another file.</source>
        <translation>%1 non è un database di Incident Desk (non è un file SQLite). Scegliete un altro file.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The connection to the database was lost (%1). Your work is kept; try again when it is back.</source>
        <translation>La connessione al database si è interrotta (%1). Il vostro lavoro è conservato; riprovate quando torna disponibile.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another workstation changed the same data at the same moment; try again.</source>
        <translation>Un&apos;altra postazione ha modificato gli stessi dati nello stesso momento; riprovate.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database is busy with another program; try again in a moment.</source>
        <translation>Il database è occupato da un altro programma; riprovate tra poco.</translation>
    </message>
</context>
<context>
    <name>desk::DatabaseUrl</name>
    <message>
        <location filename="../app/store/databaseurl.cpp" line="+16"/>
        <source>No database given: pass a SQLite file path or a postgresql:// URL.</source>
        <translation>Nessun database indicato: passate il percorso di un file SQLite o un URL postgresql://.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The database URL is not valid: %1</source>
        <translation>L&apos;URL del database non è valido: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown sslmode &apos;%1&apos;: use one of %2.</source>
        <translation>sslmode &apos;%1&apos; sconosciuto: usate uno tra %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connect_timeout must be a whole number of seconds.</source>
        <translation>connect_timeout deve essere un numero intero di secondi.</translation>
    </message>
</context>
<context>
    <name>desk::DemoGenerator</name>
    <message>
        <location filename="../app/tools/demodata.cpp" line="+571"/>
        <source>the year of history is written only over a superuser connection</source>
        <translation>l&apos;anno di storia si scrive solo con una connessione da superutente</translation>
    </message>
</context>
<context>
    <name>desk::DraftStore</name>
    <message>
        <location filename="../app/compose/draftstore.cpp" line="+69"/>
        <source>Cannot create the drafts folder %1.</source>
        <translation>Impossibile creare la cartella delle bozze %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot keep the draft on this computer: %1</source>
        <translation>Impossibile conservare la bozza su questo computer: %1</translation>
    </message>
</context>
<context>
    <name>desk::FolderPublisher</name>
    <message>
        <location filename="../app/publish/folderpublisher.cpp" line="+19"/>
        <source>Cannot create the Help Center folder %1: check that it can be written.</source>
        <translation>Impossibile creare la cartella del Centro assistenza %1: verificare che sia scrivibile.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>desk::HttpClient</name>
    <message>
        <location filename="../app/publish/httpclient.cpp" line="+236"/>
        <source>the server did not answer within %1 s</source>
        <translation>il server non ha risposto entro %1 s</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 failed: %2</source>
        <translation>%1 non riuscita: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answer</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed: the server answered %2 %3</source>
        <translation>%1 non riuscita: il server ha risposto %2 %3</translation>
    </message>
</context>
<context>
    <name>desk::ImportDesk</name>
    <message>
        <location filename="../app/intake/importdesk.cpp" line="+54"/>
        <source>The database cannot be reached: nothing was imported. Try again when it is back.</source>
        <translation>Il database non è raggiungibile: non è stato importato nulla. Riprova quando torna disponibile.</translation>
    </message>
</context>
<context>
    <name>desk::IncidentRepository</name>
    <message>
        <location filename="../app/store/incidentrepository.cpp" line="+93"/>
        <source>There is no service &apos;%1&apos;.</source>
        <translation>Il servizio &apos;%1&apos; non esiste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the incident a title customers will understand.</source>
        <translation>Date all&apos;incidente un titolo comprensibile per i clienti.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Incident %1 does not exist.</source>
        <translation>L&apos;incidente %1 non esiste.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>There is no incident %1.</source>
        <translation>Non esiste l&apos;incidente %1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The title cannot be empty.</source>
        <translation>Il titolo non può essere vuoto.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was changed on another workstation since you opened it (now version %2). Your changes are kept: compare and merge them.</source>
        <translation>%1 è stato modificato su un&apos;altra postazione dopo che l&apos;avete aperto (ora versione %2). Le vostre modifiche sono conservate: confrontatele e unitele.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 was changed on another workstation; reload it before changing its state.</source>
        <translation>%1 è stato modificato su un&apos;altra postazione; ricaricatelo prima di cambiarne lo stato.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 was changed on another workstation; reload it.</source>
        <translation>%1 è stato modificato su un&apos;altra postazione; ricaricatelo.</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Every preventive action needs a description.</source>
        <translation>Ogni azione preventiva ha bisogno di una descrizione.</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>The reports are already linked to this incident.</source>
        <translation>Le segnalazioni sono già collegate a questo incidente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is %2; move the reports to an open incident.</source>
        <translation>%1 è nello stato %2: spostate le segnalazioni su un incidente aperto.</translation>
    </message>
</context>
<context>
    <name>desk::IncidentSession</name>
    <message>
        <location filename="../app/incident/incidentsession.cpp" line="+115"/>
        <source>Edit %1</source>
        <translation>Modifica di «%1»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Could not open the incident: %1</source>
        <translation>Impossibile aprire l&apos;incidente: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database cannot be reached: the incident could not be loaded.</source>
        <translation>Il database non è raggiungibile: non è stato possibile aprire l&apos;incidente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+226"/>
        <source>offline</source>
        <extracomment>Why the incident could not be loaded: the database cannot be reached
----------
Why the change could not be saved: the database cannot be reached</extracomment>
        <translation>non in linea</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Someone changed this incident on another workstation. Your edits are kept; when you save, you will see both versions and choose.</source>
        <translation>Qualcuno ha modificato questo incidente da un&apos;altra postazione. Le vostre modifiche restano; quando salvate, vedrete le due versioni e sceglierete.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The title cannot be empty: customers read it first.</source>
        <translation>Il titolo non può essere vuoto: è la prima cosa che leggono i clienti.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+13"/>
        <source>Not saved: %1 Your text is still here.</source>
        <translation>Non salvato: %1 Il vostro testo è ancora qui.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved, and it cannot be kept on this computer either: %1 Your text is still here.</source>
        <translation>Non salvato, e non si può conservare nemmeno su questo computer: %1 Il vostro testo è ancora qui.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database cannot be reached. Your changes are kept on this computer and will be saved as soon as it is back.</source>
        <translation>Il database non è raggiungibile. Le vostre modifiche restano su questo computer e saranno salvate appena torna disponibile.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Merge with the other workstation</source>
        <translation>Unione con l&apos;altra postazione</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: another workstation changed this incident. Your changes are still here; save again to compare and merge.</source>
        <translation>Non salvato: un&apos;altra postazione ha modificato questo incidente. Le vostre modifiche sono ancora qui; salvate di nuovo per confrontarle e unirle.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What you saved while offline meets changes made meanwhile on another workstation: choose what to keep.</source>
        <translation>Quello che avete salvato offline incontra modifiche fatte nel frattempo da un&apos;altra postazione: scegliete che cosa tenere.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is now “%2”.</source>
        <translation>%1 ora è «%2».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database cannot be reached: the state was not changed. Try again when it is back.</source>
        <translation>Il database non è raggiungibile: lo stato non è cambiato. Riprovate quando torna disponibile.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select the reports first.</source>
        <translation>Prima selezionate le segnalazioni.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n report(s) sent back to the triage queue.</source>
        <translation>
            <numerusform>%n segnalazione rimandata alla coda di smistamento.</numerusform>
            <numerusform>%n segnalazioni rimandate alla coda di smistamento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n report(s) moved.</source>
        <translation>
            <numerusform>%n segnalazione spostata.</numerusform>
            <numerusform>%n segnalazioni spostate.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>The database cannot be reached: no report was moved.</source>
        <translation>Il database non è raggiungibile: nessuna segnalazione è stata spostata.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>There is no other open incident to move the reports to.</source>
        <translation>Non c&apos;è un altro incidente aperto su cui spostare le segnalazioni.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The service&apos;s status was not changed: %1</source>
        <translation>Lo stato del servizio non è stato cambiato: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service status set to “%1”.</source>
        <translation>Stato del servizio impostato a «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database cannot be reached: the service&apos;s status was not changed.</source>
        <translation>Il database non è raggiungibile: lo stato del servizio non è cambiato.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the database cannot be reached</source>
        <translation>il database non è raggiungibile</translation>
    </message>
</context>
<context>
    <name>desk::IncidentSuggester</name>
    <message>
        <location filename="../app/triage/suggester.cpp" line="+96"/>
        <source>same service</source>
        <translation>stesso servizio</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n word(s) in common</source>
        <translation>
            <numerusform>%n parola in comune</numerusform>
            <numerusform>%n parole in comune</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opened %1 h apart</source>
        <translation>aperti a %1 h di distanza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>opened %1 days apart</source>
        <translation>aperti a %1 giorni di distanza</translation>
    </message>
</context>
<context>
    <name>desk::IntakeDirectory</name>
    <message>
        <location filename="../app/intake/intakedirectory.cpp" line="+34"/>
        <source>The token cannot be checked now.</source>
        <translation>Il token non può essere verificato adesso.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The services cannot be read now.</source>
        <translation>I servizi non possono essere letti adesso.</translation>
    </message>
</context>
<context>
    <name>desk::IntakePipeline</name>
    <message>
        <location filename="../app/intake/intakepipeline.cpp" line="+61"/>
        <source>The service is stopping; send the report again in a moment.</source>
        <translation>Il servizio si sta fermando; inviate di nuovo la segnalazione fra un momento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report could not be confirmed in time. Send it again with the same Idempotency-Key (or external_ref) so that it is stored once.</source>
        <translation>Non è stato possibile confermare la segnalazione in tempo. Inviatela di nuovo con la stessa Idempotency-Key (o lo stesso external_ref), così viene registrata una sola volta.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the connection was closed</source>
        <translation>la connessione è stata chiusa</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The team database refused the report: %1</source>
        <translation>Il database del team ha rifiutato la segnalazione: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The team database cannot be reached and the service cannot keep more reports now; send the report again in a minute.</source>
        <translation>Il database del team non è raggiungibile e il servizio non può conservare altre segnalazioni adesso; inviate di nuovo la segnalazione fra un minuto.</translation>
    </message>
</context>
<context>
    <name>desk::IntakeSpool</name>
    <message>
        <location filename="../app/store/intakespool.cpp" line="+82"/>
        <source>The intake spool failed: %1</source>
        <translation>La coda locale di ricezione non ha funzionato: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the folder of the intake spool %1.</source>
        <translation>Impossibile creare la cartella della coda locale di ricezione %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the intake spool %1: %2</source>
        <translation>Impossibile aprire la coda locale di ricezione %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot use the intake spool %1: %2</source>
        <translation>Impossibile usare la coda locale di ricezione %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+68"/>
        <location line="+13"/>
        <source>The intake spool cannot be read: %1</source>
        <translation>La coda locale di ricezione non può essere letta: %1</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+33"/>
        <location line="+47"/>
        <location line="+3"/>
        <location line="+21"/>
        <source>The intake spool cannot be written: %1</source>
        <translation>Nella coda locale di ricezione non si può scrivere: %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>the spooled item cannot be read (written by another version?)</source>
        <translation>l&apos;elemento in coda non può essere letto (scritto da un&apos;altra versione?)</translation>
    </message>
</context>
<context>
    <name>desk::IntakeTokenRepository</name>
    <message>
        <location filename="../app/store/intaketokenrepository.cpp" line="+45"/>
        <source>A token needs a name of 1 to 100 characters, e.g. &quot;website contact form&quot;.</source>
        <translation>Un token richiede un nome da 1 a 100 caratteri, per esempio &quot;modulo di contatto del sito&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an origin: write it as https://www.example.org</source>
        <translation>“%1” non è un&apos;origine: scrivetela come https://www.example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator adds intake tokens.</source>
        <translation>Solo un amministratore aggiunge token di ricezione.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is a token named “%1” already.</source>
        <translation>Esiste già un token chiamato “%1”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The token was not stored.</source>
        <translation>Il token non è stato registrato.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only an administrator revokes intake tokens.</source>
        <translation>Solo un amministratore revoca i token di ricezione.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No token named “%1” is in use.</source>
        <translation>Nessun token chiamato “%1” è in uso.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not an intake token.</source>
        <translation>Non è un token di ricezione.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The token is unknown or revoked.</source>
        <translation>Il token è sconosciuto o revocato.</translation>
    </message>
</context>
<context>
    <name>desk::Lifecycle</name>
    <message>
        <location filename="../app/domain/lifecycle.cpp" line="+47"/>
        <source>An incident cannot go from %1 to %2.</source>
        <translation>Un incidente non può passare da %1 a %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write and submit the acknowledgement update first: customers must be told the incident is in hand.</source>
        <translation>Scrivete e inviate prima l&apos;aggiornamento di presa in carico: i clienti devono sapere che l&apos;incidente è seguito.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write and submit the resolution update first: customers must be told it is fixed.</source>
        <translation>Scrivete e inviate prima l&apos;aggiornamento di risoluzione: i clienti devono sapere che il problema è risolto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the root cause in the post-incident review before marking it reviewed.</source>
        <translation>Registrate la causa nell&apos;analisi post-incidente prima di segnarlo come analizzato.</translation>
    </message>
</context>
<context>
    <name>desk::MailParser</name>
    <message>
        <location filename="../app/intake/mailparser.cpp" line="+153"/>
        <source>no sender address (From) to answer</source>
        <translation>nessun indirizzo del mittente (From) a cui rispondere</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>attachment %1</source>
        <translation>allegato %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[The attachment “%1” (%2 bytes) was not kept: files are kept up to 10 MiB.]</source>
        <translation>[L&apos;allegato “%1” (%2 byte) non è stato conservato: si conservano file fino a 10 MiB.]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[The attachment “%1” was not kept: a report keeps %2 files.]</source>
        <translation>[L&apos;allegato “%1” non è stato conservato: una segnalazione conserva %2 file.]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[Part of this e-mail could not be read: %1]</source>
        <translation>[Una parte di questa e-mail non è leggibile: %1]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a readable e-mail: %1</source>
        <translation>non è un&apos;e-mail leggibile: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>full message.txt</source>
        <translation>messaggio completo.txt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no subject)</source>
        <translation>(senza oggetto)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>[The text was longer than a report holds; all of it is in the attached “%1”.]</source>
        <translation>[Il testo era più lungo di quanto una segnalazione contenga; è tutto nell&apos;allegato “%1”.]</translation>
    </message>
</context>
<context>
    <name>desk::MailRepository</name>
    <message>
        <location filename="../app/store/mailrepository.cpp" line="+72"/>
        <source>The sender stopped during the SMTP transaction: the message may have been delivered. Check the mail server&apos;s log, then send it again or mark it sent.</source>
        <translation>L&apos;invio si è interrotto durante la transazione SMTP: il messaggio potrebbe essere stato consegnato. Controllate il log del server di posta, poi inviatelo di nuovo o segnatelo come inviato.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The sender stopped answering during the SMTP transaction: the message may have been delivered. Check the mail server&apos;s log, then send it again or mark it sent.</source>
        <translation>Il mittente ha smesso di rispondere durante la transazione SMTP: il messaggio potrebbe essere stato consegnato. Controllate il log del server di posta, poi inviatelo di nuovo o segnatelo come inviato.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Mail job %1 is no longer being sent by this sender.</source>
        <translation>Il messaggio %1 non è più in invio da parte di questo mittente.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Mail job %1 does not exist.</source>
        <translation>Il messaggio %1 non esiste.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only a team lead can retry, cancel or settle messages to reporters.</source>
        <translation>Solo un team lead può reinviare, annullare o risolvere i messaggi ai segnalanti.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This message is %1 now; it cannot be changed that way.</source>
        <translation>Questo messaggio ora è «%1»: non si può cambiare così.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This message changed meanwhile; look again.</source>
        <translation>Questo messaggio è cambiato nel frattempo; guardate di nuovo.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Only a team lead can hold or release an incident&apos;s messages.</source>
        <translation>Solo un team lead può sospendere o riprendere i messaggi di un incidente.</translation>
    </message>
</context>
<context>
    <name>desk::MailSender</name>
    <message>
        <location filename="../app/mail/mailsender.cpp" line="+137"/>
        <source>The reporter was confirmed already (%1); nothing was sent.</source>
        <translation>Il segnalante aveva già avuto la conferma (%1); non è stato inviato nulla.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an e-mail address; correct the report&apos;s address, then send it again.</source>
        <translation>«%1» non è un indirizzo e-mail; correggete l&apos;indirizzo della segnalazione, poi inviatelo di nuovo.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Given up after %1 attempts; the last: %2</source>
        <translation>Abbandonato dopo %1 tentativi; l&apos;ultimo: %2</translation>
    </message>
</context>
<context>
    <name>desk::MailboxReader</name>
    <message>
        <location filename="../app/intake/mailboxreader.cpp" line="+99"/>
        <source>The mailbox %1@%2:%3 cannot be read: %4</source>
        <translation>La casella %1@%2:%3 non può essere letta: %4</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Reading the mailbox failed: %1</source>
        <translation>La lettura della casella non è riuscita: %1</translation>
    </message>
</context>
<context>
    <name>desk::Migrator</name>
    <message>
        <location filename="../app/store/migrator.cpp" line="+86"/>
        <source>This database was upgraded by a newer Incident Desk (schema %1; this program knows up to %2). Install the newer version of Incident Desk to use it.</source>
        <translation>Questo database è stato aggiornato da una versione più recente di Incident Desk (schema %1; questo programma arriva a %2). Installate la versione più recente per usarlo.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>La migrazione %1 (%2) non è riuscita: %3</translation>
    </message>
</context>
<context>
    <name>desk::Outbox</name>
    <message>
        <location filename="../app/store/outbox.cpp" line="+48"/>
        <source>The offline outbox on this computer cannot be written: %1</source>
        <translation>Impossibile scrivere la coda offline su questo computer: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cannot create the folder for the offline outbox: %1</source>
        <translation>Impossibile creare la cartella della coda offline: %1</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>resolved by the user</source>
        <translation>risolto dall&apos;utente</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown operation &apos;%1&apos; in the outbox.</source>
        <translation>Operazione sconosciuta «%1» nella coda offline.</translation>
    </message>
</context>
<context>
    <name>desk::PasswordHash</name>
    <message>
        <location filename="../app/core/passwordhash.cpp" line="+23"/>
        <source>The crypto library failed to start.</source>
        <translation>La libreria crittografica non si è avviata.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not enough memory to hash the password.</source>
        <translation>Memoria insufficiente per calcolare l&apos;hash della password.</translation>
    </message>
</context>
<context>
    <name>desk::PublicationRepository</name>
    <message>
        <location filename="../app/store/publicationrepository.cpp" line="+136"/>
        <location line="+49"/>
        <location line="+28"/>
        <source>Only an administrator configures where updates are published.</source>
        <translation>Solo un amministratore configura dove si pubblicano gli aggiornamenti.</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+49"/>
        <source>Give the target a name, e.g. “Help Center”.</source>
        <translation>Date un nome alla destinazione, per esempio «Help Center».</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The target&apos;s settings are not a JSON object: %1</source>
        <translation>Le impostazioni della destinazione non sono un oggetto JSON: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+24"/>
        <source>This target was changed elsewhere; reload it.</source>
        <translation>Questa destinazione è stata modificata altrove: ricaricatela.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Publication job %1 does not exist.</source>
        <translation>La pubblicazione %1 non esiste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a team lead can retry or cancel publications.</source>
        <translation>Solo un team lead può ritentare o annullare le pubblicazioni.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This publication is %1; it cannot be changed that way now.</source>
        <translation>Questa pubblicazione è nello stato %1: ora non si può cambiare così.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This publication changed meanwhile; look again.</source>
        <translation>Nel frattempo questa pubblicazione è cambiata: ricontrollate.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>The setting “%1” looks like a secret: secrets are kept in the keychain of each workstation, never in the shared database.</source>
        <translation>L&apos;impostazione «%1» sembra un segreto: i segreti restano nel portachiavi di ogni postazione, mai nel database condiviso.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Help Center (this computer)</source>
        <translation>Centro assistenza (questo computer)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No Help Center has an address yet: an administrator sets it in Publications → Targets…</source>
        <translation>Nessun Centro assistenza ha ancora un indirizzo: un amministratore lo imposta in Pubblicazioni → Destinazioni…</translation>
    </message>
    <message>
        <location line="+279"/>
        <source>Publication job %1 is gone.</source>
        <translation>Il lavoro di pubblicazione %1 non esiste più.</translation>
    </message>
</context>
<context>
    <name>desk::PublicationRunner</name>
    <message>
        <location filename="../app/publish/publicationrunner.cpp" line="+65"/>
        <source>Waiting: the Help Center target has no WebDAV address yet; an administrator sets it.</source>
        <translation>In attesa: la destinazione Help Center non ha ancora un indirizzo WebDAV; lo imposta un amministratore.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: the Statuspage target has no page id yet; an administrator sets it.</source>
        <translation>In attesa: la destinazione Statuspage non ha ancora un ID pagina; lo imposta un amministratore.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: the Cachet target has no address yet; an administrator sets it.</source>
        <translation>In attesa: la destinazione Cachet non ha ancora un indirizzo; lo imposta un amministratore.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: the Zendesk Guide target needs its address, section id and user; an administrator sets them.</source>
        <translation>In attesa: la destinazione Zendesk Guide richiede indirizzo, ID sezione e utente; li imposta un amministratore.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: the webhook target has no address yet; an administrator sets it.</source>
        <translation>In attesa: il webhook non ha ancora un indirizzo; lo imposta un amministratore.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: this workstation has no credentials for %1; an administrator enters them in Publication targets.</source>
        <translation>In attesa: questa postazione non ha le credenziali per %1; un amministratore le inserisce in Destinazioni di pubblicazione.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+32"/>
        <source>The Help Center target&apos;s WebDAV address is not a valid URL: %1</source>
        <translation>L&apos;indirizzo WebDAV della destinazione Help Center non è un URL valido: %1</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The update of this job is not published.</source>
        <translation>L&apos;aggiornamento di questo invio non è pubblicato.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Taken back: the workstation sending it stopped answering.</source>
        <translation>Ripreso: la postazione che lo inviava ha smesso di rispondere.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Waiting: an earlier update of this incident has to reach %1 first.</source>
        <translation>In attesa: prima deve arrivare a %1 un aggiornamento precedente di questo incidente.</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>%1 cannot be written by this program.</source>
        <translation>%1 non è scrivibile da questo programma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the folder %2 can be written.</source>
        <translation>%1: la cartella %2 è scrivibile.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not answer: %2</source>
        <translation>%1 non risponde: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the user and password (HTTP %2).</source>
        <translation>%1 ha rifiutato utente e password (HTTP %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the server answered and accepted the credentials; the folder is made at the first publication.</source>
        <translation>%1: il server ha risposto e accettato le credenziali; la cartella viene creata alla prima pubblicazione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2 to PROPFIND.</source>
        <translation>%1 ha risposto HTTP %2 a PROPFIND.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the WebDAV server answered and accepted the credentials; nothing was written.</source>
        <translation>%1: il server WebDAV ha risposto e accettato le credenziali; non è stato scritto nulla.</translation>
    </message>
</context>
<context>
    <name>desk::ReportImporter</name>
    <message>
        <location filename="../app/intake/reportimporter.cpp" line="+73"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot tell the format of %1: name it .jsonl or .csv.</source>
        <translation>Impossibile capire il formato di %1: chiamatelo .jsonl o .csv.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>external_ref &apos;%1&apos; already appears on line %2</source>
        <translation>external_ref &apos;%1&apos; compare già alla riga %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the line is not valid UTF-8 text; save the file as UTF-8</source>
        <translation>la riga non è testo UTF-8 valido; salvate il file in UTF-8</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not valid JSON (%1 at column %2)</source>
        <translation>JSON non valido (%1 alla colonna %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the line is not a JSON object</source>
        <translation>la riga non è un oggetto JSON</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is empty: a CSV import needs a header row naming its columns.</source>
        <translation>%1 è vuoto: un&apos;importazione CSV richiede una riga di intestazione con i nomi delle colonne.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The CSV header has no &apos;%1&apos; column. Columns: %2.</source>
        <translation>L&apos;intestazione CSV non ha la colonna &apos;%1&apos;. Colonne: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a quoted field is never closed</source>
        <translation>un campo tra virgolette non viene mai chiuso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 fields where the header has %2</source>
        <translation>%1 campi mentre l&apos;intestazione ne ha %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the row is not valid UTF-8 text; save the file as UTF-8</source>
        <translation>la riga non è testo UTF-8 valido; salvate il file in UTF-8</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>The import was cancelled: nothing of it was kept.</source>
        <translation>L&apos;importazione è stata annullata: non ne è stato conservato nulla.</translation>
    </message>
</context>
<context>
    <name>desk::ReportRepository</name>
    <message>
        <location filename="../app/store/reportrepository.cpp" line="+62"/>
        <source>Report %1 no longer exists; another workstation may have removed it.</source>
        <translation>La segnalazione %1 non esiste più; forse un&apos;altra postazione l&apos;ha rimossa.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>%1 claimed this report first; their claim runs until %2.</source>
        <translation>%1 ha preso in carico questa segnalazione per primo; la presa in carico dura fino alle %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>You do not hold a claim on this report.</source>
        <translation>Non avete in carico questa segnalazione.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 holds this report; ask them or wait until their claim ends.</source>
        <translation>%1 ha in carico questa segnalazione; chiedeteglielo o attendete la scadenza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this report since you opened it (it is now %1). Reload it; nothing you did was saved over theirs.</source>
        <translation>Qualcun altro ha modificato questa segnalazione dopo che l&apos;avete aperta (ora è %1). Ricaricatela; nulla di vostro ha sovrascritto il suo lavoro.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A report cannot be a duplicate of itself.</source>
        <translation>Una segnalazione non può essere duplicato di se stessa.</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>There is no report with the reference &apos;%1&apos;.</source>
        <translation>Non esiste una segnalazione con il riferimento &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That file is not stored with the report.</source>
        <translation>Quel file non è registrato con la segnalazione.</translation>
    </message>
</context>
<context>
    <name>desk::SecretStore</name>
    <message>
        <location filename="../app/core/secretstore.cpp" line="+70"/>
        <source>The keychain did not store the secret: %1</source>
        <translation>Il portachiavi non ha salvato il segreto: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No keychain service is running.</source>
        <translation>Nessun servizio portachiavi è attivo.</translation>
    </message>
</context>
<context>
    <name>desk::ServiceRepository</name>
    <message>
        <location filename="../app/store/servicerepository.cpp" line="+60"/>
        <source>Someone else changed this service&apos;s status meanwhile; reload and try again.</source>
        <translation>Nel frattempo qualcun altro ha cambiato lo stato di questo servizio; ricaricate e riprovate.</translation>
    </message>
</context>
<context>
    <name>desk::Simulation</name>
    <message>
        <location filename="../app/tools/simulation.cpp" line="+143"/>
        <source>--agents takes 1 to 500.</source>
        <translation>--agents accetta da 1 a 500.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 agents for %2 s on %3 new reports</source>
        <translation>%1 operatori per %2 s su %3 segnalazioni nuove</translation>
    </message>
</context>
<context>
    <name>desk::SiteOptions</name>
    <message>
        <location filename="../app/publish/sitedata.cpp" line="+32"/>
        <source>The logo address %1 must start with https:// or be a path on the Help Center.</source>
        <translation>L&apos;indirizzo del logo %1 deve iniziare con https:// o essere un percorso dell&apos;Help Center.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The contact form address %1 must start with https:// (or be a mailto: address).</source>
        <translation>L&apos;indirizzo del modulo di contatto %1 deve iniziare con https:// (o essere un indirizzo mailto:).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The colour %1 is not of the form #rrggbb (for example #24364b).</source>
        <translation>Il colore %1 non è nella forma #rrggbb (per esempio #24364b).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The time zones name a language the Help Center does not have: %1.</source>
        <translation>I fusi orari nominano una lingua che l&apos;Help Center non ha: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a time zone this computer knows (for %2); use a name such as Europe/Madrid or America/Mexico_City.</source>
        <translation>%1 non è un fuso orario noto a questo computer (per %2); usa un nome come Europe/Madrid o America/Mexico_City.</translation>
    </message>
</context>
<context>
    <name>desk::SiteTemplates</name>
    <message>
        <location filename="../app/publish/sitetemplates.cpp" line="+40"/>
        <source>The Help Center&apos;s template folder %1 does not exist.</source>
        <translation>La cartella dei modelli dell&apos;Help Center %1 non esiste.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The Help Center template %1.mustache is missing.</source>
        <translation>Manca il modello dell&apos;Help Center %1.mustache.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Help Center template %1 cannot be read: %2</source>
        <translation>Il modello dell&apos;Help Center %1 non si può leggere: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The Help Center template %1.mustache includes a template that does not exist.</source>
        <translation>Il modello dell&apos;Help Center %1.mustache include un modello che non esiste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Help Center template %1.mustache cannot be read: %2</source>
        <translation>Il modello dell&apos;Help Center %1.mustache non si può leggere: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 non si può leggere: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a JSON object of texts: %2</source>
        <translation>%1 non è un oggetto JSON di testi: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In %1, the text %2 is not a string.</source>
        <translation>In %1 il testo %2 non è una stringa.</translation>
    </message>
</context>
<context>
    <name>desk::SmtpSender</name>
    <message>
        <location filename="../app/mail/smtpsender.cpp" line="+98"/>
        <source>The mail server %1 refused the login %2: %3. Check the user and the password (credential smtp-password).</source>
        <translation>Il server di posta %1 ha rifiutato l&apos;accesso %2: %3. Controllate utente e password (credenziale smtp-password).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server %1 does not take mail now: %2</source>
        <translation>Il server di posta %1 ora non accetta posta: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server %1 cannot be reached: %2</source>
        <translation>Il server di posta %1 non è raggiungibile: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection broke after the message was sent, before the server answered (%1): it may have been delivered.</source>
        <translation>La connessione si è interrotta dopo l&apos;invio del messaggio, prima della risposta del server (%1): potrebbe essere stato consegnato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the mail server broke: %1</source>
        <translation>La connessione al server di posta si è interrotta: %1</translation>
    </message>
</context>
<context>
    <name>desk::SpellChecker</name>
    <message>
        <location filename="../app/compose/spellchecker.cpp" line="+118"/>
        <source>Only a single word can be added to the dictionary.</source>
        <translation>Al dizionario si può aggiungere una sola parola.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save the word in %1: %2</source>
        <translation>Impossibile salvare la parola in %1: %2</translation>
    </message>
</context>
<context>
    <name>desk::Submission</name>
    <message>
        <location filename="../app/intake/submission.cpp" line="+81"/>
        <source>multipart/form-data needs a boundary parameter of 1 to 70 characters.</source>
        <translation>multipart/form-data richiede un parametro boundary da 1 a 70 caratteri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the report as application/json, application/x-www-form-urlencoded or multipart/form-data (Content-Type was “%1”).</source>
        <translation>Inviate la segnalazione come application/json, application/x-www-form-urlencoded o multipart/form-data (il Content-Type era “%1”).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The body is not valid UTF-8.</source>
        <translation>Il corpo della richiesta non è UTF-8 valido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The body is not valid JSON: %1 at offset %2.</source>
        <translation>Il corpo della richiesta non è JSON valido: %1 alla posizione %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The body must be one JSON object with the report&apos;s fields.</source>
        <translation>Il corpo deve essere un solo oggetto JSON con i campi della segnalazione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report has %1 fields; a report has at most %2.</source>
        <translation>La segnalazione ha %1 campi; una segnalazione ne ha al massimo %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be text</source>
        <translation>deve essere testo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The form has %1 fields; a report has at most %2.</source>
        <translation>Il modulo ha %1 campi; una segnalazione ne ha al massimo %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The form is not valid UTF-8: send it with accept-charset=&quot;UTF-8&quot;.</source>
        <translation>Il modulo non è UTF-8 valido: inviatelo con accept-charset=&quot;UTF-8&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The multipart body does not contain its boundary.</source>
        <translation>Il corpo multipart non contiene il suo boundary.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A multipart boundary must be followed by CRLF.</source>
        <translation>Un boundary multipart deve essere seguito da CRLF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A part of the multipart body is cut off (no closing boundary).</source>
        <translation>Una parte del corpo multipart è troncata (manca il boundary di chiusura).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The form has more than %1 parts.</source>
        <translation>Il modulo ha più di %1 parti.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Every part of the form needs a UTF-8 name in its Content-Disposition.</source>
        <translation>Ogni parte del modulo richiede un nome UTF-8 nel suo Content-Disposition.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file “%1” has %2 bytes; the limit is %3 (10 MiB).</source>
        <translation>Il file “%1” ha %2 byte; il limite è %3 (10 MiB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At most %1 files go with one report.</source>
        <translation>Una segnalazione può avere al massimo %1 file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The field “%1” is not valid UTF-8.</source>
        <translation>Il campo “%1” non è UTF-8 valido.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 contains a NUL character</source>
        <translation>%1 contiene un carattere NUL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 è più lungo di %2 caratteri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>external_ref is missing</source>
        <translation>manca external_ref</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>external_ref is longer than 200 characters</source>
        <translation>external_ref supera i 200 caratteri</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>received_at is missing</source>
        <translation>manca received_at</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>received_at &apos;%1&apos; is not an ISO 8601 date and time (e.g. 2026-03-14T09:30:00Z)</source>
        <translation>received_at &apos;%1&apos; non è una data e ora ISO 8601 (es. 2026-03-14T09:30:00Z)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>channel &apos;%1&apos; is unknown (use contact_form, email, phone or import)</source>
        <translation>il canale &apos;%1&apos; è sconosciuto (usate contact_form, email, phone o import)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>language &apos;%1&apos; is not supported (use it, en, fr, de or es)</source>
        <translation>la lingua &apos;%1&apos; non è supportata (usate it, en, fr, de o es)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>both subject and body are empty</source>
        <translation>oggetto e testo sono entrambi vuoti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subject has %1 characters; the limit is %2</source>
        <translation>l&apos;oggetto ha %1 caratteri; il limite è %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>body has %1 characters; the limit is %2 (attach long logs as files instead)</source>
        <translation>il testo ha %1 caratteri; il limite è %2 (allegate i log lunghi come file)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>customer_email &apos;%1&apos; is not an e-mail address</source>
        <translation>customer_email &apos;%1&apos; non è un indirizzo e-mail</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>service &apos;%1&apos; is unknown (known services: %2)</source>
        <translation>il servizio &apos;%1&apos; è sconosciuto (servizi noti: %2)</translation>
    </message>
</context>
<context>
    <name>desk::TriageActions</name>
    <message>
        <location filename="../app/triage/triageactions.cpp" line="+32"/>
        <source>Select one or more reports first.</source>
        <translation>Selezionate prima una o più segnalazioni.</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Not done for %n report(s): %1</source>
        <translation>
            <numerusform>Non eseguito per %n segnalazione: %1</numerusform>
            <numerusform>Non eseguito per %n segnalazioni: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database cannot be reached, so this was not done. Try again when it is back.</source>
        <translation>Il database non è raggiungibile, quindi non è stato fatto. Riprovate quando torna disponibile.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The database cannot be reached: %n report(s) kept on this computer, done as soon as it is back.</source>
        <translation>
            <numerusform>Il database non è raggiungibile: %n segnalazione conservata su questo computer, sarà fatto appena torna disponibile.</numerusform>
            <numerusform>Il database non è raggiungibile: %n segnalazioni conservate su questo computer, sarà fatto appena torna disponibile.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not kept: %1</source>
        <translation>Non conservate: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Claimed %n report(s).</source>
        <translation>
            <numerusform>%n segnalazione presa in carico.</numerusform>
            <numerusform>%n segnalazioni prese in carico.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Released %n report(s).</source>
        <translation>
            <numerusform>%n segnalazione rilasciata.</numerusform>
            <numerusform>%n segnalazioni rilasciate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Linked %n report(s).</source>
        <translation>
            <numerusform>%n segnalazione collegata.</numerusform>
            <numerusform>%n segnalazioni collegate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Marked %n report(s) as not an incident.</source>
        <translation>
            <numerusform>%n segnalazione segnata come non incidente.</numerusform>
            <numerusform>%n segnalazioni segnate come non incidenti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Marked %n report(s) as duplicates.</source>
        <translation>
            <numerusform>%n segnalazione segnata come duplicato.</numerusform>
            <numerusform>%n segnalazioni segnate come duplicati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Created %1 and linked %n report(s).</source>
        <translation>
            <numerusform>Creato %1 e collegata %n segnalazione.</numerusform>
            <numerusform>Creato %1 e collegate %n segnalazioni.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database cannot be reached: the incident was not created. Try again when it is back.</source>
        <translation>Il database non è raggiungibile: l&apos;incidente non è stato creato. Riprovate quando torna disponibile.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Undone for %n report(s).</source>
        <translation>
            <numerusform>Annullato per %n segnalazione.</numerusform>
            <numerusform>Annullato per %n segnalazioni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::UpdateDraftSession</name>
    <message>
        <location filename="../app/compose/updatedraftsession.cpp" line="+98"/>
        <source>Could not load the update: %1</source>
        <translation>Impossibile caricare l&apos;aggiornamento: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database cannot be reached: the update could not be loaded.</source>
        <translation>Il database non è raggiungibile: non è stato possibile aprire l&apos;aggiornamento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offline</source>
        <extracomment>Why the draft could not be loaded: the database cannot be reached</extracomment>
        <translation>non in linea</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Restored the text you wrote on this computer at %1, which was not saved to the team database yet.</source>
        <translation>Ripristinato il testo scritto su questo computer alle %1, che non era ancora stato salvato nel database del team.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 asked for changes: “%2”</source>
        <translation>%1 ha chiesto modifiche: «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for a team lead&apos;s approval. Withdraw it to change the text.</source>
        <translation>In attesa dell&apos;approvazione di un team lead. Ritiratelo per cambiare il testo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Editing…</source>
        <translation>Modifica in corso…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kept on this computer at %1</source>
        <translation>Conservato su questo computer alle %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write the update in at least one language.</source>
        <translation>Scrivete l&apos;aggiornamento in almeno una lingua.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The database cannot be reached. Your text is kept on this computer and goes to the team database when you save again.</source>
        <translation>Il database non è raggiungibile. Il vostro testo resta su questo computer e va nel database del team quando salvate di nuovo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not saved to the team database: %1 Your text is kept on this computer.</source>
        <translation>Non salvato nel database del team: %1 Il vostro testo resta su questo computer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved to the team database at %1 · %2</source>
        <translation>Salvato nel database del team alle %1 · %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not submitted: %1</source>
        <translation>Non inviato: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submitted: a team lead will review it. You will be told of the decision.</source>
        <translation>Inviato: lo rivedrà un team lead. Vi verrà comunicata la decisione.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database cannot be reached: the update was saved on this computer but not submitted. Submit it again when the database is back.</source>
        <translation>Il database non è raggiungibile: l&apos;aggiornamento è conservato su questo computer ma non è stato inviato. Inviatelo di nuovo quando il database torna disponibile.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Withdrawn: you can edit it again.</source>
        <translation>Ritirato: potete modificarlo di nuovo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database cannot be reached: the update is still waiting for approval.</source>
        <translation>Il database non è raggiungibile: l&apos;aggiornamento è ancora in attesa di approvazione.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The database cannot be reached: the draft was not discarded.</source>
        <translation>Il database non è raggiungibile: la bozza non è stata eliminata.</translation>
    </message>
</context>
<context>
    <name>desk::UpdateRepository</name>
    <message>
        <location filename="../app/store/updaterepository.cpp" line="+77"/>
        <location line="+120"/>
        <source>An update needs a text in at least one language.</source>
        <translation>Un aggiornamento richiede un testo in almeno una lingua.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Update %1 does not exist.</source>
        <translation>L&apos;aggiornamento %1 non esiste.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>This update was changed elsewhere since you opened it; your text is kept, compare it with theirs.</source>
        <translation>Questo aggiornamento è stato modificato altrove dopo che l&apos;avete aperto; il vostro testo è conservato, confrontatelo con l&apos;altro.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+50"/>
        <location line="+31"/>
        <source>This update was changed elsewhere since you opened it; reload it.</source>
        <translation>Questo aggiornamento è stato modificato altrove dopo che l&apos;avete aperto; ricaricatelo.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Say what should change, so the author knows what to do.</source>
        <translation>Indicate cosa va cambiato, così l&apos;autore sa cosa fare.</translation>
    </message>
</context>
<context>
    <name>desk::UpdateTemplates</name>
    <message>
        <location filename="../app/compose/updatetemplates.cpp" line="+34"/>
        <source>There is no %1 template in %2.</source>
        <translation>Non esiste un modello %1 in %2.</translation>
    </message>
</context>
<context>
    <name>desk::UpdateWorkflow</name>
    <message>
        <location filename="../app/domain/updateworkflow.cpp" line="+41"/>
        <source>A published update never changes; write a new update to correct it.</source>
        <translation>Un aggiornamento pubblicato non cambia mai; scrivete un nuovo aggiornamento per correggerlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The update is waiting for approval; withdraw it before editing.</source>
        <translation>L&apos;aggiornamento è in attesa di approvazione; ritiratelo prima di modificarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the author or a lead can delete an unpublished update.</source>
        <translation>Solo l&apos;autore o un responsabile può eliminare un aggiornamento non pubblicato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a draft or an update with requested changes can be submitted.</source>
        <translation>Si può inviare solo una bozza o un aggiornamento con modifiche richieste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a submitted update can be withdrawn.</source>
        <translation>Si può ritirare solo un aggiornamento inviato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the author can withdraw the update.</source>
        <translation>Solo l&apos;autore può ritirare l&apos;aggiornamento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a team lead can review updates.</source>
        <translation>Solo un responsabile del team può esaminare gli aggiornamenti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody reviews their own update: another lead must do it.</source>
        <translation>Nessuno esamina il proprio aggiornamento: deve farlo un altro responsabile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a submitted update can be reviewed.</source>
        <translation>Si può esaminare solo un aggiornamento inviato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a team lead can publish updates.</source>
        <translation>Solo un responsabile del team può pubblicare gli aggiornamenti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an approved update can be published.</source>
        <translation>Si può pubblicare solo un aggiornamento approvato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown action.</source>
        <translation>Azione sconosciuta.</translation>
    </message>
</context>
<context>
    <name>desk::UserRepository</name>
    <message>
        <location filename="../app/store/userrepository.cpp" line="+52"/>
        <source>&apos;%1&apos; is not a valid user name: use 2 to 63 lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>&apos;%1&apos; non è un nome utente valido: usate da 2 a 63 lettere minuscole, cifre, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, iniziando con una lettera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password must have at least 8 characters.</source>
        <translation>La password deve avere almeno 8 caratteri.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A user named &apos;%1&apos; already exists.</source>
        <translation>Esiste già un utente di nome &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>There is no user named &apos;%1&apos;.</source>
        <translation>Non esiste un utente di nome &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The user name or the password is not right.</source>
        <translation>Il nome utente o la password non sono corretti.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The account &apos;%1&apos; is disabled. Ask an administrator.</source>
        <translation>L&apos;account &apos;%1&apos; è disattivato. Rivolgetevi a un amministratore.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The database role &apos;%1&apos; is not an Incident Desk user. Ask an administrator to run &apos;incident-desk-cli user add %1 --role agent&apos;.</source>
        <translation>Il ruolo di database &apos;%1&apos; non è un utente di Incident Desk. Chiedete a un amministratore di eseguire &apos;incident-desk-cli user add %1 --role agent&apos;.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no user %1.</source>
        <translation>Non esiste l&apos;utente %1.</translation>
    </message>
</context>
<context>
    <name>desk::VmimeSupport</name>
    <message>
        <location filename="../app/mail/vmimesupport.cpp" line="+150"/>
        <source>No certificate could be read from %1.</source>
        <translation>Nessun certificato leggibile in %1.</translation>
    </message>
</context>
<context>
    <name>desk::WebDavPublisher</name>
    <message>
        <location filename="../app/publish/webdavpublisher.cpp" line="+136"/>
        <source>%1 was changed on the server by someone else since the last publication; look at it before publishing over it.</source>
        <translation>%1 è stato modificato sul server da qualcun altro dopo l&apos;ultima pubblicazione; controllatelo prima di pubblicarci sopra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 reads back differently from what was uploaded (HTTP %2, %3 bytes instead of %4).</source>
        <translation>%1 riletto è diverso da quanto caricato (HTTP %2, %3 byte invece di %4).</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+25"/>
        <source>Creating the folder %1</source>
        <translation>Creazione della cartella %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading %1 back</source>
        <translation>Rilettura di %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Uploading %1</source>
        <translation>Caricamento di %1</translation>
    </message>
</context>
<context>
    <name>desk::cli</name>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="+112"/>
        <source>error: %1</source>
        <translation>errore: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show this help.</source>
        <translation>Mostra questo aiuto.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 has no Incident Desk schema yet: run &apos;incident-desk-cli db init&apos; first.</source>
        <translation>%1 non ha ancora lo schema di Incident Desk: esegui prima &apos;incident-desk-cli db init&apos;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Who acts (default $INCIDENT_DESK_USER). On PostgreSQL the login role.</source>
        <translation>Chi agisce (predefinito $INCIDENT_DESK_USER). Su PostgreSQL il ruolo di accesso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/dbcommands.cpp" line="+108"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>Legge la password dalla prima riga dello standard input.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Say who acts: --user NAME (or $INCIDENT_DESK_USER), with the password on standard input (--password-stdin) or typed at the prompt.</source>
        <translation>Indica chi agisce: --user NOME (o $INCIDENT_DESK_USER), con la password sullo standard input (--password-stdin) o digitata al prompt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/dbcommands.cpp" line="+49"/>
        <source>Password for %1: </source>
        <translation>Password di %1: </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No terminal to ask for the password: pass it on standard input with --password-stdin.</source>
        <translation>Nessun terminale per chiedere la password: passala sullo standard input con --password-stdin.</translation>
    </message>
    <message>
        <location filename="../app/cli/datacommands.cpp" line="+21"/>
        <source>A .jsonl or .csv file of reports.</source>
        <translation>Un file .jsonl o .csv di segnalazioni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import nothing if any row is bad.</source>
        <translation>Non importa nulla se una riga è errata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jsonl or csv (default: from the file name).</source>
        <translation>jsonl o csv (predefinito: dal nome del file).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+196"/>
        <source>Show how far it got on standard error (the default on a terminal).</source>
        <translation>Mostra l&apos;avanzamento sullo standard error (predefinito su un terminale).</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Imports customer reports. Columns (CSV header or JSON keys): external_ref, received_at (ISO 8601),
channel, customer_ref, customer_name, customer_email, language, subject, body, service.
Good rows go in one transaction; each bad row is listed with its line number.
Reports already imported (same external_ref) are skipped. Ctrl+C stops it and keeps nothing.
Exit status: 0 all imported, 1 nothing imported, 3 imported with rejected rows.</source>
        <translation>Importa segnalazioni dei clienti. Colonne (intestazione CSV o chiavi JSON): external_ref, received_at (ISO 8601),
channel, customer_ref, customer_name, customer_email, language, subject, body, service.
Le righe valide entrano in un&apos;unica transazione; ogni riga errata è elencata con il suo numero.
Le segnalazioni già importate (stesso external_ref) vengono saltate. Ctrl+C interrompe e non conserva nulla.
Stato di uscita: 0 tutto importato, 1 nulla importato, 3 importato con righe rifiutate.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name the file to import.</source>
        <translation>Indica il file da importare.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown format &apos;%1&apos;: use jsonl or csv.</source>
        <translation>Formato &apos;%1&apos; sconosciuto: usa jsonl o csv.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 rows read, %2 %</source>
        <translation>%1 righe lette, %2 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… and %1 more bad rows</source>
        <translation>… e altre %1 righe errate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing imported: %1 of %2 rows are bad (--strict). Fix them and run the import again.</source>
        <translation>Nulla importato: %1 righe su %2 sono errate (--strict). Correggile e ripeti l&apos;importazione.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imported %1 reports, %2 already present, %3 rejected (of %4 read)</source>
        <translation>importate %1 segnalazioni, %2 già presenti, %3 rifiutate (su %4 lette)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How many reports (default 2000).</source>
        <translation>Quante segnalazioni (predefinito 2000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (default 2026).</source>
        <translation>Seme casuale (predefinito 2026).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print only the summary.</source>
        <translation>Stampa solo il riepilogo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fills the database with realistic demo data: services, users (anna, marco, sofia: agents; giulia,
luca: leads; admin; password &apos;demo-password&apos;), incidents in every state with their updates,
and reports in five languages over six weeks. Running it again adds nothing twice.</source>
        <translation>Riempie il database con dati dimostrativi realistici: servizi, utenti (anna, marco, sofia: operatori; giulia,
luca: responsabili; admin; password &apos;demo-password&apos;), incidenti in ogni stato con i loro aggiornamenti,
e segnalazioni in cinque lingue su sei settimane. Eseguirlo di nuovo non aggiunge nulla due volte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--reports takes a number from 0 to 50000000.</source>
        <translation>--reports accetta un numero da 0 a 50000000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--seed takes a whole number.</source>
        <translation>--seed accetta un numero intero.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 reports</source>
        <translation>%1 di %2 segnalazioni</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>demo data: %1 services, %2 new users, %3 incidents, %4 published updates, %5 reports (%6 already present) in %7 s</source>
        <translation>dati dimostrativi: %1 servizi, %2 nuovi utenti, %3 incidenti, %4 aggiornamenti pubblicati, %5 segnalazioni (%6 già presenti) in %7 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>including a year of history: %1 incidents before the last six weeks</source>
        <translation>compreso un anno di storico: %1 incidenti prima delle ultime sei settimane</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no year of history: %1</source>
        <translation>nessun anno di storico: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How many agents work at once (default 10).</source>
        <translation>Quanti operatori lavorano insieme (predefinito 10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For how many seconds (default 60).</source>
        <translation>Per quanti secondi (predefinito 60).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Headless agents claim, link and edit on the database at once, each on its own connection, then the run is checked:
double claims and lost updates must be 0. Adds simulated reports and incidents: use a test database.</source>
        <translation>Operatori senza interfaccia prendono in carico, collegano e modificano sul database insieme, ognuno con la sua connessione, poi la prova viene verificata:
prese in carico doppie e aggiornamenti persi devono essere 0. Aggiunge segnalazioni e incidenti simulati: usa un database di prova.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--agents and --duration take positive whole numbers.</source>
        <translation>--agents e --duration accettano numeri interi positivi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>operations: %1 (%2 per second)</source>
        <translation>operazioni: %1 (%2 al secondo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>conflicts met: %1</source>
        <translation>conflitti incontrati: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>double claims: %1</source>
        <translation>prese in carico doppie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost updates: %1</source>
        <translation>aggiornamenti persi: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other errors: %1</source>
        <translation>altri errori: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>confirmations | acknowledgements</source>
        <translation>confirmations | acknowledgements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The incident, e.g. INC-2026-0042.</source>
        <translation>L&apos;incidente, p. es. INC-2026-0042.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf, eml, csv, comma-separated (default all); pdf-each or pdf-combined for one kind of PDF.</source>
        <translation>pdf, eml, csv, separati da virgole (predefinito tutti); pdf-each o pdf-combined per un solo tipo di PDF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder to write to.</source>
        <translation>La cartella in cui scrivere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the CSV with a byte order mark (for spreadsheet programs).</source>
        <translation>Inizia il CSV con un byte order mark (per i fogli di calcolo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team&apos;s address (default support@example.org).</source>
        <translation>L&apos;indirizzo del team (predefinito support@example.org).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team&apos;s name (default Customer Service).</source>
        <translation>Il nome del team (predefinito Customer Service).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Help Center&apos;s incident pages (default: the Help Center target&apos;s baseUrl).</source>
        <translation>Le pagine degli incidenti del Centro assistenza (predefinito: il baseUrl della destinazione Centro assistenza).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every linked report, also those confirmed before.</source>
        <translation>Ogni segnalazione collegata, anche quelle già confermate.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writes every reporter&apos;s resolution confirmation (or acknowledgement notice) in their own language:
a PDF each, one PDF with a page per reporter, an .eml each, and a CSV for mail merge.
Exported reports are marked confirmed; a failed or cancelled export leaves no file and marks nothing;
so does Ctrl+C.</source>
        <translation>Scrive la conferma di risoluzione (o l&apos;avviso di presa in carico) di ogni segnalante nella sua lingua:
un PDF ciascuno, un PDF con una pagina per segnalante, un .eml ciascuno e un CSV per la stampa unione.
Le segnalazioni esportate sono segnate come confermate; un&apos;esportazione fallita o annullata non lascia file e non segna nulla;
così anche Ctrl+C.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say what to export: confirmations or acknowledgements.</source>
        <translation>Indica cosa esportare: confirmations o acknowledgements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--incident and --out are needed.</source>
        <translation>Servono --incident e --out.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown format &apos;%1&apos;: use pdf, eml, csv.</source>
        <translation>Formato &apos;%1&apos; sconosciuto: usa pdf, eml, csv.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 of %2 reporters</source>
        <translation>%1 di %2 segnalanti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cancelled: no file was written and no report was marked.</source>
        <translation>annullata: nessun file è stato scritto e nessuna segnalazione è stata segnata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exported before: %1</source>
        <translation>esportato in precedenza: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped: %1</source>
        <translation>saltata: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 report(s) exported, %2 file(s) written to %3</source>
        <translation>%1 segnalazioni esportate, %2 file scritti in %3</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommands.cpp" line="-134"/>
        <source>init | migrate | status</source>
        <translation>init | migrate | status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creates, upgrades or describes the database.
  init     create the schema (on PostgreSQL also the group roles desk_agent, desk_lead, desk_admin;
           run it as a role that may create roles)
  migrate  apply the migrations this program carries
  status   show the schema version and what the database holds</source>
        <translation>Crea, aggiorna o descrive il database.
  init     crea lo schema (su PostgreSQL anche i ruoli di gruppo desk_agent, desk_lead, desk_admin;
           eseguilo con un ruolo che può creare ruoli)
  migrate  applica le migrazioni che questo programma contiene
  status   mostra la versione dello schema e cosa contiene il database</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say what to do: db init, db migrate or db status.</source>
        <translation>Indica cosa fare: db init, db migrate o db status.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>database: %1 (%2)</source>
        <translation>database: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schema: %1 of %2</source>
        <translation>schema: %1 di %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database was upgraded by a newer Incident Desk; install the newer version.</source>
        <translation>Questo database è stato aggiornato da un Incident Desk più recente; installa la versione più recente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pending migrations: %1 (run &apos;incident-desk-cli db migrate&apos;)</source>
        <translation>migrazioni in sospeso: %1 (esegui &apos;incident-desk-cli db migrate&apos;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/cli/incidentcommands.cpp" line="+90"/>
        <source>reports</source>
        <translation>segnalazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incidents</source>
        <translation>incidenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updates</source>
        <translation>aggiornamenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>users</source>
        <translation>utenti</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>schema is at version %1 (%2 migrations applied)</source>
        <translation>lo schema è alla versione %1 (%2 migrazioni applicate)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next: create the first administrator with &apos;incident-desk-cli user add NAME --role admin&apos;.</source>
        <translation>Ora: crea il primo amministratore con &apos;incident-desk-cli user add NOME --role admin&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add | list | email</source>
        <translation>add | list | email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login name (add, email)</source>
        <translation>nome di accesso (add, email)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agent, lead or admin.</source>
        <translation>agent, lead o admin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name shown in the app.</source>
        <translation>Nome completo mostrato nell&apos;app.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the service&apos;s warnings reach this person (add; email NAME --email ADDRESS, empty for none).</source>
        <translation>Dove arrivano a questa persona gli avvisi del servizio (add; email NOME --email INDIRIZZO, vuoto per nessuno).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adds or lists the people who work in the desk, or sets where the service writes to them. On PostgreSQL &apos;add&apos; also creates the login role
and makes it a member of desk_agent, desk_lead or desk_admin.</source>
        <translation>Aggiunge o elenca le persone che lavorano nel desk, o imposta dove il servizio scrive loro. Su PostgreSQL &apos;add&apos; crea anche il ruolo di accesso
e lo rende membro di desk_agent, desk_lead o desk_admin.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: incident-desk-cli user email NAME --email ADDRESS</source>
        <translation>Uso: incident-desk-cli user email NOME --email INDIRIZZO</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 gets no e-mail from the service</source>
        <translation>%1 non riceve e-mail dal servizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gets the service&apos;s warnings at %2</source>
        <translation>%1 riceve gli avvisi del servizio a %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: incident-desk-cli user add NAME --role agent|lead|admin</source>
        <translation>Uso: incident-desk-cli user add NOME --role agent|lead|admin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown role &apos;%1&apos;: use agent, lead or admin.</source>
        <translation>Ruolo &apos;%1&apos; sconosciuto: usa agent, lead o admin.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>added %1 as %2</source>
        <translation>aggiunto %1 come %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verify | tail</source>
        <translation>verify | tail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks the audit log&apos;s hash chain (verify) or prints its latest entries (tail).</source>
        <translation>Verifica la catena di hash del registro di audit (verify) o ne stampa le ultime voci (tail).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the audit log was tampered with: the chain breaks at entry %1</source>
        <translation>il registro di audit è stato manomesso: la catena si interrompe alla voce %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>audit log intact: %n entries checked</source>
        <translation>
            <numerusform>registro di audit integro: %n voce verificata</numerusform>
            <numerusform>registro di audit integro: %n voci verificate</numerusform>
        </translation>
    </message>
    <message>
        <source>audit log intact: %1 entries checked</source>
        <translation type="vanished">registro di audit integro: %1 voci verificate</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add KIND NAME | list | set ID|NAME | test ID|NAME | enable ID | disable ID</source>
        <translation>add TIPO NOME | list | set ID|NOME | test ID|NOME | enable ID | disable ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target&apos;s settings as a JSON object (no secrets: they go to the keychain).</source>
        <translation>Le impostazioni della destinazione come oggetto JSON (niente segreti: vanno nel portachiavi).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With set: the target&apos;s new name.</source>
        <translation>Con set: il nuovo nome della destinazione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With test: a file holding the target&apos;s secret (otherwise the credential target-ID in $CREDENTIALS_DIRECTORY, if any).</source>
        <translation>Con test: un file con il segreto della destinazione (altrimenti la credenziale target-ID in $CREDENTIALS_DIRECTORY, se c&apos;è).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where published updates go. KIND is helpcenter, statuspage, cachet, zendesk or webhook. Each published update gets one job per enabled target.</source>
        <translation>Dove vanno gli aggiornamenti pubblicati. TIPO è helpcenter, statuspage, cachet, zendesk o webhook. Ogni aggiornamento pubblicato riceve un&apos;attività per destinazione attiva.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Say the kind (helpcenter, statuspage, cachet, zendesk, webhook) and a name.</source>
        <translation>Indica il tipo (helpcenter, statuspage, cachet, zendesk, webhook) e un nome.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added target %1: %2 (%3)</source>
        <translation>aggiunta la destinazione %1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+21"/>
        <location line="+18"/>
        <source>There is no target &apos;%1&apos;; see `target list`.</source>
        <translation>Non c&apos;è nessuna destinazione &apos;%1&apos;; vedi `target list`.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Say what to change: --name NEW, --config JSON, or both.</source>
        <translation>Indica cosa cambiare: --name NUOVO, --config JSON, o entrambi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>target %1: %2 (%3) %4</source>
        <translation>destinazione %1: %2 (%3) %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/cli/incidentcommands.cpp" line="+134"/>
        <source>%1 is %2</source>
        <translation>%1 è %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enabled</source>
        <translation>attiva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>disattivata</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown action &apos;%1&apos;: use add, list, set, test, enable or disable.</source>
        <translation>Azione &apos;%1&apos; sconosciuta: usa add, list, set, test, enable o disable.</translation>
    </message>
    <message>
        <location filename="../app/cli/incidentcommands.cpp" line="-206"/>
        <source>The title customers read.</source>
        <translation>Il titolo che leggono i clienti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened.</source>
        <translation>Cosa è successo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What customers cannot do on the site.</source>
        <translation>Cosa i clienti non possono fare sul sito.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none, minor (default), major or critical.</source>
        <translation>none, minor (predefinito), major o critical.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An affected service (its key; may repeat).</source>
        <translation>Un servizio coinvolto (la sua chiave; ripetibile).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports that make the incident, linked to it at once (numbers, comma-separated).</source>
        <translation>Segnalazioni che formano l&apos;incidente, collegate subito (numeri separati da virgole).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports to link (link; numbers, comma-separated).</source>
        <translation>Segnalazioni da collegare (link; numeri separati da virgole).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only incidents not yet resolved (list).</source>
        <translation>Solo gli incidenti non ancora risolti (list).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse (exit 6) when the incident changed since this version (move-to).</source>
        <translation>Rifiuta (uscita 6) se l&apos;incidente è cambiato da questa versione (move-to).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/reportcommands.cpp" line="+85"/>
        <location filename="../app/cli/updatecommands.cpp" line="+36"/>
        <source>Print JSON.</source>
        <translation>Stampa JSON.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Report %1 already belongs to incident %2; move it from there in the app.</source>
        <translation>La segnalazione %1 appartiene già all&apos;incidente %2; spostala da lì nell&apos;app.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>incident</source>
        <translation>incidente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>titolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impact</source>
        <translation>impatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services</source>
        <translation>servizi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner</source>
        <translation>responsabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>creato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 from %2 customers</source>
        <translation>%1 da %2 clienti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>descrizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impact on the site</source>
        <translation>impatto sul sito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>versione</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/updatecommands.cpp" line="+17"/>
        <location line="+168"/>
        <source>update</source>
        <translation>aggiornamento</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Impact is none, minor, major or critical.</source>
        <translation>L&apos;impatto è none, minor, major o critical.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>create | list | show REF | link REF | move-to REF STATE</source>
        <translation>create | list | show RIF | link RIF | move-to RIF STATO</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Creates incidents (from reports), lists and shows them, links reports to them and moves them along their lifecycle
(reported, acknowledged, investigating, identified, monitoring, resolved, reviewed, closed) with the same rules as the app.
REF is the reference (INC-2026-0042) or the number.</source>
        <translation>Crea incidenti (da segnalazioni), li elenca e li mostra, vi collega segnalazioni e li fa avanzare nel loro ciclo di vita
(reported, acknowledged, investigating, identified, monitoring, resolved, reviewed, closed) con le stesse regole dell&apos;app.
RIF è il riferimento (INC-2026-0042) o il numero.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say what to do: incident create, list, show REF, link REF --reports IDS or move-to REF STATE.</source>
        <translation>Indica cosa fare: incident create, list, show RIF, link RIF --reports ID o move-to RIF STATO.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the incident (and for move-to the state): incident %1 REF%2.</source>
        <translation>Indica l&apos;incidente (e per move-to lo stato): incident %1 RIF%2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Say which reports: --reports 12,13.</source>
        <translation>Indica quali segnalazioni: --reports 12,13.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n report(s) linked to %1</source>
        <translation>
            <numerusform>%n segnalazione collegata a %1</numerusform>
            <numerusform>%n segnalazioni collegate a %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown state &apos;%1&apos;.</source>
        <translation>Stato &apos;%1&apos; sconosciuto.</translation>
    </message>
    <message>
        <location filename="../app/cli/intakecommands.cpp" line="+15"/>
        <source>token add NAME | token list | token revoke NAME</source>
        <translation>token add NOME | token list | token revoke NOME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A site a public browser form may be posted from, e.g. https://www.example.org (repeat for several).</source>
        <translation>Un sito da cui un modulo pubblico nel browser può essere inviato, p. es. https://www.example.org (ripeti per più siti).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tokens for the service&apos;s report endpoint: each web form or sending system gets its own, so it can be revoked alone. Only the token&apos;s SHA-256 is stored; the token is shown once.</source>
        <translation>Token per l&apos;endpoint delle segnalazioni del servizio: ogni modulo web o sistema mittente ha il suo, così può essere revocato da solo. Si conserva solo lo SHA-256 del token; il token si vede una volta sola.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say what: intake token add|list|revoke.</source>
        <translation>Indica cosa: intake token add|list|revoke.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the token a name, e.g. intake token add &quot;website contact form&quot;.</source>
        <translation>Dai un nome al token, p. es. intake token add &quot;modulo di contatto del sito&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token “%1” added. It is shown only now: keep it in the form&apos;s or the sender&apos;s settings.</source>
        <translation>Token «%1» aggiunto. Si vede solo ora: conservalo nelle impostazioni del modulo o del mittente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>revoked</source>
        <translation>revocato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in use</source>
        <translation>in uso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never used</source>
        <translation>mai usato</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token “%1” revoked: the endpoint refuses it from now on.</source>
        <translation>Token «%1» revocato: da ora l&apos;endpoint lo rifiuta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown action &apos;%1&apos;: use add, list or revoke.</source>
        <translation>Azione &apos;%1&apos; sconosciuta: usa add, list o revoke.</translation>
    </message>
    <message>
        <location filename="../app/cli/lifecyclesupport.cpp" line="+136"/>
        <source>&apos;%1&apos; is not a %2 number.</source>
        <translation>&apos;%1&apos; non è un numero di %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/reportcommands.cpp" line="-48"/>
        <location line="+14"/>
        <source>report</source>
        <translation>segnalazione</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name the incident: its reference (INC-2026-0042) or its number.</source>
        <translation>Indica l&apos;incidente: il suo riferimento (INC-2026-0042) o il suo numero.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give each text as LANGUAGE=FILE, e.g. --body en=update.md --body it=- (languages: it, en, fr, de, es; - is standard input), not &apos;%1&apos;.</source>
        <translation>Dai ogni testo come LINGUA=FILE, p. es. --body en=update.md --body it=- (lingue: it, en, fr, de, es; - è lo standard input), non &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only one text can come from standard input.</source>
        <translation>Solo un testo può arrivare dallo standard input.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 text on standard input is not UTF-8.</source>
        <translation>Il testo %1 sullo standard input non è UTF-8.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The %1 text is not UTF-8: save it as UTF-8 and try again.</source>
        <translation>Il testo %1 non è UTF-8: salvalo come UTF-8 e riprova.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 text is longer than %2 characters; nobody reads an update that long.</source>
        <translation>Il testo %1 supera i %2 caratteri; nessuno legge un aggiornamento così lungo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 text is empty (to remove a language when editing, write %1= with nothing after it).</source>
        <translation>Il testo %1 è vuoto (per togliere una lingua in modifica, scrivi %1= senza nulla dopo).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--expect-version takes the version number that &apos;show&apos; printed.</source>
        <translation>--expect-version accetta il numero di versione stampato da &apos;show&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/metricscommands.cpp" line="+20"/>
        <source>%1 min (90%: %2)</source>
        <translation>%1 min (90%: %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>First day of the period (YYYY-MM-DD; default: 30 days ago).</source>
        <translation>Primo giorno del periodo (AAAA-MM-GG; predefinito: 30 giorni fa).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day of the period, included (YYYY-MM-DD; default: today).</source>
        <translation>Ultimo giorno del periodo, incluso (AAAA-MM-GG; predefinito: oggi).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group by week, month, service, impact or language.</source>
        <translation>Raggruppa per week, month, service, impact o language.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only incidents of this service (its key).</source>
        <translation>Solo gli incidenti di questo servizio (la sua chiave).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only incidents of this impact (none, minor, major, critical).</source>
        <translation>Solo gli incidenti di questo impatto (none, minor, major, critical).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only incidents whose first report is in this language.</source>
        <translation>Solo gli incidenti la cui prima segnalazione è in questa lingua.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days after the resolution the review is due (default 5).</source>
        <translation>Giorni dopo la risoluzione entro cui è dovuta l&apos;analisi (predefinito 5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON: the groups and every missed update.</source>
        <translation>Stampa JSON: i gruppi e ogni aggiornamento mancato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print CSV of the groups.</source>
        <translation>Stampa il CSV dei gruppi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print CSV of the missed updates instead.</source>
        <translation>Stampa invece il CSV degli aggiornamenti mancati.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether the promises were kept: time to acknowledge and to describe the impact, updates delivered on time, approval delays, time to resolve, confirmations, reviews and preventive actions. Times count from the moment the Help Center confirmed an update.</source>
        <translation>Se le promesse sono state mantenute: tempo per la presa in carico e per descrivere l&apos;impatto, aggiornamenti consegnati in tempo, attese di approvazione, tempo di risoluzione, conferme, analisi e azioni preventive. I tempi contano dal momento in cui il Centro assistenza ha confermato un aggiornamento.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give dates as YYYY-MM-DD, e.g. --from 2026-01-01 --to 2026-12-31.</source>
        <translation>Dai le date come AAAA-MM-GG, p. es. --from 2026-01-01 --to 2026-12-31.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts.</source>
        <translation>Il periodo finisce prima di cominciare.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Group by week, month, service, impact or language, not &apos;%1&apos;.</source>
        <translation>Raggruppa per week, month, service, impact o language, non &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--review-days takes a number of days.</source>
        <translation>--review-days accetta un numero di giorni.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Promises kept from %1 to %2</source>
        <translation>Promesse mantenute dal %1 al %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents: %1 · reports: %2 · customers: %3</source>
        <translation>Incidenti: %1 · segnalazioni: %2 · clienti: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time to acknowledge: %1</source>
        <translation>Tempo per la presa in carico: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to describe the impact: %1</source>
        <translation>Tempo per descrivere l&apos;impatto: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily updates on time: %1</source>
        <translation>Aggiornamenti quotidiani in tempo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval delay: %1 · sent back for changes: %2</source>
        <translation>Attesa di approvazione: %1 · rimandati per modifiche: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to resolve: %1</source>
        <translation>Tempo di risoluzione: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporters confirmed: %1 · after the resolution: %2</source>
        <translation>Segnalanti confermati: %1 · dopo la risoluzione: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reviews within %n day(s): %1</source>
        <translation>
            <numerusform>Analisi entro %n giorno: %1</numerusform>
            <numerusform>Analisi entro %n giorni: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews within %1 days: %2</source>
        <translation type="vanished">Analisi entro %1 giorni: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preventive actions: %1 open (%2 overdue), %3 done</source>
        <translation>Azioni preventive: %1 aperte (%2 in ritardo), %3 fatte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missed updates: %1</source>
        <translation>Aggiornamenti mancati: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due %1, %2, %3 h late</source>
        <translation>dovuto %1, %2, %3 h di ritardo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered %1</source>
        <translation>consegnato %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not delivered</source>
        <translation>non consegnato</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="-23"/>
        <source>Unknown %1 &apos;%2&apos;.</source>
        <translation>%1 &apos;%2&apos; sconosciuto.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>received</source>
        <translation>ricevuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>status</source>
        <translation>stato</translation>
    </message>
    <message>
        <location line="-44"/>
        <source> (incident %1)</source>
        <translation> (incidente %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>channel</source>
        <translation>canale</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>language</source>
        <translation>lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service</source>
        <translation>servizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>subject</source>
        <translation>oggetto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>list | show ID</source>
        <translation>list | show ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only these statuses (new, claimed, linked, not_incident, duplicate, closed; comma-separated).</source>
        <translation>Solo questi stati (new, claimed, linked, not_incident, duplicate, closed; separati da virgole).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only this service (its key; may repeat).</source>
        <translation>Solo questo servizio (la sua chiave; ripetibile).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this channel (contact_form, email, phone, import).</source>
        <translation>Solo questo canale (contact_form, email, phone, import).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only reports with these words.</source>
        <translation>Solo le segnalazioni con queste parole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most this many, newest first (default 50).</source>
        <translation>Al massimo tante, le più recenti prima (predefinito 50).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists the reports as the triage queue shows them, or shows one whole. Tab-separated columns: number, received, status, channel, language, service, incident, customer, subject.</source>
        <translation>Elenca le segnalazioni come le mostra la coda di smistamento, o ne mostra una per intero. Colonne separate da tabulazioni: numero, ricevuta, stato, canale, lingua, servizio, incidente, cliente, oggetto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say what to do: report list, or report show ID.</source>
        <translation>Indica cosa fare: report list, o report show ID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--limit takes a number of reports.</source>
        <translation>--limit accetta un numero di segnalazioni.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommands.cpp" line="-201"/>
        <source>acknowledgement, impact, progress (default), resolution or postmortem (draft).</source>
        <translation>acknowledgement, impact, progress (predefinito), resolution o postmortem (draft).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A text as LANGUAGE=FILE (it, en, fr, de, es; FILE - is standard input; may repeat). On edit, LANGUAGE= removes that language.</source>
        <translation>Un testo come LINGUA=FILE (it, en, fr, de, es; FILE - è lo standard input; ripetibile). In modifica, LINGUA= toglie quella lingua.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to change (request-changes).</source>
        <translation>Cosa cambiare (request-changes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this incident&apos;s updates (list).</source>
        <translation>Solo gli aggiornamenti di questo incidente (list).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only these statuses (draft, submitted, approved, changes_requested, published; comma-separated; list).</source>
        <translation>Solo questi stati (draft, submitted, approved, changes_requested, published; separati da virgole; list).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refuse (exit 6) when the update changed since this version.</source>
        <translation>Rifiuta (uscita 6) se l&apos;aggiornamento è cambiato da questa versione.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>version %1</source>
        <translation>versione %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>author</source>
        <translation>autore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reviewed by</source>
        <translation>rivisto da</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review comment</source>
        <translation>commento di revisione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>publication</source>
        <translation>pubblicazione</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown status &apos;%1&apos;.</source>
        <translation>Stato &apos;%1&apos; sconosciuto.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The kind is acknowledgement, impact, progress, resolution or postmortem.</source>
        <translation>Il tipo è acknowledgement, impact, progress, resolution o postmortem.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the update&apos;s text: --body en=FILE (and more languages the same way).</source>
        <translation>Dai il testo dell&apos;aggiornamento: --body en=FILE (e altre lingue allo stesso modo).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Say what changes: --body en=FILE, or en= to remove a language.</source>
        <translation>Indica cosa cambia: --body en=FILE, o en= per togliere una lingua.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Say what should change: --comment TEXT.</source>
        <translation>Indica cosa deve cambiare: --comment TESTO.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>update %1 is %2</source>
        <translation>l&apos;aggiornamento %1 è %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>draft REF | edit ID | submit ID | withdraw ID | approve ID | request-changes ID | publish ID | list | show ID</source>
        <translation>draft RIF | edit ID | submit ID | withdraw ID | approve ID | request-changes ID | publish ID | list | show ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writes and reviews the public updates of an incident with the same rules as the app: an agent drafts and submits,
another lead approves or asks for changes, a lead publishes (the Help Center and other targets then get it
from the service or the app). &apos;draft&apos; prints the new update&apos;s number.</source>
        <translation>Scrive e rivede gli aggiornamenti pubblici di un incidente con le stesse regole dell&apos;app: un operatore scrive e invia,
un altro responsabile approva o chiede modifiche, un responsabile pubblica (il Centro assistenza e le altre destinazioni lo ricevono poi
dal servizio o dall&apos;app). &apos;draft&apos; stampa il numero del nuovo aggiornamento.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Say what to do: update draft REF, edit ID, submit ID, withdraw ID, approve ID, request-changes ID, publish ID, list or show ID.</source>
        <translation>Indica cosa fare: update draft RIF, edit ID, submit ID, withdraw ID, approve ID, request-changes ID, publish ID, list o show ID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the incident: update draft REF --body en=FILE.</source>
        <translation>Indica l&apos;incidente: update draft RIF --body en=FILE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the update&apos;s number: update %1 ID.</source>
        <translation>Dai il numero dell&apos;aggiornamento: update %1 ID.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+52"/>
        <source>Usage: incident-desk-cli [--database FILE|postgresql://user@host:port/db] COMMAND [options]

Commands (each takes --help):
  db init|migrate|status   create, upgrade or describe the database
  user add NAME --role R   add an agent, lead or admin; user list; user email NAME --email A
  import FILE              import reports from JSON Lines or CSV
  demo --reports N         fill the database with realistic demo data
  audit verify|tail        check or show the audit log
  target add|list|set      where published updates go (Help Center, Statuspage, …)
  simulate --agents N      many agents on one database at once; checks nothing is lost
  export confirmations     resolution confirmations (PDF, EML, CSV) for an incident&apos;s reporters
  export acknowledgements  the same for the acknowledgement notice
  intake token add|list|revoke  tokens for the service&apos;s report endpoint
  metrics [--from D --to D]     whether the promises were kept (--json, --csv)

Acting as a person (--user NAME with --password-stdin on SQLite; the login role on PostgreSQL):
  report list|show ID      the triage queue (--status, --service, --search, --json)
  incident create|list|show|link|move-to   incidents from reports, along their lifecycle
  update draft|edit|submit|withdraw|approve|request-changes|publish|list|show
                           public updates with the four-eyes rule (--body en=FILE, --json)

The database (--database, before or after the command) defaults to $INCIDENT_DESK_DATABASE, else the
embedded SQLite file in your data folder. --version prints the version.

Exit codes: 0 done; 1 failed (the message says why); 2 wrong usage; 3 done in part (e.g. rows refused);
4 not found; 5 refused (the policy, your role, or on SQLite a wrong password; a PostgreSQL server that
refuses the login is 1); 6 changed by someone else since it was read (read it again and retry).
</source>
        <translation>Uso: incident-desk-cli [--database FILE|postgresql://utente@host:porta/db] COMANDO [opzioni]

Comandi (ognuno accetta --help):
  db init|migrate|status   crea, aggiorna o descrive il database
  user add NOME --role R   aggiunge un operatore, responsabile o amministratore; user list; user email NOME --email A
  import FILE              importa segnalazioni da JSON Lines o CSV
  demo --reports N         riempie il database con dati dimostrativi realistici
  audit verify|tail        verifica o mostra il registro di audit
  target add|list|set      dove vanno gli aggiornamenti pubblicati (Centro assistenza, Statuspage, …)
  simulate --agents N      molti operatori insieme su un database; verifica che nulla vada perso
  export confirmations     conferme di risoluzione (PDF, EML, CSV) per i segnalanti di un incidente
  export acknowledgements  lo stesso per l&apos;avviso di presa in carico
  intake token add|list|revoke  token per l&apos;endpoint delle segnalazioni del servizio
  metrics [--from D --to D]     se le promesse sono state mantenute (--json, --csv)

Agendo come una persona (--user NOME con --password-stdin su SQLite; il ruolo di accesso su PostgreSQL):
  report list|show ID      la coda di smistamento (--status, --service, --search, --json)
  incident create|list|show|link|move-to   incidenti dalle segnalazioni, lungo il loro ciclo di vita
  update draft|edit|submit|withdraw|approve|request-changes|publish|list|show
                           aggiornamenti pubblici con la regola dei quattro occhi (--body en=FILE, --json)

Il database (--database, prima o dopo il comando) è per impostazione $INCIDENT_DESK_DATABASE, altrimenti il
file SQLite incorporato nella tua cartella dati. --version stampa la versione.

Codici di uscita: 0 fatto; 1 fallito (il messaggio dice perché); 2 uso errato; 3 fatto in parte (p. es. righe rifiutate);
4 non trovato; 5 rifiutato (la policy, il tuo ruolo o su SQLite una password errata; un server PostgreSQL che
rifiuta l&apos;accesso dà 1); 6 cambiato da qualcun altro da quando è stato letto (rileggilo e riprova).
</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Comando &apos;%1&apos; sconosciuto.</translation>
    </message>
</context>
<context>
    <name>desk::ui::ApprovalsModel</name>
    <message>
        <location filename="../ui/compose/approvalsmodel.cpp" line="+37"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Waiting since</source>
        <translation>In attesa da</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
</context>
<context>
    <name>desk::ui::ApprovalsPage</name>
    <message>
        <location filename="../ui/compose/approvalspage.cpp" line="+25"/>
        <source>Approvals</source>
        <translation>Approvazioni</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing is waiting for approval.</source>
        <translation>Nulla è in attesa di approvazione.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n update(s) waiting for your decision</source>
        <translation>
            <numerusform>%n aggiornamento attende la vostra decisione</numerusform>
            <numerusform>%n aggiornamenti attendono la vostra decisione</numerusform>
        </translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Approve</source>
        <translation>Approva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request changes…</source>
        <translation>Chiedi modifiche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>Pubblica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open incident</source>
        <translation>Apri incidente</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes since the last published update</source>
        <translation>Modifiche rispetto all&apos;ultimo aggiornamento pubblicato</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n approved, ready to publish</source>
        <translation>
            <numerusform>%n approvato, pronto da pubblicare</numerusform>
            <numerusform>%n approvati, pronti da pubblicare</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only team leads approve updates; you can follow yours here.</source>
        <translation>Solo i team lead approvano gli aggiornamenti; qui potete seguire i vostri.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select an update to read it.</source>
        <translation>Selezionate un aggiornamento per leggerlo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 update for %2 — %3, by %4</source>
        <translation>Aggiornamento «%1» per %2 — %3, di %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 asked for changes: “%2”</source>
        <translation>%1 ha chiesto modifiche: «%2»</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing has been published in %1 for this incident yet: everything is new.</source>
        <translation>Per questo incidente non è ancora stato pubblicato nulla in %1: è tutto nuovo.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No publication target is configured yet: ask an administrator to add the Help Center.</source>
        <translation>Non è configurata ancora nessuna destinazione: chiedete a un amministratore di aggiungere l&apos;Help Center.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued for: %1.</source>
        <translation>In coda per: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Approved.</source>
        <translation>Approvato.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes requested: the author sees your comment.</source>
        <translation>Modifiche richieste: l&apos;autore vede il vostro commento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request changes</source>
        <translation>Chiedi modifiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should the author change?</source>
        <translation>Che cosa deve cambiare l&apos;autore?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say what should change, so the author knows what to do.</source>
        <translation>Indicate cosa va cambiato, così l&apos;autore sa cosa fare.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Published.</source>
        <translation>Pubblicato.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The database cannot be reached, so nothing was decided. Try again when it is back.</source>
        <translation>Il database non è raggiungibile, quindi non è stato deciso nulla. Riprovate quando torna disponibile.</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>The update under review</source>
        <translation>L&apos;aggiornamento in revisione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its languages</source>
        <translation>Le sue lingue</translation>
    </message>
</context>
<context>
    <name>desk::ui::Banner</name>
    <message>
        <location filename="../ui/widgets/banner.cpp" line="+35"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notice</source>
        <translation>Avviso</translation>
    </message>
</context>
<context>
    <name>desk::ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/shell/connectiondialog.cpp" line="+15"/>
        <source>Use it when the server offers it</source>
        <translation>Usala se il server la offre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Obbligatoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required, and check the server&apos;s certificate</source>
        <translation>Obbligatoria, con verifica del certificato del server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off (trusted local network only)</source>
        <translation>Disattivata (solo in una rete locale fidata)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team server</source>
        <translation>Server del team</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No system keychain is running: the password is kept for this session only</source>
        <translation>Nessun portachiavi di sistema attivo: la password resta solo per questa sessione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect</source>
        <translation>Connetti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the server and your user name.</source>
        <translation>Indicate il server e il vostro nome utente.</translation>
    </message>
</context>
<context>
    <name>desk::ui::DashboardPage</name>
    <message>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+41"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../ui/metrics/dashboardpage.cpp" line="+162"/>
        <location line="+264"/>
        <location line="+39"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>Ultimi 90 giorni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This year</source>
        <translation>Quest&apos;anno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>Personalizzato</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All services</source>
        <translation>Tutti i servizi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any impact</source>
        <translation>Qualsiasi impatto</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="vanished">Critico</translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="vanished">Grave</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="vanished">Lieve</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Impact level filter: incidents that affected no customer</extracomment>
        <translation type="vanished">Nessuno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All languages</source>
        <translation>Tutte le lingue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review within </source>
        <translation>Revisione entro </translation>
    </message>
    <message>
        <source> days</source>
        <translation type="vanished"> giorni</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days after the resolution the review is due</source>
        <translation>Giorni dopo la risoluzione entro cui è attesa la revisione</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+385"/>
        <location line="+12"/>
        <source>Export</source>
        <extracomment>Button (verb): save the dashboard&apos;s figures to a file</extracomment>
        <translation>Esporta</translation>
    </message>
    <message>
        <location line="-393"/>
        <source>Metrics as CSV…</source>
        <translation>Metriche in CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed updates as CSV…</source>
        <translation>Aggiornamenti mancati in CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report for management (PDF)…</source>
        <translation>Rapporto per la direzione (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+249"/>
        <source>Time to acknowledge</source>
        <translation>Tempo di presa in carico</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+250"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+60"/>
        <source>Daily updates on time</source>
        <translation>Aggiornamenti quotidiani puntuali</translation>
    </message>
    <message>
        <location line="-249"/>
        <location line="+251"/>
        <source>Approval delay</source>
        <translation>Attesa dell&apos;approvazione</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+256"/>
        <location line="+160"/>
        <source>Preventive actions</source>
        <translation>Azioni preventive</translation>
    </message>
    <message>
        <location line="-414"/>
        <source>&lt;b&gt;Worst misses of the period&lt;/b&gt; — double-click to open the incident</source>
        <translation>&lt;b&gt;I ritardi peggiori del periodo&lt;/b&gt; — doppio clic per aprire l&apos;incidente</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Worst misses of the period</source>
        <translation>I ritardi peggiori del periodo</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source> day(s)</source>
        <translation>
            <numerusform> giorno</numerusform>
            <numerusform> giorni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the figures behind the chart as a table</source>
        <translation>Mostra come tabella i valori del grafico</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (table)</source>
        <translation>%1 (tabella)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Computing…</source>
        <translation>Calcolo in corso…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not compute the metrics: %1</source>
        <translation>Impossibile calcolare le metriche: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The team database cannot be reached; the figures shown may be old.</source>
        <translation>Il database del team non è raggiungibile; i valori mostrati potrebbero non essere aggiornati.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>90%: %1</source>
        <translation>90%: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no incident</source>
        <translation>nessun incidente</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n missed</source>
        <translation>
            <numerusform>%n mancato</numerusform>
            <numerusform>%n mancati</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent back</source>
        <translation>%1 rimandati indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+5"/>
        <source>Reporters confirmed</source>
        <translation>Segnalanti avvisati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after %1</source>
        <translation>dopo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews on time</source>
        <translation>Revisioni puntuali</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>within %n days</source>
        <translation>
            <numerusform>entro %n giorno</numerusform>
            <numerusform>entro %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n aperta</numerusform>
            <numerusform>%n aperte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n in ritardo</numerusform>
            <numerusform>%n in ritardo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <location line="+173"/>
        <source>%n incident(s) opened in the period</source>
        <translation>
            <numerusform>%n incidente aperto nel periodo</numerusform>
            <numerusform>%n incidenti aperti nel periodo</numerusform>
        </translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>90th percentile</source>
        <translation>90° percentile</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>hours</source>
        <translation>ore</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Incidents</source>
        <translation>Incidenti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median (h)</source>
        <translation>Mediana (h)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90th percentile (h)</source>
        <translation>90° percentile (h)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>On time</source>
        <extracomment>Chart series: daily updates published on time</extracomment>
        <translation>Puntuali</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+28"/>
        <source>Missed</source>
        <extracomment>Chart series: daily updates published late or not at all</extracomment>
        <translation>Mancati</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>updates due</source>
        <translation>dovuti</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+73"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+7"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>On time (%)</source>
        <translation>Puntuali (%)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>≤ 15 m</source>
        <extracomment>Approval delay buckets on a narrow chart axis: m = minutes, h = hours.</extracomment>
        <translation>≤ 15 m</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>15–30 m</source>
        <translation>15–30 m</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30–60 m</source>
        <translation>30–60 m</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1–2 h</source>
        <translation>1–2 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2–4 h</source>
        <translation>2–4 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4–8 h</source>
        <translation>4–8 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&gt; 8 h</source>
        <translation>&gt; 8 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updates approved</source>
        <translation>Aggiornamenti approvati</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Waited for approval</source>
        <translation>Attesa dell&apos;approvazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updates</source>
        <translation>Aggiornamenti</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open, on time</source>
        <translation>Aperte, nei tempi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Count</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+9"/>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="-9"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+1"/>
        <source>Delivered</source>
        <translation>Consegnato</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+0"/>
        <source>Late (h)</source>
        <translation>Ritardo (h)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Computing the metrics…</source>
        <translation>Calcolo delle metriche…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>whole period</source>
        <translation>intero periodo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>promise-report.pdf</source>
        <translation>rapporto-impegni.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missed-updates.csv</source>
        <translation>aggiornamenti-mancati.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>promise-metrics.csv</source>
        <translation>metriche-impegni.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not write %1. Choose a folder you can write to.</source>
        <translation>Impossibile scrivere %1. Scegliete una cartella in cui avete i permessi di scrittura.</translation>
    </message>
    <message>
        <location filename="../ui/metrics/dashboardreport.cpp" line="-36"/>
        <source>Promise report</source>
        <translation>Rapporto sugli impegni</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Were the promises kept?</source>
        <translation>Gli impegni sono stati mantenuti?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 · times count from the moment the Help Center confirmed an update</source>
        <translation>Dal %1 al %2 · i tempi contano dal momento in cui l&apos;Help Center ha confermato un aggiornamento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Incidents opened</source>
        <translation>Incidenti aperti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports / customers</source>
        <translation>Segnalazioni / clienti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to acknowledge (median / 90%)</source>
        <translation>Tempo di presa in carico (mediana / 90%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to describe the impact (median)</source>
        <translation>Tempo per descrivere l&apos;impatto (mediana)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval delay (median / 90%)</source>
        <translation>Attesa dell&apos;approvazione (mediana / 90%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updates sent back for changes</source>
        <translation>Aggiornamenti rimandati per modifiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to resolve (median)</source>
        <translation>Tempo di risoluzione (mediana)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reviews within %n days</source>
        <translation>
            <numerusform>Revisioni entro %n giorno</numerusform>
            <numerusform>Revisioni entro %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preventive actions open / overdue / done</source>
        <translation>Azioni preventive aperte / in ritardo / completate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worst misses</source>
        <translation>I ritardi peggiori</translation>
    </message>
    <message>
        <location filename="../ui/metrics/dashboardpage.cpp" line="-80"/>
        <source>Done</source>
        <comment>preventive actions</comment>
        <translation>Completate</translation>
    </message>
    <message>
        <location line="-425"/>
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
</context>
<context>
    <name>desk::ui::DetailsTab</name>
    <message>
        <location filename="../ui/incident/detailstab.cpp" line="+79"/>
        <source>Public status of %1</source>
        <translation>Stato pubblico di %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes the service&apos;s public status at once</source>
        <translation>Cambia subito lo stato pubblico del servizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team leads set a service&apos;s public status</source>
        <translation>Lo stato pubblico di un servizio lo impostano i team lead</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Affected services and their status</source>
        <translation>Servizi coinvolti e loro stato</translation>
    </message>
</context>
<context>
    <name>desk::ui::ExportWizard</name>
    <message>
        <location filename="../ui/incident/exportwizard.cpp" line="+35"/>
        <source>Confirmations for %1</source>
        <translation>Conferme per %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Who gets a message</source>
        <translation>Chi riceve il messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each reporter gets it in their own language. Reports confirmed before are not ticked.</source>
        <translation>Ognuno lo riceve nella propria lingua. Le segnalazioni già confermate non sono spuntate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation that the incident is resolved</source>
        <translation>Conferma che l&apos;incidente è risolto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice that the incident is acknowledged and in hand</source>
        <translation>Avviso che l&apos;incidente è preso in carico</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Report</source>
        <translation>Segnalazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmed</source>
        <translation>Confermata</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Formats and folder</source>
        <translation>Formati e cartella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files are written only when all of them are complete; if anything fails, nothing is left behind and no report is marked.</source>
        <translation>I file compaiono solo quando sono tutti completi; se qualcosa va storto non resta nulla e nessuna segnalazione viene segnata.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PDF letter for each reporter</source>
        <translation>Una lettera PDF per ciascuno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One PDF with a page per reporter, for printing</source>
        <translation>Un unico PDF con una pagina per ciascuno, da stampare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An e-mail (.eml) for each reporter, ready to send</source>
        <translation>Un&apos;e-mail (.eml) per ciascuno, pronta da inviare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV for mail merge</source>
        <translation>Un CSV per la stampa unione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with a byte order mark (for spreadsheet programs)</source>
        <translation>con il BOM (per i fogli di calcolo)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Formats:</source>
        <translation>Formati:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for the files</source>
        <translation>Cartella per i file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder:</source>
        <translation>Cartella:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent from:</source>
        <translation>Mittente:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the files</source>
        <translation>Scrittura dei file</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the folder</source>
        <translation>Apri la cartella</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 by %2 (%3 reports)</source>
        <translation>%1, %2 (%3 segnalazioni)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been exported for this incident yet.</source>
        <translation>Per questo incidente non è ancora stato esportato nulla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported before: %1</source>
        <translation>Esportato in precedenza: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none: PDF and CSV only)</source>
        <translation>(nessuna: solo PDF e CSV)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Tick at least one report.</source>
        <translation>Spuntate almeno una segnalazione.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was exported: %1</source>
        <translation>Non è stato esportato nulla: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: no file was written and no report was marked.</source>
        <translation>Annullato: nessun file scritto e nessuna segnalazione segnata.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n report(s) exported; files written: %1, in %2</source>
        <translation>
            <numerusform>%n segnalazione esportata; file scritti: %1, in %2</numerusform>
            <numerusform>%n segnalazioni esportate; file scritti: %1, in %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation>Attenzione: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: %1</source>
        <translation>Saltata: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the database cannot be reached</source>
        <translation>il database non è raggiungibile</translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <source>Writing the files for %n reporter(s)…</source>
        <translation>
            <numerusform>Scrittura dei file per %n persona…</numerusform>
            <numerusform>Scrittura dei file per %n persone…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::HelpDialogs</name>
    <message>
        <location filename="../ui/shell/helpdialogs.cpp" line="+84"/>
        <location line="+9"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everywhere</source>
        <translation>Ovunque</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>User guide</source>
        <translation>Guida</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keeps the team&apos;s promise when a service breaks: reports in, incidents acknowledged, a public update every day until it is resolved, the resolution confirmed, the cause reviewed.</source>
        <translation>Aiuta il team a mantenere l&apos;impegno quando un servizio si guasta: segnalazioni raccolte, incidenti presi in carico, un aggiornamento pubblico ogni giorno fino alla risoluzione, la risoluzione confermata, la causa analizzata.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free software under the GNU General Public License, version 3 or later. It runs on:</source>
        <translation>Software libero con licenza GNU General Public License, versione 3 o successiva. Funziona con:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each library keeps its own licence (LGPL, MIT, public domain, PostgreSQL, curl); the full texts are in /usr/share/doc/incident-desk/copyright.</source>
        <translation>Ogni libreria mantiene la propria licenza (LGPL, MIT, pubblico dominio, PostgreSQL, curl); i testi completi sono in /usr/share/doc/incident-desk/copyright.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Incident Desk</source>
        <translation>Informazioni su Incident Desk</translation>
    </message>
</context>
<context>
    <name>desk::ui::ImportDialog</name>
    <message>
        <location filename="../ui/triage/importdialog.cpp" line="+22"/>
        <source>Import reports</source>
        <translation>Importa segnalazioni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing &lt;b&gt;%1&lt;/b&gt; into the triage queue.</source>
        <translation>Importazione di &lt;b&gt;%1&lt;/b&gt; nella coda di smistamento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import progress</source>
        <translation>Avanzamento dell&apos;importazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading…</source>
        <translation>Lettura…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was rejected</source>
        <translation>Motivo dello scarto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected rows</source>
        <translation>Righe scartate</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 rows read…</source>
        <translation>%1 righe lette…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelling: nothing of this import will be kept…</source>
        <translation>Annullamento: di questa importazione non verrà conservato nulla…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled: nothing of this import was kept.</source>
        <translation>Annullata: di questa importazione non è stato conservato nulla.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing imported: %1 of %2 rows are bad.</source>
        <translation>Nessuna importazione: %1 righe su %2 non sono valide.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n report(s) imported</source>
        <translation>
            <numerusform>%n segnalazione importata</numerusform>
            <numerusform>%n segnalazioni importate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already in the database</source>
        <translation>
            <numerusform>%n già presente nel database</numerusform>
            <numerusform>%n già presenti nel database</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n scartata</numerusform>
            <numerusform>%n scartate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first %1 rejected rows are listed.</source>
        <translation>Sono elencate le prime %1 righe scartate.</translation>
    </message>
</context>
<context>
    <name>desk::ui::IncidentEditor</name>
    <message>
        <location filename="../ui/incident/incidenteditor.cpp" line="+69"/>
        <source>Change state</source>
        <translation>Cambia stato</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the incident (%1)</source>
        <translation>Salva l&apos;incidente (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New update</source>
        <translation>Nuovo aggiornamento</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move to:</source>
        <translation>Porta a:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next state</source>
        <translation>Stato successivo</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+4"/>
        <source>Details and impact</source>
        <translation>Dettagli e impatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public updates</source>
        <translation>Aggiornamenti pubblici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+109"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Post-incident review</source>
        <translation>Analisi post-incidente</translation>
    </message>
    <message>
        <location line="+209"/>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Could not load the timeline: %1</source>
        <translation>Impossibile caricare la cronologia: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Merge…</source>
        <translation>Unisci…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the acknowledgement</source>
        <translation>Scrivi la presa in carico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the resolution</source>
        <translation>Scrivi la risoluzione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the review</source>
        <translation>Apri la revisione</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Select the reports first.</source>
        <translation>Prima selezionate le segnalazioni.</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>Move reports</source>
        <translation>Sposta segnalazioni</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n report(s) to:</source>
        <translation>
            <numerusform>Sposta %n segnalazione su:</numerusform>
            <numerusform>Sposta %n segnalazioni su:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>State: %1 · Impact: %2</source>
        <translation>Stato: %1 · Impatto: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Acknowledge it: the daily updates start then</source>
        <translation>Prendetelo in carico: da lì partono gli aggiornamenti quotidiani</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Public update overdue since %1</source>
        <translation>Aggiornamento pubblico in ritardo dal %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Next public update due %1</source>
        <translation>Prossimo aggiornamento pubblico entro il %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save your changes to %1 before closing?</source>
        <translation>Salvare le modifiche a %1 prima di chiudere?</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>%1 editing now</source>
        <translation>%1 sta modificando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open for %1</source>
        <translation>aperto da %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else is changing this incident: if you both save, you will merge field by field.</source>
        <translation>Qualcun altro sta modificando questo incidente: se salvate entrambi, unirete le modifiche campo per campo.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Save and merge</source>
        <translation>Salva e unisci</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Confirmations…</source>
        <translation>Conferme…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write every reporter&apos;s acknowledgement notice or resolution confirmation (PDF, e-mail, CSV)</source>
        <translation>Scrive per ciascuno l&apos;avviso di presa in carico o la conferma di risoluzione (PDF, e-mail, CSV)</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>An update is published and not yet on the Help Center: the daily promise counts from the moment the Help Center confirms it.</source>
        <translation>Un aggiornamento è pubblicato ma non ancora sull&apos;Help Center: l&apos;impegno quotidiano conta dal momento in cui l&apos;Help Center lo conferma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted from the last update the Help Center confirmed.</source>
        <translation>Calcolato dall&apos;ultimo aggiornamento confermato dall&apos;Help Center.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an update on its way</source>
        <translation>un aggiornamento in arrivo</translation>
    </message>
    <message>
        <location line="-350"/>
        <source>Parts of the incident</source>
        <translation>Parti dell&apos;incidente</translation>
    </message>
</context>
<context>
    <name>desk::ui::IncidentsModel</name>
    <message>
        <location filename="../ui/incident/incidentsmodel.cpp" line="+51"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact</source>
        <translation>Impatto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services</source>
        <translation>Servizi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next update due</source>
        <translation>Prossimo aggiornamento entro</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>update on its way</source>
        <translation>aggiornamento in arrivo</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n preventive action(s) overdue</source>
        <translation>
            <numerusform>%n azione preventiva in ritardo</numerusform>
            <numerusform>%n azioni preventive in ritardo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::IncidentsPage</name>
    <message>
        <location filename="../ui/incident/incidentspage.cpp" line="+32"/>
        <source>Incidents</source>
        <translation>Incidenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impatto</translation>
    </message>
    <message numerus="yes">
        <location line="+145"/>
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>%n incidente aperto</numerusform>
            <numerusform>%n incidenti aperti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n update(s) overdue</source>
        <translation>
            <numerusform>%n aggiornamento scaduto</numerusform>
            <numerusform>%n aggiornamenti scaduti</numerusform>
        </translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cadence</source>
        <translation>Cadenza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No incidents match. Create one from reports in Triage, or change the filters.</source>
        <translation>Nessun incidente corrisponde. Createne uno dalle segnalazioni in Smistamento, o cambiate i filtri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <extracomment>State filter (adjective): incidents not resolved yet</extracomment>
        <translation>Aperti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any impact</source>
        <translation>Qualsiasi impatto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any service</source>
        <translation>Qualsiasi servizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation>Chiunque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>Miei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any cadence</source>
        <translation>Qualsiasi cadenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon or overdue</source>
        <translation>In scadenza o in ritardo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <extracomment>Cadence filter: incidents whose daily public update is late</extracomment>
        <translation>In ritardo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message numerus="yes">
        <location line="+123"/>
        <source>%n update(s) due soon</source>
        <translation>
            <numerusform>%n aggiornamento in scadenza</numerusform>
            <numerusform>%n aggiornamenti in scadenza</numerusform>
        </translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Open</source>
        <comment>button: open the selected incident</comment>
        <translation>Apri</translation>
    </message>
    <message numerus="yes">
        <location line="+122"/>
        <source>%n preventive action(s) overdue</source>
        <translation>
            <numerusform>%n azione preventiva in ritardo</numerusform>
            <numerusform>%n azioni preventive in ritardo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Help Center target: updates count from the click on Publish, not from their arrival.</source>
        <translation>Nessun target Help Center: gli aggiornamenti contano dal clic su Pubblica, non dal loro arrivo.</translation>
    </message>
</context>
<context>
    <name>desk::ui::IntakePage</name>
    <message numerus="yes">
        <location filename="../ui/intake/intakepage.cpp" line="+35"/>
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n secondo fa</numerusform>
            <numerusform>%n secondi fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minuto fa</numerusform>
            <numerusform>%n minuti fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n ora fa</numerusform>
            <numerusform>%n ore fa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Intake</source>
        <translation>Ricezione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add token…</source>
        <translation>Aggiungi token…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke</source>
        <translation>Revoca</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No intake tokens yet. Add one for each contact form or system that sends reports; the service accepts nothing without one.</source>
        <translation>Ancora nessun token di ricezione. Aggiungetene uno per ogni modulo di contatto o sistema che invia segnalazioni; senza, il servizio non accetta nulla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+54"/>
        <location line="+7"/>
        <source>Intake services</source>
        <translation>Servizi di ricezione</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>%n token(s) in use</source>
        <translation>
            <numerusform>%n token in uso</numerusform>
            <numerusform>%n token in uso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n intake service(s)</source>
        <translation>
            <numerusform>%n servizio di ricezione</numerusform>
            <numerusform>%n servizi di ricezione</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No intake service has reported yet. Start incident-desk-service on a server (README, “The service”): it receives the contact form and reads the support mailbox.</source>
        <translation>Nessun servizio di ricezione si è ancora fatto vivo. Avviate incident-desk-service su un server (README, “The service”): riceve il modulo di contatto e legge la casella dell&apos;assistenza.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it may have stopped</source>
        <translation>potrebbe essersi fermato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact form at %1: %2 reports taken, %3 refused</source>
        <translation>Modulo di contatto su %1: %2 segnalazioni ricevute, %3 rifiutate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last report %1</source>
        <translation>Ultima segnalazione %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No report since it started</source>
        <translation>Nessuna segnalazione dall&apos;avvio</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n report(s) wait in its spool: it cannot reach the team database</source>
        <translation>
            <numerusform>%n segnalazione attende nella sua coda locale: non raggiunge il database del team</numerusform>
            <numerusform>%n segnalazioni attendono nella sua coda locale: non raggiunge il database del team</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reads no mailbox</source>
        <translation>Non legge nessuna casella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox %1: %2 reports, %3 set aside (auto-replies, bulk mail)</source>
        <translation>Casella %1: %2 segnalazioni, %3 messe da parte (risposte automatiche, posta massiva)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read %1</source>
        <translation>Letta %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the mailbox: %1</source>
        <translation>Impossibile leggere la casella: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not connected yet</source>
        <translation>non ancora collegata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running since %1</source>
        <translation>In funzione dal %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Administrators add and revoke intake tokens.</source>
        <translation>Gli amministratori aggiungono e revocano i token di ricezione.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+26"/>
        <source>Add an intake token</source>
        <translation>Aggiungi un token di ricezione</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>e.g. website contact form</source>
        <translation>per esempio modulo di contatto del sito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://www.example.org
(one per line; leave empty for a system that sends with Authorization: Bearer)</source>
        <translation>https://www.example.org
(una per riga; lasciate vuoto per un sistema che invia con Authorization: Bearer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages that may &amp;post it:</source>
        <translation>Pagine web che possono &amp;inviarlo:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Token “%1”</source>
        <translation>Token “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put this token in the form&apos;s hidden &lt;b&gt;form_token&lt;/b&gt; field, or have the sending system send it as &lt;b&gt;Authorization: Bearer&lt;/b&gt;. It is shown only now: only its fingerprint is kept, so nobody can read it back.</source>
        <translation>Mettete questo token nel campo nascosto &lt;b&gt;form_token&lt;/b&gt; del modulo, oppure fate che il sistema mittente lo invii come &lt;b&gt;Authorization: Bearer&lt;/b&gt;. Viene mostrato solo ora: se ne conserva soltanto l&apos;impronta, quindi nessuno può rileggerlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Revoke “%1”</source>
        <translation>Revoca “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms and systems using “%1” will be refused from now on (within a minute on every running service). This cannot be undone; add a new token to replace it.</source>
        <translation>I moduli e i sistemi che usano “%1” verranno rifiutati da ora in poi (entro un minuto su ogni servizio attivo). Non si può annullare; aggiungete un nuovo token per sostituirlo.</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>just now</source>
        <translation>proprio ora</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Last status: %1</source>
        <translation>Ultimo stato: %1</translation>
    </message>
</context>
<context>
    <name>desk::ui::IntakeTokensModel</name>
    <message>
        <location filename="../ui/intake/intaketokensmodel.cpp" line="+37"/>
        <source>any (a sending system)</source>
        <translation>qualsiasi (un sistema mittente)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revoked %1</source>
        <translation>revocato il %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in use</source>
        <translation>in uso</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed origins</source>
        <translation>Origini consentite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last used</source>
        <translation>Ultimo uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>desk::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/shell/languagemenu.cpp" line="+19"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow the &amp;desktop (%1)</source>
        <translation>Come il &amp;desktop (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (not translated yet)</source>
        <translation>%1 (non ancora tradotto)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the desktop&apos;s language</source>
        <translation>la lingua del desktop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incident Desk will be in %1 from its next start; dates and numbers too.</source>
        <translation>Incident Desk sarà in %1 dal prossimo avvio, date e numeri compresi.</translation>
    </message>
</context>
<context>
    <name>desk::ui::LinkedReportsModel</name>
    <message>
        <location filename="../ui/incident/linkedreportsmodel.cpp" line="+89"/>
        <source>Received</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lang.</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation</source>
        <translation>Conferma</translation>
    </message>
</context>
<context>
    <name>desk::ui::ListPage</name>
    <message>
        <location filename="../ui/widgets/listpage.cpp" line="+162"/>
        <source>Could not load this page: %1</source>
        <translation>Impossibile caricare questa pagina: %1</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search %1</source>
        <translation>Cerca in %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Nothing here matches “%1”.</source>
        <translation>Qui nulla corrisponde a “%1”.</translation>
    </message>
</context>
<context>
    <name>desk::ui::LoginDialog</name>
    <message>
        <location filename="../ui/shell/logindialog.cpp" line="+24"/>
        <source>Create the first administrator</source>
        <translation>Create il primo amministratore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no users yet. Create the administrator account; agents and team leads can be added afterwards.</source>
        <translation>Questo database non ha ancora utenti. Create l&apos;account dell&apos;amministratore; operatori e responsabili si aggiungono dopo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Use 2 to 63 lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; for the login name, starting with a letter.</source>
        <translation>Per il nome di accesso usate da 2 a 63 lettere minuscole, cifre, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, iniziando con una lettera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password must have at least 8 characters.</source>
        <translation>La password deve avere almeno 8 caratteri.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords differ.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your name in the list.</source>
        <translation>Scegliete il vostro nome nell&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>desk::ui::MailJobsModel</name>
    <message>
        <location filename="../ui/publish/mailjobsmodel.cpp" line="+48"/>
        <source>Resolution confirmation</source>
        <translation>Conferma di risoluzione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledgement notice</source>
        <translation>Avviso di presa in carico</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Queued</source>
        <extracomment>Column header: when the message was queued; the rows show a date</extracomment>
        <translation>In coda dal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report</source>
        <translation>Segnalazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Ultimo errore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent</source>
        <extracomment>Column header: when the message was sent; the rows show a date</extracomment>
        <translation>Inviato il</translation>
    </message>
</context>
<context>
    <name>desk::ui::MailJobsPanel</name>
    <message>
        <location filename="../ui/publish/mailjobspanel.cpp" line="+22"/>
        <source>Send again</source>
        <translation>Invia di nuovo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as sent</source>
        <translation>Segna come inviato</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+114"/>
        <source>Hold this incident&apos;s mail</source>
        <translation>Sospendi la posta di questo incidente</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+10"/>
        <source>Messages to reporters</source>
        <translation>Messaggi ai segnalanti</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Send a refused, cancelled or in-doubt message again. For one in doubt, check first that the mail server did not deliver it: the reporter would get it twice.</source>
        <translation>Invia di nuovo un messaggio rifiutato, annullato o in dubbio. Per uno in dubbio controllate prima che il server di posta non l&apos;abbia consegnato: il segnalante lo riceverebbe due volte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server&apos;s log shows this message in doubt was delivered: count it as sent.</source>
        <translation>Il log del server di posta mostra che questo messaggio in dubbio è stato consegnato: contatelo come inviato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing of this incident&apos;s mail is sent until it is released.</source>
        <translation>Nessun messaggio di questo incidente viene inviato finché la posta non viene ripresa.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No message yet: when an incident&apos;s acknowledgement or resolution is published, every reporter with an e-mail address gets one, sent by the service.</source>
        <translation>Ancora nessun messaggio: quando si pubblica la presa in carico o la risoluzione di un incidente, ogni segnalante con un indirizzo e-mail ne riceve uno, inviato dal servizio.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n inviato</numerusform>
            <numerusform>%n inviati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n in attesa</numerusform>
            <numerusform>%n in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n in doubt: a lead decides</source>
        <translation>
            <numerusform>%n in dubbio: decide un lead</numerusform>
            <numerusform>%n in dubbio: decide un lead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n rifiutato</numerusform>
            <numerusform>%n rifiutati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n incident(s) on hold</source>
        <translation>
            <numerusform>%n incidente sospeso</numerusform>
            <numerusform>%n incidenti sospesi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Release this incident&apos;s mail</source>
        <translation>Riprendi la posta di questo incidente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team leads decide on messages to reporters.</source>
        <translation>Sui messaggi ai segnalanti decidono i team lead.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send again?</source>
        <translation>Inviare di nuovo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message to %1 may have been delivered already (%2). Send it again anyway?</source>
        <translation>Il messaggio a %1 potrebbe essere già stato consegnato (%2). Inviarlo di nuovo comunque?</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <source>The database cannot be reached: nothing was changed. Try again when it is back.</source>
        <translation>Il database non è raggiungibile: non è cambiato nulla. Riprovate quando torna disponibile.</translation>
    </message>
</context>
<context>
    <name>desk::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+75"/>
        <source>Incident Desk</source>
        <translation>Incident Desk</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Triage</source>
        <translation>Smistamento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incidents</source>
        <translation>Incidenti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approvals</source>
        <translation>Approvazioni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publications</source>
        <translation>Pubblicazioni</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Navigation</source>
        <translation>Navigazione</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1: %2</source>
        <extracomment>A notification&apos;s title, then its text (French puts a space before the colon).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sign out</source>
        <translation>&amp;Esci dall&apos;account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This computer: %1</source>
        <translation>Questo computer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team server: %1@%2/%3</source>
        <translation>Server del team: %1@%2/%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+110"/>
        <source>Connected</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Updated %1</source>
        <translation>Aggiornato alle %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new report(s)</source>
        <translation>
            <numerusform>%n nuova segnalazione</numerusform>
            <numerusform>%n nuove segnalazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n public update(s) overdue</source>
        <translation>
            <numerusform>%n aggiornamento pubblico scaduto</numerusform>
            <numerusform>%n aggiornamenti pubblici scaduti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n update(s) waiting for approval</source>
        <translation>
            <numerusform>%n aggiornamento in attesa di approvazione</numerusform>
            <numerusform>%n aggiornamenti in attesa di approvazione</numerusform>
        </translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Changes from other workstations appear as they happen.</source>
        <translation>Le modifiche delle altre postazioni compaiono appena avvengono.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline since %1 — reconnecting</source>
        <translation>Non in linea dalle %1 — riconnessione in corso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database cannot be reached: %1
What is on screen stays readable; the program reconnects by itself.</source>
        <translation>Il database non è raggiungibile: %1
Quello che è sullo schermo resta leggibile; il programma si riconnette da solo.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Edits made offline are not sent yet: %1</source>
        <translation>Le modifiche fatte offline non sono ancora state inviate: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edits made offline: %1 saved, %2 to merge, %3 refused</source>
        <translation>Modifiche fatte offline: %1 salvate, %2 da unire, %3 rifiutate</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Open the &amp;Help Center</source>
        <translation>Apri il &amp;Centro assistenza</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>Help Center</source>
        <translation>Centro assistenza</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The Help Center has no page yet: it is written in %1 when the first update is published.</source>
        <translation>Il Centro assistenza non ha ancora pagine: vengono scritte in %1 quando si pubblica il primo aggiornamento.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database cannot be reached right now.</source>
        <translation>Il database non è raggiungibile in questo momento.</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Intake</source>
        <translation>Ricezione</translation>
    </message>
    <message numerus="yes">
        <location line="+363"/>
        <source>%n intake service(s) need a look</source>
        <translation>
            <numerusform>%n servizio di ricezione da controllare</numerusform>
            <numerusform>%n servizi di ricezione da controllare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>%n publication(s) or message(s) to reporters need a lead</source>
        <translation>
            <numerusform>%n pubblicazione o messaggio ai segnalanti richiede un lead</numerusform>
            <numerusform>%n pubblicazioni o messaggi ai segnalanti richiedono un lead</numerusform>
        </translation>
    </message>
    <message>
        <location line="-362"/>
        <source>Dashboard</source>
        <translation>Cruscotto</translation>
    </message>
    <message numerus="yes">
        <location line="+365"/>
        <source>%n preventive action(s) overdue</source>
        <translation>
            <numerusform>%n azione preventiva in ritardo</numerusform>
            <numerusform>%n azioni preventive in ritardo</numerusform>
        </translation>
    </message>
    <message>
        <location line="-245"/>
        <source>&amp;Import reports…</source>
        <translation>&amp;Importa segnalazioni…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Import reports</source>
        <translation>Importa segnalazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports (*.jsonl *.ndjson *.csv)</source>
        <translation>Segnalazioni (*.jsonl *.ndjson *.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n report(s) imported into the queue.</source>
        <translation>
            <numerusform>%n segnalazione importata nella coda.</numerusform>
            <numerusform>%n segnalazioni importate nella coda.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Incident Desk</source>
        <translation>&amp;Informazioni su Incident Desk</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
</context>
<context>
    <name>desk::ui::MergeDialog</name>
    <message>
        <location filename="../ui/incident/mergedialog.cpp" line="+21"/>
        <source>Merge your changes</source>
        <translation>Unite le vostre modifiche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone saved %1 on another workstation while you were editing it. Choose, field by field, what to keep. Fields marked ⚠ were changed on both sides.</source>
        <translation>Qualcuno ha salvato %1 da un&apos;altra postazione mentre lo stavate modificando. Scegliete, campo per campo, che cosa tenere. I campi segnati con ⚠ sono stati cambiati da entrambe le parti.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your version</source>
        <translation>La vostra versione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their version</source>
        <translation>L&apos;altra versione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Tieni</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Yours</source>
        <translation>La vostra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>L&apos;altra</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the merged incident</source>
        <translation>Salva l&apos;incidente unito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Continua a modificare</translation>
    </message>
</context>
<context>
    <name>desk::ui::NewIncidentDialog</name>
    <message numerus="yes">
        <location filename="../ui/triage/newincidentdialog.cpp" line="+17"/>
        <source>%n selected report(s) will be linked to the new incident.</source>
        <translation>
            <numerusform>La segnalazione selezionata sarà collegata al nuovo incidente.</numerusform>
            <numerusform>Le %n segnalazioni selezionate saranno collegate al nuovo incidente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create incident</source>
        <translation>Crea incidente</translation>
    </message>
</context>
<context>
    <name>desk::ui::Notifier</name>
    <message>
        <location filename="../ui/shell/notifier.cpp" line="+17"/>
        <location line="+59"/>
        <source>Incident Desk</source>
        <translation>Incident Desk</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>%1: %2</source>
        <extracomment>A notification&apos;s title, then its text (French puts a space before the colon).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Update to approve</source>
        <translation>Aggiornamento da approvare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 submitted the %2 update for %3.</source>
        <translation>%1 ha inviato l&apos;aggiornamento «%2» per %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update approved</source>
        <translation>Aggiornamento approvato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 approved your %2 update for %3.</source>
        <translation>%1 ha approvato il vostro aggiornamento «%2» per %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes requested</source>
        <translation>Modifiche richieste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asked for changes to your %2 update for %3: “%4”</source>
        <translation>%1 ha chiesto modifiche al vostro aggiornamento «%2» per %3: «%4»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updates to approve</source>
        <translation>Aggiornamenti da approvare</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n update(s) are waiting for a lead&apos;s decision.</source>
        <translation>
            <numerusform>%n aggiornamento attende la decisione di un team lead.</numerusform>
            <numerusform>%n aggiornamenti attendono la decisione di un team lead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Incident Desk — %n update(s) to approve</source>
        <translation>
            <numerusform>Incident Desk — %n aggiornamento da approvare</numerusform>
            <numerusform>Incident Desk — %n aggiornamenti da approvare</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Public update overdue</source>
        <translation>Aggiornamento pubblico in ritardo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 “%2” was due for its public update at %3.</source>
        <translation>Per %1 «%2» l&apos;aggiornamento pubblico era dovuto entro il %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public update due soon</source>
        <translation>Aggiornamento pubblico in scadenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 “%2” needs its next public update by %3.</source>
        <translation>%1 «%2» ha bisogno del prossimo aggiornamento pubblico entro il %3.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Preventive actions overdue</source>
        <translation>Azioni preventive in ritardo</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 “%2”: %n preventive action(s) overdue.</source>
        <translation>
            <numerusform>%1 «%2»: %n azione preventiva in ritardo.</numerusform>
            <numerusform>%1 «%2»: %n azioni preventive in ritardo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::PhoneReportDialog</name>
    <message>
        <location filename="../ui/triage/phonereportdialog.cpp" line="+23"/>
        <source>New phone report</source>
        <translation>Nuova segnalazione telefonica</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer&apos;s &amp;name:</source>
        <translation>&amp;Nome del cliente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail address:</source>
        <translation>Indirizzo &amp;e-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for the acknowledgement and the confirmation</source>
        <translation>per la presa in carico e la conferma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer &amp;reference:</source>
        <translation>&amp;Codice cliente:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Oggetto:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add to the queue</source>
        <translation>&amp;Aggiungi alla coda</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Not added: %1</source>
        <translation>Non aggiunta: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database cannot be reached. Nothing was lost: add it again when it is back.</source>
        <translation>Il database non è raggiungibile. Non è andato perso nulla: aggiungila di nuovo quando torna disponibile.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>&amp;What they said:</source>
        <translation>Cosa ha &amp;detto:</translation>
    </message>
</context>
<context>
    <name>desk::ui::PreventiveActionsModel</name>
    <message>
        <location filename="../ui/incident/preventiveactionsmodel.cpp" line="+116"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <extracomment>Column header: the date a preventive action is due</extracomment>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
</context>
<context>
    <name>desk::ui::PublicationJobsModel</name>
    <message>
        <location filename="../ui/publish/publicationjobsmodel.cpp" line="+62"/>
        <source>Queued</source>
        <extracomment>Column header: when the job was queued; the rows show a date</extracomment>
        <translation>In coda dal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>Aggiornamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Ultimo errore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote address</source>
        <translation>Indirizzo remoto</translation>
    </message>
</context>
<context>
    <name>desk::ui::PublicationsPage</name>
    <message>
        <location filename="../ui/publish/publicationspage.cpp" line="+17"/>
        <source>Publications</source>
        <translation>Pubblicazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annulla invio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has been published yet. When a lead publishes an approved update, one job per configured target appears here.</source>
        <translation>Non è ancora stato pubblicato nulla. Quando un team lead pubblica un aggiornamento approvato, qui compare un invio per ogni destinazione configurata.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n job(s) waiting to be sent</source>
        <translation>
            <numerusform>%n invio in attesa</numerusform>
            <numerusform>%n invii in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n non riuscito</numerusform>
            <numerusform>%n non riusciti</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Team leads retry and cancel publications.</source>
        <translation>Sono i team lead a ritentare e annullare le pubblicazioni.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The database cannot be reached: nothing was changed. Try again when it is back.</source>
        <translation>Il database non è raggiungibile: non è cambiato nulla. Riprovate quando torna disponibile.</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Targets…</source>
        <translation>Destinazioni…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where published updates go: the Help Center, Statuspage, Cachet, Zendesk Guide, webhooks.</source>
        <translation>Dove vanno gli aggiornamenti pubblicati: Help Center, Statuspage, Cachet, Zendesk Guide, webhook.</translation>
    </message>
</context>
<context>
    <name>desk::ui::ReportDetailPane</name>
    <message>
        <location filename="../ui/triage/reportdetailpane.cpp" line="+21"/>
        <source>Report</source>
        <translation>Segnalazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested incidents</source>
        <translation>Incidenti suggeriti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggested incidents (double-click or Ctrl+L to link):</source>
        <translation>Incidenti suggeriti (doppio clic o Ctrl+L per collegare):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a report to read it.</source>
        <translation>Selezionate una segnalazione per leggerla.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · %2 · %3 · received %4</source>
        <translation>%1 · %2 · %3 · ricevuta il %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference %1 · %2</source>
        <translation>Riferimento %1 · %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The same customer&apos;s other reports</source>
        <translation>Altre segnalazioni dello stesso cliente</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1  %2 — %3% (%4)</source>
        <translation>%1  %2 — %3% (%4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No open incident looks related.</source>
        <translation>Nessun incidente aperto sembra collegato.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Files the customer sent</source>
        <translation>File inviati dal cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown type</source>
        <translation>tipo sconosciuto</translation>
    </message>
</context>
<context>
    <name>desk::ui::ReportsTab</name>
    <message>
        <location filename="../ui/incident/reportstab.cpp" line="+23"/>
        <source>Linked reports</source>
        <translation>Segnalazioni collegate</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send back to triage</source>
        <translation>Rimanda allo smistamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlink the selected reports: they return to the triage queue as new.</source>
        <translation>Scollega le segnalazioni selezionate: tornano nella coda di smistamento come nuove.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to another incident…</source>
        <translation>Sposta su un altro incidente…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n segnalazione</numerusform>
            <numerusform>%n segnalazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clienti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::ReviewTab</name>
    <message>
        <location filename="../ui/incident/reviewtab.cpp" line="+52"/>
        <source>New preventive action</source>
        <translation>Nuova azione preventiva</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Preventive actions</source>
        <translation>Azioni preventive</translation>
    </message>
</context>
<context>
    <name>desk::ui::SpellingEdit</name>
    <message>
        <location filename="../ui/compose/spellingedit.cpp" line="+96"/>
        <source>No suggestions for “%1”</source>
        <translation>Nessun suggerimento per «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add “%1” to the dictionary</source>
        <translation>&amp;Aggiungi «%1» al dizionario</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add to the dictionary</source>
        <translation>Aggiungi al dizionario</translation>
    </message>
</context>
<context>
    <name>desk::ui::StartupFlow</name>
    <message>
        <location filename="../ui/shell/startupflow.cpp" line="+52"/>
        <location line="+79"/>
        <location line="+41"/>
        <source>Incident Desk</source>
        <translation>Incident Desk</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Creating the demo database…</source>
        <translation>Creazione del database dimostrativo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening the database…</source>
        <translation>Apertura del database…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot open the database</source>
        <translation>Impossibile aprire il database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another database?</source>
        <translation>Scegliere un altro database?</translation>
    </message>
</context>
<context>
    <name>desk::ui::TargetEditor</name>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="+212"/>
        <source>New publication target</source>
        <translation>Nuova destinazione di pubblicazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publication target “%1”</source>
        <translation>Destinazione di pubblicazione «%1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Component id there</source>
        <translation>ID del componente</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Components:</source>
        <translation>Componenti:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The Help Center locale for %1; empty to leave this language out.</source>
        <translation>La lingua dell&apos;Help Center per %1; vuoto per escludere questa lingua.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Locales:</source>
        <translation>Lingue:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where readers of the %1 pages are, e.g. America/Mexico_City; empty for %2.</source>
        <translation>Dove si trovano i lettori delle pagine in %1, per esempio America/Mexico_City; vuoto per %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone for %1</source>
        <translation>Fuso orario per %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Time zones:</source>
        <translation>Fusi orari:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>WebDAV address</source>
        <translation>Indirizzo WebDAV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public address</source>
        <translation>Indirizzo pubblico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebDAV user</source>
        <translation>Utente WebDAV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site title</source>
        <translation>Titolo del sito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service status and incident reports</source>
        <translation>Stato dei servizi e rapporti sugli incidenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team or company name</source>
        <translation>Nome del team o dell&apos;azienda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown at the top of every page</source>
        <translation>Mostrato in cima a ogni pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo address</source>
        <translation>Indirizzo del logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour of the page header</source>
        <translation>Colore dell&apos;intestazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer line</source>
        <translation>Riga a piè di pagina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. the company&apos;s name and address</source>
        <translation>per esempio nome e indirizzo dell&apos;azienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact form address</source>
        <translation>Indirizzo del modulo di contatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own templates folder</source>
        <translation>Cartella dei propri modelli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional: files here replace the built-in ones</source>
        <translation>Facoltativa: i file qui sostituiscono quelli predefiniti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page id</source>
        <translation>ID pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API address</source>
        <translation>Indirizzo API</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Notify the page&apos;s subscribers</source>
        <translation>Avvisa gli iscritti della pagina</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cachet address</source>
        <translation>Indirizzo Cachet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zendesk address</source>
        <translation>Indirizzo Zendesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section id</source>
        <translation>ID sezione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User (e-mail)</source>
        <translation>Utente (e-mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission group id</source>
        <translation>ID gruppo di permessi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeout (seconds)</source>
        <translation>Tempo massimo (secondi)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kept on this workstation; type to replace it</source>
        <translation>Conservato su questa postazione; scrivete per sostituirlo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep it for this session only</source>
        <translation>Conservatelo solo per questa sessione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in the system keychain of this workstation.</source>
        <translation>Conservato nel portachiavi di sistema di questa postazione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain service is running on this workstation, so the secret cannot be stored. It can be kept in memory until you quit; it is never written to disk.</source>
        <translation>Su questa postazione non è attivo alcun portachiavi, quindi il segreto non può essere salvato. Può restare in memoria fino all&apos;uscita; non viene mai scritto su disco.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Give the target a name, e.g. “Help Center”.</source>
        <translation>Date un nome alla destinazione, per esempio «Help Center».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is needed.</source>
        <translation>Serve %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a number.</source>
        <translation>%1 deve essere un numero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be an http or https address, e.g. https://example.org/.</source>
        <translation>%1 deve essere un indirizzo http o https, per esempio https://example.org/.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the password in its own field, not in the address: the address is shared with every workstation.</source>
        <translation>Scrivete la password nel suo campo, non nell&apos;indirizzo: l&apos;indirizzo è condiviso con tutte le postazioni.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the %1: nothing can be sent without it.</source>
        <translation>Inserite %1: senza non si può inviare nulla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain service is running: tick “Keep it for this session only”, or start the keychain (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation>Nessun portachiavi è attivo: spuntate «Conservatelo solo per questa sessione» oppure avviate il portachiavi (per esempio GNOME Keyring o KWallet) e riprovate.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The database cannot be reached: the target was not saved. Your entries are still here.</source>
        <translation>Il database non è raggiungibile: la destinazione non è stata salvata. Quello che avete scritto è ancora qui.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The target is saved, but its secret is not: %1</source>
        <translation>La destinazione è salvata, ma il suo segreto no: %1</translation>
    </message>
</context>
<context>
    <name>desk::ui::TargetsDialog</name>
    <message>
        <location line="-476"/>
        <source>WebDAV password</source>
        <translation>password WebDAV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation>chiave API</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>API token</source>
        <translation>token API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing secret</source>
        <translation>segreto di firma</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For this session only</source>
        <translation>Solo per questa sessione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (no keychain)</source>
        <translation>Nessuna (nessun portachiavi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the keychain</source>
        <translation>Nel portachiavi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>&amp;Disable</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+3"/>
        <source>Publication targets</source>
        <translation>Destinazioni di pubblicazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enabled</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credentials on this workstation</source>
        <translation>Credenziali su questa postazione</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Every update a lead publishes is sent to each enabled target. Secrets are kept in this workstation&apos;s keychain, never in the shared database.</source>
        <translation>Ogni aggiornamento pubblicato da un team lead va a ogni destinazione attiva. I segreti restano nel portachiavi di questa postazione, mai nel database condiviso.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only an administrator changes the targets; you can see them.</source>
        <translation>Solo un amministratore modifica le destinazioni; voi potete vederle.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Enable</source>
        <translation>A&amp;ttiva</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database cannot be reached; the targets will show when it is back.</source>
        <translation>Il database non è raggiungibile; le destinazioni compariranno quando tornerà disponibile.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database cannot be reached: nothing was changed.</source>
        <translation>Il database non è raggiungibile: non è stato cambiato nulla.</translation>
    </message>
</context>
<context>
    <name>desk::ui::TimelineModel</name>
    <message>
        <location filename="../ui/incident/timelinemodel.cpp" line="+100"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Che cosa è successo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Created the incident</source>
        <translation>Ha creato l&apos;incidente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited the description</source>
        <translation>Ha modificato la descrizione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved it to “%1”</source>
        <translation>Lo ha portato a «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Linked %n report(s)</source>
        <translation>
            <numerusform>Ha collegato %n segnalazione</numerusform>
            <numerusform>Ha collegato %n segnalazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Moved %n report(s) to %1</source>
        <translation>
            <numerusform>Ha spostato %n segnalazione su %1</numerusform>
            <numerusform>Ha spostato %n segnalazioni su %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Moved %n report(s) here from %1</source>
        <translation>
            <numerusform>Ha spostato qui %n segnalazione da %1</numerusform>
            <numerusform>Ha spostato qui %n segnalazioni da %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sent %n report(s) back to triage</source>
        <translation>
            <numerusform>Ha rimandato %n segnalazione allo smistamento</numerusform>
            <numerusform>Ha rimandato %n segnalazioni allo smistamento</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafted an update: %1</source>
        <translation>Ha scritto una bozza: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revised the update: %1</source>
        <translation>Ha rivisto l&apos;aggiornamento: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted the update for approval: %1</source>
        <translation>Ha inviato l&apos;aggiornamento in approvazione: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrew the update: %1</source>
        <translation>Ha ritirato l&apos;aggiornamento: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved the update: %1</source>
        <translation>Ha approvato l&apos;aggiornamento: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked for changes to the update: %1 — “%2”</source>
        <translation>Ha chiesto modifiche all&apos;aggiornamento: %1 — «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published the update: %1</source>
        <translation>Ha pubblicato l&apos;aggiornamento: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discarded a draft</source>
        <translation>Ha scartato una bozza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed a publication: %1</source>
        <translation>Ha cambiato una pubblicazione: %1</translation>
    </message>
</context>
<context>
    <name>desk::ui::TriageFilterBar</name>
    <message>
        <location filename="../ui/triage/triagefilterbar.cpp" line="+33"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed by</source>
        <translation>In carico a</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Saved filters</source>
        <translation>Filtri salvati</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Open (new or claimed)</source>
        <translation>Aperte (nuove o in carico)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any service</source>
        <translation>Qualsiasi servizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any channel</source>
        <translation>Qualsiasi canale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any language</source>
        <translation>Qualsiasi lingua</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any time</source>
        <translation>Qualsiasi data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Ultima ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Ultime 24 ore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone or no one</source>
        <translation>Chiunque o nessuno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not claimed</source>
        <translation>Non in carico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed by me</source>
        <translation>In carico a me</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search reports</source>
        <translation>Cerca nelle segnalazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search subject, text and customer…</source>
        <translation>Cerca in oggetto, testo e cliente…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Save this filter…</source>
        <translation>Salva questo filtro…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save filter</source>
        <translation>Salva filtro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the filter:</source>
        <translation>Nome del filtro:</translation>
    </message>
</context>
<context>
    <name>desk::ui::TriageModel</name>
    <message>
        <location filename="../ui/triage/triagemodel.cpp" line="+46"/>
        <location filename="../ui/triage/triagepage.cpp" line="+162"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Claimed by %1 until %2</source>
        <translation>In carico a %1 fino alle %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Received</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed by</source>
        <translation>In carico a</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>(removed on another workstation)</source>
        <translation>(rimossa su un&apos;altra postazione)</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Lang.</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 is %2; next public update due %3</source>
        <translation>%1 è nello stato %2; prossimo aggiornamento pubblico entro il %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2</source>
        <translation>%1 è nello stato %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 (with files)</source>
        <translation>%1 (con file)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>update on its way</source>
        <translation>aggiornamento in arrivo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An update is published and not yet on the Help Center; the promise counts from its arrival.</source>
        <translation>Un aggiornamento è pubblicato ma non ancora sull&apos;Help Center; l&apos;impegno conta dal suo arrivo.</translation>
    </message>
</context>
<context>
    <name>desk::ui::TriagePage</name>
    <message>
        <location filename="../ui/triage/triagepage.cpp" line="-97"/>
        <source>Triage</source>
        <translation>Smistamento</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>No reports yet. Reports arrive from the contact form, or import them with &apos;incident-desk-cli import FILE&apos;.</source>
        <translation>Ancora nessuna segnalazione. Le segnalazioni arrivano dal modulo di contatto, oppure importatele con &apos;incident-desk-cli import FILE&apos;.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Create an incident from them</source>
        <translation>Crea un incidente da queste</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reports</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 reports match the filter</source>
        <translation>%1 segnalazioni corrispondono al filtro</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Claim</source>
        <translation>Prendi in carico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Rilascia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to suggested incident</source>
        <translation>Collega all&apos;incidente suggerito</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New incident from selection</source>
        <translation>Nuovo incidente dalla selezione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an incident</source>
        <translation>Non è un incidente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate of…</source>
        <translation>Duplicato di…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shortcuts</source>
        <translation>Scorciatoie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n unlinked report(s) about %1 in the last 30 minutes: probably an incident.</source>
        <translation>
            <numerusform>%n segnalazione non collegata su %1 negli ultimi 30 minuti: probabilmente un incidente.</numerusform>
            <numerusform>%n segnalazioni non collegate su %1 negli ultimi 30 minuti: probabilmente un incidente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Select one or more reports first.</source>
        <translation>Selezionate prima una o più segnalazioni.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>No suggested incident for this report: create one with Ctrl+N.</source>
        <translation>Nessun incidente suggerito per questa segnalazione: createne uno con Ctrl+N.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Duplicate of another report</source>
        <translation>Duplicato di un&apos;altra segnalazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference or number of the original report:</source>
        <translation>Riferimento o numero della segnalazione originale:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select the reports the incident is about first.</source>
        <translation>Selezionate prima le segnalazioni che riguardano l&apos;incidente.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a report to read it.</source>
        <translation>Selezionate una segnalazione per leggerla.</translation>
    </message>
    <message>
        <location line="-382"/>
        <source>Click a status to show its reports.</source>
        <translation>Fate clic su uno stato per vederne le segnalazioni.</translation>
    </message>
    <message>
        <location line="+409"/>
        <source>Save the customer&apos;s file (it is not opened here: it could run or show a web page)</source>
        <translation>Salva il file del cliente (qui non viene aperto: potrebbe essere eseguito o mostrare una pagina web)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save %1: %2</source>
        <translation>Impossibile salvare %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1.</source>
        <translation>Salvato %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No program on this computer opens %1; it is at %2.</source>
        <translation>Nessun programma su questo computer apre %1; si trova in %2.</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>New phone report…</source>
        <translation>Nuova segnalazione telefonica…</translation>
    </message>
    <message>
        <location line="+285"/>
        <source>The phone report is in the queue.</source>
        <translation>La segnalazione telefonica è nella coda.</translation>
    </message>
</context>
<context>
    <name>desk::ui::UpdateComposer</name>
    <message>
        <location filename="../ui/compose/updatecomposer.cpp" line="+49"/>
        <source>Start again from the template</source>
        <translation>Ricomincia dal modello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save draft</source>
        <translation>Salva bozza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for approval</source>
        <translation>Invia in approvazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+361"/>
        <source>Discard draft</source>
        <translation>Scarta bozza</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>Public update — %1</source>
        <translation>Aggiornamento pubblico — %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Languages:</source>
        <translation>Lingue:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Write the update in %1. Markdown: **bold**, *italic*, - lists, [links](https://…)</source>
        <translation>Scrivete l&apos;aggiornamento in %1. Markdown: **grassetto**, *corsivo*, - elenchi, [link](https://…)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes since the last published update</source>
        <translation>Modifiche rispetto all&apos;ultimo aggiornamento pubblicato</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No %1 dictionary is installed: spelling is not checked.</source>
        <translation>Non è installato un dizionario per %1: l&apos;ortografia non viene controllata.</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Start again</source>
        <translation>Ricomincia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the text of every language with the template for this kind?</source>
        <translation>Sostituire il testo di ogni lingua con il modello di questo tipo?</translation>
    </message>
    <message>
        <location line="+235"/>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw</source>
        <translation>Ritira</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 update — %2</source>
        <translation>Aggiornamento «%1» — %2</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Throw this draft away? This cannot be undone.</source>
        <translation>Buttare via questa bozza? Non si può annullare.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing has been published in %1 for this incident yet.</source>
        <translation>Per questo incidente non è ancora stato pubblicato nulla in %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compared with the %1 update published %2: %3 word(s) added, %4 removed</source>
        <translation>Rispetto all&apos;aggiornamento «%1» pubblicato il %2: parole aggiunte %3, tolte %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose at least one language.</source>
        <translation>Scegliete almeno una lingua.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 characters · %3 words</source>
        <translation>%1: %2 caratteri · %3 parole</translation>
    </message>
    <message>
        <location line="-349"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Update in %1</source>
        <translation>Aggiornamento in %1</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>The update&apos;s languages</source>
        <translation>Le lingue dell&apos;aggiornamento</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Preview and changes in %1</source>
        <translation>Anteprima e modifiche in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview in %1</source>
        <translation>Anteprima in %1</translation>
    </message>
</context>
<context>
    <name>desk::ui::UpdatesModel</name>
    <message>
        <location filename="../ui/incident/updatesmodel.cpp" line="+50"/>
        <source>Written</source>
        <translation>Scritto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed by</source>
        <translation>Rivisto da</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review comment</source>
        <translation>Commento della revisione</translation>
    </message>
</context>
<context>
    <name>desk::ui::UpdatesTab</name>
    <message>
        <location filename="../ui/incident/updatestab.cpp" line="+18"/>
        <source>Public updates</source>
        <translation>Aggiornamenti pubblici</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open</source>
        <extracomment>Button (verb): open the selected update in the composer</extracomment>
        <translation>Apri</translation>
    </message>
</context>
</TS>
