<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to the team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Incident Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Incident Desk&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should your team&apos;s reports and incidents be kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer, starting &amp;empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer, with &amp;demo data to try things out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the team&apos;s &amp;PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database on this computer suits one workstation. A team that works together needs the shared server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description and impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-incident review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <comment>report status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>report status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>incident state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <comment>update status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Who is working?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several people can share this workstation. Choose your name so your work and approvals are recorded as yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::Database</name>
    <message>
        <source>Cannot create the folder %1 for the database. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Give the path of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Make it writable or copy it to a folder of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only, and SQLite needs to write its journal beside the database. Move the database to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed (package %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the password for %1. Check the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1:%2 answered: %3. Check the database and user names, or ask your administrator to create them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1:%2. Check that it is running and that the address is right. (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Incident Desk database (not a SQLite file). Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost (%1). Your work is kept; try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another workstation changed the same data at the same moment; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy with another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::DatabaseUrl</name>
    <message>
        <source>No database given: pass a SQLite file path or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sslmode &apos;%1&apos;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect_timeout must be a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::IncidentRepository</name>
    <message>
        <source>There is no service &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the incident a title customers will understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on another workstation since you opened it (now version %2). Your changes are kept: compare and merge them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on another workstation; reload it before changing its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on another workstation; reload it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::IncidentSuggester</name>
    <message>
        <source>same service</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) in common</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>opened %1 h apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened %1 days apart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::Lifecycle</name>
    <message>
        <source>An incident cannot go from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write and submit the acknowledgement update first: customers must be told the incident is in hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write and submit the resolution update first: customers must be told it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the root cause in the post-incident review before marking it reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::Migrator</name>
    <message>
        <source>This database was upgraded by a newer Incident Desk (schema %1; this program knows up to %2). Install the newer version of Incident Desk to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::PasswordHash</name>
    <message>
        <source>The crypto library failed to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ReportImporter</name>
    <message>
        <source>external_ref is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external_ref is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received_at is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received_at &apos;%1&apos; is not an ISO 8601 date and time (e.g. 2026-03-14T09:30:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel &apos;%1&apos; is unknown (use contact_form, email, phone or import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language &apos;%1&apos; is not supported (use it, en, fr, de or es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both subject and body are empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject has %1 characters; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body has %1 characters; the limit is %2 (attach long logs as files instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer_email &apos;%1&apos; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos; is unknown (known services: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the format of %1: name it .jsonl or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external_ref &apos;%1&apos; already appears on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is not valid UTF-8 text; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: a CSV import needs a header row naming its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV header has no &apos;%1&apos; column. Columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row is not valid UTF-8 text; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ReportRepository</name>
    <message>
        <source>Report %1 no longer exists; another workstation may have removed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claimed this report first; their claim runs until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not hold a claim on this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds this report; ask them or wait until their claim ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this report since you opened it (it is now %1). Reload it; nothing you did was saved over theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report cannot be a duplicate of itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report with the reference &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::SecretStore</name>
    <message>
        <source>The keychain did not store the secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ServiceRepository</name>
    <message>
        <source>Someone else changed this service&apos;s status meanwhile; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::UpdateRepository</name>
    <message>
        <source>An update needs a text in at least one language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This update was changed elsewhere since you opened it; your text is kept, compare it with theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This update was changed elsewhere since you opened it; reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what should change, so the author knows what to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::UpdateTemplates</name>
    <message>
        <source>There is no %1 template in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::UpdateWorkflow</name>
    <message>
        <source>A published update never changes; write a new update to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update is waiting for approval; withdraw it before editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the author or a lead can delete an unpublished update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft or an update with requested changes can be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submitted update can be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the author can withdraw the update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a team lead can review updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody reviews their own update: another lead must do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submitted update can be reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a team lead can publish updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved update can be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::UserRepository</name>
    <message>
        <source>&apos;%1&apos; is not a valid user name: use 2 to 63 lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; is disabled. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database role &apos;%1&apos; is not an Incident Desk user. Ask an administrator to run &apos;incident-desk-cli user add %1 --role agent&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ui::ApprovalsPage</name>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) waiting for your decision</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only team leads approve updates; you can follow them here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ui::ConnectionDialog</name>
    <message>
        <source>Use it when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, and check the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (trusted local network only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is running: the password is kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server and your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ui::IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next update due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents. Create one from reports in Triage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ui::ListPage</name>
    <message>
        <source>Could not load this page: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ui::LoginDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator account; agents and team leads can be added afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 2 to 63 lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; for the login name, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your name in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ui::MainWindow</name>
    <message>
        <source>Incident Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team server: %1@%2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n public update(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) waiting for approval</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::NewIncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected report(s) will be linked to the new incident.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ui::PublicationsPage</name>
    <message>
        <source>Publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been published yet. Approved updates appear here once a lead publishes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n published update(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::ReportDetailPane</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested incidents (double-click or Ctrl+L to link):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a report to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · received %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same customer&apos;s other reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 — %3% (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open incident looks related.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ui::StartupFlow</name>
    <message>
        <source>Incident Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another database?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ui::TriageFilterBar</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (new or claimed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone or no one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search subject, text and customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ui::TriageModel</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed on another workstation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desk::ui::TriagePage</name>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports yet. Reports arrive from the contact form, or import them with &apos;incident-desk-cli import FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an incident from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to suggested incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident from selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unlinked report(s) about %1 in the last 30 minutes: probably an incident.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more reports first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not done for %n report(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No suggested incident for this report: create one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of another report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference or number of the original report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the reports the incident is about first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a report to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Claimed %n report(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Released %n report(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Linked %n report(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n report(s) as not an incident.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n report(s) as duplicates.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %1 and linked %n report(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone for %n report(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click a status to show its reports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
