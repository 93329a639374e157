<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/shell/connectiondialog.ui" line="+6"/>
        <source>Connect to the team server</source>
        <translation>Mit dem Server des Teams verbinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
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
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems be&amp;halten</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../ui/incident/detailstab.ui" line="+8"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What customers see, e.g. “Card payments fail at checkout”</source>
        <translation>Was Kunden sehen, z. B. „Kartenzahlungen scheitern an der Kasse“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impact &amp;level:</source>
        <translation>Auswirkungs&amp;stufe:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Public update every:</source>
        <translation>Öffentliche Statusmeldung &amp;alle:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The policy promises a public report every day: 24 hours at most.</source>
        <translation>Die Richtlinie verspricht täglich einen öffentlichen Bericht: höchstens 24 Stunden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Services:</source>
        <translation>&amp;Dienste:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Affected service</source>
        <translation>Betroffener Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is happening, in words customers understand.</source>
        <translation>Was geschieht, in Worten, die Kunden verstehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impact on &amp;using the site:</source>
        <translation>Auswirkung auf die &amp;Nutzung der Website:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What customers cannot do on the site, or what is slower.</source>
        <translation>Was Kunden auf der Website nicht tun können oder was langsamer ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Affected user &amp;journeys:</source>
        <translation>Betroffene Ab&amp;läufe:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One per line, e.g. “Pay by card”, “Download an invoice”.</source>
        <translation>Einer pro Zeile, z. B. „Mit Karte bezahlen“, „Rechnung herunterladen“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Workaround:</source>
        <translation>&amp;Umgehungslösung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What customers can do meanwhile, if anything.</source>
        <translation>Was Kunden in der Zwischenzeit tun können, falls überhaupt.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ui/shell/firstrundialog.ui" line="+6"/>
        <source>Welcome to Incident Desk</source>
        <translation>Willkommen bei Incident Desk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Welcome to Incident Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Incident Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where should your team&apos;s reports and incidents be kept?</source>
        <translation>Wo sollen die Meldungen und Störungen Ihres Teams aufbewahrt werden?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On this computer, starting &amp;empty</source>
        <translation>Auf diesem Computer, &amp;leer beginnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On this computer, with &amp;demo data to try things out</source>
        <translation>Auf diesem Computer, mit &amp;Beispieldaten zum Ausprobieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the team&apos;s &amp;PostgreSQL server</source>
        <translation>Auf dem &amp;PostgreSQL-Server des Teams</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database on this computer suits one workstation. A team that works together needs the shared server.</source>
        <translation>Die Datenbank auf diesem Computer reicht für einen Arbeitsplatz. Ein Team, das zusammenarbeitet, braucht den gemeinsamen Server.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../app/domain/labels.cpp" line="+18"/>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an incident</source>
        <translation>Keine Störung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigating</source>
        <translation>In Analyse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identified</source>
        <translation>Ursache gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring</source>
        <translation>In Beobachtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>Nachbetrachtet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None</source>
        <extracomment>Impact level: the incident affects no customer</extracomment>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Acknowledgement</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description and impact</source>
        <translation>Beschreibung und Auswirkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Zwischenstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-incident review</source>
        <translation>Nachbetrachtung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact form</source>
        <translation>Kontaktformular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update due soon</source>
        <translation>Statusmeldung bald fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update overdue</source>
        <translation>Statusmeldung überfällig</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Duplicate</source>
        <comment>report status</comment>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>report status</comment>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Closed</source>
        <comment>incident state</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Published</source>
        <comment>update status</comment>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Operational</source>
        <translation>In Betrieb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degraded performance</source>
        <translation>Eingeschränkte Leistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial outage</source>
        <translation>Teilausfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major outage</source>
        <translation>Großer Ausfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Help Center site</source>
        <translation>Hilfe-Center-Website</translation>
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
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact on using the site</source>
        <translation>Auswirkung auf die Nutzung der Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected user journeys</source>
        <translation>Betroffene Abläufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workaround</source>
        <translation>Umgehungslösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected services</source>
        <translation>Betroffene Dienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact level</source>
        <translation>Auswirkungsstufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update cadence (minutes)</source>
        <translation>Takt der Statusmeldungen (Minuten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preventive actions</source>
        <translation>Vorbeugemaßnahmen</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>About to be sent</source>
        <translation>Wird gleich gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent</source>
        <extracomment>State of a message to a reporter: the mail server accepted it</extracomment>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In doubt: may have been sent</source>
        <translation>Unklar: wurde vielleicht gesendet</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/shell/logindialog.ui" line="+6"/>
        <source>Who is working?</source>
        <translation>Wer arbeitet?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Several people can share this workstation. Choose your name so your work and approvals are recorded as yours.</source>
        <translation>Mehrere Personen können diesen Arbeitsplatz teilen. Wählen Sie Ihren Namen, damit Ihre Arbeit und Freigaben Ihnen zugeordnet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login name</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../ui/triage/newincidentdialog.ui" line="+6"/>
        <source>New incident</source>
        <translation>Neue Störung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Impact:</source>
        <translation>&amp;Auswirkung:</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../ui/incident/reviewtab.ui" line="+8"/>
        <source>&amp;Root cause — what made it happen, found after the resolution:</source>
        <translation>&amp;Ursache – was sie ausgelöst hat, nach der Behebung ermittelt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. “The payment gateway&apos;s certificate expired.”</source>
        <translation>z. B. „Das Zertifikat des Zahlungsanbieters war abgelaufen.“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preventive actions — what keeps it from happening again:</source>
        <translation>&amp;Vorbeugemaßnahmen – was eine Wiederholung verhindert:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add action</source>
        <translation>Maßnahme &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move action</source>
        <translation>Maßnahme &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>The offline outbox on this computer cannot be written: %1</source>
        <translation type="vanished">Der Offline-Zwischenspeicher auf diesem Computer kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was exported and no report was marked; free some space or choose another folder.</source>
        <translation type="vanished">%1 konnte nicht geschrieben werden: %2. Nichts wurde exportiert und keine Meldung markiert; schaffen Sie Platz oder wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>desk::ApiPublishers</name>
    <message>
        <location filename="../app/publish/apipublishers.cpp" line="+160"/>
        <source>The Statuspage target has no page id; an administrator sets it.</source>
        <translation>Das Statuspage-Ziel hat keine Seiten-ID; ein Administrator trägt sie ein.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Looking for the incident on Statuspage</source>
        <translation>Störung auf Statuspage suchen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the incident on Statuspage</source>
        <translation>Störung auf Statuspage lesen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Creating the incident on Statuspage</source>
        <translation>Störung auf Statuspage anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statuspage created the incident but gave no id in its answer.</source>
        <translation>Statuspage hat die Störung angelegt, aber keine ID zurückgegeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Updating the incident on Statuspage</source>
        <translation>Störung auf Statuspage aktualisieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Cachet target has no address (baseUrl); an administrator sets it.</source>
        <translation>Das Cachet-Ziel hat keine Adresse (baseUrl); ein Administrator trägt sie ein.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Looking for the incident on Cachet</source>
        <translation>Störung auf Cachet suchen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Creating the incident on Cachet</source>
        <translation>Störung auf Cachet anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cachet created the incident but gave no id in its answer.</source>
        <translation>Cachet hat die Störung angelegt, aber keine ID zurückgegeben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the incident&apos;s updates on Cachet</source>
        <translation>Statusmeldungen der Störung auf Cachet lesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adding the update on Cachet</source>
        <translation>Statusmeldung auf Cachet hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changing the incident&apos;s status on Cachet</source>
        <translation>Status der Störung auf Cachet ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changing the status of component %1 on Cachet</source>
        <translation>Status der Komponente %1 auf Cachet ändern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The Zendesk Guide target needs its address, section id and user; an administrator sets them.</source>
        <translation>Das Zendesk-Guide-Ziel braucht Adresse, Abschnitts-ID und Benutzer; ein Administrator trägt sie ein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The Zendesk Guide target has no locales; an administrator sets them.</source>
        <translation>Das Zendesk-Guide-Ziel hat keine Sprachen; ein Administrator trägt sie ein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking for the article on Zendesk Guide</source>
        <translation>Artikel auf Zendesk Guide suchen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating the article on Zendesk Guide</source>
        <translation>Artikel auf Zendesk Guide anlegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zendesk Guide created the article but gave no id in its answer.</source>
        <translation>Zendesk Guide hat den Artikel angelegt, aber keine ID zurückgegeben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Writing the %1 translation on Zendesk Guide</source>
        <translation>Übersetzung %1 auf Zendesk Guide schreiben</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The webhook target has no address (url); an administrator sets it.</source>
        <translation>Das Webhook-Ziel hat keine Adresse (url); ein Administrator trägt sie ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The webhook target has no signing secret; an administrator sets it.</source>
        <translation>Das Webhook-Ziel hat kein Signaturgeheimnis; ein Administrator trägt es ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Calling the webhook</source>
        <translation>Webhook aufrufen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A Help Center is checked over WebDAV, not as an API.</source>
        <translation>Ein Hilfe-Center wird über WebDAV geprüft, nicht als API.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the address is not a valid URL.</source>
        <translation>%1: Die Adresse ist keine gültige URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not answer: %2</source>
        <translation>%1 antwortet nicht: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the credentials (HTTP %2): check the secret.</source>
        <translation>%1 hat die Zugangsdaten abgelehnt (HTTP %2): Prüfen Sie das Geheimnis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered 404: check the address and the page or section id.</source>
        <translation>%1 hat mit 404 geantwortet: Prüfen Sie die Adresse und die Seiten- oder Abschnitts-ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 hat mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: Cachet answered; it checks the token only when something is written, so the first publication does.</source>
        <translation>%1: Cachet hat geantwortet; es prüft das Token erst beim Schreiben, also bei der ersten Veröffentlichung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the receiver accepted a signed probe event; nothing was published.</source>
        <translation>%1: Der Empfänger hat ein signiertes Testereignis angenommen; nichts wurde veröffentlicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the server answered and accepted the credentials; nothing was written.</source>
        <translation>%1: Der Server hat geantwortet und die Zugangsdaten angenommen; nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>desk::AttachmentFile</name>
    <message>
        <location filename="../app/triage/attachmentfile.cpp" line="+66"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
        <translation>%1, wartet seit %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>[%1] Not acknowledged yet: %2</source>
        <translation>[%1] Noch nicht bestätigt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[%1] Public update due soon: %2</source>
        <translation>[%1] Öffentliche Statusmeldung bald fällig: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[%1] Public update overdue: %2</source>
        <translation>[%1] Öffentliche Statusmeldung überfällig: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[%1] Publication failed: %2</source>
        <translation>[%1] Veröffentlichung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[%1] Publication not delivered yet: %2</source>
        <translation>[%1] Veröffentlichung noch nicht zugestellt: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customers reported this incident (the first report arrived %1) and it is not acknowledged yet. The policy promises that it is taken in charge: acknowledge it and publish the acknowledgement.</source>
        <translation>Kunden haben diese Störung gemeldet (die erste Meldung kam %1), und sie ist noch nicht bestätigt. Die Richtlinie verspricht, dass sie übernommen wird: Bestätigen Sie sie und veröffentlichen Sie die Bestätigung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The next public update is due %1. Write it and have it approved in time.</source>
        <translation>Die nächste öffentliche Statusmeldung ist %1 fällig. Schreiben Sie sie und lassen Sie sie rechtzeitig freigeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The public update was due %1 and none has been published since. Customers are reading a stale report: write an update and have it approved now.</source>
        <translation>Die öffentliche Statusmeldung war %1 fällig, und seitdem wurde keine veröffentlicht. Kunden lesen einen veralteten Bericht: Schreiben Sie jetzt eine Statusmeldung und lassen Sie sie freigeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An approved update could not be published (%1). Look at the Publications page: fix the target and retry the job.</source>
        <translation>Eine freigegebene Statusmeldung konnte nicht veröffentlicht werden (%1). Sehen Sie auf der Seite Veröffentlichungen nach: Korrigieren Sie das Ziel und wiederholen Sie den Auftrag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An approved update has not reached a target yet (%1). Look at the Publications page.</source>
        <translation>Eine freigegebene Statusmeldung hat ein Ziel noch nicht erreicht (%1). Sehen Sie auf der Seite Veröffentlichungen nach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2

%3

This message is sent once by the Incident Desk service to the incident&apos;s owner and the team leads.
</source>
        <translation>%1 — %2

%3

Diese Nachricht sendet der Incident-Desk-Dienst einmal an die verantwortliche Person der Störung und an die Teamleitungen.
</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The warning for %1 could not be sent: %2</source>
        <translation>Die Warnung zu %1 konnte nicht gesendet werden: %2</translation>
    </message>
</context>
<context>
    <name>desk::ConfirmationExporter</name>
    <message>
        <location filename="../app/export/confirmationexporter.cpp" line="+138"/>
        <source>%1 is not resolved yet: confirmations are sent once it is.</source>
        <translation>%1 ist noch nicht behoben: Bestätigungsschreiben gehen erst danach hinaus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not acknowledged yet: acknowledge it before telling the reporters.</source>
        <translation>%1 ist noch nicht bestätigt: Bestätigen Sie die Störung, bevor Sie die Meldenden informieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one format: PDF, EML or CSV.</source>
        <translation>Wählen Sie mindestens ein Format: PDF, EML oder CSV.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>confirmations</source>
        <translation>Bestätigungsschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledgements</source>
        <translation>Eingangsbestätigungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>report %1: %2</source>
        <translation>Meldung %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not linked to %2</source>
        <translation>%1: nicht %2 zugeordnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No report to export: every linked report is confirmed already, or none is linked.</source>
        <translation>Keine Meldung zu exportieren: Alle zugeordneten Meldungen sind schon bestätigt, oder keine ist zugeordnet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No Help Center address is configured: the messages have no link to the report.</source>
        <translation>Keine Hilfe-Center-Adresse eingerichtet: Die Nachrichten enthalten keinen Link zum Bericht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The output folder %1 does not exist.</source>
        <translation>Der Ausgabeordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 cannot be written. Choose a folder you can write to.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+77"/>
        <source>the PDF cannot be started</source>
        <translation>das PDF kann nicht begonnen werden</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the PDF could not be finished</source>
        <translation>das PDF konnte nicht fertiggestellt werden</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>%1: no e-mail address, so no .eml (the PDF and the CSV have it)</source>
        <translation>%1: keine E-Mail-Adresse, daher keine .eml (PDF und CSV enthalten sie)</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>%1 could not be written: %2. Nothing was exported and no report was marked; free some space or choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Nichts wurde exportiert und keine Meldung markiert; schaffen Sie Platz oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>the combined PDF could not be finished</source>
        <translation>das Sammel-PDF konnte nicht fertiggestellt werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it could not be moved into the folder</source>
        <translation>sie konnte nicht in den Ordner verschoben werden</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>%1 by %2: %3 reports, %4</source>
        <translation>%1 von %2: %3 Meldungen, %4</translation>
    </message>
</context>
<context>
    <name>desk::ConfirmationMessages</name>
    <message>
        <location filename="../app/export/confirmationmessages.cpp" line="+83"/>
        <source>There is no %1 template in %2.</source>
        <translation>In %2 gibt es keine Vorlage %1.</translation>
    </message>
</context>
<context>
    <name>desk::Credentials</name>
    <message>
        <location filename="../app/core/credentials.cpp" line="+21"/>
        <source>Cannot read the secret in %1: %2</source>
        <translation>Das Geheimnis in %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 can be read by others than its owner: it is not used (chmod 600 it).</source>
        <translation>%1 ist nicht nur für seinen Eigentümer lesbar: Es wird nicht verwendet (chmod 600 setzen).</translation>
    </message>
</context>
<context>
    <name>desk::Database</name>
    <message>
        <location filename="../app/store/database.cpp" line="+70"/>
        <source>Cannot create the folder %1 for the database. Choose a folder you can write to.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder, not a database file. Give the path of a file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei. Geben Sie den Pfad einer Datei an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file %1 is read-only. Make it writable or copy it to a folder of yours.</source>
        <translation>Die Datenbankdatei %1 ist schreibgeschützt. Machen Sie sie beschreibbar oder kopieren Sie sie in einen eigenen Ordner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 is read-only, and SQLite needs to write its journal beside the database. Move the database to a folder you can write to.</source>
        <translation>Der Ordner %1 ist schreibgeschützt, und SQLite muss sein Journal neben die Datenbank schreiben. Verschieben Sie die Datenbank in einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Qt SQL driver for %1 is not installed (package %2).</source>
        <translation>Der Qt-SQL-Treiber für %1 ist nicht installiert (Paket %2).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot open the database file %1: %2</source>
        <translation>Die Datenbankdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not accept the password for %1. Check the user name and password.</source>
        <translation>Der Server hat das Passwort für %1 nicht angenommen. Prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at %1:%2 answered: %3. Check the database and user names, or ask your administrator to create them.</source>
        <translation>Der Server %1:%2 hat geantwortet: %3. Prüfen Sie Datenbank- und Benutzernamen oder bitten Sie Ihren Administrator, sie anzulegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach the PostgreSQL server at %1:%2. Check that it is running and that the address is right. (%3)</source>
        <translation>Der PostgreSQL-Server %1:%2 ist nicht erreichbar. Prüfen Sie, ob er läuft und die Adresse stimmt. (%3)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is not an Incident Desk database (not a SQLite file). Choose another file.</source>
        <translation>%1 ist keine Incident-Desk-Datenbank (keine SQLite-Datei). Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The connection to the database was lost (%1). Your work is kept; try again when it is back.</source>
        <translation>Die Verbindung zur Datenbank ist abgebrochen (%1). Ihre Arbeit bleibt erhalten; versuchen Sie es erneut, sobald sie wieder da ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another workstation changed the same data at the same moment; try again.</source>
        <translation>Ein anderer Arbeitsplatz hat dieselben Daten im selben Moment geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database is busy with another program; try again in a moment.</source>
        <translation>Die Datenbank ist durch ein anderes Programm belegt; versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>desk::DatabaseUrl</name>
    <message>
        <location filename="../app/store/databaseurl.cpp" line="+16"/>
        <source>No database given: pass a SQLite file path or a postgresql:// URL.</source>
        <translation>Keine Datenbank angegeben: Geben Sie den Pfad einer SQLite-Datei oder eine postgresql://-URL an.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The database URL is not valid: %1</source>
        <translation>Die Datenbank-URL ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown sslmode &apos;%1&apos;: use one of %2.</source>
        <translation>Unbekannter sslmode „%1“: Verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connect_timeout must be a whole number of seconds.</source>
        <translation>connect_timeout muss eine ganze Zahl von Sekunden sein.</translation>
    </message>
</context>
<context>
    <name>desk::DemoGenerator</name>
    <message>
        <location filename="../app/tools/demodata.cpp" line="+571"/>
        <source>the year of history is written only over a superuser connection</source>
        <translation>das Jahr an Verlauf wird nur über eine Superuser-Verbindung geschrieben</translation>
    </message>
</context>
<context>
    <name>desk::DraftStore</name>
    <message>
        <location filename="../app/compose/draftstore.cpp" line="+69"/>
        <source>Cannot create the drafts folder %1.</source>
        <translation>Der Entwurfsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot keep the draft on this computer: %1</source>
        <translation>Der Entwurf kann nicht auf diesem Computer aufbewahrt werden: %1</translation>
    </message>
</context>
<context>
    <name>desk::FolderPublisher</name>
    <message>
        <location filename="../app/publish/folderpublisher.cpp" line="+19"/>
        <source>Cannot create the Help Center folder %1: check that it can be written.</source>
        <translation>Der Hilfe-Center-Ordner %1 kann nicht angelegt werden: Prüfen Sie, ob er beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>desk::HttpClient</name>
    <message>
        <location filename="../app/publish/httpclient.cpp" line="+236"/>
        <source>the server did not answer within %1 s</source>
        <translation>der Server hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed: the server answered %2 %3</source>
        <translation>%1 fehlgeschlagen: Der Server antwortete %2 %3</translation>
    </message>
</context>
<context>
    <name>desk::ImportDesk</name>
    <message>
        <location filename="../app/intake/importdesk.cpp" line="+54"/>
        <source>The database cannot be reached: nothing was imported. Try again when it is back.</source>
        <translation>Die Datenbank ist nicht erreichbar: Nichts wurde importiert. Versuchen Sie es erneut, sobald sie wieder da ist.</translation>
    </message>
</context>
<context>
    <name>desk::IncidentRepository</name>
    <message>
        <location filename="../app/store/incidentrepository.cpp" line="+93"/>
        <source>There is no service &apos;%1&apos;.</source>
        <translation>Es gibt keinen Dienst „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the incident a title customers will understand.</source>
        <translation>Geben Sie der Störung einen Titel, den Kunden verstehen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Incident %1 does not exist.</source>
        <translation>Die Störung %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>There is no incident %1.</source>
        <translation>Es gibt keine Störung %1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The title cannot be empty.</source>
        <translation>Der Titel darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was changed on another workstation since you opened it (now version %2). Your changes are kept: compare and merge them.</source>
        <translation>%1 wurde an einem anderen Arbeitsplatz geändert, seit Sie es geöffnet haben (jetzt Version %2). Ihre Änderungen bleiben erhalten: Vergleichen und zusammenführen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 was changed on another workstation; reload it before changing its state.</source>
        <translation>%1 wurde an einem anderen Arbeitsplatz geändert; laden Sie es neu, bevor Sie den Status ändern.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 was changed on another workstation; reload it.</source>
        <translation>%1 wurde an einem anderen Arbeitsplatz geändert; laden Sie es neu.</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Every preventive action needs a description.</source>
        <translation>Jede Vorbeugemaßnahme braucht eine Beschreibung.</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>The reports are already linked to this incident.</source>
        <translation>Die Meldungen sind dieser Störung schon zugeordnet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is %2; move the reports to an open incident.</source>
        <translation>%1 ist %2; verschieben Sie die Meldungen zu einer offenen Störung.</translation>
    </message>
</context>
<context>
    <name>desk::IncidentSession</name>
    <message>
        <location filename="../app/incident/incidentsession.cpp" line="+115"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Could not open the incident: %1</source>
        <translation>Die Störung konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database cannot be reached: the incident could not be loaded.</source>
        <translation>Die Datenbank ist nicht erreichbar: Die Störung konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+226"/>
        <source>offline</source>
        <extracomment>Why the incident could not be loaded: the database cannot be reached
----------
Why the change could not be saved: the database cannot be reached</extracomment>
        <translation>offline</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Someone changed this incident on another workstation. Your edits are kept; when you save, you will see both versions and choose.</source>
        <translation>Jemand hat diese Störung an einem anderen Arbeitsplatz geändert. Ihre Änderungen bleiben erhalten; beim Speichern sehen Sie beide Fassungen und wählen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The title cannot be empty: customers read it first.</source>
        <translation>Der Titel darf nicht leer sein: Kunden lesen ihn zuerst.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+13"/>
        <source>Not saved: %1 Your text is still here.</source>
        <translation>Nicht gespeichert: %1 Ihr Text ist noch da.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved, and it cannot be kept on this computer either: %1 Your text is still here.</source>
        <translation>Nicht gespeichert und auch nicht auf diesem Computer aufbewahrbar: %1 Ihr Text ist noch da.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database cannot be reached. Your changes are kept on this computer and will be saved as soon as it is back.</source>
        <translation>Die Datenbank ist nicht erreichbar. Ihre Änderungen werden auf diesem Computer aufbewahrt und gespeichert, sobald sie wieder da ist.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Merge with the other workstation</source>
        <translation>Mit dem anderen Arbeitsplatz zusammenführen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: another workstation changed this incident. Your changes are still here; save again to compare and merge.</source>
        <translation>Nicht gespeichert: Ein anderer Arbeitsplatz hat diese Störung geändert. Ihre Änderungen sind noch da; speichern Sie erneut, um zu vergleichen und zusammenzuführen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What you saved while offline meets changes made meanwhile on another workstation: choose what to keep.</source>
        <translation>Was Sie offline gespeichert haben, trifft auf Änderungen, die inzwischen an einem anderen Arbeitsplatz gemacht wurden: Wählen Sie, was bleibt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is now “%2”.</source>
        <translation>%1 ist jetzt „%2“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database cannot be reached: the state was not changed. Try again when it is back.</source>
        <translation>Die Datenbank ist nicht erreichbar: Der Status wurde nicht geändert. Versuchen Sie es erneut, sobald sie wieder da ist.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select the reports first.</source>
        <translation>Wählen Sie zuerst die Meldungen aus.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n report(s) sent back to the triage queue.</source>
        <translation>
            <numerusform>%n Meldung zurück in die Sichtung gelegt.</numerusform>
            <numerusform>%n Meldungen zurück in die Sichtung gelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n report(s) moved.</source>
        <translation>
            <numerusform>%n Meldung verschoben.</numerusform>
            <numerusform>%n Meldungen verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>The database cannot be reached: no report was moved.</source>
        <translation>Die Datenbank ist nicht erreichbar: Keine Meldung wurde verschoben.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>There is no other open incident to move the reports to.</source>
        <translation>Es gibt keine andere offene Störung, zu der die Meldungen verschoben werden können.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The service&apos;s status was not changed: %1</source>
        <translation>Der Status des Dienstes wurde nicht geändert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service status set to “%1”.</source>
        <translation>Status des Dienstes auf „%1“ gesetzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database cannot be reached: the service&apos;s status was not changed.</source>
        <translation>Die Datenbank ist nicht erreichbar: Der Status des Dienstes wurde nicht geändert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the database cannot be reached</source>
        <translation>die Datenbank ist nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>desk::IncidentSuggester</name>
    <message>
        <location filename="../app/triage/suggester.cpp" line="+96"/>
        <source>same service</source>
        <translation>gleicher Dienst</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n word(s) in common</source>
        <translation>
            <numerusform>%n gemeinsames Wort</numerusform>
            <numerusform>%n gemeinsame Wörter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opened %1 h apart</source>
        <translation>im Abstand von %1 Std. eröffnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>opened %1 days apart</source>
        <translation>im Abstand von %1 Tagen eröffnet</translation>
    </message>
</context>
<context>
    <name>desk::IntakeDirectory</name>
    <message>
        <location filename="../app/intake/intakedirectory.cpp" line="+34"/>
        <source>The token cannot be checked now.</source>
        <translation>Das Token kann gerade nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The services cannot be read now.</source>
        <translation>Die Dienste können gerade nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>desk::IntakePipeline</name>
    <message>
        <location filename="../app/intake/intakepipeline.cpp" line="+61"/>
        <source>The service is stopping; send the report again in a moment.</source>
        <translation>Der Dienst wird beendet; senden Sie die Meldung gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report could not be confirmed in time. Send it again with the same Idempotency-Key (or external_ref) so that it is stored once.</source>
        <translation>Die Meldung konnte nicht rechtzeitig bestätigt werden. Senden Sie sie erneut mit demselben Idempotency-Key (oder external_ref), damit sie nur einmal gespeichert wird.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The team database refused the report: %1</source>
        <translation>Die Datenbank des Teams hat die Meldung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The team database cannot be reached and the service cannot keep more reports now; send the report again in a minute.</source>
        <translation>Die Datenbank des Teams ist nicht erreichbar, und der Dienst kann gerade keine weiteren Meldungen aufnehmen; senden Sie die Meldung in einer Minute erneut.</translation>
    </message>
</context>
<context>
    <name>desk::IntakeSpool</name>
    <message>
        <location filename="../app/store/intakespool.cpp" line="+82"/>
        <source>The intake spool failed: %1</source>
        <translation>Der Eingangspuffer ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the folder of the intake spool %1.</source>
        <translation>Der Ordner des Eingangspuffers %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the intake spool %1: %2</source>
        <translation>Der Eingangspuffer %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot use the intake spool %1: %2</source>
        <translation>Der Eingangspuffer %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+68"/>
        <location line="+13"/>
        <source>The intake spool cannot be read: %1</source>
        <translation>Der Eingangspuffer kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+33"/>
        <location line="+47"/>
        <location line="+3"/>
        <location line="+21"/>
        <source>The intake spool cannot be written: %1</source>
        <translation>Der Eingangspuffer kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>the spooled item cannot be read (written by another version?)</source>
        <translation>der gepufferte Eintrag kann nicht gelesen werden (von einer anderen Version geschrieben?)</translation>
    </message>
</context>
<context>
    <name>desk::IntakeTokenRepository</name>
    <message>
        <location filename="../app/store/intaketokenrepository.cpp" line="+45"/>
        <source>A token needs a name of 1 to 100 characters, e.g. &quot;website contact form&quot;.</source>
        <translation>Ein Token braucht einen Namen mit 1 bis 100 Zeichen, z. B. &quot;Kontaktformular der Website&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an origin: write it as https://www.example.org</source>
        <translation>„%1“ ist kein Origin: Schreiben Sie ihn als https://www.example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator adds intake tokens.</source>
        <translation>Nur ein Administrator fügt Eingangs-Tokens hinzu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is a token named “%1” already.</source>
        <translation>Es gibt bereits ein Token namens „%1“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The token was not stored.</source>
        <translation>Das Token wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only an administrator revokes intake tokens.</source>
        <translation>Nur ein Administrator widerruft Eingangs-Tokens.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No token named “%1” is in use.</source>
        <translation>Kein Token namens „%1“ ist in Gebrauch.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not an intake token.</source>
        <translation>Kein Eingangs-Token.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The token is unknown or revoked.</source>
        <translation>Das Token ist unbekannt oder widerrufen.</translation>
    </message>
</context>
<context>
    <name>desk::Lifecycle</name>
    <message>
        <location filename="../app/domain/lifecycle.cpp" line="+47"/>
        <source>An incident cannot go from %1 to %2.</source>
        <translation>Eine Störung kann nicht von %1 zu %2 wechseln.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write and submit the acknowledgement update first: customers must be told the incident is in hand.</source>
        <translation>Schreiben und einreichen Sie zuerst die Bestätigungsmeldung: Kunden müssen erfahren, dass sich jemand um die Störung kümmert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write and submit the resolution update first: customers must be told it is fixed.</source>
        <translation>Schreiben und einreichen Sie zuerst die Behebungsmeldung: Kunden müssen erfahren, dass es behoben ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the root cause in the post-incident review before marking it reviewed.</source>
        <translation>Tragen Sie die Ursache in der Nachbetrachtung ein, bevor Sie sie als nachbetrachtet markieren.</translation>
    </message>
</context>
<context>
    <name>desk::MailParser</name>
    <message>
        <location filename="../app/intake/mailparser.cpp" line="+153"/>
        <source>no sender address (From) to answer</source>
        <translation>keine Absenderadresse (From) für die Antwort</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>attachment %1</source>
        <translation>Anhang %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[The attachment “%1” (%2 bytes) was not kept: files are kept up to 10 MiB.]</source>
        <translation>[Der Anhang „%1“ (%2 Bytes) wurde nicht aufbewahrt: Dateien werden bis 10 MiB aufbewahrt.]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[The attachment “%1” was not kept: a report keeps %2 files.]</source>
        <translation>[Der Anhang „%1“ wurde nicht aufbewahrt: Eine Meldung behält %2 Dateien.]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[Part of this e-mail could not be read: %1]</source>
        <translation>[Ein Teil dieser E-Mail konnte nicht gelesen werden: %1]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a readable e-mail: %1</source>
        <translation>keine lesbare E-Mail: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>full message.txt</source>
        <translation>vollständige Nachricht.txt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>[The text was longer than a report holds; all of it is in the attached “%1”.]</source>
        <translation>[Der Text war länger, als eine Meldung fasst; er steht vollständig im Anhang „%1“.]</translation>
    </message>
</context>
<context>
    <name>desk::MailRepository</name>
    <message>
        <location filename="../app/store/mailrepository.cpp" line="+72"/>
        <source>The sender stopped during the SMTP transaction: the message may have been delivered. Check the mail server&apos;s log, then send it again or mark it sent.</source>
        <translation>Der Absender hat während der SMTP-Übertragung aufgehört: Die Nachricht wurde vielleicht zugestellt. Prüfen Sie das Protokoll des Mailservers und senden Sie sie dann erneut oder markieren Sie sie als gesendet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The sender stopped answering during the SMTP transaction: the message may have been delivered. Check the mail server&apos;s log, then send it again or mark it sent.</source>
        <translation>Der Absender hat während der SMTP-Übertragung nicht mehr geantwortet: Die Nachricht wurde vielleicht zugestellt. Prüfen Sie das Protokoll des Mailservers und senden Sie sie dann erneut oder markieren Sie sie als gesendet.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Mail job %1 is no longer being sent by this sender.</source>
        <translation>Der Mailauftrag %1 wird nicht mehr von diesem Absender gesendet.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Mail job %1 does not exist.</source>
        <translation>Der Mailauftrag %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only a team lead can retry, cancel or settle messages to reporters.</source>
        <translation>Nur eine Teamleitung kann Nachrichten an Meldende wiederholen, abbrechen oder erledigen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This message is %1 now; it cannot be changed that way.</source>
        <translation>Diese Nachricht ist jetzt %1; sie kann so nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This message changed meanwhile; look again.</source>
        <translation>Diese Nachricht hat sich inzwischen geändert; sehen Sie noch einmal nach.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Only a team lead can hold or release an incident&apos;s messages.</source>
        <translation>Nur eine Teamleitung kann die Nachrichten einer Störung zurückhalten oder freigeben.</translation>
    </message>
</context>
<context>
    <name>desk::MailSender</name>
    <message>
        <location filename="../app/mail/mailsender.cpp" line="+137"/>
        <source>The reporter was confirmed already (%1); nothing was sent.</source>
        <translation>Die meldende Person hat schon eine Bestätigung erhalten (%1); nichts wurde gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an e-mail address; correct the report&apos;s address, then send it again.</source>
        <translation>„%1“ ist keine E-Mail-Adresse; korrigieren Sie die Adresse der Meldung und senden Sie erneut.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Given up after %1 attempts; the last: %2</source>
        <translation>Nach %1 Versuchen aufgegeben; der letzte: %2</translation>
    </message>
</context>
<context>
    <name>desk::MailboxReader</name>
    <message>
        <location filename="../app/intake/mailboxreader.cpp" line="+99"/>
        <source>The mailbox %1@%2:%3 cannot be read: %4</source>
        <translation>Das Postfach %1@%2:%3 kann nicht gelesen werden: %4</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Reading the mailbox failed: %1</source>
        <translation>Lesen des Postfachs fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>desk::Migrator</name>
    <message>
        <location filename="../app/store/migrator.cpp" line="+86"/>
        <source>This database was upgraded by a newer Incident Desk (schema %1; this program knows up to %2). Install the newer version of Incident Desk to use it.</source>
        <translation>Diese Datenbank wurde von einem neueren Incident Desk aktualisiert (Schema %1; dieses Programm kennt bis %2). Installieren Sie die neuere Version von Incident Desk, um sie zu nutzen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>desk::Outbox</name>
    <message>
        <location filename="../app/store/outbox.cpp" line="+48"/>
        <source>The offline outbox on this computer cannot be written: %1</source>
        <translation>Der Offline-Zwischenspeicher auf diesem Computer kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cannot create the folder for the offline outbox: %1</source>
        <translation>Der Ordner für den Offline-Zwischenspeicher kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>resolved by the user</source>
        <translation>vom Benutzer erledigt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown operation &apos;%1&apos; in the outbox.</source>
        <translation>Unbekannter Vorgang „%1“ im Offline-Zwischenspeicher.</translation>
    </message>
</context>
<context>
    <name>desk::PasswordHash</name>
    <message>
        <location filename="../app/core/passwordhash.cpp" line="+23"/>
        <source>The crypto library failed to start.</source>
        <translation>Die Kryptobibliothek konnte nicht starten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not enough memory to hash the password.</source>
        <translation>Nicht genug Speicher, um das Passwort zu hashen.</translation>
    </message>
</context>
<context>
    <name>desk::PublicationRepository</name>
    <message>
        <location filename="../app/store/publicationrepository.cpp" line="+136"/>
        <location line="+49"/>
        <location line="+28"/>
        <source>Only an administrator configures where updates are published.</source>
        <translation>Nur ein Administrator legt fest, wo Statusmeldungen veröffentlicht werden.</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+49"/>
        <source>Give the target a name, e.g. “Help Center”.</source>
        <translation>Geben Sie dem Ziel einen Namen, z. B. „Hilfe-Center“.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The target&apos;s settings are not a JSON object: %1</source>
        <translation>Die Einstellungen des Ziels sind kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+24"/>
        <source>This target was changed elsewhere; reload it.</source>
        <translation>Dieses Ziel wurde anderswo geändert; laden Sie es neu.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Publication job %1 does not exist.</source>
        <translation>Der Veröffentlichungsauftrag %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a team lead can retry or cancel publications.</source>
        <translation>Nur eine Teamleitung kann Veröffentlichungen wiederholen oder abbrechen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This publication is %1; it cannot be changed that way now.</source>
        <translation>Diese Veröffentlichung ist %1; sie kann jetzt nicht so geändert werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This publication changed meanwhile; look again.</source>
        <translation>Diese Veröffentlichung hat sich inzwischen geändert; sehen Sie noch einmal nach.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>The setting “%1” looks like a secret: secrets are kept in the keychain of each workstation, never in the shared database.</source>
        <translation>Die Einstellung „%1“ sieht nach einem Geheimnis aus: Geheimnisse liegen im Schlüsselbund jedes Arbeitsplatzes, nie in der gemeinsamen Datenbank.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Help Center (this computer)</source>
        <translation>Hilfe-Center (dieser Computer)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No Help Center has an address yet: an administrator sets it in Publications → Targets…</source>
        <translation>Noch kein Hilfe-Center hat eine Adresse: Ein Administrator trägt sie unter Veröffentlichungen → Ziele… ein.</translation>
    </message>
    <message>
        <location line="+279"/>
        <source>Publication job %1 is gone.</source>
        <translation>Der Veröffentlichungsauftrag %1 ist verschwunden.</translation>
    </message>
</context>
<context>
    <name>desk::PublicationRunner</name>
    <message>
        <location filename="../app/publish/publicationrunner.cpp" line="+65"/>
        <source>Waiting: the Help Center target has no WebDAV address yet; an administrator sets it.</source>
        <translation>Wartet: Das Hilfe-Center-Ziel hat noch keine WebDAV-Adresse; ein Administrator trägt sie ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: the Statuspage target has no page id yet; an administrator sets it.</source>
        <translation>Wartet: Das Statuspage-Ziel hat noch keine Seiten-ID; ein Administrator trägt sie ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: the Cachet target has no address yet; an administrator sets it.</source>
        <translation>Wartet: Das Cachet-Ziel hat noch keine Adresse; ein Administrator trägt sie ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: the Zendesk Guide target needs its address, section id and user; an administrator sets them.</source>
        <translation>Wartet: Das Zendesk-Guide-Ziel braucht Adresse, Abschnitts-ID und Benutzer; ein Administrator trägt sie ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: the webhook target has no address yet; an administrator sets it.</source>
        <translation>Wartet: Das Webhook-Ziel hat noch keine Adresse; ein Administrator trägt sie ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: this workstation has no credentials for %1; an administrator enters them in Publication targets.</source>
        <translation>Wartet: Dieser Arbeitsplatz hat keine Zugangsdaten für %1; ein Administrator trägt sie unter Veröffentlichungsziele ein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+32"/>
        <source>The Help Center target&apos;s WebDAV address is not a valid URL: %1</source>
        <translation>Die WebDAV-Adresse des Hilfe-Center-Ziels ist keine gültige URL: %1</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The update of this job is not published.</source>
        <translation>Die Statusmeldung dieses Auftrags ist nicht veröffentlicht.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Taken back: the workstation sending it stopped answering.</source>
        <translation>Zurückgenommen: Der sendende Arbeitsplatz antwortet nicht mehr.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Waiting: an earlier update of this incident has to reach %1 first.</source>
        <translation>Wartet: Eine frühere Statusmeldung dieser Störung muss zuerst %1 erreichen.</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>%1 cannot be written by this program.</source>
        <translation>%1 kann von diesem Programm nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the folder %2 can be written.</source>
        <translation>%1: In den Ordner %2 kann geschrieben werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not answer: %2</source>
        <translation>%1 antwortet nicht: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the user and password (HTTP %2).</source>
        <translation>%1 hat Benutzer und Passwort abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the server answered and accepted the credentials; the folder is made at the first publication.</source>
        <translation>%1: Der Server hat geantwortet und die Zugangsdaten angenommen; der Ordner entsteht bei der ersten Veröffentlichung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2 to PROPFIND.</source>
        <translation>%1 hat auf PROPFIND mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the WebDAV server answered and accepted the credentials; nothing was written.</source>
        <translation>%1: Der WebDAV-Server hat geantwortet und die Zugangsdaten angenommen; nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>desk::ReportImporter</name>
    <message>
        <location filename="../app/intake/reportimporter.cpp" line="+73"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot tell the format of %1: name it .jsonl or .csv.</source>
        <translation>Das Format von %1 ist nicht erkennbar: Benennen Sie die Datei .jsonl oder .csv.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>external_ref &apos;%1&apos; already appears on line %2</source>
        <translation>external_ref „%1“ steht bereits in Zeile %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the line is not valid UTF-8 text; save the file as UTF-8</source>
        <translation>die Zeile ist kein gültiger UTF-8-Text; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not valid JSON (%1 at column %2)</source>
        <translation>kein gültiges JSON (%1 in Spalte %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the line is not a JSON object</source>
        <translation>die Zeile ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is empty: a CSV import needs a header row naming its columns.</source>
        <translation>%1 ist leer: Ein CSV-Import braucht eine Kopfzeile mit den Spaltennamen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The CSV header has no &apos;%1&apos; column. Columns: %2.</source>
        <translation>Die CSV-Kopfzeile hat keine Spalte „%1“. Spalten: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 fields where the header has %2</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the row is not valid UTF-8 text; save the file as UTF-8</source>
        <translation>die Zeile ist kein gültiger UTF-8-Text; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>The import was cancelled: nothing of it was kept.</source>
        <translation>Der Import wurde abgebrochen: Nichts davon wurde übernommen.</translation>
    </message>
</context>
<context>
    <name>desk::ReportRepository</name>
    <message>
        <location filename="../app/store/reportrepository.cpp" line="+62"/>
        <source>Report %1 no longer exists; another workstation may have removed it.</source>
        <translation>Die Meldung %1 existiert nicht mehr; vielleicht hat ein anderer Arbeitsplatz sie entfernt.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>%1 claimed this report first; their claim runs until %2.</source>
        <translation>%1 hat diese Meldung zuerst übernommen; die Übernahme gilt bis %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>You do not hold a claim on this report.</source>
        <translation>Sie haben diese Meldung nicht übernommen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 holds this report; ask them or wait until their claim ends.</source>
        <translation>%1 hat diese Meldung übernommen; fragen Sie nach oder warten Sie, bis die Übernahme endet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this report since you opened it (it is now %1). Reload it; nothing you did was saved over theirs.</source>
        <translation>Jemand anderes hat diese Meldung geändert, seit Sie sie geöffnet haben (jetzt %1). Laden Sie sie neu; nichts, was Sie getan haben, wurde über die fremde Änderung gespeichert.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A report cannot be a duplicate of itself.</source>
        <translation>Eine Meldung kann kein Duplikat ihrer selbst sein.</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>There is no report with the reference &apos;%1&apos;.</source>
        <translation>Es gibt keine Meldung mit der Referenz „%1“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That file is not stored with the report.</source>
        <translation>Diese Datei ist nicht mit der Meldung gespeichert.</translation>
    </message>
</context>
<context>
    <name>desk::SecretStore</name>
    <message>
        <location filename="../app/core/secretstore.cpp" line="+70"/>
        <source>The keychain did not store the secret: %1</source>
        <translation>Der Schlüsselbund hat das Geheimnis nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No keychain service is running.</source>
        <translation>Kein Schlüsselbund-Dienst läuft.</translation>
    </message>
</context>
<context>
    <name>desk::ServiceRepository</name>
    <message>
        <location filename="../app/store/servicerepository.cpp" line="+60"/>
        <source>Someone else changed this service&apos;s status meanwhile; reload and try again.</source>
        <translation>Jemand anderes hat den Status dieses Dienstes inzwischen geändert; laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>desk::Simulation</name>
    <message>
        <location filename="../app/tools/simulation.cpp" line="+143"/>
        <source>--agents takes 1 to 500.</source>
        <translation>--agents nimmt 1 bis 500.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 agents for %2 s on %3 new reports</source>
        <translation>%1 Mitarbeiter für %2 s auf %3 neuen Meldungen</translation>
    </message>
</context>
<context>
    <name>desk::SiteOptions</name>
    <message>
        <location filename="../app/publish/sitedata.cpp" line="+32"/>
        <source>The logo address %1 must start with https:// or be a path on the Help Center.</source>
        <translation>Die Logo-Adresse %1 muss mit https:// beginnen oder ein Pfad im Help Center sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The contact form address %1 must start with https:// (or be a mailto: address).</source>
        <translation>Die Adresse des Kontaktformulars %1 muss mit https:// beginnen (oder eine mailto:-Adresse sein).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The colour %1 is not of the form #rrggbb (for example #24364b).</source>
        <translation>Die Farbe %1 hat nicht die Form #rrggbb (zum Beispiel #24364b).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The time zones name a language the Help Center does not have: %1.</source>
        <translation>Die Zeitzonen nennen eine Sprache, die das Help Center nicht hat: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a time zone this computer knows (for %2); use a name such as Europe/Madrid or America/Mexico_City.</source>
        <translation>%1 ist keine Zeitzone, die dieser Computer kennt (für %2); verwenden Sie einen Namen wie Europe/Madrid oder America/Mexico_City.</translation>
    </message>
</context>
<context>
    <name>desk::SiteTemplates</name>
    <message>
        <location filename="../app/publish/sitetemplates.cpp" line="+40"/>
        <source>The Help Center&apos;s template folder %1 does not exist.</source>
        <translation>Der Vorlagenordner des Help Centers %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The Help Center template %1.mustache is missing.</source>
        <translation>Die Help-Center-Vorlage %1.mustache fehlt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Help Center template %1 cannot be read: %2</source>
        <translation>Die Help-Center-Vorlage %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The Help Center template %1.mustache includes a template that does not exist.</source>
        <translation>Die Help-Center-Vorlage %1.mustache bindet eine Vorlage ein, die es nicht gibt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Help Center template %1.mustache cannot be read: %2</source>
        <translation>Die Help-Center-Vorlage %1.mustache kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a JSON object of texts: %2</source>
        <translation>%1 ist kein JSON-Objekt mit Texten: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In %1, the text %2 is not a string.</source>
        <translation>In %1 ist der Text %2 keine Zeichenkette.</translation>
    </message>
</context>
<context>
    <name>desk::SmtpSender</name>
    <message>
        <location filename="../app/mail/smtpsender.cpp" line="+98"/>
        <source>The mail server %1 refused the login %2: %3. Check the user and the password (credential smtp-password).</source>
        <translation>Der Mailserver %1 hat die Anmeldung %2 abgelehnt: %3. Prüfen Sie Benutzer und Passwort (Zugangsdaten smtp-password).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server %1 does not take mail now: %2</source>
        <translation>Der Mailserver %1 nimmt gerade keine Post an: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server %1 cannot be reached: %2</source>
        <translation>Der Mailserver %1 ist nicht erreichbar: %2</translation>
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
        <translation>Die Verbindung brach nach dem Senden ab, bevor der Server antwortete (%1): Die Nachricht wurde vielleicht zugestellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the mail server broke: %1</source>
        <translation>Die Verbindung zum Mailserver ist abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>desk::SpellChecker</name>
    <message>
        <location filename="../app/compose/spellchecker.cpp" line="+118"/>
        <source>Only a single word can be added to the dictionary.</source>
        <translation>Nur ein einzelnes Wort kann ins Wörterbuch aufgenommen werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save the word in %1: %2</source>
        <translation>Das Wort kann nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>desk::Submission</name>
    <message>
        <location filename="../app/intake/submission.cpp" line="+81"/>
        <source>multipart/form-data needs a boundary parameter of 1 to 70 characters.</source>
        <translation>multipart/form-data braucht einen boundary-Parameter mit 1 bis 70 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the report as application/json, application/x-www-form-urlencoded or multipart/form-data (Content-Type was “%1”).</source>
        <translation>Senden Sie die Meldung als application/json, application/x-www-form-urlencoded oder multipart/form-data (Content-Type war „%1“).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The body is not valid UTF-8.</source>
        <translation>Der Inhalt ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The body is not valid JSON: %1 at offset %2.</source>
        <translation>Der Inhalt ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The body must be one JSON object with the report&apos;s fields.</source>
        <translation>Der Inhalt muss ein einzelnes JSON-Objekt mit den Feldern der Meldung sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report has %1 fields; a report has at most %2.</source>
        <translation>Die Meldung hat %1 Felder; eine Meldung hat höchstens %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The form has %1 fields; a report has at most %2.</source>
        <translation>Das Formular hat %1 Felder; eine Meldung hat höchstens %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The form is not valid UTF-8: send it with accept-charset=&quot;UTF-8&quot;.</source>
        <translation>Das Formular ist kein gültiges UTF-8: Senden Sie es mit accept-charset=&quot;UTF-8&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The multipart body does not contain its boundary.</source>
        <translation>Der Multipart-Inhalt enthält seine Begrenzung nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A multipart boundary must be followed by CRLF.</source>
        <translation>Auf eine Multipart-Begrenzung muss CRLF folgen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A part of the multipart body is cut off (no closing boundary).</source>
        <translation>Ein Teil des Multipart-Inhalts ist abgeschnitten (keine schließende Begrenzung).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The form has more than %1 parts.</source>
        <translation>Das Formular hat mehr als %1 Teile.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Every part of the form needs a UTF-8 name in its Content-Disposition.</source>
        <translation>Jeder Teil des Formulars braucht einen UTF-8-Namen in seiner Content-Disposition.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file “%1” has %2 bytes; the limit is %3 (10 MiB).</source>
        <translation>Die Datei „%1“ hat %2 Bytes; die Grenze ist %3 (10 MiB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At most %1 files go with one report.</source>
        <translation>Höchstens %1 Dateien gehören zu einer Meldung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The field “%1” is not valid UTF-8.</source>
        <translation>Das Feld „%1“ ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 contains a NUL character</source>
        <translation>%1 enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>external_ref is missing</source>
        <translation>external_ref fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>external_ref is longer than 200 characters</source>
        <translation>external_ref ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>received_at is missing</source>
        <translation>received_at fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>received_at &apos;%1&apos; is not an ISO 8601 date and time (e.g. 2026-03-14T09:30:00Z)</source>
        <translation>received_at „%1“ ist kein Datum mit Uhrzeit nach ISO 8601 (z. B. 2026-03-14T09:30:00Z)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>channel &apos;%1&apos; is unknown (use contact_form, email, phone or import)</source>
        <translation>Kanal „%1“ ist unbekannt (contact_form, email, phone oder import verwenden)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>language &apos;%1&apos; is not supported (use it, en, fr, de or es)</source>
        <translation>Sprache „%1“ wird nicht unterstützt (it, en, fr, de oder es verwenden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>both subject and body are empty</source>
        <translation>Betreff und Text sind beide leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subject has %1 characters; the limit is %2</source>
        <translation>der Betreff hat %1 Zeichen; die Grenze ist %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>body has %1 characters; the limit is %2 (attach long logs as files instead)</source>
        <translation>der Text hat %1 Zeichen; die Grenze ist %2 (lange Protokolle lieber als Dateien anhängen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>customer_email &apos;%1&apos; is not an e-mail address</source>
        <translation>customer_email „%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>service &apos;%1&apos; is unknown (known services: %2)</source>
        <translation>Dienst „%1“ ist unbekannt (bekannte Dienste: %2)</translation>
    </message>
</context>
<context>
    <name>desk::TriageActions</name>
    <message>
        <location filename="../app/triage/triageactions.cpp" line="+32"/>
        <source>Select one or more reports first.</source>
        <translation>Wählen Sie zuerst eine oder mehrere Meldungen aus.</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Not done for %n report(s): %1</source>
        <translation>
            <numerusform>Für %n Meldung nicht erledigt: %1</numerusform>
            <numerusform>Für %n Meldungen nicht erledigt: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database cannot be reached, so this was not done. Try again when it is back.</source>
        <translation>Die Datenbank ist nicht erreichbar, daher wurde nichts erledigt. Versuchen Sie es erneut, sobald sie wieder da ist.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The database cannot be reached: %n report(s) kept on this computer, done as soon as it is back.</source>
        <translation>
            <numerusform>Die Datenbank ist nicht erreichbar: %n Meldung auf diesem Computer vorgemerkt, erledigt, sobald sie wieder da ist.</numerusform>
            <numerusform>Die Datenbank ist nicht erreichbar: %n Meldungen auf diesem Computer vorgemerkt, erledigt, sobald sie wieder da ist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not kept: %1</source>
        <translation>Nicht aufbewahrt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Claimed %n report(s).</source>
        <translation>
            <numerusform>%n Meldung übernommen.</numerusform>
            <numerusform>%n Meldungen übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Released %n report(s).</source>
        <translation>
            <numerusform>%n Meldung freigegeben.</numerusform>
            <numerusform>%n Meldungen freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Linked %n report(s).</source>
        <translation>
            <numerusform>%n Meldung zugeordnet.</numerusform>
            <numerusform>%n Meldungen zugeordnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Marked %n report(s) as not an incident.</source>
        <translation>
            <numerusform>%n Meldung als keine Störung markiert.</numerusform>
            <numerusform>%n Meldungen als keine Störung markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Marked %n report(s) as duplicates.</source>
        <translation>
            <numerusform>%n Meldung als Duplikat markiert.</numerusform>
            <numerusform>%n Meldungen als Duplikate markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Created %1 and linked %n report(s).</source>
        <translation>
            <numerusform>%1 angelegt und %n Meldung zugeordnet.</numerusform>
            <numerusform>%1 angelegt und %n Meldungen zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database cannot be reached: the incident was not created. Try again when it is back.</source>
        <translation>Die Datenbank ist nicht erreichbar: Die Störung wurde nicht angelegt. Versuchen Sie es erneut, sobald sie wieder da ist.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Undone for %n report(s).</source>
        <translation>
            <numerusform>Für %n Meldung rückgängig gemacht.</numerusform>
            <numerusform>Für %n Meldungen rückgängig gemacht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::UpdateDraftSession</name>
    <message>
        <location filename="../app/compose/updatedraftsession.cpp" line="+98"/>
        <source>Could not load the update: %1</source>
        <translation>Die Statusmeldung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database cannot be reached: the update could not be loaded.</source>
        <translation>Die Datenbank ist nicht erreichbar: Die Statusmeldung konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offline</source>
        <extracomment>Why the draft could not be loaded: the database cannot be reached</extracomment>
        <translation>offline</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Restored the text you wrote on this computer at %1, which was not saved to the team database yet.</source>
        <translation>Der Text, den Sie um %1 auf diesem Computer geschrieben haben, wurde wiederhergestellt; er war noch nicht in der Datenbank des Teams gespeichert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 asked for changes: “%2”</source>
        <translation>%1 hat Änderungen angefordert: „%2“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for a team lead&apos;s approval. Withdraw it to change the text.</source>
        <translation>Wartet auf die Freigabe einer Teamleitung. Ziehen Sie sie zurück, um den Text zu ändern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Editing…</source>
        <translation>Bearbeitung…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kept on this computer at %1</source>
        <translation>Auf diesem Computer aufbewahrt um %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write the update in at least one language.</source>
        <translation>Schreiben Sie die Statusmeldung in mindestens einer Sprache.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The database cannot be reached. Your text is kept on this computer and goes to the team database when you save again.</source>
        <translation>Die Datenbank ist nicht erreichbar. Ihr Text wird auf diesem Computer aufbewahrt und beim nächsten Speichern in die Datenbank des Teams übernommen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not saved to the team database: %1 Your text is kept on this computer.</source>
        <translation>Nicht in der Datenbank des Teams gespeichert: %1 Ihr Text wird auf diesem Computer aufbewahrt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved to the team database at %1 · %2</source>
        <translation>In der Datenbank des Teams gespeichert um %1 · %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not submitted: %1</source>
        <translation>Nicht eingereicht: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submitted: a team lead will review it. You will be told of the decision.</source>
        <translation>Eingereicht: Eine Teamleitung prüft sie. Sie erfahren die Entscheidung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database cannot be reached: the update was saved on this computer but not submitted. Submit it again when the database is back.</source>
        <translation>Die Datenbank ist nicht erreichbar: Die Statusmeldung wurde auf diesem Computer aufbewahrt, aber nicht eingereicht. Reichen Sie sie erneut ein, sobald die Datenbank wieder da ist.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Withdrawn: you can edit it again.</source>
        <translation>Zurückgezogen: Sie können sie wieder bearbeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database cannot be reached: the update is still waiting for approval.</source>
        <translation>Die Datenbank ist nicht erreichbar: Die Statusmeldung wartet weiterhin auf Freigabe.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The database cannot be reached: the draft was not discarded.</source>
        <translation>Die Datenbank ist nicht erreichbar: Der Entwurf wurde nicht verworfen.</translation>
    </message>
</context>
<context>
    <name>desk::UpdateRepository</name>
    <message>
        <location filename="../app/store/updaterepository.cpp" line="+77"/>
        <location line="+120"/>
        <source>An update needs a text in at least one language.</source>
        <translation>Eine Statusmeldung braucht einen Text in mindestens einer Sprache.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Update %1 does not exist.</source>
        <translation>Die Statusmeldung %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>This update was changed elsewhere since you opened it; your text is kept, compare it with theirs.</source>
        <translation>Diese Statusmeldung wurde anderswo geändert, seit Sie sie geöffnet haben; Ihr Text bleibt erhalten, vergleichen Sie ihn mit dem anderen.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+50"/>
        <location line="+31"/>
        <source>This update was changed elsewhere since you opened it; reload it.</source>
        <translation>Diese Statusmeldung wurde anderswo geändert, seit Sie sie geöffnet haben; laden Sie sie neu.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Say what should change, so the author knows what to do.</source>
        <translation>Sagen Sie, was sich ändern soll, damit die verfassende Person weiß, was zu tun ist.</translation>
    </message>
</context>
<context>
    <name>desk::UpdateTemplates</name>
    <message>
        <location filename="../app/compose/updatetemplates.cpp" line="+34"/>
        <source>There is no %1 template in %2.</source>
        <translation>In %2 gibt es keine Vorlage %1.</translation>
    </message>
</context>
<context>
    <name>desk::UpdateWorkflow</name>
    <message>
        <location filename="../app/domain/updateworkflow.cpp" line="+41"/>
        <source>A published update never changes; write a new update to correct it.</source>
        <translation>Eine veröffentlichte Statusmeldung ändert sich nie; schreiben Sie eine neue, um sie zu berichtigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The update is waiting for approval; withdraw it before editing.</source>
        <translation>Die Statusmeldung wartet auf Freigabe; ziehen Sie sie zurück, bevor Sie sie bearbeiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the author or a lead can delete an unpublished update.</source>
        <translation>Nur die verfassende Person oder eine Teamleitung kann eine unveröffentlichte Statusmeldung löschen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a draft or an update with requested changes can be submitted.</source>
        <translation>Nur ein Entwurf oder eine Statusmeldung mit angeforderten Änderungen kann eingereicht werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a submitted update can be withdrawn.</source>
        <translation>Nur eine eingereichte Statusmeldung kann zurückgezogen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the author can withdraw the update.</source>
        <translation>Nur die verfassende Person kann die Statusmeldung zurückziehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a team lead can review updates.</source>
        <translation>Nur eine Teamleitung kann Statusmeldungen prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody reviews their own update: another lead must do it.</source>
        <translation>Niemand prüft die eigene Statusmeldung: Eine andere Teamleitung muss es tun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a submitted update can be reviewed.</source>
        <translation>Nur eine eingereichte Statusmeldung kann geprüft werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a team lead can publish updates.</source>
        <translation>Nur eine Teamleitung kann Statusmeldungen veröffentlichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an approved update can be published.</source>
        <translation>Nur eine freigegebene Statusmeldung kann veröffentlicht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown action.</source>
        <translation>Unbekannte Aktion.</translation>
    </message>
</context>
<context>
    <name>desk::UserRepository</name>
    <message>
        <location filename="../app/store/userrepository.cpp" line="+52"/>
        <source>&apos;%1&apos; is not a valid user name: use 2 to 63 lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>„%1“ ist kein gültiger Benutzername: 2 bis 63 Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“ verwenden, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password must have at least 8 characters.</source>
        <translation>Das Passwort muss mindestens 8 Zeichen haben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A user named &apos;%1&apos; already exists.</source>
        <translation>Ein Benutzer namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>There is no user named &apos;%1&apos;.</source>
        <translation>Es gibt keinen Benutzer namens „%1“.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The user name or the password is not right.</source>
        <translation>Benutzername oder Passwort ist nicht richtig.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The account &apos;%1&apos; is disabled. Ask an administrator.</source>
        <translation>Das Konto „%1“ ist deaktiviert. Wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The database role &apos;%1&apos; is not an Incident Desk user. Ask an administrator to run &apos;incident-desk-cli user add %1 --role agent&apos;.</source>
        <translation>Die Datenbankrolle „%1“ ist kein Incident-Desk-Benutzer. Bitten Sie einen Administrator, „incident-desk-cli user add %1 --role agent“ auszuführen.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no user %1.</source>
        <translation>Es gibt keinen Benutzer %1.</translation>
    </message>
</context>
<context>
    <name>desk::VmimeSupport</name>
    <message>
        <location filename="../app/mail/vmimesupport.cpp" line="+150"/>
        <source>No certificate could be read from %1.</source>
        <translation>Aus %1 konnte kein Zertifikat gelesen werden.</translation>
    </message>
</context>
<context>
    <name>desk::WebDavPublisher</name>
    <message>
        <location filename="../app/publish/webdavpublisher.cpp" line="+136"/>
        <source>%1 was changed on the server by someone else since the last publication; look at it before publishing over it.</source>
        <translation>%1 wurde seit der letzten Veröffentlichung auf dem Server von jemand anderem geändert; sehen Sie es an, bevor Sie darüber veröffentlichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 reads back differently from what was uploaded (HTTP %2, %3 bytes instead of %4).</source>
        <translation>%1 liest sich anders zurück als hochgeladen (HTTP %2, %3 Bytes statt %4).</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+25"/>
        <source>Creating the folder %1</source>
        <translation>Ordner %1 anlegen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading %1 back</source>
        <translation>%1 zurücklesen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Uploading %1</source>
        <translation>%1 hochladen</translation>
    </message>
</context>
<context>
    <name>desk::cli</name>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="+112"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 has no Incident Desk schema yet: run &apos;incident-desk-cli db init&apos; first.</source>
        <translation>%1 hat noch kein Incident-Desk-Schema: Führen Sie zuerst &apos;incident-desk-cli db init&apos; aus.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Who acts (default $INCIDENT_DESK_USER). On PostgreSQL the login role.</source>
        <translation>Wer handelt (Standard: $INCIDENT_DESK_USER). Unter PostgreSQL die Login-Rolle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/dbcommands.cpp" line="+108"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Say who acts: --user NAME (or $INCIDENT_DESK_USER), with the password on standard input (--password-stdin) or typed at the prompt.</source>
        <translation>Geben Sie an, wer handelt: --user NAME (oder $INCIDENT_DESK_USER), mit dem Passwort auf der Standardeingabe (--password-stdin) oder an der Eingabeaufforderung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/dbcommands.cpp" line="+49"/>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No terminal to ask for the password: pass it on standard input with --password-stdin.</source>
        <translation>Kein Terminal, um nach dem Passwort zu fragen: Übergeben Sie es auf der Standardeingabe mit --password-stdin.</translation>
    </message>
    <message>
        <location filename="../app/cli/datacommands.cpp" line="+21"/>
        <source>A .jsonl or .csv file of reports.</source>
        <translation>Eine .jsonl- oder .csv-Datei mit Meldungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import nothing if any row is bad.</source>
        <translation>Nichts importieren, wenn eine Zeile fehlerhaft ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jsonl or csv (default: from the file name).</source>
        <translation>jsonl oder csv (Standard: nach dem Dateinamen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+196"/>
        <source>Show how far it got on standard error (the default on a terminal).</source>
        <translation>Den Fortschritt auf der Standardfehlerausgabe zeigen (Standard in einem Terminal).</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Imports customer reports. Columns (CSV header or JSON keys): external_ref, received_at (ISO 8601),
channel, customer_ref, customer_name, customer_email, language, subject, body, service.
Good rows go in one transaction; each bad row is listed with its line number.
Reports already imported (same external_ref) are skipped. Ctrl+C stops it and keeps nothing.
Exit status: 0 all imported, 1 nothing imported, 3 imported with rejected rows.</source>
        <translation>Importiert Kundenmeldungen. Spalten (CSV-Kopfzeile oder JSON-Schlüssel): external_ref, received_at (ISO 8601),
channel, customer_ref, customer_name, customer_email, language, subject, body, service.
Gültige Zeilen gehen in einer Transaktion ein; jede fehlerhafte Zeile wird mit ihrer Nummer aufgeführt.
Bereits importierte Meldungen (gleiche external_ref) werden übersprungen. Strg+C bricht ab und übernimmt nichts.
Exit-Status: 0 alles importiert, 1 nichts importiert, 3 importiert mit abgelehnten Zeilen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name the file to import.</source>
        <translation>Geben Sie die zu importierende Datei an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown format &apos;%1&apos;: use jsonl or csv.</source>
        <translation>Unbekanntes Format „%1“: jsonl oder csv verwenden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 rows read, %2 %</source>
        <translation>%1 Zeilen gelesen, %2 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… and %1 more bad rows</source>
        <translation>… und %1 weitere fehlerhafte Zeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing imported: %1 of %2 rows are bad (--strict). Fix them and run the import again.</source>
        <translation>Nichts importiert: %1 von %2 Zeilen sind fehlerhaft (--strict). Korrigieren Sie sie und importieren Sie erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imported %1 reports, %2 already present, %3 rejected (of %4 read)</source>
        <translation>%1 Meldungen importiert, %2 schon vorhanden, %3 abgelehnt (von %4 gelesenen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How many reports (default 2000).</source>
        <translation>Wie viele Meldungen (Standard 2000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (default 2026).</source>
        <translation>Zufalls-Seed (Standard 2026).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print only the summary.</source>
        <translation>Nur die Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fills the database with realistic demo data: services, users (anna, marco, sofia: agents; giulia,
luca: leads; admin; password &apos;demo-password&apos;), incidents in every state with their updates,
and reports in five languages over six weeks. Running it again adds nothing twice.</source>
        <translation>Füllt die Datenbank mit realistischen Beispieldaten: Dienste, Benutzer (anna, marco, sofia: Mitarbeiter; giulia,
luca: Teamleitungen; admin; Passwort &apos;demo-password&apos;), Störungen in jedem Status mit ihren Statusmeldungen
und Meldungen in fünf Sprachen über sechs Wochen. Ein erneuter Aufruf fügt nichts doppelt hinzu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--reports takes a number from 0 to 50000000.</source>
        <translation>--reports nimmt eine Zahl von 0 bis 50000000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--seed takes a whole number.</source>
        <translation>--seed nimmt eine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 reports</source>
        <translation>%1 von %2 Meldungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>demo data: %1 services, %2 new users, %3 incidents, %4 published updates, %5 reports (%6 already present) in %7 s</source>
        <translation>Beispieldaten: %1 Dienste, %2 neue Benutzer, %3 Störungen, %4 veröffentlichte Statusmeldungen, %5 Meldungen (%6 schon vorhanden) in %7 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>including a year of history: %1 incidents before the last six weeks</source>
        <translation>einschließlich eines Jahres Verlauf: %1 Störungen vor den letzten sechs Wochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no year of history: %1</source>
        <translation>kein Jahr Verlauf: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How many agents work at once (default 10).</source>
        <translation>Wie viele Mitarbeiter gleichzeitig arbeiten (Standard 10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For how many seconds (default 60).</source>
        <translation>Wie viele Sekunden (Standard 60).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Headless agents claim, link and edit on the database at once, each on its own connection, then the run is checked:
double claims and lost updates must be 0. Adds simulated reports and incidents: use a test database.</source>
        <translation>Mitarbeiter ohne Oberfläche übernehmen, ordnen zu und bearbeiten gleichzeitig in der Datenbank, jeder über eine eigene Verbindung; danach wird geprüft:
Doppelte Übernahmen und verlorene Änderungen müssen 0 sein. Fügt simulierte Meldungen und Störungen hinzu: Verwenden Sie eine Testdatenbank.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--agents and --duration take positive whole numbers.</source>
        <translation>--agents und --duration nehmen positive ganze Zahlen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>operations: %1 (%2 per second)</source>
        <translation>Vorgänge: %1 (%2 pro Sekunde)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>conflicts met: %1</source>
        <translation>aufgetretene Konflikte: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>double claims: %1</source>
        <translation>doppelte Übernahmen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost updates: %1</source>
        <translation>verlorene Änderungen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other errors: %1</source>
        <translation>andere Fehler: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>confirmations | acknowledgements</source>
        <translation>confirmations | acknowledgements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The incident, e.g. INC-2026-0042.</source>
        <translation>Die Störung, z. B. INC-2026-0042.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf, eml, csv, comma-separated (default all); pdf-each or pdf-combined for one kind of PDF.</source>
        <translation>pdf, eml, csv, durch Kommas getrennt (Standard: alle); pdf-each oder pdf-combined für eine Art PDF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder to write to.</source>
        <translation>Der Ordner, in den geschrieben wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the CSV with a byte order mark (for spreadsheet programs).</source>
        <translation>Die CSV-Datei mit einer Byte-Order-Mark beginnen (für Tabellenprogramme).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team&apos;s address (default support@example.org).</source>
        <translation>Die Adresse des Teams (Standard support@example.org).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team&apos;s name (default Customer Service).</source>
        <translation>Der Name des Teams (Standard Customer Service).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Help Center&apos;s incident pages (default: the Help Center target&apos;s baseUrl).</source>
        <translation>Die Störungsseiten des Hilfe-Centers (Standard: die baseUrl des Hilfe-Center-Ziels).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every linked report, also those confirmed before.</source>
        <translation>Jede zugeordnete Meldung, auch bereits bestätigte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writes every reporter&apos;s resolution confirmation (or acknowledgement notice) in their own language:
a PDF each, one PDF with a page per reporter, an .eml each, and a CSV for mail merge.
Exported reports are marked confirmed; a failed or cancelled export leaves no file and marks nothing;
so does Ctrl+C.</source>
        <translation>Schreibt für jede meldende Person das Behebungsschreiben (oder die Eingangsbestätigung) in ihrer Sprache:
je ein PDF, ein PDF mit einer Seite pro meldender Person, je eine .eml und eine CSV-Datei für den Serienbrief.
Exportierte Meldungen werden als bestätigt markiert; ein fehlgeschlagener oder abgebrochener Export hinterlässt keine Datei und markiert nichts;
ebenso Strg+C.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say what to export: confirmations or acknowledgements.</source>
        <translation>Geben Sie an, was exportiert wird: confirmations oder acknowledgements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--incident and --out are needed.</source>
        <translation>--incident und --out werden benötigt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown format &apos;%1&apos;: use pdf, eml, csv.</source>
        <translation>Unbekanntes Format „%1“: pdf, eml, csv verwenden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 of %2 reporters</source>
        <translation>%1 von %2 meldenden Personen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cancelled: no file was written and no report was marked.</source>
        <translation>abgebrochen: Keine Datei wurde geschrieben und keine Meldung markiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exported before: %1</source>
        <translation>bereits exportiert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 report(s) exported, %2 file(s) written to %3</source>
        <translation>%1 Meldung(en) exportiert, %2 Datei(en) nach %3 geschrieben</translation>
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
        <translation>Legt die Datenbank an, aktualisiert oder beschreibt sie.
  init     legt das Schema an (unter PostgreSQL auch die Gruppenrollen desk_agent, desk_lead, desk_admin;
           mit einer Rolle ausführen, die Rollen anlegen darf)
  migrate  wendet die Migrationen an, die dieses Programm mitbringt
  status   zeigt die Schemaversion und was die Datenbank enthält</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say what to do: db init, db migrate or db status.</source>
        <translation>Geben Sie an, was zu tun ist: db init, db migrate oder db status.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>database: %1 (%2)</source>
        <translation>Datenbank: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schema: %1 of %2</source>
        <translation>Schema: %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database was upgraded by a newer Incident Desk; install the newer version.</source>
        <translation>Diese Datenbank wurde von einem neueren Incident Desk aktualisiert; installieren Sie die neuere Version.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pending migrations: %1 (run &apos;incident-desk-cli db migrate&apos;)</source>
        <translation>ausstehende Migrationen: %1 (&apos;incident-desk-cli db migrate&apos; ausführen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/cli/incidentcommands.cpp" line="+90"/>
        <source>reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updates</source>
        <translation>Statusmeldungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>schema is at version %1 (%2 migrations applied)</source>
        <translation>das Schema ist auf Version %1 (%2 Migrationen angewendet)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next: create the first administrator with &apos;incident-desk-cli user add NAME --role admin&apos;.</source>
        <translation>Als Nächstes: Legen Sie den ersten Administrator mit &apos;incident-desk-cli user add NAME --role admin&apos; an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add | list | email</source>
        <translation>add | list | email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login name (add, email)</source>
        <translation>Anmeldename (add, email)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agent, lead or admin.</source>
        <translation>agent, lead oder admin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name shown in the app.</source>
        <translation>Vollständiger Name, wie die App ihn zeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the service&apos;s warnings reach this person (add; email NAME --email ADDRESS, empty for none).</source>
        <translation>Wohin die Warnungen des Dienstes diese Person erreichen (add; email NAME --email ADRESSE, leer für keine).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adds or lists the people who work in the desk, or sets where the service writes to them. On PostgreSQL &apos;add&apos; also creates the login role
and makes it a member of desk_agent, desk_lead or desk_admin.</source>
        <translation>Fügt die Personen hinzu, die im Desk arbeiten, listet sie auf oder legt fest, wohin der Dienst ihnen schreibt. Unter PostgreSQL legt &apos;add&apos; auch die Login-Rolle an
und macht sie zum Mitglied von desk_agent, desk_lead oder desk_admin.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: incident-desk-cli user email NAME --email ADDRESS</source>
        <translation>Aufruf: incident-desk-cli user email NAME --email ADRESSE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 gets no e-mail from the service</source>
        <translation>%1 erhält keine E-Mails vom Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gets the service&apos;s warnings at %2</source>
        <translation>%1 erhält die Warnungen des Dienstes an %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: incident-desk-cli user add NAME --role agent|lead|admin</source>
        <translation>Aufruf: incident-desk-cli user add NAME --role agent|lead|admin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown role &apos;%1&apos;: use agent, lead or admin.</source>
        <translation>Unbekannte Rolle „%1“: agent, lead oder admin verwenden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>added %1 as %2</source>
        <translation>%1 als %2 hinzugefügt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verify | tail</source>
        <translation>verify | tail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks the audit log&apos;s hash chain (verify) or prints its latest entries (tail).</source>
        <translation>Prüft die Hash-Kette des Audit-Protokolls (verify) oder gibt seine letzten Einträge aus (tail).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the audit log was tampered with: the chain breaks at entry %1</source>
        <translation>das Audit-Protokoll wurde manipuliert: Die Kette bricht bei Eintrag %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>audit log intact: %n entries checked</source>
        <translation>
            <numerusform>Audit-Protokoll unversehrt: %n Eintrag geprüft</numerusform>
            <numerusform>Audit-Protokoll unversehrt: %n Einträge geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>audit log intact: %1 entries checked</source>
        <translation type="vanished">Audit-Protokoll unversehrt: %1 Einträge geprüft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add KIND NAME | list | set ID|NAME | test ID|NAME | enable ID | disable ID</source>
        <translation>add ART NAME | list | set ID|NAME | test ID|NAME | enable ID | disable ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target&apos;s settings as a JSON object (no secrets: they go to the keychain).</source>
        <translation>Die Einstellungen des Ziels als JSON-Objekt (keine Geheimnisse: Die gehören in den Schlüsselbund).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With set: the target&apos;s new name.</source>
        <translation>Mit set: der neue Name des Ziels.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With test: a file holding the target&apos;s secret (otherwise the credential target-ID in $CREDENTIALS_DIRECTORY, if any).</source>
        <translation>Mit test: eine Datei mit dem Geheimnis des Ziels (sonst die Zugangsdaten target-ID in $CREDENTIALS_DIRECTORY, falls vorhanden).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where published updates go. KIND is helpcenter, statuspage, cachet, zendesk or webhook. Each published update gets one job per enabled target.</source>
        <translation>Wohin veröffentlichte Statusmeldungen gehen. ART ist helpcenter, statuspage, cachet, zendesk oder webhook. Jede veröffentlichte Statusmeldung erhält einen Auftrag pro aktivem Ziel.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Say the kind (helpcenter, statuspage, cachet, zendesk, webhook) and a name.</source>
        <translation>Geben Sie die Art (helpcenter, statuspage, cachet, zendesk, webhook) und einen Namen an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added target %1: %2 (%3)</source>
        <translation>Ziel %1 hinzugefügt: %2 (%3)</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+21"/>
        <location line="+18"/>
        <source>There is no target &apos;%1&apos;; see `target list`.</source>
        <translation>Es gibt kein Ziel „%1“; siehe `target list`.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Say what to change: --name NEW, --config JSON, or both.</source>
        <translation>Geben Sie an, was sich ändert: --name NEU, --config JSON oder beides.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>target %1: %2 (%3) %4</source>
        <translation>Ziel %1: %2 (%3) %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/cli/incidentcommands.cpp" line="+134"/>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enabled</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown action &apos;%1&apos;: use add, list, set, test, enable or disable.</source>
        <translation>Unbekannte Aktion „%1“: add, list, set, test, enable oder disable verwenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/incidentcommands.cpp" line="-206"/>
        <source>The title customers read.</source>
        <translation>Der Titel, den Kunden lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened.</source>
        <translation>Was geschehen ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What customers cannot do on the site.</source>
        <translation>Was Kunden auf der Website nicht tun können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none, minor (default), major or critical.</source>
        <translation>none, minor (Standard), major oder critical.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An affected service (its key; may repeat).</source>
        <translation>Ein betroffener Dienst (sein Schlüssel; wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports that make the incident, linked to it at once (numbers, comma-separated).</source>
        <translation>Meldungen, aus denen die Störung besteht, sofort zugeordnet (Nummern, durch Kommas getrennt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports to link (link; numbers, comma-separated).</source>
        <translation>Zuzuordnende Meldungen (link; Nummern, durch Kommas getrennt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only incidents not yet resolved (list).</source>
        <translation>Nur noch nicht behobene Störungen (list).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse (exit 6) when the incident changed since this version (move-to).</source>
        <translation>Ablehnen (Exit 6), wenn sich die Störung seit dieser Version geändert hat (move-to).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/reportcommands.cpp" line="+85"/>
        <location filename="../app/cli/updatecommands.cpp" line="+36"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Report %1 already belongs to incident %2; move it from there in the app.</source>
        <translation>Die Meldung %1 gehört schon zur Störung %2; verschieben Sie sie von dort in der App.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner</source>
        <translation>verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 from %2 customers</source>
        <translation>%1 von %2 Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impact on the site</source>
        <translation>Auswirkung auf die Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/updatecommands.cpp" line="+17"/>
        <location line="+168"/>
        <source>update</source>
        <translation>Statusmeldung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Impact is none, minor, major or critical.</source>
        <translation>Die Auswirkung ist none, minor, major oder critical.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>create | list | show REF | link REF | move-to REF STATE</source>
        <translation>create | list | show REF | link REF | move-to REF STATUS</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Creates incidents (from reports), lists and shows them, links reports to them and moves them along their lifecycle
(reported, acknowledged, investigating, identified, monitoring, resolved, reviewed, closed) with the same rules as the app.
REF is the reference (INC-2026-0042) or the number.</source>
        <translation>Legt Störungen an (aus Meldungen), listet und zeigt sie, ordnet ihnen Meldungen zu und führt sie durch ihren Lebenszyklus
(reported, acknowledged, investigating, identified, monitoring, resolved, reviewed, closed) mit denselben Regeln wie die App.
REF ist die Referenz (INC-2026-0042) oder die Nummer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say what to do: incident create, list, show REF, link REF --reports IDS or move-to REF STATE.</source>
        <translation>Geben Sie an, was zu tun ist: incident create, list, show REF, link REF --reports IDS oder move-to REF STATUS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the incident (and for move-to the state): incident %1 REF%2.</source>
        <translation>Geben Sie die Störung an (und bei move-to den Status): incident %1 REF%2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Say which reports: --reports 12,13.</source>
        <translation>Geben Sie die Meldungen an: --reports 12,13.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n report(s) linked to %1</source>
        <translation>
            <numerusform>%n Meldung %1 zugeordnet</numerusform>
            <numerusform>%n Meldungen %1 zugeordnet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown state &apos;%1&apos;.</source>
        <translation>Unbekannter Status „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/intakecommands.cpp" line="+15"/>
        <source>token add NAME | token list | token revoke NAME</source>
        <translation>token add NAME | token list | token revoke NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A site a public browser form may be posted from, e.g. https://www.example.org (repeat for several).</source>
        <translation>Eine Website, von der ein öffentliches Browserformular gesendet werden darf, z. B. https://www.example.org (für mehrere wiederholen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tokens for the service&apos;s report endpoint: each web form or sending system gets its own, so it can be revoked alone. Only the token&apos;s SHA-256 is stored; the token is shown once.</source>
        <translation>Tokens für den Meldungs-Endpunkt des Dienstes: Jedes Webformular und jedes sendende System erhält ein eigenes, damit es einzeln widerrufen werden kann. Gespeichert wird nur der SHA-256 des Tokens; das Token wird einmal angezeigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say what: intake token add|list|revoke.</source>
        <translation>Geben Sie an, was: intake token add|list|revoke.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the token a name, e.g. intake token add &quot;website contact form&quot;.</source>
        <translation>Geben Sie dem Token einen Namen, z. B. intake token add &quot;Kontaktformular der Website&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token “%1” added. It is shown only now: keep it in the form&apos;s or the sender&apos;s settings.</source>
        <translation>Token „%1“ hinzugefügt. Es wird nur jetzt angezeigt: Bewahren Sie es in den Einstellungen des Formulars oder Absenders auf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in use</source>
        <translation>in Gebrauch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never used</source>
        <translation>nie verwendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token “%1” revoked: the endpoint refuses it from now on.</source>
        <translation>Token „%1“ widerrufen: Der Endpunkt lehnt es ab jetzt ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown action &apos;%1&apos;: use add, list or revoke.</source>
        <translation>Unbekannte Aktion „%1“: add, list oder revoke verwenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/lifecyclesupport.cpp" line="+136"/>
        <source>&apos;%1&apos; is not a %2 number.</source>
        <translation>„%1“ ist keine Nummer einer %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/reportcommands.cpp" line="-48"/>
        <location line="+14"/>
        <source>report</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name the incident: its reference (INC-2026-0042) or its number.</source>
        <translation>Geben Sie die Störung an: ihre Referenz (INC-2026-0042) oder ihre Nummer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give each text as LANGUAGE=FILE, e.g. --body en=update.md --body it=- (languages: it, en, fr, de, es; - is standard input), not &apos;%1&apos;.</source>
        <translation>Geben Sie jeden Text als SPRACHE=DATEI an, z. B. --body en=update.md --body it=- (Sprachen: it, en, fr, de, es; - ist die Standardeingabe), nicht „%1“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only one text can come from standard input.</source>
        <translation>Nur ein Text kann von der Standardeingabe kommen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 text on standard input is not UTF-8.</source>
        <translation>Der Text %1 auf der Standardeingabe ist kein UTF-8.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The %1 text is not UTF-8: save it as UTF-8 and try again.</source>
        <translation>Der Text %1 ist kein UTF-8: Speichern Sie ihn als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 text is longer than %2 characters; nobody reads an update that long.</source>
        <translation>Der Text %1 ist länger als %2 Zeichen; niemand liest eine so lange Statusmeldung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 text is empty (to remove a language when editing, write %1= with nothing after it).</source>
        <translation>Der Text %1 ist leer (um beim Bearbeiten eine Sprache zu entfernen, schreiben Sie %1= ohne etwas danach).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--expect-version takes the version number that &apos;show&apos; printed.</source>
        <translation>--expect-version nimmt die Versionsnummer, die &apos;show&apos; ausgegeben hat.</translation>
    </message>
    <message>
        <location filename="../app/cli/metricscommands.cpp" line="+20"/>
        <source>%1 min (90%: %2)</source>
        <translation>%1 Min. (90 %: %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>First day of the period (YYYY-MM-DD; default: 30 days ago).</source>
        <translation>Erster Tag des Zeitraums (JJJJ-MM-TT; Standard: vor 30 Tagen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day of the period, included (YYYY-MM-DD; default: today).</source>
        <translation>Letzter Tag des Zeitraums, einschließlich (JJJJ-MM-TT; Standard: heute).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group by week, month, service, impact or language.</source>
        <translation>Gruppieren nach week, month, service, impact oder language.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only incidents of this service (its key).</source>
        <translation>Nur Störungen dieses Dienstes (sein Schlüssel).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only incidents of this impact (none, minor, major, critical).</source>
        <translation>Nur Störungen dieser Auswirkung (none, minor, major, critical).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only incidents whose first report is in this language.</source>
        <translation>Nur Störungen, deren erste Meldung in dieser Sprache ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days after the resolution the review is due (default 5).</source>
        <translation>Tage nach der Behebung, bis die Nachbetrachtung fällig ist (Standard 5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON: the groups and every missed update.</source>
        <translation>JSON ausgeben: die Gruppen und jede verpasste Statusmeldung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print CSV of the groups.</source>
        <translation>CSV der Gruppen ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print CSV of the missed updates instead.</source>
        <translation>Stattdessen die CSV der verpassten Statusmeldungen ausgeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether the promises were kept: time to acknowledge and to describe the impact, updates delivered on time, approval delays, time to resolve, confirmations, reviews and preventive actions. Times count from the moment the Help Center confirmed an update.</source>
        <translation>Ob die Versprechen gehalten wurden: Zeit bis zur Bestätigung und zur Beschreibung der Auswirkung, pünktlich zugestellte Statusmeldungen, Freigabedauer, Zeit bis zur Behebung, Bestätigungsschreiben, Nachbetrachtungen und Vorbeugemaßnahmen. Zeiten zählen ab dem Moment, in dem das Hilfe-Center eine Statusmeldung bestätigt hat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give dates as YYYY-MM-DD, e.g. --from 2026-01-01 --to 2026-12-31.</source>
        <translation>Geben Sie Daten als JJJJ-MM-TT an, z. B. --from 2026-01-01 --to 2026-12-31.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Group by week, month, service, impact or language, not &apos;%1&apos;.</source>
        <translation>Gruppieren Sie nach week, month, service, impact oder language, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--review-days takes a number of days.</source>
        <translation>--review-days nimmt eine Anzahl von Tagen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Promises kept from %1 to %2</source>
        <translation>Gehaltene Versprechen vom %1 bis %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents: %1 · reports: %2 · customers: %3</source>
        <translation>Störungen: %1 · Meldungen: %2 · Kunden: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time to acknowledge: %1</source>
        <translation>Zeit bis zur Bestätigung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to describe the impact: %1</source>
        <translation>Zeit bis zur Beschreibung der Auswirkung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily updates on time: %1</source>
        <translation>Tägliche Statusmeldungen pünktlich: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval delay: %1 · sent back for changes: %2</source>
        <translation>Freigabedauer: %1 · zur Änderung zurückgeschickt: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to resolve: %1</source>
        <translation>Zeit bis zur Behebung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporters confirmed: %1 · after the resolution: %2</source>
        <translation>Meldende bestätigt: %1 · nach der Behebung: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reviews within %n day(s): %1</source>
        <translation>
            <numerusform>Nachbetrachtungen innerhalb von %n Tag: %1</numerusform>
            <numerusform>Nachbetrachtungen innerhalb von %n Tagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews within %1 days: %2</source>
        <translation type="vanished">Nachbetrachtungen innerhalb von %1 Tagen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preventive actions: %1 open (%2 overdue), %3 done</source>
        <translation>Vorbeugemaßnahmen: %1 offen (%2 überfällig), %3 erledigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missed updates: %1</source>
        <translation>Verpasste Statusmeldungen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due %1, %2, %3 h late</source>
        <translation>fällig %1, %2, %3 Std. zu spät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered %1</source>
        <translation>zugestellt %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not delivered</source>
        <translation>nicht zugestellt</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="-23"/>
        <source>Unknown %1 &apos;%2&apos;.</source>
        <translation>%1 „%2“ unbekannt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>received</source>
        <translation>eingegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-44"/>
        <source> (incident %1)</source>
        <translation> (Störung %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>list | show ID</source>
        <translation>list | show ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only these statuses (new, claimed, linked, not_incident, duplicate, closed; comma-separated).</source>
        <translation>Nur diese Status (new, claimed, linked, not_incident, duplicate, closed; durch Kommas getrennt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only this service (its key; may repeat).</source>
        <translation>Nur dieser Dienst (sein Schlüssel; wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this channel (contact_form, email, phone, import).</source>
        <translation>Nur dieser Kanal (contact_form, email, phone, import).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only reports with these words.</source>
        <translation>Nur Meldungen mit diesen Wörtern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most this many, newest first (default 50).</source>
        <translation>Höchstens so viele, die neuesten zuerst (Standard 50).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists the reports as the triage queue shows them, or shows one whole. Tab-separated columns: number, received, status, channel, language, service, incident, customer, subject.</source>
        <translation>Listet die Meldungen so auf, wie die Sichtung sie zeigt, oder zeigt eine vollständig. Durch Tabulatoren getrennte Spalten: Nummer, eingegangen, Status, Kanal, Sprache, Dienst, Störung, Kunde, Betreff.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say what to do: report list, or report show ID.</source>
        <translation>Geben Sie an, was zu tun ist: report list oder report show ID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--limit takes a number of reports.</source>
        <translation>--limit nimmt eine Anzahl von Meldungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommands.cpp" line="-201"/>
        <source>acknowledgement, impact, progress (default), resolution or postmortem (draft).</source>
        <translation>acknowledgement, impact, progress (Standard), resolution oder postmortem (draft).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A text as LANGUAGE=FILE (it, en, fr, de, es; FILE - is standard input; may repeat). On edit, LANGUAGE= removes that language.</source>
        <translation>Ein Text als SPRACHE=DATEI (it, en, fr, de, es; DATEI - ist die Standardeingabe; wiederholbar). Beim Bearbeiten entfernt SPRACHE= diese Sprache.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to change (request-changes).</source>
        <translation>Was sich ändern soll (request-changes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this incident&apos;s updates (list).</source>
        <translation>Nur die Statusmeldungen dieser Störung (list).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only these statuses (draft, submitted, approved, changes_requested, published; comma-separated; list).</source>
        <translation>Nur diese Status (draft, submitted, approved, changes_requested, published; durch Kommas getrennt; list).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refuse (exit 6) when the update changed since this version.</source>
        <translation>Ablehnen (Exit 6), wenn sich die Statusmeldung seit dieser Version geändert hat.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>author</source>
        <translation>verfasst von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reviewed by</source>
        <translation>geprüft von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review comment</source>
        <translation>Prüfkommentar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>publication</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown status &apos;%1&apos;.</source>
        <translation>Unbekannter Status „%1“.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The kind is acknowledgement, impact, progress, resolution or postmortem.</source>
        <translation>Die Art ist acknowledgement, impact, progress, resolution oder postmortem.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the update&apos;s text: --body en=FILE (and more languages the same way).</source>
        <translation>Geben Sie den Text der Statusmeldung an: --body en=DATEI (weitere Sprachen ebenso).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Say what changes: --body en=FILE, or en= to remove a language.</source>
        <translation>Geben Sie an, was sich ändert: --body en=DATEI oder en=, um eine Sprache zu entfernen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Say what should change: --comment TEXT.</source>
        <translation>Geben Sie an, was sich ändern soll: --comment TEXT.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>update %1 is %2</source>
        <translation>Statusmeldung %1 ist %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>draft REF | edit ID | submit ID | withdraw ID | approve ID | request-changes ID | publish ID | list | show ID</source>
        <translation>draft REF | edit ID | submit ID | withdraw ID | approve ID | request-changes ID | publish ID | list | show ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writes and reviews the public updates of an incident with the same rules as the app: an agent drafts and submits,
another lead approves or asks for changes, a lead publishes (the Help Center and other targets then get it
from the service or the app). &apos;draft&apos; prints the new update&apos;s number.</source>
        <translation>Schreibt und prüft die öffentlichen Statusmeldungen einer Störung mit denselben Regeln wie die App: Ein Mitarbeiter entwirft und reicht ein,
eine andere Teamleitung gibt frei oder fordert Änderungen an, eine Teamleitung veröffentlicht (das Hilfe-Center und die anderen Ziele erhalten sie dann
vom Dienst oder der App). &apos;draft&apos; gibt die Nummer der neuen Statusmeldung aus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Say what to do: update draft REF, edit ID, submit ID, withdraw ID, approve ID, request-changes ID, publish ID, list or show ID.</source>
        <translation>Geben Sie an, was zu tun ist: update draft REF, edit ID, submit ID, withdraw ID, approve ID, request-changes ID, publish ID, list oder show ID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the incident: update draft REF --body en=FILE.</source>
        <translation>Geben Sie die Störung an: update draft REF --body en=DATEI.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the update&apos;s number: update %1 ID.</source>
        <translation>Geben Sie die Nummer der Statusmeldung an: update %1 ID.</translation>
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
        <translation>Aufruf: incident-desk-cli [--database DATEI|postgresql://benutzer@host:port/db] BEFEHL [Optionen]

Befehle (jeder nimmt --help):
  db init|migrate|status   die Datenbank anlegen, aktualisieren oder beschreiben
  user add NAME --role R   einen Mitarbeiter, eine Teamleitung oder einen Administrator hinzufügen; user list; user email NAME --email A
  import DATEI             Meldungen aus JSON Lines oder CSV importieren
  demo --reports N         die Datenbank mit realistischen Beispieldaten füllen
  audit verify|tail        das Audit-Protokoll prüfen oder zeigen
  target add|list|set      wohin veröffentlichte Statusmeldungen gehen (Hilfe-Center, Statuspage, …)
  simulate --agents N      viele Mitarbeiter gleichzeitig auf einer Datenbank; prüft, dass nichts verloren geht
  export confirmations     Behebungsschreiben (PDF, EML, CSV) für die Meldenden einer Störung
  export acknowledgements  dasselbe für die Eingangsbestätigung
  intake token add|list|revoke  Tokens für den Meldungs-Endpunkt des Dienstes
  metrics [--from D --to D]     ob die Versprechen gehalten wurden (--json, --csv)

Als Person handeln (--user NAME mit --password-stdin unter SQLite; die Login-Rolle unter PostgreSQL):
  report list|show ID      die Sichtung (--status, --service, --search, --json)
  incident create|list|show|link|move-to   Störungen aus Meldungen, durch ihren Lebenszyklus
  update draft|edit|submit|withdraw|approve|request-changes|publish|list|show
                           öffentliche Statusmeldungen nach dem Vier-Augen-Prinzip (--body en=DATEI, --json)

Die Datenbank (--database, vor oder nach dem Befehl) ist standardmäßig $INCIDENT_DESK_DATABASE, sonst die
eingebettete SQLite-Datei in Ihrem Datenordner. --version gibt die Version aus.

Exit-Codes: 0 erledigt; 1 fehlgeschlagen (die Meldung sagt, warum); 2 falscher Aufruf; 3 teilweise erledigt (z. B. Zeilen abgelehnt);
4 nicht gefunden; 5 abgelehnt (die Richtlinie, Ihre Rolle oder unter SQLite ein falsches Passwort; ein PostgreSQL-Server, der
die Anmeldung ablehnt, ergibt 1); 6 von jemand anderem geändert, seit es gelesen wurde (neu lesen und erneut versuchen).
</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
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
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Waiting since</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Verfasst von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
</context>
<context>
    <name>desk::ui::ApprovalsPage</name>
    <message>
        <location filename="../ui/compose/approvalspage.cpp" line="+25"/>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing is waiting for approval.</source>
        <translation>Nichts wartet auf Freigabe.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n update(s) waiting for your decision</source>
        <translation>
            <numerusform>%n Statusmeldung wartet auf Ihre Entscheidung</numerusform>
            <numerusform>%n Statusmeldungen warten auf Ihre Entscheidung</numerusform>
        </translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request changes…</source>
        <translation>Änderungen anfordern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open incident</source>
        <translation>Störung öffnen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes since the last published update</source>
        <translation>Änderungen seit der letzten veröffentlichten Statusmeldung</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n approved, ready to publish</source>
        <translation>
            <numerusform>%n freigegeben, bereit zur Veröffentlichung</numerusform>
            <numerusform>%n freigegeben, bereit zur Veröffentlichung</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only team leads approve updates; you can follow yours here.</source>
        <translation>Nur Teamleitungen geben Statusmeldungen frei; Ihre eigenen können Sie hier verfolgen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select an update to read it.</source>
        <translation>Wählen Sie eine Statusmeldung aus, um sie zu lesen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 update for %2 — %3, by %4</source>
        <translation>Statusmeldung %1 zu %2 – %3, von %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 asked for changes: “%2”</source>
        <translation>%1 hat Änderungen angefordert: „%2“</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing has been published in %1 for this incident yet: everything is new.</source>
        <translation>Zu dieser Störung wurde auf %1 noch nichts veröffentlicht: Alles ist neu.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No publication target is configured yet: ask an administrator to add the Help Center.</source>
        <translation>Noch kein Veröffentlichungsziel eingerichtet: Bitten Sie einen Administrator, das Hilfe-Center hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued for: %1.</source>
        <translation>Eingereiht für: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Approved.</source>
        <translation>Freigegeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes requested: the author sees your comment.</source>
        <translation>Änderungen angefordert: Die verfassende Person sieht Ihren Kommentar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request changes</source>
        <translation>Änderungen anfordern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should the author change?</source>
        <translation>Was soll die verfassende Person ändern?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say what should change, so the author knows what to do.</source>
        <translation>Sagen Sie, was sich ändern soll, damit die verfassende Person weiß, was zu tun ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Published.</source>
        <translation>Veröffentlicht.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The database cannot be reached, so nothing was decided. Try again when it is back.</source>
        <translation>Die Datenbank ist nicht erreichbar, daher wurde nichts entschieden. Versuchen Sie es erneut, sobald sie wieder da ist.</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>The update under review</source>
        <translation>Die Statusmeldung in Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its languages</source>
        <translation>Ihre Sprachen</translation>
    </message>
</context>
<context>
    <name>desk::ui::Banner</name>
    <message>
        <location filename="../ui/widgets/banner.cpp" line="+35"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>desk::ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/shell/connectiondialog.cpp" line="+15"/>
        <source>Use it when the server offers it</source>
        <translation>Verwenden, wenn der Server es anbietet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required, and check the server&apos;s certificate</source>
        <translation>Erforderlich, mit Prüfung des Serverzertifikats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off (trusted local network only)</source>
        <translation>Aus (nur vertrauenswürdiges lokales Netz)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team server</source>
        <translation>Server des Teams</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No system keychain is running: the password is kept for this session only</source>
        <translation>Kein Schlüsselbund läuft: Das Passwort wird nur für diese Sitzung aufbewahrt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the server and your user name.</source>
        <translation>Geben Sie den Server und Ihren Benutzernamen an.</translation>
    </message>
</context>
<context>
    <name>desk::ui::DashboardPage</name>
    <message>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+41"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../ui/metrics/dashboardpage.cpp" line="+162"/>
        <location line="+264"/>
        <location line="+39"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any impact</source>
        <translation>Jede Auswirkung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="vanished">Kritisch</translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="vanished">Hoch</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="vanished">Gering</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Impact level filter: incidents that affected no customer</extracomment>
        <translation type="vanished">Keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review within </source>
        <translation>Nachbetrachtung innerhalb </translation>
    </message>
    <message>
        <source> days</source>
        <translation type="vanished"> Tagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days after the resolution the review is due</source>
        <translation>Tage nach der Behebung, bis die Nachbetrachtung fällig ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+385"/>
        <location line="+12"/>
        <source>Export</source>
        <extracomment>Button (verb): save the dashboard&apos;s figures to a file</extracomment>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="-393"/>
        <source>Metrics as CSV…</source>
        <translation>Kennzahlen als CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed updates as CSV…</source>
        <translation>Verpasste Statusmeldungen als CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report for management (PDF)…</source>
        <translation>Bericht für die Leitung (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+249"/>
        <source>Time to acknowledge</source>
        <translation>Zeit bis zur Bestätigung</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+250"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+60"/>
        <source>Daily updates on time</source>
        <translation>Tägliche Statusmeldungen pünktlich</translation>
    </message>
    <message>
        <location line="-249"/>
        <location line="+251"/>
        <source>Approval delay</source>
        <translation>Freigabedauer</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+256"/>
        <location line="+160"/>
        <source>Preventive actions</source>
        <translation>Vorbeugemaßnahmen</translation>
    </message>
    <message>
        <location line="-414"/>
        <source>&lt;b&gt;Worst misses of the period&lt;/b&gt; — double-click to open the incident</source>
        <translation>&lt;b&gt;Größte Versäumnisse im Zeitraum&lt;/b&gt; – Doppelklick öffnet die Störung</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Worst misses of the period</source>
        <translation>Größte Versäumnisse im Zeitraum</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source> day(s)</source>
        <translation>
            <numerusform> Tages</numerusform>
            <numerusform> Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the figures behind the chart as a table</source>
        <translation>Die Zahlen hinter dem Diagramm als Tabelle zeigen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (table)</source>
        <translation>%1 (Tabelle)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not compute the metrics: %1</source>
        <translation>Die Kennzahlen konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The team database cannot be reached; the figures shown may be old.</source>
        <translation>Die Datenbank des Teams ist nicht erreichbar; die gezeigten Zahlen können veraltet sein.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>90%: %1</source>
        <translation>90 %: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no incident</source>
        <translation>keine Störung</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n missed</source>
        <translation>
            <numerusform>%n verpasst</numerusform>
            <numerusform>%n verpasst</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent back</source>
        <translation>%1 zurückgeschickt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+5"/>
        <source>Reporters confirmed</source>
        <translation>Meldende bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews on time</source>
        <translation>Nachbetrachtungen pünktlich</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>within %n days</source>
        <translation>
            <numerusform>innerhalb von %n Tag</numerusform>
            <numerusform>innerhalb von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <location line="+173"/>
        <source>%n incident(s) opened in the period</source>
        <translation>
            <numerusform>%n Störung im Zeitraum eröffnet</numerusform>
            <numerusform>%n Störungen im Zeitraum eröffnet</numerusform>
        </translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median (h)</source>
        <translation>Median (Std.)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90th percentile (h)</source>
        <translation>90. Perzentil (Std.)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>On time</source>
        <extracomment>Chart series: daily updates published on time</extracomment>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+28"/>
        <source>Missed</source>
        <extracomment>Chart series: daily updates published late or not at all</extracomment>
        <translation>Verpasst</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>updates due</source>
        <translation>fällige Statusmeldungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+73"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+7"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>On time (%)</source>
        <translation>Pünktlich (%)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>≤ 15 m</source>
        <extracomment>Approval delay buckets on a narrow chart axis: m = minutes, h = hours.</extracomment>
        <translation>≤ 15 Min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>15–30 m</source>
        <translation>15–30 Min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30–60 m</source>
        <translation>30–60 Min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1–2 h</source>
        <translation>1–2 Std.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2–4 h</source>
        <translation>2–4 Std.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4–8 h</source>
        <translation>4–8 Std.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&gt; 8 h</source>
        <translation>&gt; 8 Std.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updates approved</source>
        <translation>Freigegebene Statusmeldungen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Waited for approval</source>
        <translation>Wartezeit auf Freigabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updates</source>
        <translation>Statusmeldungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open, on time</source>
        <translation>Offen, im Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+9"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="-9"/>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+1"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+0"/>
        <source>Late (h)</source>
        <translation>Verspätung (Std.)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Computing the metrics…</source>
        <translation>Kennzahlen werden berechnet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>whole period</source>
        <translation>ganzer Zeitraum</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>promise-report.pdf</source>
        <translation>bericht-versprechen.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missed-updates.csv</source>
        <translation>verpasste-statusmeldungen.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>promise-metrics.csv</source>
        <translation>kennzahlen-versprechen.csv</translation>
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
        <translation>%1 kann nicht geschrieben werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../ui/metrics/dashboardreport.cpp" line="-36"/>
        <source>Promise report</source>
        <translation>Bericht zu den Versprechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Were the promises kept?</source>
        <translation>Wurden die Versprechen gehalten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 · times count from the moment the Help Center confirmed an update</source>
        <translation>%1 bis %2 · Zeiten zählen ab dem Moment, in dem das Hilfe-Center eine Statusmeldung bestätigt hat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Incidents opened</source>
        <translation>Eröffnete Störungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports / customers</source>
        <translation>Meldungen / Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to acknowledge (median / 90%)</source>
        <translation>Zeit bis zur Bestätigung (Median / 90 %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to describe the impact (median)</source>
        <translation>Zeit bis zur Beschreibung der Auswirkung (Median)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval delay (median / 90%)</source>
        <translation>Freigabedauer (Median / 90 %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updates sent back for changes</source>
        <translation>Zur Änderung zurückgeschickte Statusmeldungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to resolve (median)</source>
        <translation>Zeit bis zur Behebung (Median)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reviews within %n days</source>
        <translation>
            <numerusform>Nachbetrachtungen innerhalb von %n Tag</numerusform>
            <numerusform>Nachbetrachtungen innerhalb von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preventive actions open / overdue / done</source>
        <translation>Vorbeugemaßnahmen offen / überfällig / erledigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worst misses</source>
        <translation>Größte Versäumnisse</translation>
    </message>
    <message>
        <location filename="../ui/metrics/dashboardpage.cpp" line="-80"/>
        <source>Done</source>
        <comment>preventive actions</comment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="-425"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
</context>
<context>
    <name>desk::ui::DetailsTab</name>
    <message>
        <location filename="../ui/incident/detailstab.cpp" line="+79"/>
        <source>Public status of %1</source>
        <translation>Öffentlicher Status von %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes the service&apos;s public status at once</source>
        <translation>Ändert den öffentlichen Status des Dienstes sofort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team leads set a service&apos;s public status</source>
        <translation>Teamleitungen setzen den öffentlichen Status eines Dienstes</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Affected services and their status</source>
        <translation>Betroffene Dienste und ihr Status</translation>
    </message>
</context>
<context>
    <name>desk::ui::ExportWizard</name>
    <message>
        <location filename="../ui/incident/exportwizard.cpp" line="+35"/>
        <source>Confirmations for %1</source>
        <translation>Bestätigungsschreiben zu %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Who gets a message</source>
        <translation>Wer eine Nachricht erhält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each reporter gets it in their own language. Reports confirmed before are not ticked.</source>
        <translation>Jede meldende Person erhält sie in ihrer Sprache. Bereits bestätigte Meldungen sind nicht angehakt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation that the incident is resolved</source>
        <translation>Bestätigung, dass die Störung behoben ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice that the incident is acknowledged and in hand</source>
        <translation>Hinweis, dass die Störung bestätigt ist und bearbeitet wird</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Report</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Formats and folder</source>
        <translation>Formate und Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files are written only when all of them are complete; if anything fails, nothing is left behind and no report is marked.</source>
        <translation>Die Dateien werden erst geschrieben, wenn alle vollständig sind; schlägt etwas fehl, bleibt nichts zurück und keine Meldung wird markiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PDF letter for each reporter</source>
        <translation>Ein PDF-Brief für jede meldende Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One PDF with a page per reporter, for printing</source>
        <translation>Ein PDF mit einer Seite pro meldender Person, zum Drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An e-mail (.eml) for each reporter, ready to send</source>
        <translation>Eine E-Mail (.eml) für jede meldende Person, versandfertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV for mail merge</source>
        <translation>Eine CSV-Datei für den Serienbrief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with a byte order mark (for spreadsheet programs)</source>
        <translation>mit Byte-Order-Mark (für Tabellenprogramme)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for the files</source>
        <translation>Ordner für die Dateien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent from:</source>
        <translation>Gesendet von:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the files</source>
        <translation>Dateien werden geschrieben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 by %2 (%3 reports)</source>
        <translation>%1 von %2 (%3 Meldungen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been exported for this incident yet.</source>
        <translation>Zu dieser Störung wurde noch nichts exportiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported before: %1</source>
        <translation>Bereits exportiert: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none: PDF and CSV only)</source>
        <translation>(keine: nur PDF und CSV)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Tick at least one report.</source>
        <translation>Haken Sie mindestens eine Meldung an.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was exported: %1</source>
        <translation>Nichts wurde exportiert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: no file was written and no report was marked.</source>
        <translation>Abgebrochen: Keine Datei wurde geschrieben und keine Meldung markiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n report(s) exported; files written: %1, in %2</source>
        <translation>
            <numerusform>%n Meldung exportiert; geschriebene Dateien: %1, in %2</numerusform>
            <numerusform>%n Meldungen exportiert; geschriebene Dateien: %1, in %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the database cannot be reached</source>
        <translation>die Datenbank ist nicht erreichbar</translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <source>Writing the files for %n reporter(s)…</source>
        <translation>
            <numerusform>Dateien für %n meldende Person werden geschrieben…</numerusform>
            <numerusform>Dateien für %n meldende Personen werden geschrieben…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::HelpDialogs</name>
    <message>
        <location filename="../ui/shell/helpdialogs.cpp" line="+84"/>
        <location line="+9"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keeps the team&apos;s promise when a service breaks: reports in, incidents acknowledged, a public update every day until it is resolved, the resolution confirmed, the cause reviewed.</source>
        <translation>Hilft dem Team, sein Versprechen zu halten, wenn ein Dienst ausfällt: Meldungen angenommen, Störungen bestätigt, jeden Tag eine öffentliche Statusmeldung bis zur Behebung, die Behebung bestätigt, die Ursache nachbetrachtet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free software under the GNU General Public License, version 3 or later. It runs on:</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder später. Es baut auf:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each library keeps its own licence (LGPL, MIT, public domain, PostgreSQL, curl); the full texts are in /usr/share/doc/incident-desk/copyright.</source>
        <translation>Jede Bibliothek behält ihre eigene Lizenz (LGPL, MIT, gemeinfrei, PostgreSQL, curl); die vollständigen Texte stehen in /usr/share/doc/incident-desk/copyright.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Incident Desk</source>
        <translation>Über Incident Desk</translation>
    </message>
</context>
<context>
    <name>desk::ui::ImportDialog</name>
    <message>
        <location filename="../ui/triage/importdialog.cpp" line="+22"/>
        <source>Import reports</source>
        <translation>Meldungen importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing &lt;b&gt;%1&lt;/b&gt; into the triage queue.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird in die Sichtung importiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was rejected</source>
        <translation>Grund der Ablehnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 rows read…</source>
        <translation>%1 Zeilen gelesen…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelling: nothing of this import will be kept…</source>
        <translation>Wird abgebrochen: Nichts von diesem Import wird übernommen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled: nothing of this import was kept.</source>
        <translation>Abgebrochen: Nichts von diesem Import wurde übernommen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing imported: %1 of %2 rows are bad.</source>
        <translation>Nichts importiert: %1 von %2 Zeilen sind fehlerhaft.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n report(s) imported</source>
        <translation>
            <numerusform>%n Meldung importiert</numerusform>
            <numerusform>%n Meldungen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already in the database</source>
        <translation>
            <numerusform>%n schon in der Datenbank</numerusform>
            <numerusform>%n schon in der Datenbank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first %1 rejected rows are listed.</source>
        <translation>Die ersten %1 abgelehnten Zeilen sind aufgeführt.</translation>
    </message>
</context>
<context>
    <name>desk::ui::IncidentEditor</name>
    <message>
        <location filename="../ui/incident/incidenteditor.cpp" line="+69"/>
        <source>Change state</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the incident (%1)</source>
        <translation>Störung speichern (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New update</source>
        <translation>Neue Statusmeldung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move to:</source>
        <translation>Wechseln zu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next state</source>
        <translation>Nächster Status</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+4"/>
        <source>Details and impact</source>
        <translation>Details und Auswirkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public updates</source>
        <translation>Öffentliche Statusmeldungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+109"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Post-incident review</source>
        <translation>Nachbetrachtung</translation>
    </message>
    <message>
        <location line="+209"/>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Could not load the timeline: %1</source>
        <translation>Der Verlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the acknowledgement</source>
        <translation>Bestätigung schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the resolution</source>
        <translation>Behebungsmeldung schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the review</source>
        <translation>Nachbetrachtung öffnen</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Select the reports first.</source>
        <translation>Wählen Sie zuerst die Meldungen aus.</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>Move reports</source>
        <translation>Meldungen verschieben</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n report(s) to:</source>
        <translation>
            <numerusform>%n Meldung verschieben nach:</numerusform>
            <numerusform>%n Meldungen verschieben nach:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>State: %1 · Impact: %2</source>
        <translation>Status: %1 · Auswirkung: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Acknowledge it: the daily updates start then</source>
        <translation>Bestätigen Sie sie: Dann beginnen die täglichen Statusmeldungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Public update overdue since %1</source>
        <translation>Öffentliche Statusmeldung überfällig seit %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Next public update due %1</source>
        <translation>Nächste öffentliche Statusmeldung fällig %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save your changes to %1 before closing?</source>
        <translation>Ihre Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>%1 editing now</source>
        <translation>%1 bearbeitet gerade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open for %1</source>
        <translation>geöffnet seit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else is changing this incident: if you both save, you will merge field by field.</source>
        <translation>Jemand anderes ändert diese Störung: Wenn Sie beide speichern, führen Sie Feld für Feld zusammen.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Save and merge</source>
        <translation>Speichern und zusammenführen</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Confirmations…</source>
        <translation>Bestätigungsschreiben…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write every reporter&apos;s acknowledgement notice or resolution confirmation (PDF, e-mail, CSV)</source>
        <translation>Die Eingangsbestätigung oder das Behebungsschreiben für jede meldende Person erstellen (PDF, E-Mail, CSV)</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>An update is published and not yet on the Help Center: the daily promise counts from the moment the Help Center confirms it.</source>
        <translation>Eine Statusmeldung ist veröffentlicht, aber noch nicht im Hilfe-Center: Das tägliche Versprechen zählt ab dem Moment, in dem das Hilfe-Center sie bestätigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted from the last update the Help Center confirmed.</source>
        <translation>Gezählt ab der letzten vom Hilfe-Center bestätigten Statusmeldung.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an update on its way</source>
        <translation>eine Statusmeldung unterwegs</translation>
    </message>
    <message>
        <location line="-350"/>
        <source>Parts of the incident</source>
        <translation>Teile der Störung</translation>
    </message>
</context>
<context>
    <name>desk::ui::IncidentsModel</name>
    <message>
        <location filename="../ui/incident/incidentsmodel.cpp" line="+51"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next update due</source>
        <translation>Nächste Statusmeldung fällig</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>update on its way</source>
        <translation>Statusmeldung unterwegs</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n preventive action(s) overdue</source>
        <translation>
            <numerusform>%n Vorbeugemaßnahme überfällig</numerusform>
            <numerusform>%n Vorbeugemaßnahmen überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::IncidentsPage</name>
    <message>
        <location filename="../ui/incident/incidentspage.cpp" line="+32"/>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message numerus="yes">
        <location line="+145"/>
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>%n offene Störung</numerusform>
            <numerusform>%n offene Störungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n update(s) overdue</source>
        <translation>
            <numerusform>%n Statusmeldung überfällig</numerusform>
            <numerusform>%n Statusmeldungen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cadence</source>
        <translation>Takt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No incidents match. Create one from reports in Triage, or change the filters.</source>
        <translation>Keine Störung passt. Legen Sie eine aus Meldungen in der Sichtung an oder ändern Sie die Filter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <extracomment>State filter (adjective): incidents not resolved yet</extracomment>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any impact</source>
        <translation>Jede Auswirkung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any service</source>
        <translation>Jeder Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any cadence</source>
        <translation>Jeder Takt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon or overdue</source>
        <translation>Bald fällig oder überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <extracomment>Cadence filter: incidents whose daily public update is late</extracomment>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message numerus="yes">
        <location line="+123"/>
        <source>%n update(s) due soon</source>
        <translation>
            <numerusform>%n Statusmeldung bald fällig</numerusform>
            <numerusform>%n Statusmeldungen bald fällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Open</source>
        <comment>button: open the selected incident</comment>
        <translation>Öffnen</translation>
    </message>
    <message numerus="yes">
        <location line="+122"/>
        <source>%n preventive action(s) overdue</source>
        <translation>
            <numerusform>%n Vorbeugemaßnahme überfällig</numerusform>
            <numerusform>%n Vorbeugemaßnahmen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Help Center target: updates count from the click on Publish, not from their arrival.</source>
        <translation>Kein Hilfe-Center-Ziel: Statusmeldungen zählen ab dem Klick auf Veröffentlichen, nicht ab ihrem Eintreffen.</translation>
    </message>
</context>
<context>
    <name>desk::ui::IntakePage</name>
    <message numerus="yes">
        <location filename="../ui/intake/intakepage.cpp" line="+35"/>
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>vor %n Sekunde</numerusform>
            <numerusform>vor %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Intake</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add token…</source>
        <translation>Token hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No intake tokens yet. Add one for each contact form or system that sends reports; the service accepts nothing without one.</source>
        <translation>Noch keine Eingangs-Tokens. Fügen Sie eines für jedes Kontaktformular oder System hinzu, das Meldungen sendet; der Dienst nimmt ohne Token nichts an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+54"/>
        <location line="+7"/>
        <source>Intake services</source>
        <translation>Eingangsdienste</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>%n token(s) in use</source>
        <translation>
            <numerusform>%n Token in Gebrauch</numerusform>
            <numerusform>%n Tokens in Gebrauch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n intake service(s)</source>
        <translation>
            <numerusform>%n Eingangsdienst</numerusform>
            <numerusform>%n Eingangsdienste</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No intake service has reported yet. Start incident-desk-service on a server (README, “The service”): it receives the contact form and reads the support mailbox.</source>
        <translation>Noch kein Eingangsdienst hat sich gemeldet. Starten Sie incident-desk-service auf einem Server (README, „The service“): Er nimmt das Kontaktformular an und liest das Support-Postfach.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it may have stopped</source>
        <translation>er wurde vielleicht beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact form at %1: %2 reports taken, %3 refused</source>
        <translation>Kontaktformular auf %1: %2 Meldungen angenommen, %3 abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last report %1</source>
        <translation>Letzte Meldung %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No report since it started</source>
        <translation>Keine Meldung seit dem Start</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n report(s) wait in its spool: it cannot reach the team database</source>
        <translation>
            <numerusform>%n Meldung wartet in seinem Puffer: Er erreicht die Datenbank des Teams nicht</numerusform>
            <numerusform>%n Meldungen warten in seinem Puffer: Er erreicht die Datenbank des Teams nicht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reads no mailbox</source>
        <translation>Liest kein Postfach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox %1: %2 reports, %3 set aside (auto-replies, bulk mail)</source>
        <translation>Postfach %1: %2 Meldungen, %3 beiseitegelegt (automatische Antworten, Massenmails)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read %1</source>
        <translation>Gelesen %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the mailbox: %1</source>
        <translation>Das Postfach kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not connected yet</source>
        <translation>noch nicht verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running since %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Administrators add and revoke intake tokens.</source>
        <translation>Administratoren fügen Eingangs-Tokens hinzu und widerrufen sie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+26"/>
        <source>Add an intake token</source>
        <translation>Eingangs-Token hinzufügen</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>e.g. website contact form</source>
        <translation>z. B. Kontaktformular der Website</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://www.example.org
(one per line; leave empty for a system that sends with Authorization: Bearer)</source>
        <translation>https://www.example.org
(eine pro Zeile; leer lassen für ein System, das mit Authorization: Bearer sendet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages that may &amp;post it:</source>
        <translation>Webseiten, die es &amp;senden dürfen:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Token “%1”</source>
        <translation>Token „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put this token in the form&apos;s hidden &lt;b&gt;form_token&lt;/b&gt; field, or have the sending system send it as &lt;b&gt;Authorization: Bearer&lt;/b&gt;. It is shown only now: only its fingerprint is kept, so nobody can read it back.</source>
        <translation>Setzen Sie dieses Token in das versteckte Feld &lt;b&gt;form_token&lt;/b&gt; des Formulars, oder lassen Sie das sendende System es als &lt;b&gt;Authorization: Bearer&lt;/b&gt; schicken. Es wird nur jetzt angezeigt: Nur sein Fingerabdruck wird aufbewahrt, niemand kann es wieder lesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Revoke “%1”</source>
        <translation>„%1“ widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms and systems using “%1” will be refused from now on (within a minute on every running service). This cannot be undone; add a new token to replace it.</source>
        <translation>Formulare und Systeme, die „%1“ verwenden, werden ab jetzt abgelehnt (innerhalb einer Minute auf jedem laufenden Dienst). Das lässt sich nicht rückgängig machen; fügen Sie ein neues Token als Ersatz hinzu.</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Last status: %1</source>
        <translation>Letzter Status: %1</translation>
    </message>
</context>
<context>
    <name>desk::ui::IntakeTokensModel</name>
    <message>
        <location filename="../ui/intake/intaketokensmodel.cpp" line="+37"/>
        <source>any (a sending system)</source>
        <translation>beliebig (ein sendendes System)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revoked %1</source>
        <translation>widerrufen %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in use</source>
        <translation>in Gebrauch</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed origins</source>
        <translation>Erlaubte Origins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>desk::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/shell/languagemenu.cpp" line="+19"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow the &amp;desktop (%1)</source>
        <translation>Wie der &amp;Desktop (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (not translated yet)</source>
        <translation>%1 (noch nicht übersetzt)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the desktop&apos;s language</source>
        <translation>die Sprache des Desktops</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incident Desk will be in %1 from its next start; dates and numbers too.</source>
        <translation>Incident Desk ist ab dem nächsten Start auf %1, auch Daten und Zahlen.</translation>
    </message>
</context>
<context>
    <name>desk::ui::LinkedReportsModel</name>
    <message>
        <location filename="../ui/incident/linkedreportsmodel.cpp" line="+89"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lang.</source>
        <translation>Spr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
</context>
<context>
    <name>desk::ui::ListPage</name>
    <message>
        <location filename="../ui/widgets/listpage.cpp" line="+162"/>
        <source>Could not load this page: %1</source>
        <translation>Diese Seite konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Nothing here matches “%1”.</source>
        <translation>Nichts hier passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>desk::ui::LoginDialog</name>
    <message>
        <location filename="../ui/shell/logindialog.cpp" line="+24"/>
        <source>Create the first administrator</source>
        <translation>Den ersten Administrator anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no users yet. Create the administrator account; agents and team leads can be added afterwards.</source>
        <translation>Diese Datenbank hat noch keine Benutzer. Legen Sie das Administratorkonto an; Mitarbeiter und Teamleitungen können danach hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Use 2 to 63 lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; for the login name, starting with a letter.</source>
        <translation>Verwenden Sie für den Anmeldenamen 2 bis 63 Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password must have at least 8 characters.</source>
        <translation>Das Passwort muss mindestens 8 Zeichen haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your name in the list.</source>
        <translation>Wählen Sie Ihren Namen in der Liste.</translation>
    </message>
</context>
<context>
    <name>desk::ui::MailJobsModel</name>
    <message>
        <location filename="../ui/publish/mailjobsmodel.cpp" line="+48"/>
        <source>Resolution confirmation</source>
        <translation>Behebungsschreiben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledgement notice</source>
        <translation>Eingangsbestätigung</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Queued</source>
        <extracomment>Column header: when the message was queued; the rows show a date</extracomment>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent</source>
        <extracomment>Column header: when the message was sent; the rows show a date</extracomment>
        <translation>Gesendet</translation>
    </message>
</context>
<context>
    <name>desk::ui::MailJobsPanel</name>
    <message>
        <location filename="../ui/publish/mailjobspanel.cpp" line="+22"/>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+114"/>
        <source>Hold this incident&apos;s mail</source>
        <translation>Post dieser Störung zurückhalten</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+10"/>
        <source>Messages to reporters</source>
        <translation>Nachrichten an Meldende</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Send a refused, cancelled or in-doubt message again. For one in doubt, check first that the mail server did not deliver it: the reporter would get it twice.</source>
        <translation>Eine abgelehnte, abgebrochene oder unklare Nachricht erneut senden. Bei einer unklaren prüfen Sie zuerst, dass der Mailserver sie nicht zugestellt hat: Die meldende Person bekäme sie sonst doppelt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server&apos;s log shows this message in doubt was delivered: count it as sent.</source>
        <translation>Das Protokoll des Mailservers zeigt, dass diese unklare Nachricht zugestellt wurde: als gesendet zählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing of this incident&apos;s mail is sent until it is released.</source>
        <translation>Von der Post dieser Störung wird nichts gesendet, bis sie freigegeben ist.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No message yet: when an incident&apos;s acknowledgement or resolution is published, every reporter with an e-mail address gets one, sent by the service.</source>
        <translation>Noch keine Nachricht: Wenn die Bestätigung oder Behebung einer Störung veröffentlicht wird, erhält jede meldende Person mit E-Mail-Adresse eine, gesendet vom Dienst.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n gesendet</numerusform>
            <numerusform>%n gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n in doubt: a lead decides</source>
        <translation>
            <numerusform>%n unklar: eine Teamleitung entscheidet</numerusform>
            <numerusform>%n unklar: eine Teamleitung entscheidet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n incident(s) on hold</source>
        <translation>
            <numerusform>%n Störung zurückgehalten</numerusform>
            <numerusform>%n Störungen zurückgehalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Release this incident&apos;s mail</source>
        <translation>Post dieser Störung freigeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team leads decide on messages to reporters.</source>
        <translation>Teamleitungen entscheiden über Nachrichten an Meldende.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send again?</source>
        <translation>Erneut senden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message to %1 may have been delivered already (%2). Send it again anyway?</source>
        <translation>Die Nachricht an %1 wurde vielleicht schon zugestellt (%2). Trotzdem erneut senden?</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <source>The database cannot be reached: nothing was changed. Try again when it is back.</source>
        <translation>Die Datenbank ist nicht erreichbar: Nichts wurde geändert. Versuchen Sie es erneut, sobald sie wieder da ist.</translation>
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
        <translation>Sichtung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publications</source>
        <translation>Veröffentlichungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sign out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This computer: %1</source>
        <translation>Dieser Computer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team server: %1@%2/%3</source>
        <translation>Server des Teams: %1@%2/%3</translation>
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
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
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
            <numerusform>%n neue Meldung</numerusform>
            <numerusform>%n neue Meldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n public update(s) overdue</source>
        <translation>
            <numerusform>%n öffentliche Statusmeldung überfällig</numerusform>
            <numerusform>%n öffentliche Statusmeldungen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n update(s) waiting for approval</source>
        <translation>
            <numerusform>%n Statusmeldung wartet auf Freigabe</numerusform>
            <numerusform>%n Statusmeldungen warten auf Freigabe</numerusform>
        </translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Changes from other workstations appear as they happen.</source>
        <translation>Änderungen anderer Arbeitsplätze erscheinen sofort.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline since %1 — reconnecting</source>
        <translation>Offline seit %1 – Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database cannot be reached: %1
What is on screen stays readable; the program reconnects by itself.</source>
        <translation>Die Datenbank ist nicht erreichbar: %1
Was auf dem Bildschirm steht, bleibt lesbar; das Programm verbindet sich selbst wieder.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Edits made offline are not sent yet: %1</source>
        <translation>Offline gemachte Änderungen noch nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edits made offline: %1 saved, %2 to merge, %3 refused</source>
        <translation>Offline gemachte Änderungen: %1 gespeichert, %2 zusammenzuführen, %3 abgelehnt</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Open the &amp;Help Center</source>
        <translation>Hilfe-&amp;Center öffnen</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>Help Center</source>
        <translation>Hilfe-Center</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The Help Center has no page yet: it is written in %1 when the first update is published.</source>
        <translation>Das Hilfe-Center hat noch keine Seite: Sie wird in %1 geschrieben, sobald die erste Statusmeldung veröffentlicht ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database cannot be reached right now.</source>
        <translation>Die Datenbank ist gerade nicht erreichbar.</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Intake</source>
        <translation>Eingang</translation>
    </message>
    <message numerus="yes">
        <location line="+363"/>
        <source>%n intake service(s) need a look</source>
        <translation>
            <numerusform>%n Eingangsdienst braucht einen Blick</numerusform>
            <numerusform>%n Eingangsdienste brauchen einen Blick</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>%n publication(s) or message(s) to reporters need a lead</source>
        <translation>
            <numerusform>%n Veröffentlichung oder Nachricht an Meldende braucht eine Teamleitung</numerusform>
            <numerusform>%n Veröffentlichungen oder Nachrichten an Meldende brauchen eine Teamleitung</numerusform>
        </translation>
    </message>
    <message>
        <location line="-362"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message numerus="yes">
        <location line="+365"/>
        <source>%n preventive action(s) overdue</source>
        <translation>
            <numerusform>%n Vorbeugemaßnahme überfällig</numerusform>
            <numerusform>%n Vorbeugemaßnahmen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="-245"/>
        <source>&amp;Import reports…</source>
        <translation>Meldungen &amp;importieren…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Import reports</source>
        <translation>Meldungen importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports (*.jsonl *.ndjson *.csv)</source>
        <translation>Meldungen (*.jsonl *.ndjson *.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n report(s) imported into the queue.</source>
        <translation>
            <numerusform>%n Meldung in die Sichtung importiert.</numerusform>
            <numerusform>%n Meldungen in die Sichtung importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Incident Desk</source>
        <translation>&amp;Über Incident Desk</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
</context>
<context>
    <name>desk::ui::MergeDialog</name>
    <message>
        <location filename="../ui/incident/mergedialog.cpp" line="+21"/>
        <source>Merge your changes</source>
        <translation>Ihre Änderungen zusammenführen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone saved %1 on another workstation while you were editing it. Choose, field by field, what to keep. Fields marked ⚠ were changed on both sides.</source>
        <translation>Jemand hat %1 an einem anderen Arbeitsplatz gespeichert, während Sie es bearbeitet haben. Wählen Sie Feld für Feld, was bleibt. Mit ⚠ markierte Felder wurden auf beiden Seiten geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their version</source>
        <translation>Die andere Fassung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>Die andere</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the merged incident</source>
        <translation>Zusammengeführte Störung speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>desk::ui::NewIncidentDialog</name>
    <message numerus="yes">
        <location filename="../ui/triage/newincidentdialog.cpp" line="+17"/>
        <source>%n selected report(s) will be linked to the new incident.</source>
        <translation>
            <numerusform>%n ausgewählte Meldung wird der neuen Störung zugeordnet.</numerusform>
            <numerusform>%n ausgewählte Meldungen werden der neuen Störung zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create incident</source>
        <translation>Störung anlegen</translation>
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
        <translation>Statusmeldung zur Freigabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 submitted the %2 update for %3.</source>
        <translation>%1 hat die Statusmeldung %2 zu %3 eingereicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update approved</source>
        <translation>Statusmeldung freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 approved your %2 update for %3.</source>
        <translation>%1 hat Ihre Statusmeldung %2 zu %3 freigegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asked for changes to your %2 update for %3: “%4”</source>
        <translation>%1 hat Änderungen an Ihrer Statusmeldung %2 zu %3 angefordert: „%4“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updates to approve</source>
        <translation>Statusmeldungen zur Freigabe</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n update(s) are waiting for a lead&apos;s decision.</source>
        <translation>
            <numerusform>%n Statusmeldung wartet auf die Entscheidung einer Teamleitung.</numerusform>
            <numerusform>%n Statusmeldungen warten auf die Entscheidung einer Teamleitung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Incident Desk — %n update(s) to approve</source>
        <translation>
            <numerusform>Incident Desk – %n Statusmeldung zur Freigabe</numerusform>
            <numerusform>Incident Desk – %n Statusmeldungen zur Freigabe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Public update overdue</source>
        <translation>Öffentliche Statusmeldung überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 “%2” was due for its public update at %3.</source>
        <translation>%1 „%2“ brauchte seine öffentliche Statusmeldung um %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public update due soon</source>
        <translation>Öffentliche Statusmeldung bald fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 “%2” needs its next public update by %3.</source>
        <translation>%1 „%2“ braucht die nächste öffentliche Statusmeldung bis %3.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Preventive actions overdue</source>
        <translation>Vorbeugemaßnahmen überfällig</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 “%2”: %n preventive action(s) overdue.</source>
        <translation>
            <numerusform>%1 „%2“: %n Vorbeugemaßnahme überfällig.</numerusform>
            <numerusform>%1 „%2“: %n Vorbeugemaßnahmen überfällig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::PhoneReportDialog</name>
    <message>
        <location filename="../ui/triage/phonereportdialog.cpp" line="+23"/>
        <source>New phone report</source>
        <translation>Neue telefonische Meldung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer&apos;s &amp;name:</source>
        <translation>&amp;Name des Kunden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for the acknowledgement and the confirmation</source>
        <translation>für die Eingangsbestätigung und das Behebungsschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer &amp;reference:</source>
        <translation>Kunden&amp;referenz:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add to the queue</source>
        <translation>In die Sichtung &amp;aufnehmen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Not added: %1</source>
        <translation>Nicht aufgenommen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database cannot be reached. Nothing was lost: add it again when it is back.</source>
        <translation>Die Datenbank ist nicht erreichbar. Nichts ging verloren: Nehmen Sie die Meldung erneut auf, sobald sie wieder da ist.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>&amp;What they said:</source>
        <translation>&amp;Was gesagt wurde:</translation>
    </message>
</context>
<context>
    <name>desk::ui::PreventiveActionsModel</name>
    <message>
        <location filename="../ui/incident/preventiveactionsmodel.cpp" line="+116"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <extracomment>Column header: the date a preventive action is due</extracomment>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>desk::ui::PublicationJobsModel</name>
    <message>
        <location filename="../ui/publish/publicationjobsmodel.cpp" line="+62"/>
        <source>Queued</source>
        <extracomment>Column header: when the job was queued; the rows show a date</extracomment>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>Statusmeldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote address</source>
        <translation>Entfernte Adresse</translation>
    </message>
</context>
<context>
    <name>desk::ui::PublicationsPage</name>
    <message>
        <location filename="../ui/publish/publicationspage.cpp" line="+17"/>
        <source>Publications</source>
        <translation>Veröffentlichungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has been published yet. When a lead publishes an approved update, one job per configured target appears here.</source>
        <translation>Noch nichts veröffentlicht. Wenn eine Teamleitung eine freigegebene Statusmeldung veröffentlicht, erscheint hier ein Auftrag pro eingerichtetem Ziel.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n job(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Auftrag wartet auf Versand</numerusform>
            <numerusform>%n Aufträge warten auf Versand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Team leads retry and cancel publications.</source>
        <translation>Teamleitungen wiederholen Veröffentlichungen und brechen sie ab.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The database cannot be reached: nothing was changed. Try again when it is back.</source>
        <translation>Die Datenbank ist nicht erreichbar: Nichts wurde geändert. Versuchen Sie es erneut, sobald sie wieder da ist.</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Targets…</source>
        <translation>Ziele…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where published updates go: the Help Center, Statuspage, Cachet, Zendesk Guide, webhooks.</source>
        <translation>Wohin veröffentlichte Statusmeldungen gehen: das Hilfe-Center, Statuspage, Cachet, Zendesk Guide, Webhooks.</translation>
    </message>
</context>
<context>
    <name>desk::ui::ReportDetailPane</name>
    <message>
        <location filename="../ui/triage/reportdetailpane.cpp" line="+21"/>
        <source>Report</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested incidents</source>
        <translation>Vorgeschlagene Störungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggested incidents (double-click or Ctrl+L to link):</source>
        <translation>Vorgeschlagene Störungen (Doppelklick oder Strg+L zum Zuordnen):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a report to read it.</source>
        <translation>Wählen Sie eine Meldung aus, um sie zu lesen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · %2 · %3 · received %4</source>
        <translation>%1 · %2 · %3 · eingegangen %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference %1 · %2</source>
        <translation>Referenz %1 · %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The same customer&apos;s other reports</source>
        <translation>Weitere Meldungen desselben Kunden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1  %2 — %3% (%4)</source>
        <translation>%1  %2 – %3 % (%4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No open incident looks related.</source>
        <translation>Keine offene Störung scheint verwandt.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Files the customer sent</source>
        <translation>Vom Kunden gesendete Dateien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
</context>
<context>
    <name>desk::ui::ReportsTab</name>
    <message>
        <location filename="../ui/incident/reportstab.cpp" line="+23"/>
        <source>Linked reports</source>
        <translation>Zugeordnete Meldungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send back to triage</source>
        <translation>Zurück in die Sichtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlink the selected reports: they return to the triage queue as new.</source>
        <translation>Die ausgewählten Meldungen lösen: Sie kehren als neu in die Sichtung zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to another incident…</source>
        <translation>Zu einer anderen Störung verschieben…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n Meldung</numerusform>
            <numerusform>%n Meldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::ReviewTab</name>
    <message>
        <location filename="../ui/incident/reviewtab.cpp" line="+52"/>
        <source>New preventive action</source>
        <translation>Neue Vorbeugemaßnahme</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Preventive actions</source>
        <translation>Vorbeugemaßnahmen</translation>
    </message>
</context>
<context>
    <name>desk::ui::SpellingEdit</name>
    <message>
        <location filename="../ui/compose/spellingedit.cpp" line="+96"/>
        <source>No suggestions for “%1”</source>
        <translation>Keine Vorschläge für „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add “%1” to the dictionary</source>
        <translation>„%1“ ins Wörterbuch &amp;aufnehmen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add to the dictionary</source>
        <translation>Ins Wörterbuch aufnehmen</translation>
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
        <translation>Beispieldatenbank wird angelegt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another database?</source>
        <translation>Eine andere Datenbank wählen?</translation>
    </message>
</context>
<context>
    <name>desk::ui::TargetEditor</name>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="+212"/>
        <source>New publication target</source>
        <translation>Neues Veröffentlichungsziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publication target “%1”</source>
        <translation>Veröffentlichungsziel „%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Component id there</source>
        <translation>Komponenten-ID dort</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Components:</source>
        <translation>Komponenten:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The Help Center locale for %1; empty to leave this language out.</source>
        <translation>Die Hilfe-Center-Sprache für %1; leer, um diese Sprache auszulassen.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Locales:</source>
        <translation>Sprachen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where readers of the %1 pages are, e.g. America/Mexico_City; empty for %2.</source>
        <translation>Wo die Leser der Seiten auf %1 sind, z. B. America/Mexico_City; leer für %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone for %1</source>
        <translation>Zeitzone für %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Time zones:</source>
        <translation>Zeitzonen:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>WebDAV address</source>
        <translation>WebDAV-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public address</source>
        <translation>Öffentliche Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebDAV user</source>
        <translation>WebDAV-Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site title</source>
        <translation>Titel der Website</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service status and incident reports</source>
        <translation>Status der Dienste und Störungsberichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team or company name</source>
        <translation>Name des Teams oder Unternehmens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown at the top of every page</source>
        <translation>Oben auf jeder Seite angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo address</source>
        <translation>Logo-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour of the page header</source>
        <translation>Farbe der Kopfzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer line</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. the company&apos;s name and address</source>
        <translation>z. B. Name und Anschrift des Unternehmens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact form address</source>
        <translation>Adresse des Kontaktformulars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own templates folder</source>
        <translation>Eigener Vorlagenordner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional: files here replace the built-in ones</source>
        <translation>Optional: Dateien hier ersetzen die mitgelieferten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page id</source>
        <translation>Seiten-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Notify the page&apos;s subscribers</source>
        <translation>Abonnenten der Seite benachrichtigen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cachet address</source>
        <translation>Cachet-Adresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zendesk address</source>
        <translation>Zendesk-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section id</source>
        <translation>Abschnitts-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User (e-mail)</source>
        <translation>Benutzer (E-Mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission group id</source>
        <translation>ID der Berechtigungsgruppe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeout (seconds)</source>
        <translation>Zeitlimit (Sekunden)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kept on this workstation; type to replace it</source>
        <translation>Auf diesem Arbeitsplatz aufbewahrt; zum Ersetzen tippen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep it for this session only</source>
        <translation>Nur für diese Sitzung aufbewahren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in the system keychain of this workstation.</source>
        <translation>Im Schlüsselbund des Systems auf diesem Arbeitsplatz aufbewahrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain service is running on this workstation, so the secret cannot be stored. It can be kept in memory until you quit; it is never written to disk.</source>
        <translation>Auf diesem Arbeitsplatz läuft kein Schlüsselbund-Dienst, daher kann das Geheimnis nicht gespeichert werden. Es kann bis zum Beenden im Speicher bleiben; es wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Give the target a name, e.g. “Help Center”.</source>
        <translation>Geben Sie dem Ziel einen Namen, z. B. „Hilfe-Center“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is needed.</source>
        <translation>%1 wird benötigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a number.</source>
        <translation>%1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be an http or https address, e.g. https://example.org/.</source>
        <translation>%1 muss eine http- oder https-Adresse sein, z. B. https://example.org/.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the password in its own field, not in the address: the address is shared with every workstation.</source>
        <translation>Tragen Sie das Passwort in sein eigenes Feld ein, nicht in die Adresse: Die Adresse wird mit allen Arbeitsplätzen geteilt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the %1: nothing can be sent without it.</source>
        <translation>Geben Sie %1 ein: Ohne kann nichts gesendet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain service is running: tick “Keep it for this session only”, or start the keychain (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation>Kein Schlüsselbund-Dienst läuft: Haken Sie „Nur für diese Sitzung aufbewahren“ an oder starten Sie den Schlüsselbund (z. B. GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The database cannot be reached: the target was not saved. Your entries are still here.</source>
        <translation>Die Datenbank ist nicht erreichbar: Das Ziel wurde nicht gespeichert. Ihre Eingaben sind noch da.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The target is saved, but its secret is not: %1</source>
        <translation>Das Ziel ist gespeichert, sein Geheimnis aber nicht: %1</translation>
    </message>
</context>
<context>
    <name>desk::ui::TargetsDialog</name>
    <message>
        <location line="-476"/>
        <source>WebDAV password</source>
        <translation>WebDAV-Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For this session only</source>
        <translation>Nur für diese Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (no keychain)</source>
        <translation>Keine (kein Schlüsselbund)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the keychain</source>
        <translation>Im Schlüsselbund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+3"/>
        <source>Publication targets</source>
        <translation>Veröffentlichungsziele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credentials on this workstation</source>
        <translation>Zugangsdaten auf diesem Arbeitsplatz</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Every update a lead publishes is sent to each enabled target. Secrets are kept in this workstation&apos;s keychain, never in the shared database.</source>
        <translation>Jede Statusmeldung, die eine Teamleitung veröffentlicht, geht an jedes aktive Ziel. Geheimnisse liegen im Schlüsselbund dieses Arbeitsplatzes, nie in der gemeinsamen Datenbank.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only an administrator changes the targets; you can see them.</source>
        <translation>Nur ein Administrator ändert die Ziele; Sie können sie ansehen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database cannot be reached; the targets will show when it is back.</source>
        <translation>Die Datenbank ist nicht erreichbar; die Ziele erscheinen, sobald sie wieder da ist.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database cannot be reached: nothing was changed.</source>
        <translation>Die Datenbank ist nicht erreichbar: Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>desk::ui::TimelineModel</name>
    <message>
        <location filename="../ui/incident/timelinemodel.cpp" line="+100"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Created the incident</source>
        <translation>Hat die Störung angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited the description</source>
        <translation>Hat die Beschreibung bearbeitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved it to “%1”</source>
        <translation>Hat sie auf „%1“ gesetzt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Linked %n report(s)</source>
        <translation>
            <numerusform>Hat %n Meldung zugeordnet</numerusform>
            <numerusform>Hat %n Meldungen zugeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Moved %n report(s) to %1</source>
        <translation>
            <numerusform>Hat %n Meldung nach %1 verschoben</numerusform>
            <numerusform>Hat %n Meldungen nach %1 verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Moved %n report(s) here from %1</source>
        <translation>
            <numerusform>Hat %n Meldung von %1 hierher verschoben</numerusform>
            <numerusform>Hat %n Meldungen von %1 hierher verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sent %n report(s) back to triage</source>
        <translation>
            <numerusform>Hat %n Meldung in die Sichtung zurückgelegt</numerusform>
            <numerusform>Hat %n Meldungen in die Sichtung zurückgelegt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafted an update: %1</source>
        <translation>Hat eine Statusmeldung entworfen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revised the update: %1</source>
        <translation>Hat die Statusmeldung überarbeitet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted the update for approval: %1</source>
        <translation>Hat die Statusmeldung zur Freigabe eingereicht: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrew the update: %1</source>
        <translation>Hat die Statusmeldung zurückgezogen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved the update: %1</source>
        <translation>Hat die Statusmeldung freigegeben: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked for changes to the update: %1 — “%2”</source>
        <translation>Hat Änderungen an der Statusmeldung angefordert: %1 – „%2“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published the update: %1</source>
        <translation>Hat die Statusmeldung veröffentlicht: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discarded a draft</source>
        <translation>Hat einen Entwurf verworfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed a publication: %1</source>
        <translation>Hat eine Veröffentlichung geändert: %1</translation>
    </message>
</context>
<context>
    <name>desk::ui::TriageFilterBar</name>
    <message>
        <location filename="../ui/triage/triagefilterbar.cpp" line="+33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed by</source>
        <translation>Übernommen von</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Open (new or claimed)</source>
        <translation>Offen (neu oder übernommen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any service</source>
        <translation>Jeder Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any channel</source>
        <translation>Jeder Kanal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any language</source>
        <translation>Jede Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone or no one</source>
        <translation>Jemand oder niemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not claimed</source>
        <translation>Nicht übernommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed by me</source>
        <translation>Von mir übernommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search reports</source>
        <translation>Meldungen durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search subject, text and customer…</source>
        <translation>Betreff, Text und Kunde durchsuchen…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Save this filter…</source>
        <translation>Diesen Filter speichern…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the filter:</source>
        <translation>Name des Filters:</translation>
    </message>
</context>
<context>
    <name>desk::ui::TriageModel</name>
    <message>
        <location filename="../ui/triage/triagemodel.cpp" line="+46"/>
        <location filename="../ui/triage/triagepage.cpp" line="+162"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Claimed by %1 until %2</source>
        <translation>Von %1 übernommen bis %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed by</source>
        <translation>Übernommen von</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>(removed on another workstation)</source>
        <translation>(an einem anderen Arbeitsplatz entfernt)</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Lang.</source>
        <translation>Spr.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 is %2; next public update due %3</source>
        <translation>%1 ist %2; nächste öffentliche Statusmeldung fällig %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 (with files)</source>
        <translation>%1 (mit Dateien)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>update on its way</source>
        <translation>Statusmeldung unterwegs</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An update is published and not yet on the Help Center; the promise counts from its arrival.</source>
        <translation>Eine Statusmeldung ist veröffentlicht, aber noch nicht im Hilfe-Center; das Versprechen zählt ab ihrem Eintreffen.</translation>
    </message>
</context>
<context>
    <name>desk::ui::TriagePage</name>
    <message>
        <location filename="../ui/triage/triagepage.cpp" line="-97"/>
        <source>Triage</source>
        <translation>Sichtung</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>No reports yet. Reports arrive from the contact form, or import them with &apos;incident-desk-cli import FILE&apos;.</source>
        <translation>Noch keine Meldungen. Meldungen kommen über das Kontaktformular, oder importieren Sie sie mit „incident-desk-cli import DATEI“.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Create an incident from them</source>
        <translation>Daraus eine Störung anlegen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 reports match the filter</source>
        <translation>%1 Meldungen passen zum Filter</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Claim</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to suggested incident</source>
        <translation>Der vorgeschlagenen Störung zuordnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New incident from selection</source>
        <translation>Neue Störung aus der Auswahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an incident</source>
        <translation>Keine Störung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate of…</source>
        <translation>Duplikat von…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n unlinked report(s) about %1 in the last 30 minutes: probably an incident.</source>
        <translation>
            <numerusform>%n nicht zugeordnete Meldung zu %1 in den letzten 30 Minuten: wahrscheinlich eine Störung.</numerusform>
            <numerusform>%n nicht zugeordnete Meldungen zu %1 in den letzten 30 Minuten: wahrscheinlich eine Störung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Select one or more reports first.</source>
        <translation>Wählen Sie zuerst eine oder mehrere Meldungen aus.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>No suggested incident for this report: create one with Ctrl+N.</source>
        <translation>Keine vorgeschlagene Störung für diese Meldung: Legen Sie eine mit Strg+N an.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Duplicate of another report</source>
        <translation>Duplikat einer anderen Meldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference or number of the original report:</source>
        <translation>Referenz oder Nummer der ursprünglichen Meldung:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select the reports the incident is about first.</source>
        <translation>Wählen Sie zuerst die Meldungen aus, um die es bei der Störung geht.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a report to read it.</source>
        <translation>Wählen Sie eine Meldung aus, um sie zu lesen.</translation>
    </message>
    <message>
        <location line="-382"/>
        <source>Click a status to show its reports.</source>
        <translation>Klicken Sie auf einen Status, um seine Meldungen zu zeigen.</translation>
    </message>
    <message>
        <location line="+409"/>
        <source>Save the customer&apos;s file (it is not opened here: it could run or show a web page)</source>
        <translation>Die Datei des Kunden speichern (sie wird hier nicht geöffnet: Sie könnte ausgeführt werden oder eine Webseite zeigen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No program on this computer opens %1; it is at %2.</source>
        <translation>Kein Programm auf diesem Computer öffnet %1; die Datei liegt in %2.</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>New phone report…</source>
        <translation>Neue telefonische Meldung…</translation>
    </message>
    <message>
        <location line="+285"/>
        <source>The phone report is in the queue.</source>
        <translation>Die telefonische Meldung ist in der Sichtung.</translation>
    </message>
</context>
<context>
    <name>desk::ui::UpdateComposer</name>
    <message>
        <location filename="../ui/compose/updatecomposer.cpp" line="+49"/>
        <source>Start again from the template</source>
        <translation>Neu mit der Vorlage beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for approval</source>
        <translation>Zur Freigabe einreichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+361"/>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>Public update — %1</source>
        <translation>Öffentliche Statusmeldung – %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Languages:</source>
        <translation>Sprachen:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Write the update in %1. Markdown: **bold**, *italic*, - lists, [links](https://…)</source>
        <translation>Schreiben Sie die Statusmeldung auf %1. Markdown: **fett**, *kursiv*, - Listen, [Links](https://…)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes since the last published update</source>
        <translation>Änderungen seit der letzten veröffentlichten Statusmeldung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No %1 dictionary is installed: spelling is not checked.</source>
        <translation>Kein Wörterbuch für %1 installiert: Die Rechtschreibung wird nicht geprüft.</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the text of every language with the template for this kind?</source>
        <translation>Den Text jeder Sprache durch die Vorlage dieser Art ersetzen?</translation>
    </message>
    <message>
        <location line="+235"/>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 update — %2</source>
        <translation>Statusmeldung %1 – %2</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Throw this draft away? This cannot be undone.</source>
        <translation>Diesen Entwurf verwerfen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing has been published in %1 for this incident yet.</source>
        <translation>Zu dieser Störung wurde auf %1 noch nichts veröffentlicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compared with the %1 update published %2: %3 word(s) added, %4 removed</source>
        <translation>Verglichen mit der Statusmeldung %1, veröffentlicht %2: %3 Wort/Wörter hinzugefügt, %4 entfernt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose at least one language.</source>
        <translation>Wählen Sie mindestens eine Sprache.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 characters · %3 words</source>
        <translation>%1: %2 Zeichen · %3 Wörter</translation>
    </message>
    <message>
        <location line="-349"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Update in %1</source>
        <translation>Statusmeldung auf %1</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>The update&apos;s languages</source>
        <translation>Die Sprachen der Statusmeldung</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Preview and changes in %1</source>
        <translation>Vorschau und Änderungen auf %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview in %1</source>
        <translation>Vorschau auf %1</translation>
    </message>
</context>
<context>
    <name>desk::ui::UpdatesModel</name>
    <message>
        <location filename="../ui/incident/updatesmodel.cpp" line="+50"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Verfasst von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review comment</source>
        <translation>Prüfkommentar</translation>
    </message>
</context>
<context>
    <name>desk::ui::UpdatesTab</name>
    <message>
        <location filename="../ui/incident/updatestab.cpp" line="+18"/>
        <source>Public updates</source>
        <translation>Öffentliche Statusmeldungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open</source>
        <extracomment>Button (verb): open the selected update in the composer</extracomment>
        <translation>Öffnen</translation>
    </message>
</context>
</TS>
