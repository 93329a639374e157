<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/shell/connectiondialog.ui" line="+6"/>
        <source>Connect to the team server</source>
        <translation>Se connecter au serveur de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>&amp;Garder le mot de passe dans le trousseau du système</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../ui/incident/detailstab.ui" line="+8"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What customers see, e.g. “Card payments fail at checkout”</source>
        <translation>Ce que voient les clients, p. ex. « Les paiements par carte échouent au moment de payer »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impact &amp;level:</source>
        <translation>&amp;Niveau d&apos;impact :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Public update every:</source>
        <translation>Mise à jour &amp;publique tous les :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The policy promises a public report every day: 24 hours at most.</source>
        <translation>La politique promet un point public chaque jour : 24 heures au plus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Services:</source>
        <translation>Ser&amp;vices :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Affected service</source>
        <translation>Service concerné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is happening, in words customers understand.</source>
        <translation>Ce qui se passe, dans des mots que les clients comprennent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impact on &amp;using the site:</source>
        <translation>Impact sur l&apos;&amp;utilisation du site :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What customers cannot do on the site, or what is slower.</source>
        <translation>Ce que les clients ne peuvent pas faire sur le site, ou ce qui est plus lent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Affected user &amp;journeys:</source>
        <translation>Parcours &amp;clients concernés :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One per line, e.g. “Pay by card”, “Download an invoice”.</source>
        <translation>Un par ligne, p. ex. « Payer par carte », « Télécharger une facture ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Workaround:</source>
        <translation>&amp;Solution de contournement :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What customers can do meanwhile, if anything.</source>
        <translation>Ce que les clients peuvent faire en attendant, s&apos;il y a quelque chose.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ui/shell/firstrundialog.ui" line="+6"/>
        <source>Welcome to Incident Desk</source>
        <translation>Bienvenue dans Incident Desk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Welcome to Incident Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Incident Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where should your team&apos;s reports and incidents be kept?</source>
        <translation>Où conserver les signalements et les incidents de votre équipe ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On this computer, starting &amp;empty</source>
        <translation>Sur cet ordinateur, en commençant &amp;vide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On this computer, with &amp;demo data to try things out</source>
        <translation>Sur cet ordinateur, avec des &amp;données de démonstration pour essayer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the team&apos;s &amp;PostgreSQL server</source>
        <translation>Sur le serveur &amp;PostgreSQL de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database on this computer suits one workstation. A team that works together needs the shared server.</source>
        <translation>La base de données sur cet ordinateur convient à un seul poste. Une équipe qui travaille ensemble a besoin du serveur partagé.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../app/domain/labels.cpp" line="+18"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team lead</source>
        <translation>Responsable d&apos;équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed</source>
        <translation>Pris en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked</source>
        <translation>Rattaché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an incident</source>
        <translation>Pas un incident</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reported</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Pris en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigating</source>
        <translation>En cours d&apos;analyse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identified</source>
        <translation>Cause identifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring</source>
        <translation>Sous surveillance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>Analysé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None</source>
        <extracomment>Impact level: the incident affects no customer</extracomment>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major</source>
        <translation>Majeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Acknowledgement</source>
        <translation>Prise en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description and impact</source>
        <translation>Description et impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-incident review</source>
        <translation>Analyse post-incident</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact form</source>
        <translation>Formulaire de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On track</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update due soon</source>
        <translation>Mise à jour bientôt due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update overdue</source>
        <translation>Mise à jour en retard</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Duplicate</source>
        <comment>report status</comment>
        <translation>Doublon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>report status</comment>
        <translation>Clos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Closed</source>
        <comment>incident state</comment>
        <translation>Clos</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Published</source>
        <comment>update status</comment>
        <translation>Publiée</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Operational</source>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degraded performance</source>
        <translation>Performances dégradées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial outage</source>
        <translation>Panne partielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major outage</source>
        <translation>Panne majeure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Help Center site</source>
        <translation>Site du centre d&apos;aide</translation>
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
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact on using the site</source>
        <translation>Impact sur l&apos;utilisation du site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected user journeys</source>
        <translation>Parcours clients concernés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workaround</source>
        <translation>Solution de contournement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected services</source>
        <translation>Services concernés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact level</source>
        <translation>Niveau d&apos;impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update cadence (minutes)</source>
        <translation>Rythme des mises à jour (minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause</source>
        <translation>Cause première</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preventive actions</source>
        <translation>Actions préventives</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>About to be sent</source>
        <translation>Sur le point d&apos;être envoyé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent</source>
        <extracomment>State of a message to a reporter: the mail server accepted it</extracomment>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In doubt: may have been sent</source>
        <translation>Incertain : a peut-être été envoyé</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/shell/logindialog.ui" line="+6"/>
        <source>Who is working?</source>
        <translation>Qui travaille ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Several people can share this workstation. Choose your name so your work and approvals are recorded as yours.</source>
        <translation>Plusieurs personnes peuvent partager ce poste. Choisissez votre nom pour que votre travail et vos approbations soient enregistrés à votre nom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>Ré&amp;péter le mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password</source>
        <translation>Répéter le mot de passe</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../ui/triage/newincidentdialog.ui" line="+6"/>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Impact:</source>
        <translation>&amp;Impact :</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../ui/incident/reviewtab.ui" line="+8"/>
        <source>&amp;Root cause — what made it happen, found after the resolution:</source>
        <translation>&amp;Cause première — ce qui l&apos;a provoqué, trouvé après la résolution :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. “The payment gateway&apos;s certificate expired.”</source>
        <translation>p. ex. « Le certificat de la passerelle de paiement avait expiré. »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preventive actions — what keeps it from happening again:</source>
        <translation>Actions &amp;préventives — ce qui évite que cela se reproduise :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add action</source>
        <translation>&amp;Ajouter une action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move action</source>
        <translation>Suppri&amp;mer l&apos;action</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>The offline outbox on this computer cannot be written: %1</source>
        <translation type="vanished">La file d&apos;attente hors ligne de cet ordinateur ne peut pas être écrite : %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was exported and no report was marked; free some space or choose another folder.</source>
        <translation type="vanished">%1 n&apos;a pas pu être écrit : %2. Rien n&apos;a été exporté et aucun signalement n&apos;a été marqué ; libérez de l&apos;espace ou choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>desk::ApiPublishers</name>
    <message>
        <location filename="../app/publish/apipublishers.cpp" line="+160"/>
        <source>The Statuspage target has no page id; an administrator sets it.</source>
        <translation>La cible Statuspage n&apos;a pas d&apos;identifiant de page ; un administrateur le renseigne.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Looking for the incident on Statuspage</source>
        <translation>Recherche de l&apos;incident sur Statuspage</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the incident on Statuspage</source>
        <translation>Lecture de l&apos;incident sur Statuspage</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Creating the incident on Statuspage</source>
        <translation>Création de l&apos;incident sur Statuspage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statuspage created the incident but gave no id in its answer.</source>
        <translation>Statuspage a créé l&apos;incident mais n&apos;a renvoyé aucun identifiant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Updating the incident on Statuspage</source>
        <translation>Mise à jour de l&apos;incident sur Statuspage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Cachet target has no address (baseUrl); an administrator sets it.</source>
        <translation>La cible Cachet n&apos;a pas d&apos;adresse (baseUrl) ; un administrateur la renseigne.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Looking for the incident on Cachet</source>
        <translation>Recherche de l&apos;incident sur Cachet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Creating the incident on Cachet</source>
        <translation>Création de l&apos;incident sur Cachet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cachet created the incident but gave no id in its answer.</source>
        <translation>Cachet a créé l&apos;incident mais n&apos;a renvoyé aucun identifiant.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the incident&apos;s updates on Cachet</source>
        <translation>Lecture des mises à jour de l&apos;incident sur Cachet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adding the update on Cachet</source>
        <translation>Ajout de la mise à jour sur Cachet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changing the incident&apos;s status on Cachet</source>
        <translation>Changement de l&apos;état de l&apos;incident sur Cachet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changing the status of component %1 on Cachet</source>
        <translation>Changement de l&apos;état du composant %1 sur Cachet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The Zendesk Guide target needs its address, section id and user; an administrator sets them.</source>
        <translation>La cible Zendesk Guide a besoin de son adresse, de l&apos;identifiant de section et de l&apos;utilisateur ; un administrateur les renseigne.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The Zendesk Guide target has no locales; an administrator sets them.</source>
        <translation>La cible Zendesk Guide n&apos;a pas de langues ; un administrateur les renseigne.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking for the article on Zendesk Guide</source>
        <translation>Recherche de l&apos;article sur Zendesk Guide</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating the article on Zendesk Guide</source>
        <translation>Création de l&apos;article sur Zendesk Guide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zendesk Guide created the article but gave no id in its answer.</source>
        <translation>Zendesk Guide a créé l&apos;article mais n&apos;a renvoyé aucun identifiant.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Writing the %1 translation on Zendesk Guide</source>
        <translation>Écriture de la traduction %1 sur Zendesk Guide</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The webhook target has no address (url); an administrator sets it.</source>
        <translation>La cible webhook n&apos;a pas d&apos;adresse (url) ; un administrateur la renseigne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The webhook target has no signing secret; an administrator sets it.</source>
        <translation>La cible webhook n&apos;a pas de secret de signature ; un administrateur le renseigne.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Calling the webhook</source>
        <translation>Appel du webhook</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A Help Center is checked over WebDAV, not as an API.</source>
        <translation>Un centre d&apos;aide se vérifie par WebDAV, pas comme une API.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the address is not a valid URL.</source>
        <translation>%1 : l&apos;adresse n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not answer: %2</source>
        <translation>%1 ne répond pas : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the credentials (HTTP %2): check the secret.</source>
        <translation>%1 a refusé les identifiants (HTTP %2) : vérifiez le secret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered 404: check the address and the page or section id.</source>
        <translation>%1 a répondu 404 : vérifiez l&apos;adresse et l&apos;identifiant de page ou de section.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: Cachet answered; it checks the token only when something is written, so the first publication does.</source>
        <translation>%1 : Cachet a répondu ; il ne vérifie le jeton qu&apos;à la première écriture, donc lors de la première publication.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the receiver accepted a signed probe event; nothing was published.</source>
        <translation>%1 : le destinataire a accepté un événement de test signé ; rien n&apos;a été publié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the server answered and accepted the credentials; nothing was written.</source>
        <translation>%1 : le serveur a répondu et accepté les identifiants ; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>desk::AttachmentFile</name>
    <message>
        <location filename="../app/triage/attachmentfile.cpp" line="+66"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>desk::CadenceWatch</name>
    <message>
        <location filename="../app/mail/cadencewatch.cpp" line="+85"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, waiting since %2</source>
        <translation>%1, en attente depuis %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>[%1] Not acknowledged yet: %2</source>
        <translation>[%1] Pas encore pris en charge : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[%1] Public update due soon: %2</source>
        <translation>[%1] Mise à jour publique bientôt due : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[%1] Public update overdue: %2</source>
        <translation>[%1] Mise à jour publique en retard : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[%1] Publication failed: %2</source>
        <translation>[%1] Échec de la publication : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[%1] Publication not delivered yet: %2</source>
        <translation>[%1] Publication pas encore livrée : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customers reported this incident (the first report arrived %1) and it is not acknowledged yet. The policy promises that it is taken in charge: acknowledge it and publish the acknowledgement.</source>
        <translation>Des clients ont signalé cet incident (le premier signalement est arrivé %1) et il n&apos;est pas encore pris en charge. La politique promet sa prise en charge : prenez-le en charge et publiez la prise en charge.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The next public update is due %1. Write it and have it approved in time.</source>
        <translation>La prochaine mise à jour publique est due %1. Rédigez-la et faites-la approuver à temps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The public update was due %1 and none has been published since. Customers are reading a stale report: write an update and have it approved now.</source>
        <translation>La mise à jour publique était due %1 et aucune n&apos;a été publiée depuis. Les clients lisent un point périmé : rédigez une mise à jour et faites-la approuver maintenant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An approved update could not be published (%1). Look at the Publications page: fix the target and retry the job.</source>
        <translation>Une mise à jour approuvée n&apos;a pas pu être publiée (%1). Consultez la page Publications : corrigez la cible et relancez la tâche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An approved update has not reached a target yet (%1). Look at the Publications page.</source>
        <translation>Une mise à jour approuvée n&apos;a pas encore atteint une cible (%1). Consultez la page Publications.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2

%3

This message is sent once by the Incident Desk service to the incident&apos;s owner and the team leads.
</source>
        <translation>%1 — %2

%3

Ce message est envoyé une seule fois par le service Incident Desk au responsable de l&apos;incident et aux responsables d&apos;équipe.
</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The warning for %1 could not be sent: %2</source>
        <translation>L&apos;alerte pour %1 n&apos;a pas pu être envoyée : %2</translation>
    </message>
</context>
<context>
    <name>desk::ConfirmationExporter</name>
    <message>
        <location filename="../app/export/confirmationexporter.cpp" line="+138"/>
        <source>%1 is not resolved yet: confirmations are sent once it is.</source>
        <translation>%1 n&apos;est pas encore résolu : les confirmations sont envoyées une fois qu&apos;il l&apos;est.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not acknowledged yet: acknowledge it before telling the reporters.</source>
        <translation>%1 n&apos;est pas encore pris en charge : prenez-le en charge avant de prévenir les auteurs des signalements.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one format: PDF, EML or CSV.</source>
        <translation>Choisissez au moins un format : PDF, EML ou CSV.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>confirmations</source>
        <translation>confirmations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledgements</source>
        <translation>prises en charge</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>report %1: %2</source>
        <translation>signalement %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not linked to %2</source>
        <translation>%1 : non rattaché à %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No report to export: every linked report is confirmed already, or none is linked.</source>
        <translation>Aucun signalement à exporter : tous les signalements rattachés sont déjà confirmés, ou aucun n&apos;est rattaché.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No Help Center address is configured: the messages have no link to the report.</source>
        <translation>Aucune adresse de centre d&apos;aide n&apos;est configurée : les messages n&apos;ont pas de lien vers le point.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The output folder %1 does not exist.</source>
        <translation>Le dossier de sortie %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 cannot be written. Choose a folder you can write to.</source>
        <translation>Le dossier %1 ne peut pas être écrit. Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+77"/>
        <source>the PDF cannot be started</source>
        <translation>le PDF ne peut pas être commencé</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the PDF could not be finished</source>
        <translation>le PDF n&apos;a pas pu être terminé</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>%1: no e-mail address, so no .eml (the PDF and the CSV have it)</source>
        <translation>%1 : pas d&apos;adresse e-mail, donc pas de .eml (le PDF et le CSV l&apos;ont)</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>%1 could not be written: %2. Nothing was exported and no report was marked; free some space or choose another folder.</source>
        <translation>%1 n&apos;a pas pu être écrit : %2. Rien n&apos;a été exporté et aucun signalement n&apos;a été marqué ; libérez de l&apos;espace ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>the combined PDF could not be finished</source>
        <translation>le PDF combiné n&apos;a pas pu être terminé</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it could not be moved into the folder</source>
        <translation>il n&apos;a pas pu être déplacé dans le dossier</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>%1 by %2: %3 reports, %4</source>
        <translation>%1 par %2 : %3 signalements, %4</translation>
    </message>
</context>
<context>
    <name>desk::ConfirmationMessages</name>
    <message>
        <location filename="../app/export/confirmationmessages.cpp" line="+83"/>
        <source>There is no %1 template in %2.</source>
        <translation>Il n&apos;y a pas de modèle %1 dans %2.</translation>
    </message>
</context>
<context>
    <name>desk::Credentials</name>
    <message>
        <location filename="../app/core/credentials.cpp" line="+21"/>
        <source>Cannot read the secret in %1: %2</source>
        <translation>Impossible de lire le secret dans %1 : %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 can be read by others than its owner: it is not used (chmod 600 it).</source>
        <translation>%1 peut être lu par d&apos;autres que son propriétaire : il n&apos;est pas utilisé (faites chmod 600).</translation>
    </message>
</context>
<context>
    <name>desk::Database</name>
    <message>
        <location filename="../app/store/database.cpp" line="+70"/>
        <source>Cannot create the folder %1 for the database. Choose a folder you can write to.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données. Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder, not a database file. Give the path of a file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données. Indiquez le chemin d&apos;un fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file %1 is read-only. Make it writable or copy it to a folder of yours.</source>
        <translation>Le fichier de base de données %1 est en lecture seule. Rendez-le modifiable ou copiez-le dans un de vos dossiers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 is read-only, and SQLite needs to write its journal beside the database. Move the database to a folder you can write to.</source>
        <translation>Le dossier %1 est en lecture seule, et SQLite doit écrire son journal à côté de la base. Déplacez la base dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Qt SQL driver for %1 is not installed (package %2).</source>
        <translation>Le pilote Qt SQL pour %1 n&apos;est pas installé (paquet %2).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot open the database file %1: %2</source>
        <translation>Impossible d&apos;ouvrir le fichier de base de données %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not accept the password for %1. Check the user name and password.</source>
        <translation>Le serveur n&apos;a pas accepté le mot de passe de %1. Vérifiez l&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at %1:%2 answered: %3. Check the database and user names, or ask your administrator to create them.</source>
        <translation>Le serveur %1:%2 a répondu : %3. Vérifiez les noms de la base et de l&apos;utilisateur, ou demandez à votre administrateur de les créer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach the PostgreSQL server at %1:%2. Check that it is running and that the address is right. (%3)</source>
        <translation>Impossible de joindre le serveur PostgreSQL %1:%2. Vérifiez qu&apos;il fonctionne et que l&apos;adresse est juste. (%3)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is not an Incident Desk database (not a SQLite file). Choose another file.</source>
        <translation>%1 n&apos;est pas une base Incident Desk (ce n&apos;est pas un fichier SQLite). Choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The connection to the database was lost (%1). Your work is kept; try again when it is back.</source>
        <translation>La connexion à la base de données a été perdue (%1). Votre travail est conservé ; réessayez quand elle sera rétablie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another workstation changed the same data at the same moment; try again.</source>
        <translation>Un autre poste a modifié les mêmes données au même moment ; réessayez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database is busy with another program; try again in a moment.</source>
        <translation>La base de données est occupée par un autre programme ; réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>desk::DatabaseUrl</name>
    <message>
        <location filename="../app/store/databaseurl.cpp" line="+16"/>
        <source>No database given: pass a SQLite file path or a postgresql:// URL.</source>
        <translation>Aucune base de données indiquée : donnez le chemin d&apos;un fichier SQLite ou une URL postgresql://.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The database URL is not valid: %1</source>
        <translation>L&apos;URL de la base de données n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown sslmode &apos;%1&apos;: use one of %2.</source>
        <translation>sslmode « %1 » inconnu : utilisez l&apos;un de %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connect_timeout must be a whole number of seconds.</source>
        <translation>connect_timeout doit être un nombre entier de secondes.</translation>
    </message>
</context>
<context>
    <name>desk::DemoGenerator</name>
    <message>
        <location filename="../app/tools/demodata.cpp" line="+571"/>
        <source>the year of history is written only over a superuser connection</source>
        <translation>l&apos;année d&apos;historique ne s&apos;écrit que par une connexion superutilisateur</translation>
    </message>
</context>
<context>
    <name>desk::DraftStore</name>
    <message>
        <location filename="../app/compose/draftstore.cpp" line="+69"/>
        <source>Cannot create the drafts folder %1.</source>
        <translation>Impossible de créer le dossier des brouillons %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot keep the draft on this computer: %1</source>
        <translation>Impossible de garder le brouillon sur cet ordinateur : %1</translation>
    </message>
</context>
<context>
    <name>desk::FolderPublisher</name>
    <message>
        <location filename="../app/publish/folderpublisher.cpp" line="+19"/>
        <source>Cannot create the Help Center folder %1: check that it can be written.</source>
        <translation>Impossible de créer le dossier du centre d&apos;aide %1 : vérifiez qu&apos;il peut être écrit.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>desk::HttpClient</name>
    <message>
        <location filename="../app/publish/httpclient.cpp" line="+236"/>
        <source>the server did not answer within %1 s</source>
        <translation>le serveur n&apos;a pas répondu en %1 s</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed: the server answered %2 %3</source>
        <translation>%1 a échoué : le serveur a répondu %2 %3</translation>
    </message>
</context>
<context>
    <name>desk::ImportDesk</name>
    <message>
        <location filename="../app/intake/importdesk.cpp" line="+54"/>
        <source>The database cannot be reached: nothing was imported. Try again when it is back.</source>
        <translation>La base de données est injoignable : rien n&apos;a été importé. Réessayez quand elle sera rétablie.</translation>
    </message>
</context>
<context>
    <name>desk::IncidentRepository</name>
    <message>
        <location filename="../app/store/incidentrepository.cpp" line="+93"/>
        <source>There is no service &apos;%1&apos;.</source>
        <translation>Il n&apos;y a pas de service « %1 ».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the incident a title customers will understand.</source>
        <translation>Donnez à l&apos;incident un titre que les clients comprendront.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Incident %1 does not exist.</source>
        <translation>L&apos;incident %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>There is no incident %1.</source>
        <translation>Il n&apos;y a pas d&apos;incident %1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The title cannot be empty.</source>
        <translation>Le titre ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was changed on another workstation since you opened it (now version %2). Your changes are kept: compare and merge them.</source>
        <translation>%1 a été modifié sur un autre poste depuis que vous l&apos;avez ouvert (version %2 maintenant). Vos modifications sont conservées : comparez-les et fusionnez.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 was changed on another workstation; reload it before changing its state.</source>
        <translation>%1 a été modifié sur un autre poste ; rechargez-le avant de changer son état.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 was changed on another workstation; reload it.</source>
        <translation>%1 a été modifié sur un autre poste ; rechargez-le.</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Every preventive action needs a description.</source>
        <translation>Chaque action préventive a besoin d&apos;une description.</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>The reports are already linked to this incident.</source>
        <translation>Les signalements sont déjà rattachés à cet incident.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is %2; move the reports to an open incident.</source>
        <translation>%1 est %2 ; déplacez les signalements vers un incident ouvert.</translation>
    </message>
</context>
<context>
    <name>desk::IncidentSession</name>
    <message>
        <location filename="../app/incident/incidentsession.cpp" line="+115"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Could not open the incident: %1</source>
        <translation>Impossible d&apos;ouvrir l&apos;incident : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database cannot be reached: the incident could not be loaded.</source>
        <translation>La base de données est injoignable : l&apos;incident n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+226"/>
        <source>offline</source>
        <extracomment>Why the incident could not be loaded: the database cannot be reached
----------
Why the change could not be saved: the database cannot be reached</extracomment>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Someone changed this incident on another workstation. Your edits are kept; when you save, you will see both versions and choose.</source>
        <translation>Quelqu&apos;un a modifié cet incident sur un autre poste. Vos modifications sont conservées ; à l&apos;enregistrement, vous verrez les deux versions et choisirez.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The title cannot be empty: customers read it first.</source>
        <translation>Le titre ne peut pas être vide : les clients le lisent en premier.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+13"/>
        <source>Not saved: %1 Your text is still here.</source>
        <translation>Non enregistré : %1 Votre texte est toujours là.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved, and it cannot be kept on this computer either: %1 Your text is still here.</source>
        <translation>Non enregistré, et impossible de le garder sur cet ordinateur non plus : %1 Votre texte est toujours là.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database cannot be reached. Your changes are kept on this computer and will be saved as soon as it is back.</source>
        <translation>La base de données est injoignable. Vos modifications sont gardées sur cet ordinateur et seront enregistrées dès son retour.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Merge with the other workstation</source>
        <translation>Fusionner avec l&apos;autre poste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: another workstation changed this incident. Your changes are still here; save again to compare and merge.</source>
        <translation>Non enregistré : un autre poste a modifié cet incident. Vos modifications sont toujours là ; enregistrez à nouveau pour comparer et fusionner.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What you saved while offline meets changes made meanwhile on another workstation: choose what to keep.</source>
        <translation>Ce que vous avez enregistré hors ligne rencontre des modifications faites entre-temps sur un autre poste : choisissez ce que vous gardez.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is now “%2”.</source>
        <translation>%1 est maintenant « %2 ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database cannot be reached: the state was not changed. Try again when it is back.</source>
        <translation>La base de données est injoignable : l&apos;état n&apos;a pas changé. Réessayez quand elle sera rétablie.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select the reports first.</source>
        <translation>Sélectionnez d&apos;abord les signalements.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n report(s) sent back to the triage queue.</source>
        <translation>
            <numerusform>%n signalement renvoyé dans la file de tri.</numerusform>
            <numerusform>%n signalements renvoyés dans la file de tri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n report(s) moved.</source>
        <translation>
            <numerusform>%n signalement déplacé.</numerusform>
            <numerusform>%n signalements déplacés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>The database cannot be reached: no report was moved.</source>
        <translation>La base de données est injoignable : aucun signalement n&apos;a été déplacé.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>There is no other open incident to move the reports to.</source>
        <translation>Il n&apos;y a pas d&apos;autre incident ouvert vers lequel déplacer les signalements.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The service&apos;s status was not changed: %1</source>
        <translation>L&apos;état du service n&apos;a pas changé : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service status set to “%1”.</source>
        <translation>État du service réglé sur « %1 ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database cannot be reached: the service&apos;s status was not changed.</source>
        <translation>La base de données est injoignable : l&apos;état du service n&apos;a pas changé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the database cannot be reached</source>
        <translation>la base de données est injoignable</translation>
    </message>
</context>
<context>
    <name>desk::IncidentSuggester</name>
    <message>
        <location filename="../app/triage/suggester.cpp" line="+96"/>
        <source>same service</source>
        <translation>même service</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n word(s) in common</source>
        <translation>
            <numerusform>%n mot en commun</numerusform>
            <numerusform>%n mots en commun</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opened %1 h apart</source>
        <translation>ouverts à %1 h d&apos;intervalle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>opened %1 days apart</source>
        <translation>ouverts à %1 jours d&apos;intervalle</translation>
    </message>
</context>
<context>
    <name>desk::IntakeDirectory</name>
    <message>
        <location filename="../app/intake/intakedirectory.cpp" line="+34"/>
        <source>The token cannot be checked now.</source>
        <translation>Le jeton ne peut pas être vérifié pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The services cannot be read now.</source>
        <translation>Les services ne peuvent pas être lus pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>desk::IntakePipeline</name>
    <message>
        <location filename="../app/intake/intakepipeline.cpp" line="+61"/>
        <source>The service is stopping; send the report again in a moment.</source>
        <translation>Le service s&apos;arrête ; renvoyez le signalement dans un instant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report could not be confirmed in time. Send it again with the same Idempotency-Key (or external_ref) so that it is stored once.</source>
        <translation>Le signalement n&apos;a pas pu être confirmé à temps. Renvoyez-le avec la même Idempotency-Key (ou external_ref) pour qu&apos;il ne soit enregistré qu&apos;une fois.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the connection was closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The team database refused the report: %1</source>
        <translation>La base de données de l&apos;équipe a refusé le signalement : %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The team database cannot be reached and the service cannot keep more reports now; send the report again in a minute.</source>
        <translation>La base de données de l&apos;équipe est injoignable et le service ne peut plus garder de signalements pour l&apos;instant ; renvoyez le signalement dans une minute.</translation>
    </message>
</context>
<context>
    <name>desk::IntakeSpool</name>
    <message>
        <location filename="../app/store/intakespool.cpp" line="+82"/>
        <source>The intake spool failed: %1</source>
        <translation>La file de réception a échoué : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the folder of the intake spool %1.</source>
        <translation>Impossible de créer le dossier de la file de réception %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the intake spool %1: %2</source>
        <translation>Impossible d&apos;ouvrir la file de réception %1 : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot use the intake spool %1: %2</source>
        <translation>Impossible d&apos;utiliser la file de réception %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+68"/>
        <location line="+13"/>
        <source>The intake spool cannot be read: %1</source>
        <translation>La file de réception ne peut pas être lue : %1</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+33"/>
        <location line="+47"/>
        <location line="+3"/>
        <location line="+21"/>
        <source>The intake spool cannot be written: %1</source>
        <translation>La file de réception ne peut pas être écrite : %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>the spooled item cannot be read (written by another version?)</source>
        <translation>l&apos;élément en file ne peut pas être lu (écrit par une autre version ?)</translation>
    </message>
</context>
<context>
    <name>desk::IntakeTokenRepository</name>
    <message>
        <location filename="../app/store/intaketokenrepository.cpp" line="+45"/>
        <source>A token needs a name of 1 to 100 characters, e.g. &quot;website contact form&quot;.</source>
        <translation>Un jeton a besoin d&apos;un nom de 1 à 100 caractères, p. ex. &quot;formulaire de contact du site&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an origin: write it as https://www.example.org</source>
        <translation>« %1 » n&apos;est pas une origine : écrivez-la sous la forme https://www.example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator adds intake tokens.</source>
        <translation>Seul un administrateur ajoute des jetons de réception.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is a token named “%1” already.</source>
        <translation>Il existe déjà un jeton nommé « %1 ».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The token was not stored.</source>
        <translation>Le jeton n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only an administrator revokes intake tokens.</source>
        <translation>Seul un administrateur révoque des jetons de réception.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No token named “%1” is in use.</source>
        <translation>Aucun jeton nommé « %1 » n&apos;est en service.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not an intake token.</source>
        <translation>Ce n&apos;est pas un jeton de réception.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The token is unknown or revoked.</source>
        <translation>Le jeton est inconnu ou révoqué.</translation>
    </message>
</context>
<context>
    <name>desk::Lifecycle</name>
    <message>
        <location filename="../app/domain/lifecycle.cpp" line="+47"/>
        <source>An incident cannot go from %1 to %2.</source>
        <translation>Un incident ne peut pas passer de %1 à %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write and submit the acknowledgement update first: customers must be told the incident is in hand.</source>
        <translation>Rédigez et soumettez d&apos;abord la mise à jour de prise en charge : les clients doivent savoir que l&apos;incident est pris en main.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write and submit the resolution update first: customers must be told it is fixed.</source>
        <translation>Rédigez et soumettez d&apos;abord la mise à jour de résolution : les clients doivent savoir que c&apos;est réparé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the root cause in the post-incident review before marking it reviewed.</source>
        <translation>Notez la cause première dans l&apos;analyse post-incident avant de le marquer analysé.</translation>
    </message>
</context>
<context>
    <name>desk::MailParser</name>
    <message>
        <location filename="../app/intake/mailparser.cpp" line="+153"/>
        <source>no sender address (From) to answer</source>
        <translation>pas d&apos;adresse d&apos;expéditeur (From) à qui répondre</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>attachment %1</source>
        <translation>pièce jointe %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[The attachment “%1” (%2 bytes) was not kept: files are kept up to 10 MiB.]</source>
        <translation>[La pièce jointe « %1 » (%2 octets) n&apos;a pas été gardée : les fichiers sont gardés jusqu&apos;à 10 Mio.]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[The attachment “%1” was not kept: a report keeps %2 files.]</source>
        <translation>[La pièce jointe « %1 » n&apos;a pas été gardée : un signalement garde %2 fichiers.]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[Part of this e-mail could not be read: %1]</source>
        <translation>[Une partie de cet e-mail n&apos;a pas pu être lue : %1]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a readable e-mail: %1</source>
        <translation>pas un e-mail lisible : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>full message.txt</source>
        <translation>message complet.txt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>[The text was longer than a report holds; all of it is in the attached “%1”.]</source>
        <translation>[Le texte était plus long que ce qu&apos;un signalement contient ; il est en entier dans la pièce jointe « %1 ».]</translation>
    </message>
</context>
<context>
    <name>desk::MailRepository</name>
    <message>
        <location filename="../app/store/mailrepository.cpp" line="+72"/>
        <source>The sender stopped during the SMTP transaction: the message may have been delivered. Check the mail server&apos;s log, then send it again or mark it sent.</source>
        <translation>L&apos;expéditeur s&apos;est arrêté pendant la transaction SMTP : le message a peut-être été remis. Consultez le journal du serveur de messagerie, puis renvoyez-le ou marquez-le envoyé.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The sender stopped answering during the SMTP transaction: the message may have been delivered. Check the mail server&apos;s log, then send it again or mark it sent.</source>
        <translation>L&apos;expéditeur a cessé de répondre pendant la transaction SMTP : le message a peut-être été remis. Consultez le journal du serveur de messagerie, puis renvoyez-le ou marquez-le envoyé.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Mail job %1 is no longer being sent by this sender.</source>
        <translation>Le message %1 n&apos;est plus envoyé par cet expéditeur.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Mail job %1 does not exist.</source>
        <translation>Le message %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only a team lead can retry, cancel or settle messages to reporters.</source>
        <translation>Seul un responsable d&apos;équipe peut relancer, annuler ou régler les messages aux auteurs des signalements.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This message is %1 now; it cannot be changed that way.</source>
        <translation>Ce message est maintenant %1 ; il ne peut pas être modifié ainsi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This message changed meanwhile; look again.</source>
        <translation>Ce message a changé entre-temps ; regardez à nouveau.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Only a team lead can hold or release an incident&apos;s messages.</source>
        <translation>Seul un responsable d&apos;équipe peut suspendre ou libérer les messages d&apos;un incident.</translation>
    </message>
</context>
<context>
    <name>desk::MailSender</name>
    <message>
        <location filename="../app/mail/mailsender.cpp" line="+137"/>
        <source>The reporter was confirmed already (%1); nothing was sent.</source>
        <translation>L&apos;auteur du signalement a déjà été confirmé (%1) ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an e-mail address; correct the report&apos;s address, then send it again.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail ; corrigez l&apos;adresse du signalement, puis renvoyez-le.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Given up after %1 attempts; the last: %2</source>
        <translation>Abandonné après %1 tentatives ; la dernière : %2</translation>
    </message>
</context>
<context>
    <name>desk::MailboxReader</name>
    <message>
        <location filename="../app/intake/mailboxreader.cpp" line="+99"/>
        <source>The mailbox %1@%2:%3 cannot be read: %4</source>
        <translation>La boîte aux lettres %1@%2:%3 ne peut pas être lue : %4</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Reading the mailbox failed: %1</source>
        <translation>La lecture de la boîte aux lettres a échoué : %1</translation>
    </message>
</context>
<context>
    <name>desk::Migrator</name>
    <message>
        <location filename="../app/store/migrator.cpp" line="+86"/>
        <source>This database was upgraded by a newer Incident Desk (schema %1; this program knows up to %2). Install the newer version of Incident Desk to use it.</source>
        <translation>Cette base de données a été mise à niveau par un Incident Desk plus récent (schéma %1 ; ce programme connaît jusqu&apos;à %2). Installez la version plus récente d&apos;Incident Desk pour l&apos;utiliser.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>La migration %1 (%2) a échoué : %3</translation>
    </message>
</context>
<context>
    <name>desk::Outbox</name>
    <message>
        <location filename="../app/store/outbox.cpp" line="+48"/>
        <source>The offline outbox on this computer cannot be written: %1</source>
        <translation>La file d&apos;attente hors ligne de cet ordinateur ne peut pas être écrite : %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cannot create the folder for the offline outbox: %1</source>
        <translation>Impossible de créer le dossier de la file hors ligne : %1</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>resolved by the user</source>
        <translation>réglé par l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown operation &apos;%1&apos; in the outbox.</source>
        <translation>Opération « %1 » inconnue dans la file hors ligne.</translation>
    </message>
</context>
<context>
    <name>desk::PasswordHash</name>
    <message>
        <location filename="../app/core/passwordhash.cpp" line="+23"/>
        <source>The crypto library failed to start.</source>
        <translation>La bibliothèque cryptographique n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not enough memory to hash the password.</source>
        <translation>Pas assez de mémoire pour hacher le mot de passe.</translation>
    </message>
</context>
<context>
    <name>desk::PublicationRepository</name>
    <message>
        <location filename="../app/store/publicationrepository.cpp" line="+136"/>
        <location line="+49"/>
        <location line="+28"/>
        <source>Only an administrator configures where updates are published.</source>
        <translation>Seul un administrateur configure où les mises à jour sont publiées.</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+49"/>
        <source>Give the target a name, e.g. “Help Center”.</source>
        <translation>Donnez un nom à la cible, p. ex. « Centre d&apos;aide ».</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The target&apos;s settings are not a JSON object: %1</source>
        <translation>Les réglages de la cible ne sont pas un objet JSON : %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+24"/>
        <source>This target was changed elsewhere; reload it.</source>
        <translation>Cette cible a été modifiée ailleurs ; rechargez-la.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Publication job %1 does not exist.</source>
        <translation>La publication %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a team lead can retry or cancel publications.</source>
        <translation>Seul un responsable d&apos;équipe peut relancer ou annuler des publications.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This publication is %1; it cannot be changed that way now.</source>
        <translation>Cette publication est %1 ; elle ne peut pas être modifiée ainsi maintenant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This publication changed meanwhile; look again.</source>
        <translation>Cette publication a changé entre-temps ; regardez à nouveau.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>The setting “%1” looks like a secret: secrets are kept in the keychain of each workstation, never in the shared database.</source>
        <translation>Le réglage « %1 » ressemble à un secret : les secrets sont gardés dans le trousseau de chaque poste, jamais dans la base partagée.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Help Center (this computer)</source>
        <translation>Centre d&apos;aide (cet ordinateur)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No Help Center has an address yet: an administrator sets it in Publications → Targets…</source>
        <translation>Aucun centre d&apos;aide n&apos;a encore d&apos;adresse : un administrateur la renseigne dans Publications → Cibles…</translation>
    </message>
    <message>
        <location line="+279"/>
        <source>Publication job %1 is gone.</source>
        <translation>La publication %1 a disparu.</translation>
    </message>
</context>
<context>
    <name>desk::PublicationRunner</name>
    <message>
        <location filename="../app/publish/publicationrunner.cpp" line="+65"/>
        <source>Waiting: the Help Center target has no WebDAV address yet; an administrator sets it.</source>
        <translation>En attente : la cible centre d&apos;aide n&apos;a pas encore d&apos;adresse WebDAV ; un administrateur la renseigne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: the Statuspage target has no page id yet; an administrator sets it.</source>
        <translation>En attente : la cible Statuspage n&apos;a pas encore d&apos;identifiant de page ; un administrateur le renseigne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: the Cachet target has no address yet; an administrator sets it.</source>
        <translation>En attente : la cible Cachet n&apos;a pas encore d&apos;adresse ; un administrateur la renseigne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: the Zendesk Guide target needs its address, section id and user; an administrator sets them.</source>
        <translation>En attente : la cible Zendesk Guide a besoin de son adresse, de l&apos;identifiant de section et de l&apos;utilisateur ; un administrateur les renseigne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: the webhook target has no address yet; an administrator sets it.</source>
        <translation>En attente : la cible webhook n&apos;a pas encore d&apos;adresse ; un administrateur la renseigne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: this workstation has no credentials for %1; an administrator enters them in Publication targets.</source>
        <translation>En attente : ce poste n&apos;a pas d&apos;identifiants pour %1 ; un administrateur les saisit dans Cibles de publication.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+32"/>
        <source>The Help Center target&apos;s WebDAV address is not a valid URL: %1</source>
        <translation>L&apos;adresse WebDAV de la cible centre d&apos;aide n&apos;est pas une URL valide : %1</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The update of this job is not published.</source>
        <translation>La mise à jour de cette tâche n&apos;est pas publiée.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Taken back: the workstation sending it stopped answering.</source>
        <translation>Reprise : le poste qui l&apos;envoyait a cessé de répondre.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Waiting: an earlier update of this incident has to reach %1 first.</source>
        <translation>En attente : une mise à jour antérieure de cet incident doit d&apos;abord atteindre %1.</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>%1 cannot be written by this program.</source>
        <translation>%1 ne peut pas être écrit par ce programme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the folder %2 can be written.</source>
        <translation>%1 : le dossier %2 peut être écrit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not answer: %2</source>
        <translation>%1 ne répond pas : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the user and password (HTTP %2).</source>
        <translation>%1 a refusé l&apos;utilisateur et le mot de passe (HTTP %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the server answered and accepted the credentials; the folder is made at the first publication.</source>
        <translation>%1 : le serveur a répondu et accepté les identifiants ; le dossier est créé à la première publication.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2 to PROPFIND.</source>
        <translation>%1 a répondu HTTP %2 à PROPFIND.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the WebDAV server answered and accepted the credentials; nothing was written.</source>
        <translation>%1 : le serveur WebDAV a répondu et accepté les identifiants ; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>desk::ReportImporter</name>
    <message>
        <location filename="../app/intake/reportimporter.cpp" line="+73"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot tell the format of %1: name it .jsonl or .csv.</source>
        <translation>Impossible de déterminer le format de %1 : nommez-le .jsonl ou .csv.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>external_ref &apos;%1&apos; already appears on line %2</source>
        <translation>external_ref « %1 » apparaît déjà ligne %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the line is not valid UTF-8 text; save the file as UTF-8</source>
        <translation>la ligne n&apos;est pas du texte UTF-8 valide ; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not valid JSON (%1 at column %2)</source>
        <translation>JSON non valide (%1 à la colonne %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the line is not a JSON object</source>
        <translation>la ligne n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is empty: a CSV import needs a header row naming its columns.</source>
        <translation>%1 est vide : un import CSV a besoin d&apos;une ligne d&apos;en-tête qui nomme ses colonnes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The CSV header has no &apos;%1&apos; column. Columns: %2.</source>
        <translation>L&apos;en-tête CSV n&apos;a pas de colonne « %1 ». Colonnes : %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a quoted field is never closed</source>
        <translation>un champ entre guillemets n&apos;est jamais fermé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs alors que l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the row is not valid UTF-8 text; save the file as UTF-8</source>
        <translation>la ligne n&apos;est pas du texte UTF-8 valide ; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>The import was cancelled: nothing of it was kept.</source>
        <translation>L&apos;import a été annulé : rien n&apos;en a été gardé.</translation>
    </message>
</context>
<context>
    <name>desk::ReportRepository</name>
    <message>
        <location filename="../app/store/reportrepository.cpp" line="+62"/>
        <source>Report %1 no longer exists; another workstation may have removed it.</source>
        <translation>Le signalement %1 n&apos;existe plus ; un autre poste l&apos;a peut-être supprimé.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>%1 claimed this report first; their claim runs until %2.</source>
        <translation>%1 a pris ce signalement en charge en premier ; sa prise en charge court jusqu&apos;à %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>You do not hold a claim on this report.</source>
        <translation>Vous n&apos;avez pas ce signalement en charge.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 holds this report; ask them or wait until their claim ends.</source>
        <translation>%1 a ce signalement en charge ; demandez-lui ou attendez la fin de sa prise en charge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this report since you opened it (it is now %1). Reload it; nothing you did was saved over theirs.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce signalement depuis que vous l&apos;avez ouvert (il est maintenant %1). Rechargez-le ; rien de ce que vous avez fait n&apos;a écrasé son travail.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A report cannot be a duplicate of itself.</source>
        <translation>Un signalement ne peut pas être un doublon de lui-même.</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>There is no report with the reference &apos;%1&apos;.</source>
        <translation>Il n&apos;y a pas de signalement de référence « %1 ».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That file is not stored with the report.</source>
        <translation>Ce fichier n&apos;est pas enregistré avec le signalement.</translation>
    </message>
</context>
<context>
    <name>desk::SecretStore</name>
    <message>
        <location filename="../app/core/secretstore.cpp" line="+70"/>
        <source>The keychain did not store the secret: %1</source>
        <translation>Le trousseau n&apos;a pas enregistré le secret : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No keychain service is running.</source>
        <translation>Aucun service de trousseau ne fonctionne.</translation>
    </message>
</context>
<context>
    <name>desk::ServiceRepository</name>
    <message>
        <location filename="../app/store/servicerepository.cpp" line="+60"/>
        <source>Someone else changed this service&apos;s status meanwhile; reload and try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié l&apos;état de ce service entre-temps ; rechargez et réessayez.</translation>
    </message>
</context>
<context>
    <name>desk::Simulation</name>
    <message>
        <location filename="../app/tools/simulation.cpp" line="+143"/>
        <source>--agents takes 1 to 500.</source>
        <translation>--agents accepte de 1 à 500.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 agents for %2 s on %3 new reports</source>
        <translation>%1 agents pendant %2 s sur %3 nouveaux signalements</translation>
    </message>
</context>
<context>
    <name>desk::SiteOptions</name>
    <message>
        <location filename="../app/publish/sitedata.cpp" line="+32"/>
        <source>The logo address %1 must start with https:// or be a path on the Help Center.</source>
        <translation>L&apos;adresse du logo %1 doit commencer par https:// ou être un chemin du centre d&apos;aide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The contact form address %1 must start with https:// (or be a mailto: address).</source>
        <translation>L&apos;adresse du formulaire de contact %1 doit commencer par https:// (ou être une adresse mailto:).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The colour %1 is not of the form #rrggbb (for example #24364b).</source>
        <translation>La couleur %1 n&apos;est pas de la forme #rrggbb (par exemple #24364b).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The time zones name a language the Help Center does not have: %1.</source>
        <translation>Les fuseaux horaires nomment une langue que le centre d&apos;aide n&apos;a pas : %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a time zone this computer knows (for %2); use a name such as Europe/Madrid or America/Mexico_City.</source>
        <translation>%1 n&apos;est pas un fuseau horaire connu de cet ordinateur (pour %2) ; utilisez un nom comme Europe/Madrid ou America/Mexico_City.</translation>
    </message>
</context>
<context>
    <name>desk::SiteTemplates</name>
    <message>
        <location filename="../app/publish/sitetemplates.cpp" line="+40"/>
        <source>The Help Center&apos;s template folder %1 does not exist.</source>
        <translation>Le dossier de modèles du centre d&apos;aide %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The Help Center template %1.mustache is missing.</source>
        <translation>Le modèle du centre d&apos;aide %1.mustache est absent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Help Center template %1 cannot be read: %2</source>
        <translation>Le modèle du centre d&apos;aide %1 est illisible : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The Help Center template %1.mustache includes a template that does not exist.</source>
        <translation>Le modèle du centre d&apos;aide %1.mustache inclut un modèle qui n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Help Center template %1.mustache cannot be read: %2</source>
        <translation>Le modèle du centre d&apos;aide %1.mustache est illisible : %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 est illisible : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a JSON object of texts: %2</source>
        <translation>%1 n&apos;est pas un objet JSON de textes : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In %1, the text %2 is not a string.</source>
        <translation>Dans %1, le texte %2 n&apos;est pas une chaîne.</translation>
    </message>
</context>
<context>
    <name>desk::SmtpSender</name>
    <message>
        <location filename="../app/mail/smtpsender.cpp" line="+98"/>
        <source>The mail server %1 refused the login %2: %3. Check the user and the password (credential smtp-password).</source>
        <translation>Le serveur de messagerie %1 a refusé l&apos;identifiant %2 : %3. Vérifiez l&apos;utilisateur et le mot de passe (identifiant smtp-password).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server %1 does not take mail now: %2</source>
        <translation>Le serveur de messagerie %1 n&apos;accepte pas de courrier pour l&apos;instant : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server %1 cannot be reached: %2</source>
        <translation>Le serveur de messagerie %1 est injoignable : %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection broke after the message was sent, before the server answered (%1): it may have been delivered.</source>
        <translation>La connexion s&apos;est rompue après l&apos;envoi du message, avant la réponse du serveur (%1) : il a peut-être été remis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the mail server broke: %1</source>
        <translation>La connexion au serveur de messagerie s&apos;est rompue : %1</translation>
    </message>
</context>
<context>
    <name>desk::SpellChecker</name>
    <message>
        <location filename="../app/compose/spellchecker.cpp" line="+118"/>
        <source>Only a single word can be added to the dictionary.</source>
        <translation>Seul un mot isolé peut être ajouté au dictionnaire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save the word in %1: %2</source>
        <translation>Impossible d&apos;enregistrer le mot dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>desk::Submission</name>
    <message>
        <location filename="../app/intake/submission.cpp" line="+81"/>
        <source>multipart/form-data needs a boundary parameter of 1 to 70 characters.</source>
        <translation>multipart/form-data a besoin d&apos;un paramètre boundary de 1 à 70 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the report as application/json, application/x-www-form-urlencoded or multipart/form-data (Content-Type was “%1”).</source>
        <translation>Envoyez le signalement en application/json, application/x-www-form-urlencoded ou multipart/form-data (le Content-Type était « %1 »).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The body is not valid UTF-8.</source>
        <translation>Le corps n&apos;est pas de l&apos;UTF-8 valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The body is not valid JSON: %1 at offset %2.</source>
        <translation>Le corps n&apos;est pas du JSON valide : %1 à la position %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The body must be one JSON object with the report&apos;s fields.</source>
        <translation>Le corps doit être un seul objet JSON avec les champs du signalement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report has %1 fields; a report has at most %2.</source>
        <translation>Le signalement a %1 champs ; un signalement en a au plus %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The form has %1 fields; a report has at most %2.</source>
        <translation>Le formulaire a %1 champs ; un signalement en a au plus %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The form is not valid UTF-8: send it with accept-charset=&quot;UTF-8&quot;.</source>
        <translation>Le formulaire n&apos;est pas de l&apos;UTF-8 valide : envoyez-le avec accept-charset=&quot;UTF-8&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The multipart body does not contain its boundary.</source>
        <translation>Le corps multipart ne contient pas sa frontière.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A multipart boundary must be followed by CRLF.</source>
        <translation>Une frontière multipart doit être suivie de CRLF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A part of the multipart body is cut off (no closing boundary).</source>
        <translation>Une partie du corps multipart est tronquée (pas de frontière de fin).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The form has more than %1 parts.</source>
        <translation>Le formulaire a plus de %1 parties.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Every part of the form needs a UTF-8 name in its Content-Disposition.</source>
        <translation>Chaque partie du formulaire a besoin d&apos;un nom UTF-8 dans son Content-Disposition.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file “%1” has %2 bytes; the limit is %3 (10 MiB).</source>
        <translation>Le fichier « %1 » fait %2 octets ; la limite est de %3 (10 Mio).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At most %1 files go with one report.</source>
        <translation>Au plus %1 fichiers accompagnent un signalement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The field “%1” is not valid UTF-8.</source>
        <translation>Le champ « %1 » n&apos;est pas de l&apos;UTF-8 valide.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 contains a NUL character</source>
        <translation>%1 contient un caractère NUL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 dépasse %2 caractères</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>external_ref is missing</source>
        <translation>external_ref manque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>external_ref is longer than 200 characters</source>
        <translation>external_ref dépasse 200 caractères</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>received_at is missing</source>
        <translation>received_at manque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>received_at &apos;%1&apos; is not an ISO 8601 date and time (e.g. 2026-03-14T09:30:00Z)</source>
        <translation>received_at « %1 » n&apos;est pas une date et heure ISO 8601 (p. ex. 2026-03-14T09:30:00Z)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>channel &apos;%1&apos; is unknown (use contact_form, email, phone or import)</source>
        <translation>canal « %1 » inconnu (utilisez contact_form, email, phone ou import)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>language &apos;%1&apos; is not supported (use it, en, fr, de or es)</source>
        <translation>la langue « %1 » n&apos;est pas prise en charge (utilisez it, en, fr, de ou es)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>both subject and body are empty</source>
        <translation>l&apos;objet et le corps sont tous deux vides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subject has %1 characters; the limit is %2</source>
        <translation>l&apos;objet fait %1 caractères ; la limite est %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>body has %1 characters; the limit is %2 (attach long logs as files instead)</source>
        <translation>le corps fait %1 caractères ; la limite est %2 (joignez plutôt les longs journaux en fichiers)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>customer_email &apos;%1&apos; is not an e-mail address</source>
        <translation>customer_email « %1 » n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>service &apos;%1&apos; is unknown (known services: %2)</source>
        <translation>service « %1 » inconnu (services connus : %2)</translation>
    </message>
</context>
<context>
    <name>desk::TriageActions</name>
    <message>
        <location filename="../app/triage/triageactions.cpp" line="+32"/>
        <source>Select one or more reports first.</source>
        <translation>Sélectionnez d&apos;abord un ou plusieurs signalements.</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Not done for %n report(s): %1</source>
        <translation>
            <numerusform>Non fait pour %n signalement : %1</numerusform>
            <numerusform>Non fait pour %n signalements : %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database cannot be reached, so this was not done. Try again when it is back.</source>
        <translation>La base de données est injoignable, donc rien n&apos;a été fait. Réessayez quand elle sera rétablie.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The database cannot be reached: %n report(s) kept on this computer, done as soon as it is back.</source>
        <translation>
            <numerusform>La base de données est injoignable : %n signalement gardé sur cet ordinateur, traité dès son retour.</numerusform>
            <numerusform>La base de données est injoignable : %n signalements gardés sur cet ordinateur, traités dès son retour.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not kept: %1</source>
        <translation>Non gardé : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Claimed %n report(s).</source>
        <translation>
            <numerusform>%n signalement pris en charge.</numerusform>
            <numerusform>%n signalements pris en charge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Released %n report(s).</source>
        <translation>
            <numerusform>%n signalement libéré.</numerusform>
            <numerusform>%n signalements libérés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Linked %n report(s).</source>
        <translation>
            <numerusform>%n signalement rattaché.</numerusform>
            <numerusform>%n signalements rattachés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Marked %n report(s) as not an incident.</source>
        <translation>
            <numerusform>%n signalement marqué comme n&apos;étant pas un incident.</numerusform>
            <numerusform>%n signalements marqués comme n&apos;étant pas un incident.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Marked %n report(s) as duplicates.</source>
        <translation>
            <numerusform>%n signalement marqué comme doublon.</numerusform>
            <numerusform>%n signalements marqués comme doublons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Created %1 and linked %n report(s).</source>
        <translation>
            <numerusform>%1 créé et %n signalement rattaché.</numerusform>
            <numerusform>%1 créé et %n signalements rattachés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database cannot be reached: the incident was not created. Try again when it is back.</source>
        <translation>La base de données est injoignable : l&apos;incident n&apos;a pas été créé. Réessayez quand elle sera rétablie.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Undone for %n report(s).</source>
        <translation>
            <numerusform>Annulé pour %n signalement.</numerusform>
            <numerusform>Annulé pour %n signalements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::UpdateDraftSession</name>
    <message>
        <location filename="../app/compose/updatedraftsession.cpp" line="+98"/>
        <source>Could not load the update: %1</source>
        <translation>Impossible de charger la mise à jour : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database cannot be reached: the update could not be loaded.</source>
        <translation>La base de données est injoignable : la mise à jour n&apos;a pas pu être chargée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offline</source>
        <extracomment>Why the draft could not be loaded: the database cannot be reached</extracomment>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Restored the text you wrote on this computer at %1, which was not saved to the team database yet.</source>
        <translation>Texte restauré, écrit sur cet ordinateur à %1 et pas encore enregistré dans la base de l&apos;équipe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 asked for changes: “%2”</source>
        <translation>%1 a demandé des modifications : « %2 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for a team lead&apos;s approval. Withdraw it to change the text.</source>
        <translation>En attente de l&apos;approbation d&apos;un responsable d&apos;équipe. Retirez-la pour modifier le texte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kept on this computer at %1</source>
        <translation>Gardé sur cet ordinateur à %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write the update in at least one language.</source>
        <translation>Rédigez la mise à jour dans au moins une langue.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The database cannot be reached. Your text is kept on this computer and goes to the team database when you save again.</source>
        <translation>La base de données est injoignable. Votre texte est gardé sur cet ordinateur et part dans la base de l&apos;équipe au prochain enregistrement.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not saved to the team database: %1 Your text is kept on this computer.</source>
        <translation>Non enregistré dans la base de l&apos;équipe : %1 Votre texte est gardé sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved to the team database at %1 · %2</source>
        <translation>Enregistré dans la base de l&apos;équipe à %1 · %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not submitted: %1</source>
        <translation>Non soumis : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submitted: a team lead will review it. You will be told of the decision.</source>
        <translation>Soumise : un responsable d&apos;équipe va la relire. Vous serez informé de la décision.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database cannot be reached: the update was saved on this computer but not submitted. Submit it again when the database is back.</source>
        <translation>La base de données est injoignable : la mise à jour a été gardée sur cet ordinateur mais pas soumise. Soumettez-la à nouveau quand la base sera rétablie.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Withdrawn: you can edit it again.</source>
        <translation>Retirée : vous pouvez de nouveau la modifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database cannot be reached: the update is still waiting for approval.</source>
        <translation>La base de données est injoignable : la mise à jour attend toujours l&apos;approbation.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The database cannot be reached: the draft was not discarded.</source>
        <translation>La base de données est injoignable : le brouillon n&apos;a pas été supprimé.</translation>
    </message>
</context>
<context>
    <name>desk::UpdateRepository</name>
    <message>
        <location filename="../app/store/updaterepository.cpp" line="+77"/>
        <location line="+120"/>
        <source>An update needs a text in at least one language.</source>
        <translation>Une mise à jour a besoin d&apos;un texte dans au moins une langue.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Update %1 does not exist.</source>
        <translation>La mise à jour %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>This update was changed elsewhere since you opened it; your text is kept, compare it with theirs.</source>
        <translation>Cette mise à jour a été modifiée ailleurs depuis que vous l&apos;avez ouverte ; votre texte est gardé, comparez-le avec l&apos;autre.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+50"/>
        <location line="+31"/>
        <source>This update was changed elsewhere since you opened it; reload it.</source>
        <translation>Cette mise à jour a été modifiée ailleurs depuis que vous l&apos;avez ouverte ; rechargez-la.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Say what should change, so the author knows what to do.</source>
        <translation>Dites ce qui doit changer, pour que l&apos;auteur sache quoi faire.</translation>
    </message>
</context>
<context>
    <name>desk::UpdateTemplates</name>
    <message>
        <location filename="../app/compose/updatetemplates.cpp" line="+34"/>
        <source>There is no %1 template in %2.</source>
        <translation>Il n&apos;y a pas de modèle %1 dans %2.</translation>
    </message>
</context>
<context>
    <name>desk::UpdateWorkflow</name>
    <message>
        <location filename="../app/domain/updateworkflow.cpp" line="+41"/>
        <source>A published update never changes; write a new update to correct it.</source>
        <translation>Une mise à jour publiée ne change jamais ; rédigez-en une nouvelle pour la corriger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The update is waiting for approval; withdraw it before editing.</source>
        <translation>La mise à jour attend l&apos;approbation ; retirez-la avant de la modifier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the author or a lead can delete an unpublished update.</source>
        <translation>Seuls l&apos;auteur ou un responsable peuvent supprimer une mise à jour non publiée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a draft or an update with requested changes can be submitted.</source>
        <translation>Seuls un brouillon ou une mise à jour avec des modifications demandées peuvent être soumis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a submitted update can be withdrawn.</source>
        <translation>Seule une mise à jour soumise peut être retirée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the author can withdraw the update.</source>
        <translation>Seul l&apos;auteur peut retirer la mise à jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a team lead can review updates.</source>
        <translation>Seul un responsable d&apos;équipe peut relire les mises à jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody reviews their own update: another lead must do it.</source>
        <translation>Personne ne relit sa propre mise à jour : un autre responsable doit le faire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a submitted update can be reviewed.</source>
        <translation>Seule une mise à jour soumise peut être relue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a team lead can publish updates.</source>
        <translation>Seul un responsable d&apos;équipe peut publier des mises à jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an approved update can be published.</source>
        <translation>Seule une mise à jour approuvée peut être publiée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown action.</source>
        <translation>Action inconnue.</translation>
    </message>
</context>
<context>
    <name>desk::UserRepository</name>
    <message>
        <location filename="../app/store/userrepository.cpp" line="+52"/>
        <source>&apos;%1&apos; is not a valid user name: use 2 to 63 lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;utilisateur valide : utilisez 2 à 63 lettres minuscules, chiffres, « . », « _ » ou « - », en commençant par une lettre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password must have at least 8 characters.</source>
        <translation>Le mot de passe doit avoir au moins 8 caractères.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A user named &apos;%1&apos; already exists.</source>
        <translation>Un utilisateur nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>There is no user named &apos;%1&apos;.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur nommé « %1 ».</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The user name or the password is not right.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe n&apos;est pas correct.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The account &apos;%1&apos; is disabled. Ask an administrator.</source>
        <translation>Le compte « %1 » est désactivé. Demandez à un administrateur.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The database role &apos;%1&apos; is not an Incident Desk user. Ask an administrator to run &apos;incident-desk-cli user add %1 --role agent&apos;.</source>
        <translation>Le rôle de base de données « %1 » n&apos;est pas un utilisateur d&apos;Incident Desk. Demandez à un administrateur d&apos;exécuter « incident-desk-cli user add %1 --role agent ».</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no user %1.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur %1.</translation>
    </message>
</context>
<context>
    <name>desk::VmimeSupport</name>
    <message>
        <location filename="../app/mail/vmimesupport.cpp" line="+150"/>
        <source>No certificate could be read from %1.</source>
        <translation>Aucun certificat n&apos;a pu être lu dans %1.</translation>
    </message>
</context>
<context>
    <name>desk::WebDavPublisher</name>
    <message>
        <location filename="../app/publish/webdavpublisher.cpp" line="+136"/>
        <source>%1 was changed on the server by someone else since the last publication; look at it before publishing over it.</source>
        <translation>%1 a été modifié sur le serveur par quelqu&apos;un d&apos;autre depuis la dernière publication ; regardez-le avant de publier par-dessus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 reads back differently from what was uploaded (HTTP %2, %3 bytes instead of %4).</source>
        <translation>%1 ne se relit pas comme ce qui a été envoyé (HTTP %2, %3 octets au lieu de %4).</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+25"/>
        <source>Creating the folder %1</source>
        <translation>Création du dossier %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading %1 back</source>
        <translation>Relecture de %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Uploading %1</source>
        <translation>Envoi de %1</translation>
    </message>
</context>
<context>
    <name>desk::cli</name>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="+112"/>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 has no Incident Desk schema yet: run &apos;incident-desk-cli db init&apos; first.</source>
        <translation>%1 n&apos;a pas encore le schéma d&apos;Incident Desk : exécutez d&apos;abord &apos;incident-desk-cli db init&apos;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Who acts (default $INCIDENT_DESK_USER). On PostgreSQL the login role.</source>
        <translation>Qui agit (par défaut $INCIDENT_DESK_USER). Sur PostgreSQL, le rôle de connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/dbcommands.cpp" line="+108"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>Lire le mot de passe sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Say who acts: --user NAME (or $INCIDENT_DESK_USER), with the password on standard input (--password-stdin) or typed at the prompt.</source>
        <translation>Indiquez qui agit : --user NOM (ou $INCIDENT_DESK_USER), avec le mot de passe sur l&apos;entrée standard (--password-stdin) ou saisi à l&apos;invite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/dbcommands.cpp" line="+49"/>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No terminal to ask for the password: pass it on standard input with --password-stdin.</source>
        <translation>Pas de terminal pour demander le mot de passe : passez-le sur l&apos;entrée standard avec --password-stdin.</translation>
    </message>
    <message>
        <location filename="../app/cli/datacommands.cpp" line="+21"/>
        <source>A .jsonl or .csv file of reports.</source>
        <translation>Un fichier .jsonl ou .csv de signalements.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import nothing if any row is bad.</source>
        <translation>N&apos;importer rien si une ligne est incorrecte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jsonl or csv (default: from the file name).</source>
        <translation>jsonl ou csv (par défaut : d&apos;après le nom du fichier).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+196"/>
        <source>Show how far it got on standard error (the default on a terminal).</source>
        <translation>Afficher la progression sur la sortie d&apos;erreur (par défaut sur un terminal).</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Imports customer reports. Columns (CSV header or JSON keys): external_ref, received_at (ISO 8601),
channel, customer_ref, customer_name, customer_email, language, subject, body, service.
Good rows go in one transaction; each bad row is listed with its line number.
Reports already imported (same external_ref) are skipped. Ctrl+C stops it and keeps nothing.
Exit status: 0 all imported, 1 nothing imported, 3 imported with rejected rows.</source>
        <translation>Importe des signalements de clients. Colonnes (en-tête CSV ou clés JSON) : external_ref, received_at (ISO 8601),
channel, customer_ref, customer_name, customer_email, language, subject, body, service.
Les lignes correctes entrent en une seule transaction ; chaque ligne incorrecte est listée avec son numéro.
Les signalements déjà importés (même external_ref) sont ignorés. Ctrl+C arrête et ne garde rien.
Code de sortie : 0 tout importé, 1 rien importé, 3 importé avec des lignes rejetées.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name the file to import.</source>
        <translation>Indiquez le fichier à importer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown format &apos;%1&apos;: use jsonl or csv.</source>
        <translation>Format « %1 » inconnu : utilisez jsonl ou csv.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 rows read, %2 %</source>
        <translation>%1 lignes lues, %2 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… and %1 more bad rows</source>
        <translation>… et %1 autres lignes incorrectes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing imported: %1 of %2 rows are bad (--strict). Fix them and run the import again.</source>
        <translation>Rien importé : %1 lignes sur %2 sont incorrectes (--strict). Corrigez-les et relancez l&apos;import.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imported %1 reports, %2 already present, %3 rejected (of %4 read)</source>
        <translation>%1 signalements importés, %2 déjà présents, %3 rejetés (sur %4 lus)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How many reports (default 2000).</source>
        <translation>Combien de signalements (par défaut 2000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (default 2026).</source>
        <translation>Graine aléatoire (par défaut 2026).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print only the summary.</source>
        <translation>N&apos;afficher que le résumé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fills the database with realistic demo data: services, users (anna, marco, sofia: agents; giulia,
luca: leads; admin; password &apos;demo-password&apos;), incidents in every state with their updates,
and reports in five languages over six weeks. Running it again adds nothing twice.</source>
        <translation>Remplit la base avec des données de démonstration réalistes : services, utilisateurs (anna, marco, sofia : agents ; giulia,
luca : responsables ; admin ; mot de passe &apos;demo-password&apos;), incidents dans chaque état avec leurs mises à jour,
et signalements en cinq langues sur six semaines. Le relancer n&apos;ajoute rien deux fois.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--reports takes a number from 0 to 50000000.</source>
        <translation>--reports accepte un nombre de 0 à 50000000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--seed takes a whole number.</source>
        <translation>--seed accepte un nombre entier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 reports</source>
        <translation>%1 sur %2 signalements</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>demo data: %1 services, %2 new users, %3 incidents, %4 published updates, %5 reports (%6 already present) in %7 s</source>
        <translation>données de démonstration : %1 services, %2 nouveaux utilisateurs, %3 incidents, %4 mises à jour publiées, %5 signalements (%6 déjà présents) en %7 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>including a year of history: %1 incidents before the last six weeks</source>
        <translation>dont une année d&apos;historique : %1 incidents avant les six dernières semaines</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no year of history: %1</source>
        <translation>pas d&apos;année d&apos;historique : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How many agents work at once (default 10).</source>
        <translation>Combien d&apos;agents travaillent en même temps (par défaut 10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For how many seconds (default 60).</source>
        <translation>Pendant combien de secondes (par défaut 60).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Headless agents claim, link and edit on the database at once, each on its own connection, then the run is checked:
double claims and lost updates must be 0. Adds simulated reports and incidents: use a test database.</source>
        <translation>Des agents sans interface prennent en charge, rattachent et modifient dans la base en même temps, chacun sur sa connexion, puis l&apos;essai est vérifié :
les doubles prises en charge et les mises à jour perdues doivent être 0. Ajoute des signalements et incidents simulés : utilisez une base de test.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--agents and --duration take positive whole numbers.</source>
        <translation>--agents et --duration acceptent des nombres entiers positifs.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>operations: %1 (%2 per second)</source>
        <translation>opérations : %1 (%2 par seconde)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>conflicts met: %1</source>
        <translation>conflits rencontrés : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>double claims: %1</source>
        <translation>doubles prises en charge : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost updates: %1</source>
        <translation>mises à jour perdues : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other errors: %1</source>
        <translation>autres erreurs : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>confirmations | acknowledgements</source>
        <translation>confirmations | acknowledgements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The incident, e.g. INC-2026-0042.</source>
        <translation>L&apos;incident, p. ex. INC-2026-0042.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf, eml, csv, comma-separated (default all); pdf-each or pdf-combined for one kind of PDF.</source>
        <translation>pdf, eml, csv, séparés par des virgules (par défaut tous) ; pdf-each ou pdf-combined pour un seul type de PDF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder to write to.</source>
        <translation>Le dossier où écrire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the CSV with a byte order mark (for spreadsheet programs).</source>
        <translation>Commencer le CSV par une marque d&apos;ordre des octets (pour les tableurs).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team&apos;s address (default support@example.org).</source>
        <translation>L&apos;adresse de l&apos;équipe (par défaut support@example.org).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team&apos;s name (default Customer Service).</source>
        <translation>Le nom de l&apos;équipe (par défaut Customer Service).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Help Center&apos;s incident pages (default: the Help Center target&apos;s baseUrl).</source>
        <translation>Les pages d&apos;incident du centre d&apos;aide (par défaut : le baseUrl de la cible centre d&apos;aide).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every linked report, also those confirmed before.</source>
        <translation>Chaque signalement rattaché, même ceux déjà confirmés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writes every reporter&apos;s resolution confirmation (or acknowledgement notice) in their own language:
a PDF each, one PDF with a page per reporter, an .eml each, and a CSV for mail merge.
Exported reports are marked confirmed; a failed or cancelled export leaves no file and marks nothing;
so does Ctrl+C.</source>
        <translation>Écrit la confirmation de résolution (ou l&apos;avis de prise en charge) de chaque auteur dans sa langue :
un PDF chacun, un PDF avec une page par auteur, un .eml chacun et un CSV pour le publipostage.
Les signalements exportés sont marqués confirmés ; un export échoué ou annulé ne laisse aucun fichier et ne marque rien ;
de même avec Ctrl+C.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say what to export: confirmations or acknowledgements.</source>
        <translation>Indiquez quoi exporter : confirmations ou acknowledgements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--incident and --out are needed.</source>
        <translation>--incident et --out sont nécessaires.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown format &apos;%1&apos;: use pdf, eml, csv.</source>
        <translation>Format « %1 » inconnu : utilisez pdf, eml, csv.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 of %2 reporters</source>
        <translation>%1 sur %2 auteurs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cancelled: no file was written and no report was marked.</source>
        <translation>annulé : aucun fichier n&apos;a été écrit et aucun signalement n&apos;a été marqué.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exported before: %1</source>
        <translation>exporté auparavant : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: %1</source>
        <translation>attention : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped: %1</source>
        <translation>ignoré : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 report(s) exported, %2 file(s) written to %3</source>
        <translation>%1 signalement(s) exporté(s), %2 fichier(s) écrit(s) dans %3</translation>
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
        <translation>Crée, met à niveau ou décrit la base de données.
  init     crée le schéma (sur PostgreSQL aussi les rôles de groupe desk_agent, desk_lead, desk_admin ;
           lancez-le avec un rôle qui peut créer des rôles)
  migrate  applique les migrations que ce programme contient
  status   affiche la version du schéma et ce que contient la base</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say what to do: db init, db migrate or db status.</source>
        <translation>Indiquez quoi faire : db init, db migrate ou db status.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>database: %1 (%2)</source>
        <translation>base de données : %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schema: %1 of %2</source>
        <translation>schéma : %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database was upgraded by a newer Incident Desk; install the newer version.</source>
        <translation>Cette base a été mise à niveau par un Incident Desk plus récent ; installez la version plus récente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pending migrations: %1 (run &apos;incident-desk-cli db migrate&apos;)</source>
        <translation>migrations en attente : %1 (lancez &apos;incident-desk-cli db migrate&apos;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/cli/incidentcommands.cpp" line="+90"/>
        <source>reports</source>
        <translation>signalements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updates</source>
        <translation>mises à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>users</source>
        <translation>utilisateurs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>schema is at version %1 (%2 migrations applied)</source>
        <translation>le schéma est en version %1 (%2 migrations appliquées)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next: create the first administrator with &apos;incident-desk-cli user add NAME --role admin&apos;.</source>
        <translation>Ensuite : créez le premier administrateur avec &apos;incident-desk-cli user add NOM --role admin&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add | list | email</source>
        <translation>add | list | email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login name (add, email)</source>
        <translation>identifiant (add, email)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agent, lead or admin.</source>
        <translation>agent, lead ou admin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name shown in the app.</source>
        <translation>Nom complet affiché dans l&apos;application.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the service&apos;s warnings reach this person (add; email NAME --email ADDRESS, empty for none).</source>
        <translation>Où les alertes du service atteignent cette personne (add ; email NOM --email ADRESSE, vide pour aucune).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adds or lists the people who work in the desk, or sets where the service writes to them. On PostgreSQL &apos;add&apos; also creates the login role
and makes it a member of desk_agent, desk_lead or desk_admin.</source>
        <translation>Ajoute ou liste les personnes qui travaillent dans le desk, ou règle où le service leur écrit. Sur PostgreSQL, &apos;add&apos; crée aussi le rôle de connexion
et le rend membre de desk_agent, desk_lead ou desk_admin.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: incident-desk-cli user email NAME --email ADDRESS</source>
        <translation>Utilisation : incident-desk-cli user email NOM --email ADRESSE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 gets no e-mail from the service</source>
        <translation>%1 ne reçoit pas d&apos;e-mail du service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gets the service&apos;s warnings at %2</source>
        <translation>%1 reçoit les alertes du service à %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: incident-desk-cli user add NAME --role agent|lead|admin</source>
        <translation>Utilisation : incident-desk-cli user add NOM --role agent|lead|admin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown role &apos;%1&apos;: use agent, lead or admin.</source>
        <translation>Rôle « %1 » inconnu : utilisez agent, lead ou admin.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>added %1 as %2</source>
        <translation>%1 ajouté comme %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verify | tail</source>
        <translation>verify | tail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks the audit log&apos;s hash chain (verify) or prints its latest entries (tail).</source>
        <translation>Vérifie la chaîne de hachage du journal d&apos;audit (verify) ou affiche ses dernières entrées (tail).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the audit log was tampered with: the chain breaks at entry %1</source>
        <translation>le journal d&apos;audit a été falsifié : la chaîne se rompt à l&apos;entrée %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>audit log intact: %n entries checked</source>
        <translation>
            <numerusform>journal d&apos;audit intact : %n entrée vérifiée</numerusform>
            <numerusform>journal d&apos;audit intact : %n entrées vérifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>audit log intact: %1 entries checked</source>
        <translation type="vanished">journal d&apos;audit intact : %1 entrées vérifiées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add KIND NAME | list | set ID|NAME | test ID|NAME | enable ID | disable ID</source>
        <translation>add TYPE NOM | list | set ID|NOM | test ID|NOM | enable ID | disable ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target&apos;s settings as a JSON object (no secrets: they go to the keychain).</source>
        <translation>Les réglages de la cible sous forme d&apos;objet JSON (pas de secrets : ils vont dans le trousseau).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With set: the target&apos;s new name.</source>
        <translation>Avec set : le nouveau nom de la cible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With test: a file holding the target&apos;s secret (otherwise the credential target-ID in $CREDENTIALS_DIRECTORY, if any).</source>
        <translation>Avec test : un fichier contenant le secret de la cible (sinon l&apos;identifiant target-ID dans $CREDENTIALS_DIRECTORY, s&apos;il existe).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where published updates go. KIND is helpcenter, statuspage, cachet, zendesk or webhook. Each published update gets one job per enabled target.</source>
        <translation>Où vont les mises à jour publiées. TYPE vaut helpcenter, statuspage, cachet, zendesk ou webhook. Chaque mise à jour publiée reçoit une tâche par cible activée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Say the kind (helpcenter, statuspage, cachet, zendesk, webhook) and a name.</source>
        <translation>Indiquez le type (helpcenter, statuspage, cachet, zendesk, webhook) et un nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added target %1: %2 (%3)</source>
        <translation>cible %1 ajoutée : %2 (%3)</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+21"/>
        <location line="+18"/>
        <source>There is no target &apos;%1&apos;; see `target list`.</source>
        <translation>Il n&apos;y a pas de cible « %1 » ; voir `target list`.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Say what to change: --name NEW, --config JSON, or both.</source>
        <translation>Indiquez quoi changer : --name NOUVEAU, --config JSON, ou les deux.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>target %1: %2 (%3) %4</source>
        <translation>cible %1 : %2 (%3) %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/cli/incidentcommands.cpp" line="+134"/>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown action &apos;%1&apos;: use add, list, set, test, enable or disable.</source>
        <translation>Action « %1 » inconnue : utilisez add, list, set, test, enable ou disable.</translation>
    </message>
    <message>
        <location filename="../app/cli/incidentcommands.cpp" line="-206"/>
        <source>The title customers read.</source>
        <translation>Le titre que lisent les clients.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened.</source>
        <translation>Ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What customers cannot do on the site.</source>
        <translation>Ce que les clients ne peuvent pas faire sur le site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none, minor (default), major or critical.</source>
        <translation>none, minor (par défaut), major ou critical.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An affected service (its key; may repeat).</source>
        <translation>Un service concerné (sa clé ; peut être répété).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports that make the incident, linked to it at once (numbers, comma-separated).</source>
        <translation>Signalements qui forment l&apos;incident, rattachés aussitôt (numéros séparés par des virgules).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports to link (link; numbers, comma-separated).</source>
        <translation>Signalements à rattacher (link ; numéros séparés par des virgules).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only incidents not yet resolved (list).</source>
        <translation>Seulement les incidents pas encore résolus (list).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse (exit 6) when the incident changed since this version (move-to).</source>
        <translation>Refuser (sortie 6) si l&apos;incident a changé depuis cette version (move-to).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/reportcommands.cpp" line="+85"/>
        <location filename="../app/cli/updatecommands.cpp" line="+36"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Report %1 already belongs to incident %2; move it from there in the app.</source>
        <translation>Le signalement %1 appartient déjà à l&apos;incident %2 ; déplacez-le depuis celui-ci dans l&apos;application.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impact</source>
        <translation>impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services</source>
        <translation>services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 from %2 customers</source>
        <translation>%1 de %2 clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impact on the site</source>
        <translation>impact sur le site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/updatecommands.cpp" line="+17"/>
        <location line="+168"/>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Impact is none, minor, major or critical.</source>
        <translation>L&apos;impact vaut none, minor, major ou critical.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>create | list | show REF | link REF | move-to REF STATE</source>
        <translation>create | list | show RÉF | link RÉF | move-to RÉF ÉTAT</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Creates incidents (from reports), lists and shows them, links reports to them and moves them along their lifecycle
(reported, acknowledged, investigating, identified, monitoring, resolved, reviewed, closed) with the same rules as the app.
REF is the reference (INC-2026-0042) or the number.</source>
        <translation>Crée des incidents (à partir de signalements), les liste et les affiche, leur rattache des signalements et les fait avancer dans leur cycle de vie
(reported, acknowledged, investigating, identified, monitoring, resolved, reviewed, closed) avec les mêmes règles que l&apos;application.
RÉF est la référence (INC-2026-0042) ou le numéro.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say what to do: incident create, list, show REF, link REF --reports IDS or move-to REF STATE.</source>
        <translation>Indiquez quoi faire : incident create, list, show RÉF, link RÉF --reports ID ou move-to RÉF ÉTAT.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the incident (and for move-to the state): incident %1 REF%2.</source>
        <translation>Indiquez l&apos;incident (et pour move-to l&apos;état) : incident %1 RÉF%2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Say which reports: --reports 12,13.</source>
        <translation>Indiquez quels signalements : --reports 12,13.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n report(s) linked to %1</source>
        <translation>
            <numerusform>%n signalement rattaché à %1</numerusform>
            <numerusform>%n signalements rattachés à %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown state &apos;%1&apos;.</source>
        <translation>État « %1 » inconnu.</translation>
    </message>
    <message>
        <location filename="../app/cli/intakecommands.cpp" line="+15"/>
        <source>token add NAME | token list | token revoke NAME</source>
        <translation>token add NOM | token list | token revoke NOM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A site a public browser form may be posted from, e.g. https://www.example.org (repeat for several).</source>
        <translation>Un site depuis lequel un formulaire public peut être envoyé, p. ex. https://www.example.org (répétez pour plusieurs).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tokens for the service&apos;s report endpoint: each web form or sending system gets its own, so it can be revoked alone. Only the token&apos;s SHA-256 is stored; the token is shown once.</source>
        <translation>Jetons pour le point d&apos;entrée des signalements du service : chaque formulaire web ou système émetteur a le sien, pour pouvoir le révoquer seul. Seul le SHA-256 du jeton est gardé ; le jeton n&apos;est affiché qu&apos;une fois.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say what: intake token add|list|revoke.</source>
        <translation>Indiquez quoi : intake token add|list|revoke.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the token a name, e.g. intake token add &quot;website contact form&quot;.</source>
        <translation>Donnez un nom au jeton, p. ex. intake token add &quot;formulaire de contact du site&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token “%1” added. It is shown only now: keep it in the form&apos;s or the sender&apos;s settings.</source>
        <translation>Jeton « %1 » ajouté. Il n&apos;est affiché que maintenant : gardez-le dans les réglages du formulaire ou de l&apos;émetteur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in use</source>
        <translation>en service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never used</source>
        <translation>jamais utilisé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token “%1” revoked: the endpoint refuses it from now on.</source>
        <translation>Jeton « %1 » révoqué : le point d&apos;entrée le refuse désormais.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown action &apos;%1&apos;: use add, list or revoke.</source>
        <translation>Action « %1 » inconnue : utilisez add, list ou revoke.</translation>
    </message>
    <message>
        <location filename="../app/cli/lifecyclesupport.cpp" line="+136"/>
        <source>&apos;%1&apos; is not a %2 number.</source>
        <translation>« %1 » n&apos;est pas un numéro de %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/reportcommands.cpp" line="-48"/>
        <location line="+14"/>
        <source>report</source>
        <translation>signalement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name the incident: its reference (INC-2026-0042) or its number.</source>
        <translation>Indiquez l&apos;incident : sa référence (INC-2026-0042) ou son numéro.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give each text as LANGUAGE=FILE, e.g. --body en=update.md --body it=- (languages: it, en, fr, de, es; - is standard input), not &apos;%1&apos;.</source>
        <translation>Donnez chaque texte sous la forme LANGUE=FICHIER, p. ex. --body en=update.md --body it=- (langues : it, en, fr, de, es ; - est l&apos;entrée standard), pas « %1 ».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only one text can come from standard input.</source>
        <translation>Un seul texte peut venir de l&apos;entrée standard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 text on standard input is not UTF-8.</source>
        <translation>Le texte %1 sur l&apos;entrée standard n&apos;est pas en UTF-8.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The %1 text is not UTF-8: save it as UTF-8 and try again.</source>
        <translation>Le texte %1 n&apos;est pas en UTF-8 : enregistrez-le en UTF-8 et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 text is longer than %2 characters; nobody reads an update that long.</source>
        <translation>Le texte %1 dépasse %2 caractères ; personne ne lit une mise à jour aussi longue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 text is empty (to remove a language when editing, write %1= with nothing after it).</source>
        <translation>Le texte %1 est vide (pour retirer une langue en modification, écrivez %1= sans rien après).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--expect-version takes the version number that &apos;show&apos; printed.</source>
        <translation>--expect-version accepte le numéro de version affiché par &apos;show&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/metricscommands.cpp" line="+20"/>
        <source>%1 min (90%: %2)</source>
        <translation>%1 min (90 % : %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>First day of the period (YYYY-MM-DD; default: 30 days ago).</source>
        <translation>Premier jour de la période (AAAA-MM-JJ ; par défaut : il y a 30 jours).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day of the period, included (YYYY-MM-DD; default: today).</source>
        <translation>Dernier jour de la période, inclus (AAAA-MM-JJ ; par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group by week, month, service, impact or language.</source>
        <translation>Grouper par week, month, service, impact ou language.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only incidents of this service (its key).</source>
        <translation>Seulement les incidents de ce service (sa clé).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only incidents of this impact (none, minor, major, critical).</source>
        <translation>Seulement les incidents de cet impact (none, minor, major, critical).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only incidents whose first report is in this language.</source>
        <translation>Seulement les incidents dont le premier signalement est dans cette langue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days after the resolution the review is due (default 5).</source>
        <translation>Jours après la résolution où l&apos;analyse est due (par défaut 5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON: the groups and every missed update.</source>
        <translation>Afficher du JSON : les groupes et chaque mise à jour manquée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print CSV of the groups.</source>
        <translation>Afficher le CSV des groupes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print CSV of the missed updates instead.</source>
        <translation>Afficher plutôt le CSV des mises à jour manquées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether the promises were kept: time to acknowledge and to describe the impact, updates delivered on time, approval delays, time to resolve, confirmations, reviews and preventive actions. Times count from the moment the Help Center confirmed an update.</source>
        <translation>Si les engagements ont été tenus : délai de prise en charge et de description de l&apos;impact, mises à jour livrées à l&apos;heure, délais d&apos;approbation, délai de résolution, confirmations, analyses et actions préventives. Les délais comptent à partir du moment où le centre d&apos;aide a confirmé une mise à jour.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give dates as YYYY-MM-DD, e.g. --from 2026-01-01 --to 2026-12-31.</source>
        <translation>Donnez les dates sous la forme AAAA-MM-JJ, p. ex. --from 2026-01-01 --to 2026-12-31.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Group by week, month, service, impact or language, not &apos;%1&apos;.</source>
        <translation>Groupez par week, month, service, impact ou language, pas « %1 ».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--review-days takes a number of days.</source>
        <translation>--review-days accepte un nombre de jours.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Promises kept from %1 to %2</source>
        <translation>Engagements tenus du %1 au %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents: %1 · reports: %2 · customers: %3</source>
        <translation>Incidents : %1 · signalements : %2 · clients : %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time to acknowledge: %1</source>
        <translation>Délai de prise en charge : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to describe the impact: %1</source>
        <translation>Délai pour décrire l&apos;impact : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily updates on time: %1</source>
        <translation>Mises à jour quotidiennes à l&apos;heure : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval delay: %1 · sent back for changes: %2</source>
        <translation>Délai d&apos;approbation : %1 · renvoyées pour modifications : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to resolve: %1</source>
        <translation>Délai de résolution : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporters confirmed: %1 · after the resolution: %2</source>
        <translation>Auteurs confirmés : %1 · après la résolution : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reviews within %n day(s): %1</source>
        <translation>
            <numerusform>Analyses sous %n jour : %1</numerusform>
            <numerusform>Analyses sous %n jours : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews within %1 days: %2</source>
        <translation type="vanished">Analyses sous %1 jours : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preventive actions: %1 open (%2 overdue), %3 done</source>
        <translation>Actions préventives : %1 ouvertes (%2 en retard), %3 faites</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missed updates: %1</source>
        <translation>Mises à jour manquées : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due %1, %2, %3 h late</source>
        <translation>due %1, %2, %3 h de retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered %1</source>
        <translation>livrée %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not delivered</source>
        <translation>non livrée</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="-23"/>
        <source>Unknown %1 &apos;%2&apos;.</source>
        <translation>%1 « %2 » inconnu.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <location line="-44"/>
        <source> (incident %1)</source>
        <translation> (incident %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>subject</source>
        <translation>objet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>list | show ID</source>
        <translation>list | show ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only these statuses (new, claimed, linked, not_incident, duplicate, closed; comma-separated).</source>
        <translation>Seulement ces états (new, claimed, linked, not_incident, duplicate, closed ; séparés par des virgules).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only this service (its key; may repeat).</source>
        <translation>Seulement ce service (sa clé ; peut être répété).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this channel (contact_form, email, phone, import).</source>
        <translation>Seulement ce canal (contact_form, email, phone, import).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only reports with these words.</source>
        <translation>Seulement les signalements contenant ces mots.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most this many, newest first (default 50).</source>
        <translation>Au plus autant, les plus récents d&apos;abord (par défaut 50).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists the reports as the triage queue shows them, or shows one whole. Tab-separated columns: number, received, status, channel, language, service, incident, customer, subject.</source>
        <translation>Liste les signalements comme la file de tri les montre, ou en affiche un en entier. Colonnes séparées par des tabulations : numéro, reçu, état, canal, langue, service, incident, client, objet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say what to do: report list, or report show ID.</source>
        <translation>Indiquez quoi faire : report list, ou report show ID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--limit takes a number of reports.</source>
        <translation>--limit accepte un nombre de signalements.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommands.cpp" line="-201"/>
        <source>acknowledgement, impact, progress (default), resolution or postmortem (draft).</source>
        <translation>acknowledgement, impact, progress (par défaut), resolution ou postmortem (draft).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A text as LANGUAGE=FILE (it, en, fr, de, es; FILE - is standard input; may repeat). On edit, LANGUAGE= removes that language.</source>
        <translation>Un texte sous la forme LANGUE=FICHIER (it, en, fr, de, es ; FICHIER - est l&apos;entrée standard ; peut être répété). En modification, LANGUE= retire cette langue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to change (request-changes).</source>
        <translation>Ce qu&apos;il faut changer (request-changes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this incident&apos;s updates (list).</source>
        <translation>Seulement les mises à jour de cet incident (list).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only these statuses (draft, submitted, approved, changes_requested, published; comma-separated; list).</source>
        <translation>Seulement ces états (draft, submitted, approved, changes_requested, published ; séparés par des virgules ; list).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refuse (exit 6) when the update changed since this version.</source>
        <translation>Refuser (sortie 6) si la mise à jour a changé depuis cette version.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reviewed by</source>
        <translation>relue par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review comment</source>
        <translation>commentaire de relecture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>publication</source>
        <translation>publication</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown status &apos;%1&apos;.</source>
        <translation>État « %1 » inconnu.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The kind is acknowledgement, impact, progress, resolution or postmortem.</source>
        <translation>Le type vaut acknowledgement, impact, progress, resolution ou postmortem.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the update&apos;s text: --body en=FILE (and more languages the same way).</source>
        <translation>Donnez le texte de la mise à jour : --body en=FICHIER (et d&apos;autres langues de la même façon).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Say what changes: --body en=FILE, or en= to remove a language.</source>
        <translation>Indiquez ce qui change : --body en=FICHIER, ou en= pour retirer une langue.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Say what should change: --comment TEXT.</source>
        <translation>Indiquez ce qui doit changer : --comment TEXTE.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>update %1 is %2</source>
        <translation>la mise à jour %1 est %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>draft REF | edit ID | submit ID | withdraw ID | approve ID | request-changes ID | publish ID | list | show ID</source>
        <translation>draft RÉF | edit ID | submit ID | withdraw ID | approve ID | request-changes ID | publish ID | list | show ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writes and reviews the public updates of an incident with the same rules as the app: an agent drafts and submits,
another lead approves or asks for changes, a lead publishes (the Help Center and other targets then get it
from the service or the app). &apos;draft&apos; prints the new update&apos;s number.</source>
        <translation>Rédige et relit les mises à jour publiques d&apos;un incident avec les mêmes règles que l&apos;application : un agent rédige et soumet,
un autre responsable approuve ou demande des modifications, un responsable publie (le centre d&apos;aide et les autres cibles la reçoivent ensuite
du service ou de l&apos;application). &apos;draft&apos; affiche le numéro de la nouvelle mise à jour.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Say what to do: update draft REF, edit ID, submit ID, withdraw ID, approve ID, request-changes ID, publish ID, list or show ID.</source>
        <translation>Indiquez quoi faire : update draft RÉF, edit ID, submit ID, withdraw ID, approve ID, request-changes ID, publish ID, list ou show ID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the incident: update draft REF --body en=FILE.</source>
        <translation>Indiquez l&apos;incident : update draft RÉF --body en=FICHIER.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the update&apos;s number: update %1 ID.</source>
        <translation>Donnez le numéro de la mise à jour : update %1 ID.</translation>
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
        <translation>Utilisation : incident-desk-cli [--database FICHIER|postgresql://utilisateur@hôte:port/base] COMMANDE [options]

Commandes (chacune accepte --help) :
  db init|migrate|status   créer, mettre à niveau ou décrire la base
  user add NOM --role R    ajouter un agent, un responsable ou un administrateur ; user list ; user email NOM --email A
  import FICHIER           importer des signalements depuis JSON Lines ou CSV
  demo --reports N         remplir la base avec des données de démonstration réalistes
  audit verify|tail        vérifier ou afficher le journal d&apos;audit
  target add|list|set      où vont les mises à jour publiées (centre d&apos;aide, Statuspage, …)
  simulate --agents N      de nombreux agents sur une même base ; vérifie que rien ne se perd
  export confirmations     confirmations de résolution (PDF, EML, CSV) pour les auteurs d&apos;un incident
  export acknowledgements  la même chose pour l&apos;avis de prise en charge
  intake token add|list|revoke  jetons pour le point d&apos;entrée des signalements du service
  metrics [--from D --to D]     si les engagements ont été tenus (--json, --csv)

En agissant comme une personne (--user NOM avec --password-stdin sur SQLite ; le rôle de connexion sur PostgreSQL) :
  report list|show ID      la file de tri (--status, --service, --search, --json)
  incident create|list|show|link|move-to   des incidents à partir de signalements, au fil de leur cycle de vie
  update draft|edit|submit|withdraw|approve|request-changes|publish|list|show
                           les mises à jour publiques avec la règle des quatre yeux (--body en=FICHIER, --json)

La base (--database, avant ou après la commande) est par défaut $INCIDENT_DESK_DATABASE, sinon le
fichier SQLite intégré dans votre dossier de données. --version affiche la version.

Codes de sortie : 0 fait ; 1 échec (le message dit pourquoi) ; 2 mauvaise utilisation ; 3 fait en partie (p. ex. lignes refusées) ;
4 introuvable ; 5 refusé (la politique, votre rôle, ou sur SQLite un mauvais mot de passe ; un serveur PostgreSQL qui
refuse la connexion donne 1) ; 6 modifié par quelqu&apos;un d&apos;autre depuis la lecture (relisez et réessayez).
</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Commande « %1 » inconnue.</translation>
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
        <translation>En attente depuis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
</context>
<context>
    <name>desk::ui::ApprovalsPage</name>
    <message>
        <location filename="../ui/compose/approvalspage.cpp" line="+25"/>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing is waiting for approval.</source>
        <translation>Rien n&apos;attend d&apos;approbation.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n update(s) waiting for your decision</source>
        <translation>
            <numerusform>%n mise à jour attend votre décision</numerusform>
            <numerusform>%n mises à jour attendent votre décision</numerusform>
        </translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request changes…</source>
        <translation>Demander des modifications…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open incident</source>
        <translation>Ouvrir l&apos;incident</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes since the last published update</source>
        <translation>Modifications depuis la dernière mise à jour publiée</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n approved, ready to publish</source>
        <translation>
            <numerusform>%n approuvée, prête à publier</numerusform>
            <numerusform>%n approuvées, prêtes à publier</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only team leads approve updates; you can follow yours here.</source>
        <translation>Seuls les responsables d&apos;équipe approuvent les mises à jour ; vous pouvez suivre les vôtres ici.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select an update to read it.</source>
        <translation>Sélectionnez une mise à jour pour la lire.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 update for %2 — %3, by %4</source>
        <translation>Mise à jour %1 pour %2 — %3, par %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 asked for changes: “%2”</source>
        <translation>%1 a demandé des modifications : « %2 »</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing has been published in %1 for this incident yet: everything is new.</source>
        <translation>Rien n&apos;a encore été publié en %1 pour cet incident : tout est nouveau.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No publication target is configured yet: ask an administrator to add the Help Center.</source>
        <translation>Aucune cible de publication n&apos;est encore configurée : demandez à un administrateur d&apos;ajouter le centre d&apos;aide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued for: %1.</source>
        <translation>En file pour : %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Approved.</source>
        <translation>Approuvée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes requested: the author sees your comment.</source>
        <translation>Modifications demandées : l&apos;auteur voit votre commentaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should the author change?</source>
        <translation>Que doit changer l&apos;auteur ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say what should change, so the author knows what to do.</source>
        <translation>Dites ce qui doit changer, pour que l&apos;auteur sache quoi faire.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Published.</source>
        <translation>Publiée.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The database cannot be reached, so nothing was decided. Try again when it is back.</source>
        <translation>La base de données est injoignable, donc rien n&apos;a été décidé. Réessayez quand elle sera rétablie.</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>The update under review</source>
        <translation>La mise à jour en cours de relecture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its languages</source>
        <translation>Ses langues</translation>
    </message>
</context>
<context>
    <name>desk::ui::Banner</name>
    <message>
        <location filename="../ui/widgets/banner.cpp" line="+35"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notice</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>desk::ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/shell/connectiondialog.cpp" line="+15"/>
        <source>Use it when the server offers it</source>
        <translation>L&apos;utiliser quand le serveur le propose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required, and check the server&apos;s certificate</source>
        <translation>Obligatoire, avec vérification du certificat du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off (trusted local network only)</source>
        <translation>Désactivé (réseau local de confiance uniquement)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team server</source>
        <translation>Serveur de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No system keychain is running: the password is kept for this session only</source>
        <translation>Aucun trousseau système ne fonctionne : le mot de passe est gardé pour cette session seulement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the server and your user name.</source>
        <translation>Indiquez le serveur et votre nom d&apos;utilisateur.</translation>
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
        <translation>Période</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any impact</source>
        <translation>Tout impact</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="vanished">Critique</translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="vanished">Majeur</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="vanished">Mineur</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Impact level filter: incidents that affected no customer</extracomment>
        <translation type="vanished">Aucun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review within </source>
        <translation>Analyse sous </translation>
    </message>
    <message>
        <source> days</source>
        <translation type="vanished"> jours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days after the resolution the review is due</source>
        <translation>Jours après la résolution où l&apos;analyse est due</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+385"/>
        <location line="+12"/>
        <source>Export</source>
        <extracomment>Button (verb): save the dashboard&apos;s figures to a file</extracomment>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="-393"/>
        <source>Metrics as CSV…</source>
        <translation>Indicateurs en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed updates as CSV…</source>
        <translation>Mises à jour manquées en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report for management (PDF)…</source>
        <translation>Rapport pour la direction (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+249"/>
        <source>Time to acknowledge</source>
        <translation>Délai de prise en charge</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+250"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+60"/>
        <source>Daily updates on time</source>
        <translation>Mises à jour quotidiennes à l&apos;heure</translation>
    </message>
    <message>
        <location line="-249"/>
        <location line="+251"/>
        <source>Approval delay</source>
        <translation>Délai d&apos;approbation</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+256"/>
        <location line="+160"/>
        <source>Preventive actions</source>
        <translation>Actions préventives</translation>
    </message>
    <message>
        <location line="-414"/>
        <source>&lt;b&gt;Worst misses of the period&lt;/b&gt; — double-click to open the incident</source>
        <translation>&lt;b&gt;Pires manquements de la période&lt;/b&gt; — double-cliquez pour ouvrir l&apos;incident</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Worst misses of the period</source>
        <translation>Pires manquements de la période</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source> day(s)</source>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the figures behind the chart as a table</source>
        <translation>Afficher les chiffres du graphique sous forme de tableau</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (table)</source>
        <translation>%1 (tableau)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not compute the metrics: %1</source>
        <translation>Impossible de calculer les indicateurs : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The team database cannot be reached; the figures shown may be old.</source>
        <translation>La base de données de l&apos;équipe est injoignable ; les chiffres affichés peuvent être anciens.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>90%: %1</source>
        <translation>90 % : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no incident</source>
        <translation>aucun incident</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n missed</source>
        <translation>
            <numerusform>%n manquée</numerusform>
            <numerusform>%n manquées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent back</source>
        <translation>%1 renvoyées</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+5"/>
        <source>Reporters confirmed</source>
        <translation>Auteurs confirmés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after %1</source>
        <translation>après %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews on time</source>
        <translation>Analyses à l&apos;heure</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>within %n days</source>
        <translation>
            <numerusform>sous %n jour</numerusform>
            <numerusform>sous %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n ouverte</numerusform>
            <numerusform>%n ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <location line="+173"/>
        <source>%n incident(s) opened in the period</source>
        <translation>
            <numerusform>%n incident ouvert sur la période</numerusform>
            <numerusform>%n incidents ouverts sur la période</numerusform>
        </translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median (h)</source>
        <translation>Médiane (h)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90th percentile (h)</source>
        <translation>90e centile (h)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>On time</source>
        <extracomment>Chart series: daily updates published on time</extracomment>
        <translation>À l&apos;heure</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+28"/>
        <source>Missed</source>
        <extracomment>Chart series: daily updates published late or not at all</extracomment>
        <translation>Manquée</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>updates due</source>
        <translation>mises à jour dues</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+73"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+7"/>
        <source>Due</source>
        <translation>Dues</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>On time (%)</source>
        <translation>À l&apos;heure (%)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>≤ 15 m</source>
        <extracomment>Approval delay buckets on a narrow chart axis: m = minutes, h = hours.</extracomment>
        <translation>≤ 15 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>15–30 m</source>
        <translation>15–30 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30–60 m</source>
        <translation>30–60 min</translation>
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
        <translation>Mises à jour approuvées</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Waited for approval</source>
        <translation>Attente d&apos;approbation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open, on time</source>
        <translation>Ouvertes, dans les temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+9"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="-9"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+1"/>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+0"/>
        <source>Late (h)</source>
        <translation>Retard (h)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Computing the metrics…</source>
        <translation>Calcul des indicateurs…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>whole period</source>
        <translation>toute la période</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>promise-report.pdf</source>
        <translation>rapport-engagements.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missed-updates.csv</source>
        <translation>mises-a-jour-manquees.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>promise-metrics.csv</source>
        <translation>indicateurs-engagements.csv</translation>
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
        <translation>Impossible d&apos;écrire %1. Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../ui/metrics/dashboardreport.cpp" line="-36"/>
        <source>Promise report</source>
        <translation>Rapport sur les engagements</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Were the promises kept?</source>
        <translation>Les engagements ont-ils été tenus ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 · times count from the moment the Help Center confirmed an update</source>
        <translation>Du %1 au %2 · les délais comptent à partir du moment où le centre d&apos;aide a confirmé une mise à jour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Incidents opened</source>
        <translation>Incidents ouverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports / customers</source>
        <translation>Signalements / clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to acknowledge (median / 90%)</source>
        <translation>Délai de prise en charge (médiane / 90 %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to describe the impact (median)</source>
        <translation>Délai pour décrire l&apos;impact (médiane)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval delay (median / 90%)</source>
        <translation>Délai d&apos;approbation (médiane / 90 %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updates sent back for changes</source>
        <translation>Mises à jour renvoyées pour modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to resolve (median)</source>
        <translation>Délai de résolution (médiane)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reviews within %n days</source>
        <translation>
            <numerusform>Analyses sous %n jour</numerusform>
            <numerusform>Analyses sous %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preventive actions open / overdue / done</source>
        <translation>Actions préventives ouvertes / en retard / faites</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worst misses</source>
        <translation>Pires manquements</translation>
    </message>
    <message>
        <location filename="../ui/metrics/dashboardpage.cpp" line="-80"/>
        <source>Done</source>
        <comment>preventive actions</comment>
        <translation>Faites</translation>
    </message>
    <message>
        <location line="-425"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
</context>
<context>
    <name>desk::ui::DetailsTab</name>
    <message>
        <location filename="../ui/incident/detailstab.cpp" line="+79"/>
        <source>Public status of %1</source>
        <translation>État public de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes the service&apos;s public status at once</source>
        <translation>Change immédiatement l&apos;état public du service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team leads set a service&apos;s public status</source>
        <translation>Les responsables d&apos;équipe règlent l&apos;état public d&apos;un service</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Affected services and their status</source>
        <translation>Services concernés et leur état</translation>
    </message>
</context>
<context>
    <name>desk::ui::ExportWizard</name>
    <message>
        <location filename="../ui/incident/exportwizard.cpp" line="+35"/>
        <source>Confirmations for %1</source>
        <translation>Confirmations pour %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Who gets a message</source>
        <translation>Qui reçoit un message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each reporter gets it in their own language. Reports confirmed before are not ticked.</source>
        <translation>Chaque auteur le reçoit dans sa langue. Les signalements déjà confirmés ne sont pas cochés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation that the incident is resolved</source>
        <translation>Confirmation que l&apos;incident est résolu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice that the incident is acknowledged and in hand</source>
        <translation>Avis que l&apos;incident est pris en charge et en cours de traitement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Report</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Formats and folder</source>
        <translation>Formats et dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files are written only when all of them are complete; if anything fails, nothing is left behind and no report is marked.</source>
        <translation>Les fichiers ne sont écrits que lorsqu&apos;ils sont tous complets ; si quelque chose échoue, rien ne reste et aucun signalement n&apos;est marqué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PDF letter for each reporter</source>
        <translation>Une lettre PDF pour chaque auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One PDF with a page per reporter, for printing</source>
        <translation>Un PDF avec une page par auteur, pour l&apos;impression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An e-mail (.eml) for each reporter, ready to send</source>
        <translation>Un e-mail (.eml) pour chaque auteur, prêt à envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV for mail merge</source>
        <translation>Un CSV pour le publipostage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with a byte order mark (for spreadsheet programs)</source>
        <translation>avec une marque d&apos;ordre des octets (pour les tableurs)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Formats:</source>
        <translation>Formats :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for the files</source>
        <translation>Dossier des fichiers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent from:</source>
        <translation>Envoyé depuis :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the files</source>
        <translation>Écriture des fichiers</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 by %2 (%3 reports)</source>
        <translation>%1 par %2 (%3 signalements)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been exported for this incident yet.</source>
        <translation>Rien n&apos;a encore été exporté pour cet incident.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported before: %1</source>
        <translation>Déjà exporté : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none: PDF and CSV only)</source>
        <translation>(aucune : PDF et CSV seulement)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Tick at least one report.</source>
        <translation>Cochez au moins un signalement.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was exported: %1</source>
        <translation>Rien n&apos;a été exporté : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: no file was written and no report was marked.</source>
        <translation>Annulé : aucun fichier n&apos;a été écrit et aucun signalement n&apos;a été marqué.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n report(s) exported; files written: %1, in %2</source>
        <translation>
            <numerusform>%n signalement exporté ; fichiers écrits : %1, dans %2</numerusform>
            <numerusform>%n signalements exportés ; fichiers écrits : %1, dans %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation>Attention : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: %1</source>
        <translation>Ignoré : %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the database cannot be reached</source>
        <translation>la base de données est injoignable</translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <source>Writing the files for %n reporter(s)…</source>
        <translation>
            <numerusform>Écriture des fichiers pour %n auteur…</numerusform>
            <numerusform>Écriture des fichiers pour %n auteurs…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::HelpDialogs</name>
    <message>
        <location filename="../ui/shell/helpdialogs.cpp" line="+84"/>
        <location line="+9"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keeps the team&apos;s promise when a service breaks: reports in, incidents acknowledged, a public update every day until it is resolved, the resolution confirmed, the cause reviewed.</source>
        <translation>Aide l&apos;équipe à tenir sa promesse quand un service tombe en panne : signalements reçus, incidents pris en charge, une mise à jour publique chaque jour jusqu&apos;à la résolution, la résolution confirmée, la cause analysée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free software under the GNU General Public License, version 3 or later. It runs on:</source>
        <translation>Logiciel libre sous licence GNU General Public License, version 3 ou ultérieure. Il repose sur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each library keeps its own licence (LGPL, MIT, public domain, PostgreSQL, curl); the full texts are in /usr/share/doc/incident-desk/copyright.</source>
        <translation>Chaque bibliothèque garde sa propre licence (LGPL, MIT, domaine public, PostgreSQL, curl) ; les textes complets sont dans /usr/share/doc/incident-desk/copyright.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Incident Desk</source>
        <translation>À propos d&apos;Incident Desk</translation>
    </message>
</context>
<context>
    <name>desk::ui::ImportDialog</name>
    <message>
        <location filename="../ui/triage/importdialog.cpp" line="+22"/>
        <source>Import reports</source>
        <translation>Importer des signalements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing &lt;b&gt;%1&lt;/b&gt; into the triage queue.</source>
        <translation>Import de &lt;b&gt;%1&lt;/b&gt; dans la file de tri.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was rejected</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 rows read…</source>
        <translation>%1 lignes lues…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelling: nothing of this import will be kept…</source>
        <translation>Annulation : rien de cet import ne sera gardé…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled: nothing of this import was kept.</source>
        <translation>Annulé : rien de cet import n&apos;a été gardé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing imported: %1 of %2 rows are bad.</source>
        <translation>Rien n&apos;a été importé : %1 lignes sur %2 sont incorrectes.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n report(s) imported</source>
        <translation>
            <numerusform>%n signalement importé</numerusform>
            <numerusform>%n signalements importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already in the database</source>
        <translation>
            <numerusform>%n déjà dans la base</numerusform>
            <numerusform>%n déjà dans la base</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejetée</numerusform>
            <numerusform>%n rejetées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first %1 rejected rows are listed.</source>
        <translation>Les %1 premières lignes rejetées sont listées.</translation>
    </message>
</context>
<context>
    <name>desk::ui::IncidentEditor</name>
    <message>
        <location filename="../ui/incident/incidenteditor.cpp" line="+69"/>
        <source>Change state</source>
        <translation>Changer d&apos;état</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the incident (%1)</source>
        <translation>Enregistrer l&apos;incident (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New update</source>
        <translation>Nouvelle mise à jour</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move to:</source>
        <translation>Passer à :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next state</source>
        <translation>État suivant</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+4"/>
        <source>Details and impact</source>
        <translation>Détails et impact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public updates</source>
        <translation>Mises à jour publiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+109"/>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Post-incident review</source>
        <translation>Analyse post-incident</translation>
    </message>
    <message>
        <location line="+209"/>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Could not load the timeline: %1</source>
        <translation>Impossible de charger l&apos;historique : %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the acknowledgement</source>
        <translation>Rédiger la prise en charge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the resolution</source>
        <translation>Rédiger la résolution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the review</source>
        <translation>Ouvrir l&apos;analyse</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Select the reports first.</source>
        <translation>Sélectionnez d&apos;abord les signalements.</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>Move reports</source>
        <translation>Déplacer les signalements</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n report(s) to:</source>
        <translation>
            <numerusform>Déplacer %n signalement vers :</numerusform>
            <numerusform>Déplacer %n signalements vers :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>State: %1 · Impact: %2</source>
        <translation>État : %1 · Impact : %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Acknowledge it: the daily updates start then</source>
        <translation>Prenez-le en charge : les mises à jour quotidiennes commencent alors</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Public update overdue since %1</source>
        <translation>Mise à jour publique en retard depuis %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Next public update due %1</source>
        <translation>Prochaine mise à jour publique due %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save your changes to %1 before closing?</source>
        <translation>Enregistrer vos modifications de %1 avant de fermer ?</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>%1 editing now</source>
        <translation>%1 modifie en ce moment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open for %1</source>
        <translation>ouvert depuis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else is changing this incident: if you both save, you will merge field by field.</source>
        <translation>Quelqu&apos;un d&apos;autre modifie cet incident : si vous enregistrez tous les deux, vous fusionnerez champ par champ.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Save and merge</source>
        <translation>Enregistrer et fusionner</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Confirmations…</source>
        <translation>Confirmations…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write every reporter&apos;s acknowledgement notice or resolution confirmation (PDF, e-mail, CSV)</source>
        <translation>Rédiger l&apos;avis de prise en charge ou la confirmation de résolution de chaque auteur (PDF, e-mail, CSV)</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>An update is published and not yet on the Help Center: the daily promise counts from the moment the Help Center confirms it.</source>
        <translation>Une mise à jour est publiée et pas encore sur le centre d&apos;aide : la promesse quotidienne compte à partir du moment où le centre d&apos;aide la confirme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted from the last update the Help Center confirmed.</source>
        <translation>Compté depuis la dernière mise à jour confirmée par le centre d&apos;aide.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an update on its way</source>
        <translation>une mise à jour en route</translation>
    </message>
    <message>
        <location line="-350"/>
        <source>Parts of the incident</source>
        <translation>Parties de l&apos;incident</translation>
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
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next update due</source>
        <translation>Prochaine mise à jour due</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>update on its way</source>
        <translation>mise à jour en route</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n preventive action(s) overdue</source>
        <translation>
            <numerusform>%n action préventive en retard</numerusform>
            <numerusform>%n actions préventives en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::IncidentsPage</name>
    <message>
        <location filename="../ui/incident/incidentspage.cpp" line="+32"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message numerus="yes">
        <location line="+145"/>
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>%n incident ouvert</numerusform>
            <numerusform>%n incidents ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n update(s) overdue</source>
        <translation>
            <numerusform>%n mise à jour en retard</numerusform>
            <numerusform>%n mises à jour en retard</numerusform>
        </translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cadence</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No incidents match. Create one from reports in Triage, or change the filters.</source>
        <translation>Aucun incident ne correspond. Créez-en un à partir de signalements dans Tri, ou changez les filtres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <extracomment>State filter (adjective): incidents not resolved yet</extracomment>
        <translation>Ouverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any impact</source>
        <translation>Tout impact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any service</source>
        <translation>Tout service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any cadence</source>
        <translation>Tout rythme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon or overdue</source>
        <translation>Bientôt dues ou en retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <extracomment>Cadence filter: incidents whose daily public update is late</extracomment>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message numerus="yes">
        <location line="+123"/>
        <source>%n update(s) due soon</source>
        <translation>
            <numerusform>%n mise à jour bientôt due</numerusform>
            <numerusform>%n mises à jour bientôt dues</numerusform>
        </translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Open</source>
        <comment>button: open the selected incident</comment>
        <translation>Ouvrir</translation>
    </message>
    <message numerus="yes">
        <location line="+122"/>
        <source>%n preventive action(s) overdue</source>
        <translation>
            <numerusform>%n action préventive en retard</numerusform>
            <numerusform>%n actions préventives en retard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Help Center target: updates count from the click on Publish, not from their arrival.</source>
        <translation>Pas de cible centre d&apos;aide : les mises à jour comptent à partir du clic sur Publier, pas de leur arrivée.</translation>
    </message>
</context>
<context>
    <name>desk::ui::IntakePage</name>
    <message numerus="yes">
        <location filename="../ui/intake/intakepage.cpp" line="+35"/>
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>il y a %n seconde</numerusform>
            <numerusform>il y a %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Intake</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add token…</source>
        <translation>Ajouter un jeton…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No intake tokens yet. Add one for each contact form or system that sends reports; the service accepts nothing without one.</source>
        <translation>Pas encore de jeton de réception. Ajoutez-en un pour chaque formulaire de contact ou système qui envoie des signalements ; le service n&apos;accepte rien sans jeton.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+54"/>
        <location line="+7"/>
        <source>Intake services</source>
        <translation>Services de réception</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>%n token(s) in use</source>
        <translation>
            <numerusform>%n jeton en service</numerusform>
            <numerusform>%n jetons en service</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n intake service(s)</source>
        <translation>
            <numerusform>%n service de réception</numerusform>
            <numerusform>%n services de réception</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No intake service has reported yet. Start incident-desk-service on a server (README, “The service”): it receives the contact form and reads the support mailbox.</source>
        <translation>Aucun service de réception ne s&apos;est encore manifesté. Démarrez incident-desk-service sur un serveur (README, « The service ») : il reçoit le formulaire de contact et lit la boîte de support.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it may have stopped</source>
        <translation>il s&apos;est peut-être arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact form at %1: %2 reports taken, %3 refused</source>
        <translation>Formulaire de contact sur %1 : %2 signalements acceptés, %3 refusés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last report %1</source>
        <translation>Dernier signalement %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No report since it started</source>
        <translation>Aucun signalement depuis son démarrage</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n report(s) wait in its spool: it cannot reach the team database</source>
        <translation>
            <numerusform>%n signalement attend dans sa file : il ne joint pas la base de l&apos;équipe</numerusform>
            <numerusform>%n signalements attendent dans sa file : il ne joint pas la base de l&apos;équipe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reads no mailbox</source>
        <translation>Ne lit aucune boîte aux lettres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox %1: %2 reports, %3 set aside (auto-replies, bulk mail)</source>
        <translation>Boîte %1 : %2 signalements, %3 mis de côté (réponses automatiques, envois en masse)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read %1</source>
        <translation>Lu %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the mailbox: %1</source>
        <translation>Impossible de lire la boîte aux lettres : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not connected yet</source>
        <translation>pas encore connecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running since %1</source>
        <translation>En marche depuis %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Administrators add and revoke intake tokens.</source>
        <translation>Les administrateurs ajoutent et révoquent les jetons de réception.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+26"/>
        <source>Add an intake token</source>
        <translation>Ajouter un jeton de réception</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>e.g. website contact form</source>
        <translation>p. ex. formulaire de contact du site</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://www.example.org
(one per line; leave empty for a system that sends with Authorization: Bearer)</source>
        <translation>https://www.example.org
(un par ligne ; laissez vide pour un système qui envoie avec Authorization: Bearer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages that may &amp;post it:</source>
        <translation>Pages web qui peuvent l&apos;&amp;envoyer :</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Token “%1”</source>
        <translation>Jeton « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put this token in the form&apos;s hidden &lt;b&gt;form_token&lt;/b&gt; field, or have the sending system send it as &lt;b&gt;Authorization: Bearer&lt;/b&gt;. It is shown only now: only its fingerprint is kept, so nobody can read it back.</source>
        <translation>Placez ce jeton dans le champ caché &lt;b&gt;form_token&lt;/b&gt; du formulaire, ou faites-le envoyer par le système comme &lt;b&gt;Authorization: Bearer&lt;/b&gt;. Il n&apos;est affiché que maintenant : seule son empreinte est gardée, personne ne peut le relire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Revoke “%1”</source>
        <translation>Révoquer « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms and systems using “%1” will be refused from now on (within a minute on every running service). This cannot be undone; add a new token to replace it.</source>
        <translation>Les formulaires et systèmes qui utilisent « %1 » seront refusés désormais (en une minute sur chaque service en marche). C&apos;est irréversible ; ajoutez un nouveau jeton pour le remplacer.</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Last status: %1</source>
        <translation>Dernier état : %1</translation>
    </message>
</context>
<context>
    <name>desk::ui::IntakeTokensModel</name>
    <message>
        <location filename="../ui/intake/intaketokensmodel.cpp" line="+37"/>
        <source>any (a sending system)</source>
        <translation>toute (un système émetteur)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revoked %1</source>
        <translation>révoqué %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in use</source>
        <translation>en service</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed origins</source>
        <translation>Origines autorisées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>desk::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/shell/languagemenu.cpp" line="+19"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow the &amp;desktop (%1)</source>
        <translation>Suivre le &amp;bureau (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (not translated yet)</source>
        <translation>%1 (pas encore traduit)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the desktop&apos;s language</source>
        <translation>la langue du bureau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incident Desk will be in %1 from its next start; dates and numbers too.</source>
        <translation>Incident Desk sera en %1 dès son prochain démarrage, dates et nombres compris.</translation>
    </message>
</context>
<context>
    <name>desk::ui::LinkedReportsModel</name>
    <message>
        <location filename="../ui/incident/linkedreportsmodel.cpp" line="+89"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lang.</source>
        <translation>Lang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
</context>
<context>
    <name>desk::ui::ListPage</name>
    <message>
        <location filename="../ui/widgets/listpage.cpp" line="+162"/>
        <source>Could not load this page: %1</source>
        <translation>Impossible de charger cette page : %1</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search %1</source>
        <translation>Rechercher dans %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Nothing here matches “%1”.</source>
        <translation>Rien ici ne correspond à « %1 ».</translation>
    </message>
</context>
<context>
    <name>desk::ui::LoginDialog</name>
    <message>
        <location filename="../ui/shell/logindialog.cpp" line="+24"/>
        <source>Create the first administrator</source>
        <translation>Créer le premier administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no users yet. Create the administrator account; agents and team leads can be added afterwards.</source>
        <translation>Cette base n&apos;a pas encore d&apos;utilisateurs. Créez le compte administrateur ; les agents et responsables d&apos;équipe pourront être ajoutés ensuite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Use 2 to 63 lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; for the login name, starting with a letter.</source>
        <translation>Utilisez 2 à 63 lettres minuscules, chiffres, « . », « _ » ou « - » pour l&apos;identifiant, en commençant par une lettre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password must have at least 8 characters.</source>
        <translation>Le mot de passe doit avoir au moins 8 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your name in the list.</source>
        <translation>Choisissez votre nom dans la liste.</translation>
    </message>
</context>
<context>
    <name>desk::ui::MailJobsModel</name>
    <message>
        <location filename="../ui/publish/mailjobsmodel.cpp" line="+48"/>
        <source>Resolution confirmation</source>
        <translation>Confirmation de résolution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledgement notice</source>
        <translation>Avis de prise en charge</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Queued</source>
        <extracomment>Column header: when the message was queued; the rows show a date</extracomment>
        <translation>En file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent</source>
        <extracomment>Column header: when the message was sent; the rows show a date</extracomment>
        <translation>Envoyé</translation>
    </message>
</context>
<context>
    <name>desk::ui::MailJobsPanel</name>
    <message>
        <location filename="../ui/publish/mailjobspanel.cpp" line="+22"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyé</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+114"/>
        <source>Hold this incident&apos;s mail</source>
        <translation>Suspendre le courrier de cet incident</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+10"/>
        <source>Messages to reporters</source>
        <translation>Messages aux auteurs des signalements</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Send a refused, cancelled or in-doubt message again. For one in doubt, check first that the mail server did not deliver it: the reporter would get it twice.</source>
        <translation>Renvoyer un message refusé, annulé ou incertain. Pour un message incertain, vérifiez d&apos;abord que le serveur de messagerie ne l&apos;a pas remis : l&apos;auteur le recevrait deux fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server&apos;s log shows this message in doubt was delivered: count it as sent.</source>
        <translation>Le journal du serveur de messagerie montre que ce message incertain a été remis : le compter comme envoyé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing of this incident&apos;s mail is sent until it is released.</source>
        <translation>Rien du courrier de cet incident n&apos;est envoyé tant qu&apos;il n&apos;est pas libéré.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No message yet: when an incident&apos;s acknowledgement or resolution is published, every reporter with an e-mail address gets one, sent by the service.</source>
        <translation>Pas encore de message : quand la prise en charge ou la résolution d&apos;un incident est publiée, chaque auteur ayant une adresse e-mail en reçoit un, envoyé par le service.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n envoyé</numerusform>
            <numerusform>%n envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n in doubt: a lead decides</source>
        <translation>
            <numerusform>%n incertain : un responsable décide</numerusform>
            <numerusform>%n incertains : un responsable décide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n incident(s) on hold</source>
        <translation>
            <numerusform>%n incident suspendu</numerusform>
            <numerusform>%n incidents suspendus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Release this incident&apos;s mail</source>
        <translation>Libérer le courrier de cet incident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team leads decide on messages to reporters.</source>
        <translation>Les responsables d&apos;équipe décident des messages aux auteurs.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send again?</source>
        <translation>Renvoyer ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message to %1 may have been delivered already (%2). Send it again anyway?</source>
        <translation>Le message à %1 a peut-être déjà été remis (%2). Le renvoyer quand même ?</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <source>The database cannot be reached: nothing was changed. Try again when it is back.</source>
        <translation>La base de données est injoignable : rien n&apos;a changé. Réessayez quand elle sera rétablie.</translation>
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
        <translation>Tri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publications</source>
        <translation>Publications</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sign out</source>
        <translation>&amp;Se déconnecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This computer: %1</source>
        <translation>Cet ordinateur : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team server: %1@%2/%3</source>
        <translation>Serveur de l&apos;équipe : %1@%2/%3</translation>
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
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Updated %1</source>
        <translation>Mis à jour %1</translation>
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
            <numerusform>%n nouveau signalement</numerusform>
            <numerusform>%n nouveaux signalements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n public update(s) overdue</source>
        <translation>
            <numerusform>%n mise à jour publique en retard</numerusform>
            <numerusform>%n mises à jour publiques en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n update(s) waiting for approval</source>
        <translation>
            <numerusform>%n mise à jour en attente d&apos;approbation</numerusform>
            <numerusform>%n mises à jour en attente d&apos;approbation</numerusform>
        </translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Changes from other workstations appear as they happen.</source>
        <translation>Les modifications des autres postes apparaissent au fur et à mesure.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline since %1 — reconnecting</source>
        <translation>Hors ligne depuis %1 — reconnexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database cannot be reached: %1
What is on screen stays readable; the program reconnects by itself.</source>
        <translation>La base de données est injoignable : %1
Ce qui est à l&apos;écran reste lisible ; le programme se reconnecte tout seul.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Edits made offline are not sent yet: %1</source>
        <translation>Modifications faites hors ligne pas encore envoyées : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edits made offline: %1 saved, %2 to merge, %3 refused</source>
        <translation>Modifications faites hors ligne : %1 enregistrées, %2 à fusionner, %3 refusées</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Open the &amp;Help Center</source>
        <translation>Ouvrir le &amp;centre d&apos;aide</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>Help Center</source>
        <translation>Centre d&apos;aide</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The Help Center has no page yet: it is written in %1 when the first update is published.</source>
        <translation>Le centre d&apos;aide n&apos;a pas encore de page : elle est écrite dans %1 quand la première mise à jour est publiée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database cannot be reached right now.</source>
        <translation>La base de données est injoignable pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Intake</source>
        <translation>Réception</translation>
    </message>
    <message numerus="yes">
        <location line="+363"/>
        <source>%n intake service(s) need a look</source>
        <translation>
            <numerusform>%n service de réception à vérifier</numerusform>
            <numerusform>%n services de réception à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>%n publication(s) or message(s) to reporters need a lead</source>
        <translation>
            <numerusform>%n publication ou message aux auteurs attend un responsable</numerusform>
            <numerusform>%n publications ou messages aux auteurs attendent un responsable</numerusform>
        </translation>
    </message>
    <message>
        <location line="-362"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message numerus="yes">
        <location line="+365"/>
        <source>%n preventive action(s) overdue</source>
        <translation>
            <numerusform>%n action préventive en retard</numerusform>
            <numerusform>%n actions préventives en retard</numerusform>
        </translation>
    </message>
    <message>
        <location line="-245"/>
        <source>&amp;Import reports…</source>
        <translation>&amp;Importer des signalements…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Import reports</source>
        <translation>Importer des signalements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports (*.jsonl *.ndjson *.csv)</source>
        <translation>Signalements (*.jsonl *.ndjson *.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n report(s) imported into the queue.</source>
        <translation>
            <numerusform>%n signalement importé dans la file.</numerusform>
            <numerusform>%n signalements importés dans la file.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Incident Desk</source>
        <translation>À &amp;propos d&apos;Incident Desk</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
</context>
<context>
    <name>desk::ui::MergeDialog</name>
    <message>
        <location filename="../ui/incident/mergedialog.cpp" line="+21"/>
        <source>Merge your changes</source>
        <translation>Fusionner vos modifications</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone saved %1 on another workstation while you were editing it. Choose, field by field, what to keep. Fields marked ⚠ were changed on both sides.</source>
        <translation>Quelqu&apos;un a enregistré %1 sur un autre poste pendant que vous le modifiiez. Choisissez, champ par champ, ce que vous gardez. Les champs marqués ⚠ ont changé des deux côtés.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their version</source>
        <translation>L&apos;autre version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>L&apos;autre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the merged incident</source>
        <translation>Enregistrer l&apos;incident fusionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Continuer à modifier</translation>
    </message>
</context>
<context>
    <name>desk::ui::NewIncidentDialog</name>
    <message numerus="yes">
        <location filename="../ui/triage/newincidentdialog.cpp" line="+17"/>
        <source>%n selected report(s) will be linked to the new incident.</source>
        <translation>
            <numerusform>%n signalement sélectionné sera rattaché au nouvel incident.</numerusform>
            <numerusform>%n signalements sélectionnés seront rattachés au nouvel incident.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create incident</source>
        <translation>Créer l&apos;incident</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Update to approve</source>
        <translation>Mise à jour à approuver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 submitted the %2 update for %3.</source>
        <translation>%1 a soumis la mise à jour %2 pour %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update approved</source>
        <translation>Mise à jour approuvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 approved your %2 update for %3.</source>
        <translation>%1 a approuvé votre mise à jour %2 pour %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asked for changes to your %2 update for %3: “%4”</source>
        <translation>%1 a demandé des modifications à votre mise à jour %2 pour %3 : « %4 »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updates to approve</source>
        <translation>Mises à jour à approuver</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n update(s) are waiting for a lead&apos;s decision.</source>
        <translation>
            <numerusform>%n mise à jour attend la décision d&apos;un responsable.</numerusform>
            <numerusform>%n mises à jour attendent la décision d&apos;un responsable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Incident Desk — %n update(s) to approve</source>
        <translation>
            <numerusform>Incident Desk — %n mise à jour à approuver</numerusform>
            <numerusform>Incident Desk — %n mises à jour à approuver</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Public update overdue</source>
        <translation>Mise à jour publique en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 “%2” was due for its public update at %3.</source>
        <translation>%1 « %2 » devait avoir sa mise à jour publique à %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public update due soon</source>
        <translation>Mise à jour publique bientôt due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 “%2” needs its next public update by %3.</source>
        <translation>%1 « %2 » a besoin de sa prochaine mise à jour publique d&apos;ici %3.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Preventive actions overdue</source>
        <translation>Actions préventives en retard</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 “%2”: %n preventive action(s) overdue.</source>
        <translation>
            <numerusform>%1 « %2 » : %n action préventive en retard.</numerusform>
            <numerusform>%1 « %2 » : %n actions préventives en retard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::PhoneReportDialog</name>
    <message>
        <location filename="../ui/triage/phonereportdialog.cpp" line="+23"/>
        <source>New phone report</source>
        <translation>Nouveau signalement téléphonique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer&apos;s &amp;name:</source>
        <translation>&amp;Nom du client :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail address:</source>
        <translation>Adresse &amp;e-mail :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for the acknowledgement and the confirmation</source>
        <translation>pour la prise en charge et la confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer &amp;reference:</source>
        <translation>&amp;Référence client :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add to the queue</source>
        <translation>&amp;Ajouter à la file</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Not added: %1</source>
        <translation>Non ajouté : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database cannot be reached. Nothing was lost: add it again when it is back.</source>
        <translation>La base de données est injoignable. Rien n&apos;est perdu : ajoutez-le à nouveau quand elle sera rétablie.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>&amp;What they said:</source>
        <translation>Ce qu&apos;il a &amp;dit :</translation>
    </message>
</context>
<context>
    <name>desk::ui::PreventiveActionsModel</name>
    <message>
        <location filename="../ui/incident/preventiveactionsmodel.cpp" line="+116"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <extracomment>Column header: the date a preventive action is due</extracomment>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
</context>
<context>
    <name>desk::ui::PublicationJobsModel</name>
    <message>
        <location filename="../ui/publish/publicationjobsmodel.cpp" line="+62"/>
        <source>Queued</source>
        <extracomment>Column header: when the job was queued; the rows show a date</extracomment>
        <translation>En file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote address</source>
        <translation>Adresse distante</translation>
    </message>
</context>
<context>
    <name>desk::ui::PublicationsPage</name>
    <message>
        <location filename="../ui/publish/publicationspage.cpp" line="+17"/>
        <source>Publications</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has been published yet. When a lead publishes an approved update, one job per configured target appears here.</source>
        <translation>Rien n&apos;a encore été publié. Quand un responsable publie une mise à jour approuvée, une tâche par cible configurée apparaît ici.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n job(s) waiting to be sent</source>
        <translation>
            <numerusform>%n tâche en attente d&apos;envoi</numerusform>
            <numerusform>%n tâches en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Team leads retry and cancel publications.</source>
        <translation>Les responsables d&apos;équipe relancent et annulent les publications.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The database cannot be reached: nothing was changed. Try again when it is back.</source>
        <translation>La base de données est injoignable : rien n&apos;a changé. Réessayez quand elle sera rétablie.</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Targets…</source>
        <translation>Cibles…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where published updates go: the Help Center, Statuspage, Cachet, Zendesk Guide, webhooks.</source>
        <translation>Où vont les mises à jour publiées : le centre d&apos;aide, Statuspage, Cachet, Zendesk Guide, des webhooks.</translation>
    </message>
</context>
<context>
    <name>desk::ui::ReportDetailPane</name>
    <message>
        <location filename="../ui/triage/reportdetailpane.cpp" line="+21"/>
        <source>Report</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested incidents</source>
        <translation>Incidents suggérés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggested incidents (double-click or Ctrl+L to link):</source>
        <translation>Incidents suggérés (double-clic ou Ctrl+L pour rattacher) :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a report to read it.</source>
        <translation>Sélectionnez un signalement pour le lire.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · %2 · %3 · received %4</source>
        <translation>%1 · %2 · %3 · reçu %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference %1 · %2</source>
        <translation>Référence %1 · %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The same customer&apos;s other reports</source>
        <translation>Les autres signalements du même client</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1  %2 — %3% (%4)</source>
        <translation>%1  %2 — %3 % (%4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No open incident looks related.</source>
        <translation>Aucun incident ouvert ne semble lié.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Files the customer sent</source>
        <translation>Fichiers envoyés par le client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
</context>
<context>
    <name>desk::ui::ReportsTab</name>
    <message>
        <location filename="../ui/incident/reportstab.cpp" line="+23"/>
        <source>Linked reports</source>
        <translation>Signalements rattachés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send back to triage</source>
        <translation>Renvoyer au tri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlink the selected reports: they return to the triage queue as new.</source>
        <translation>Détacher les signalements sélectionnés : ils retournent dans la file de tri comme nouveaux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to another incident…</source>
        <translation>Déplacer vers un autre incident…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n signalement</numerusform>
            <numerusform>%n signalements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::ReviewTab</name>
    <message>
        <location filename="../ui/incident/reviewtab.cpp" line="+52"/>
        <source>New preventive action</source>
        <translation>Nouvelle action préventive</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Preventive actions</source>
        <translation>Actions préventives</translation>
    </message>
</context>
<context>
    <name>desk::ui::SpellingEdit</name>
    <message>
        <location filename="../ui/compose/spellingedit.cpp" line="+96"/>
        <source>No suggestions for “%1”</source>
        <translation>Aucune suggestion pour « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add “%1” to the dictionary</source>
        <translation>&amp;Ajouter « %1 » au dictionnaire</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add to the dictionary</source>
        <translation>Ajouter au dictionnaire</translation>
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
        <translation>Création de la base de démonstration…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another database?</source>
        <translation>Choisir une autre base de données ?</translation>
    </message>
</context>
<context>
    <name>desk::ui::TargetEditor</name>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="+212"/>
        <source>New publication target</source>
        <translation>Nouvelle cible de publication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publication target “%1”</source>
        <translation>Cible de publication « %1 »</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Component id there</source>
        <translation>Identifiant du composant là-bas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Components:</source>
        <translation>Composants :</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The Help Center locale for %1; empty to leave this language out.</source>
        <translation>La langue du centre d&apos;aide pour %1 ; vide pour laisser cette langue de côté.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Locales:</source>
        <translation>Langues :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where readers of the %1 pages are, e.g. America/Mexico_City; empty for %2.</source>
        <translation>Où se trouvent les lecteurs des pages en %1, par exemple America/Mexico_City ; vide pour %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone for %1</source>
        <translation>Fuseau horaire pour %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Time zones:</source>
        <translation>Fuseaux horaires :</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>WebDAV address</source>
        <translation>Adresse WebDAV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public address</source>
        <translation>Adresse publique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebDAV user</source>
        <translation>Utilisateur WebDAV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site title</source>
        <translation>Titre du site</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service status and incident reports</source>
        <translation>État des services et comptes rendus d&apos;incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team or company name</source>
        <translation>Nom de l&apos;équipe ou de l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown at the top of every page</source>
        <translation>Affiché en haut de chaque page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo address</source>
        <translation>Adresse du logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour of the page header</source>
        <translation>Couleur de l&apos;en-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer line</source>
        <translation>Ligne de pied de page</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. the company&apos;s name and address</source>
        <translation>par exemple le nom et l&apos;adresse de l&apos;entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact form address</source>
        <translation>Adresse du formulaire de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own templates folder</source>
        <translation>Dossier de modèles propres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional: files here replace the built-in ones</source>
        <translation>Facultatif : les fichiers ici remplacent ceux fournis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page id</source>
        <translation>Identifiant de page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API address</source>
        <translation>Adresse de l&apos;API</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Notify the page&apos;s subscribers</source>
        <translation>Prévenir les abonnés de la page</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cachet address</source>
        <translation>Adresse Cachet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zendesk address</source>
        <translation>Adresse Zendesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section id</source>
        <translation>Identifiant de section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User (e-mail)</source>
        <translation>Utilisateur (e-mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission group id</source>
        <translation>Identifiant du groupe d&apos;autorisations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeout (seconds)</source>
        <translation>Délai d&apos;attente (secondes)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kept on this workstation; type to replace it</source>
        <translation>Gardé sur ce poste ; tapez pour le remplacer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep it for this session only</source>
        <translation>Le garder pour cette session seulement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in the system keychain of this workstation.</source>
        <translation>Gardé dans le trousseau système de ce poste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain service is running on this workstation, so the secret cannot be stored. It can be kept in memory until you quit; it is never written to disk.</source>
        <translation>Aucun service de trousseau ne fonctionne sur ce poste, le secret ne peut donc pas être enregistré. Il peut être gardé en mémoire jusqu&apos;à ce que vous quittiez ; il n&apos;est jamais écrit sur le disque.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Give the target a name, e.g. “Help Center”.</source>
        <translation>Donnez un nom à la cible, p. ex. « Centre d&apos;aide ».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is needed.</source>
        <translation>%1 est nécessaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a number.</source>
        <translation>%1 doit être un nombre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be an http or https address, e.g. https://example.org/.</source>
        <translation>%1 doit être une adresse http ou https, p. ex. https://example.org/.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the password in its own field, not in the address: the address is shared with every workstation.</source>
        <translation>Mettez le mot de passe dans son propre champ, pas dans l&apos;adresse : l&apos;adresse est partagée avec tous les postes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the %1: nothing can be sent without it.</source>
        <translation>Saisissez : %1 ; rien ne peut être envoyé sans.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain service is running: tick “Keep it for this session only”, or start the keychain (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation>Aucun service de trousseau ne fonctionne : cochez « Le garder pour cette session seulement », ou démarrez le trousseau (p. ex. GNOME Keyring ou KWallet) et réessayez.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The database cannot be reached: the target was not saved. Your entries are still here.</source>
        <translation>La base de données est injoignable : la cible n&apos;a pas été enregistrée. Vos saisies sont toujours là.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The target is saved, but its secret is not: %1</source>
        <translation>La cible est enregistrée, mais pas son secret : %1</translation>
    </message>
</context>
<context>
    <name>desk::ui::TargetsDialog</name>
    <message>
        <location line="-476"/>
        <source>WebDAV password</source>
        <translation>Mot de passe WebDAV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For this session only</source>
        <translation>Pour cette session seulement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (no keychain)</source>
        <translation>Aucun (pas de trousseau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the keychain</source>
        <translation>Dans le trousseau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+3"/>
        <source>Publication targets</source>
        <translation>Cibles de publication</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credentials on this workstation</source>
        <translation>Identifiants sur ce poste</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Every update a lead publishes is sent to each enabled target. Secrets are kept in this workstation&apos;s keychain, never in the shared database.</source>
        <translation>Chaque mise à jour publiée par un responsable est envoyée à chaque cible activée. Les secrets sont gardés dans le trousseau de ce poste, jamais dans la base partagée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only an administrator changes the targets; you can see them.</source>
        <translation>Seul un administrateur modifie les cibles ; vous pouvez les voir.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Enable</source>
        <translation>Ac&amp;tiver</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database cannot be reached; the targets will show when it is back.</source>
        <translation>La base de données est injoignable ; les cibles apparaîtront à son retour.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database cannot be reached: nothing was changed.</source>
        <translation>La base de données est injoignable : rien n&apos;a changé.</translation>
    </message>
</context>
<context>
    <name>desk::ui::TimelineModel</name>
    <message>
        <location filename="../ui/incident/timelinemodel.cpp" line="+100"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Created the incident</source>
        <translation>A créé l&apos;incident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited the description</source>
        <translation>A modifié la description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved it to “%1”</source>
        <translation>L&apos;a passé à « %1 »</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Linked %n report(s)</source>
        <translation>
            <numerusform>A rattaché %n signalement</numerusform>
            <numerusform>A rattaché %n signalements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Moved %n report(s) to %1</source>
        <translation>
            <numerusform>A déplacé %n signalement vers %1</numerusform>
            <numerusform>A déplacé %n signalements vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Moved %n report(s) here from %1</source>
        <translation>
            <numerusform>A déplacé ici %n signalement depuis %1</numerusform>
            <numerusform>A déplacé ici %n signalements depuis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sent %n report(s) back to triage</source>
        <translation>
            <numerusform>A renvoyé %n signalement au tri</numerusform>
            <numerusform>A renvoyé %n signalements au tri</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafted an update: %1</source>
        <translation>A rédigé une mise à jour : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revised the update: %1</source>
        <translation>A révisé la mise à jour : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted the update for approval: %1</source>
        <translation>A soumis la mise à jour à approbation : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrew the update: %1</source>
        <translation>A retiré la mise à jour : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved the update: %1</source>
        <translation>A approuvé la mise à jour : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked for changes to the update: %1 — “%2”</source>
        <translation>A demandé des modifications à la mise à jour : %1 — « %2 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published the update: %1</source>
        <translation>A publié la mise à jour : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discarded a draft</source>
        <translation>A supprimé un brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed a publication: %1</source>
        <translation>A modifié une publication : %1</translation>
    </message>
</context>
<context>
    <name>desk::ui::TriageFilterBar</name>
    <message>
        <location filename="../ui/triage/triagefilterbar.cpp" line="+33"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed by</source>
        <translation>Pris en charge par</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Open (new or claimed)</source>
        <translation>Ouverts (nouveaux ou pris en charge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any service</source>
        <translation>Tout service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any channel</source>
        <translation>Tout canal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any language</source>
        <translation>Toute langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any time</source>
        <translation>N&apos;importe quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone or no one</source>
        <translation>Quelqu&apos;un ou personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not claimed</source>
        <translation>Non pris en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed by me</source>
        <translation>Pris en charge par moi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search reports</source>
        <translation>Rechercher des signalements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search subject, text and customer…</source>
        <translation>Rechercher dans l&apos;objet, le texte et le client…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Save this filter…</source>
        <translation>Enregistrer ce filtre…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save filter</source>
        <translation>Enregistrer le filtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the filter:</source>
        <translation>Nom du filtre :</translation>
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
        <translation>%1 j</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Claimed by %1 until %2</source>
        <translation>Pris en charge par %1 jusqu&apos;à %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed by</source>
        <translation>Pris en charge par</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>(removed on another workstation)</source>
        <translation>(supprimé sur un autre poste)</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Lang.</source>
        <translation>Lang.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 is %2; next public update due %3</source>
        <translation>%1 est %2 ; prochaine mise à jour publique due %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 (with files)</source>
        <translation>%1 (avec fichiers)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>update on its way</source>
        <translation>mise à jour en route</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An update is published and not yet on the Help Center; the promise counts from its arrival.</source>
        <translation>Une mise à jour est publiée et pas encore sur le centre d&apos;aide ; la promesse compte à partir de son arrivée.</translation>
    </message>
</context>
<context>
    <name>desk::ui::TriagePage</name>
    <message>
        <location filename="../ui/triage/triagepage.cpp" line="-97"/>
        <source>Triage</source>
        <translation>Tri</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>No reports yet. Reports arrive from the contact form, or import them with &apos;incident-desk-cli import FILE&apos;.</source>
        <translation>Pas encore de signalement. Les signalements arrivent par le formulaire de contact, ou importez-les avec « incident-desk-cli import FICHIER ».</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Create an incident from them</source>
        <translation>Créer un incident à partir d&apos;eux</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 reports match the filter</source>
        <translation>%1 signalements correspondent au filtre</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Problem with %1</source>
        <translation>Problème avec %1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Claim</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to suggested incident</source>
        <translation>Rattacher à l&apos;incident suggéré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New incident from selection</source>
        <translation>Nouvel incident à partir de la sélection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an incident</source>
        <translation>Pas un incident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate of…</source>
        <translation>Doublon de…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n unlinked report(s) about %1 in the last 30 minutes: probably an incident.</source>
        <translation>
            <numerusform>%n signalement non rattaché concernant %1 ces 30 dernières minutes : probablement un incident.</numerusform>
            <numerusform>%n signalements non rattachés concernant %1 ces 30 dernières minutes : probablement un incident.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Select one or more reports first.</source>
        <translation>Sélectionnez d&apos;abord un ou plusieurs signalements.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>No suggested incident for this report: create one with Ctrl+N.</source>
        <translation>Aucun incident suggéré pour ce signalement : créez-en un avec Ctrl+N.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Duplicate of another report</source>
        <translation>Doublon d&apos;un autre signalement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference or number of the original report:</source>
        <translation>Référence ou numéro du signalement d&apos;origine :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select the reports the incident is about first.</source>
        <translation>Sélectionnez d&apos;abord les signalements dont parle l&apos;incident.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a report to read it.</source>
        <translation>Sélectionnez un signalement pour le lire.</translation>
    </message>
    <message>
        <location line="-382"/>
        <source>Click a status to show its reports.</source>
        <translation>Cliquez sur un état pour afficher ses signalements.</translation>
    </message>
    <message>
        <location line="+409"/>
        <source>Save the customer&apos;s file (it is not opened here: it could run or show a web page)</source>
        <translation>Enregistrer le fichier du client (il n&apos;est pas ouvert ici : il pourrait s&apos;exécuter ou afficher une page web)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No program on this computer opens %1; it is at %2.</source>
        <translation>Aucun programme de cet ordinateur n&apos;ouvre %1 ; il se trouve dans %2.</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>New phone report…</source>
        <translation>Nouveau signalement téléphonique…</translation>
    </message>
    <message>
        <location line="+285"/>
        <source>The phone report is in the queue.</source>
        <translation>Le signalement téléphonique est dans la file.</translation>
    </message>
</context>
<context>
    <name>desk::ui::UpdateComposer</name>
    <message>
        <location filename="../ui/compose/updatecomposer.cpp" line="+49"/>
        <source>Start again from the template</source>
        <translation>Repartir du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for approval</source>
        <translation>Soumettre à approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+361"/>
        <source>Discard draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>Public update — %1</source>
        <translation>Mise à jour publique — %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Languages:</source>
        <translation>Langues :</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Write the update in %1. Markdown: **bold**, *italic*, - lists, [links](https://…)</source>
        <translation>Rédigez la mise à jour en %1. Markdown : **gras**, *italique*, - listes, [liens](https://…)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes since the last published update</source>
        <translation>Modifications depuis la dernière mise à jour publiée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No %1 dictionary is installed: spelling is not checked.</source>
        <translation>Aucun dictionnaire %1 n&apos;est installé : l&apos;orthographe n&apos;est pas vérifiée.</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Start again</source>
        <translation>Repartir de zéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the text of every language with the template for this kind?</source>
        <translation>Remplacer le texte de chaque langue par le modèle de ce type ?</translation>
    </message>
    <message>
        <location line="+235"/>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 update — %2</source>
        <translation>Mise à jour %1 — %2</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Throw this draft away? This cannot be undone.</source>
        <translation>Jeter ce brouillon ? C&apos;est irréversible.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing has been published in %1 for this incident yet.</source>
        <translation>Rien n&apos;a encore été publié en %1 pour cet incident.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compared with the %1 update published %2: %3 word(s) added, %4 removed</source>
        <translation>Comparé à la mise à jour %1 publiée %2 : %3 mot(s) ajouté(s), %4 supprimé(s)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose at least one language.</source>
        <translation>Choisissez au moins une langue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 characters · %3 words</source>
        <translation>%1 : %2 caractères · %3 mots</translation>
    </message>
    <message>
        <location line="-349"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Update in %1</source>
        <translation>Mise à jour en %1</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>The update&apos;s languages</source>
        <translation>Les langues de la mise à jour</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Preview and changes in %1</source>
        <translation>Aperçu et modifications en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview in %1</source>
        <translation>Aperçu en %1</translation>
    </message>
</context>
<context>
    <name>desk::ui::UpdatesModel</name>
    <message>
        <location filename="../ui/incident/updatesmodel.cpp" line="+50"/>
        <source>Written</source>
        <translation>Rédigée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed by</source>
        <translation>Relue par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review comment</source>
        <translation>Commentaire de relecture</translation>
    </message>
</context>
<context>
    <name>desk::ui::UpdatesTab</name>
    <message>
        <location filename="../ui/incident/updatestab.cpp" line="+18"/>
        <source>Public updates</source>
        <translation>Mises à jour publiques</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open</source>
        <extracomment>Button (verb): open the selected update in the composer</extracomment>
        <translation>Ouvrir</translation>
    </message>
</context>
</TS>
