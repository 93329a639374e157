<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/shell/connectiondialog.ui" line="+6"/>
        <source>Connect to the team server</source>
        <translation>Conectar con el servidor del equipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;rofile:</source>
        <translation>P&amp;erfil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>Puer&amp;to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>C&amp;ifrado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>&amp;Guardar la contraseña en el llavero del sistema</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../ui/incident/detailstab.ui" line="+8"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What customers see, e.g. “Card payments fail at checkout”</source>
        <translation>Lo que ven los clientes, p. ej. «Los pagos con tarjeta fallan al pagar»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impact &amp;level:</source>
        <translation>&amp;Nivel de impacto:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Public update every:</source>
        <translation>Actualización &amp;pública cada:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The policy promises a public report every day: 24 hours at most.</source>
        <translation>La política promete un informe público cada día: 24 horas como máximo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Services:</source>
        <translation>Ser&amp;vicios:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Affected service</source>
        <translation>Servicio afectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is happening, in words customers understand.</source>
        <translation>Qué está pasando, con palabras que los clientes entiendan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impact on &amp;using the site:</source>
        <translation>Impacto en el &amp;uso del sitio:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What customers cannot do on the site, or what is slower.</source>
        <translation>Lo que los clientes no pueden hacer en el sitio, o lo que va más lento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Affected user &amp;journeys:</source>
        <translation>Recorridos de usuario a&amp;fectados:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One per line, e.g. “Pay by card”, “Download an invoice”.</source>
        <translation>Uno por línea, p. ej. «Pagar con tarjeta», «Descargar una factura».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Workaround:</source>
        <translation>Solución provi&amp;sional:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What customers can do meanwhile, if anything.</source>
        <translation>Lo que los clientes pueden hacer mientras tanto, si es posible.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ui/shell/firstrundialog.ui" line="+6"/>
        <source>Welcome to Incident Desk</source>
        <translation>Bienvenido a Incident Desk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Welcome to Incident Desk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a Incident Desk&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where should your team&apos;s reports and incidents be kept?</source>
        <translation>¿Dónde se guardan los avisos y las incidencias de su equipo?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On this computer, starting &amp;empty</source>
        <translation>En este equipo, empezando &amp;vacío</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On this computer, with &amp;demo data to try things out</source>
        <translation>En este equipo, con &amp;datos de demostración para probar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the team&apos;s &amp;PostgreSQL server</source>
        <translation>En el servidor &amp;PostgreSQL del equipo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database on this computer suits one workstation. A team that works together needs the shared server.</source>
        <translation>La base de datos en este equipo sirve para un solo puesto. Un equipo que trabaja junto necesita el servidor compartido.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../app/domain/labels.cpp" line="+18"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked</source>
        <translation>Vinculado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an incident</source>
        <translation>No es una incidencia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reported</source>
        <translation>Notificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Reconocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigating</source>
        <translation>En investigación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identified</source>
        <translation>Causa identificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring</source>
        <translation>En observación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>Analizada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None</source>
        <extracomment>Impact level: the incident affects no customer</extracomment>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Acknowledgement</source>
        <translation>Acuse de recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description and impact</source>
        <translation>Descripción e impacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-incident review</source>
        <translation>Análisis posterior</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes requested</source>
        <translation>Cambios pedidos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact form</source>
        <translation>Formulario de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On track</source>
        <translation>Al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update due soon</source>
        <translation>Actualización pendiente pronto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update overdue</source>
        <translation>Actualización atrasada</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Duplicate</source>
        <comment>report status</comment>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>report status</comment>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Closed</source>
        <comment>incident state</comment>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Published</source>
        <comment>update status</comment>
        <translation>Publicada</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Operational</source>
        <translation>Operativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degraded performance</source>
        <translation>Rendimiento degradado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial outage</source>
        <translation>Caída parcial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major outage</source>
        <translation>Caída grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Help Center site</source>
        <translation>Sitio del Centro de ayuda</translation>
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
        <translation>En espera de envío</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact on using the site</source>
        <translation>Impacto en el uso del sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected user journeys</source>
        <translation>Recorridos de usuario afectados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workaround</source>
        <translation>Solución provisional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affected services</source>
        <translation>Servicios afectados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact level</source>
        <translation>Nivel de impacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update cadence (minutes)</source>
        <translation>Frecuencia de actualización (minutos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preventive actions</source>
        <translation>Acciones preventivas</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>About to be sent</source>
        <translation>A punto de enviarse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent</source>
        <extracomment>State of a message to a reporter: the mail server accepted it</extracomment>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In doubt: may have been sent</source>
        <translation>Dudoso: puede que se haya enviado</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/shell/logindialog.ui" line="+6"/>
        <source>Who is working?</source>
        <translation>¿Quién está trabajando?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Several people can share this workstation. Choose your name so your work and approvals are recorded as yours.</source>
        <translation>Varias personas pueden compartir este puesto. Elija su nombre para que su trabajo y sus aprobaciones queden a su nombre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login name:</source>
        <translation>Nombre de &amp;acceso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login name</source>
        <translation>Nombre de acceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repetir contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password</source>
        <translation>Repetir contraseña</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../ui/triage/newincidentdialog.ui" line="+6"/>
        <source>New incident</source>
        <translation>Nueva incidencia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Impact:</source>
        <translation>&amp;Impacto:</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../ui/incident/reviewtab.ui" line="+8"/>
        <source>&amp;Root cause — what made it happen, found after the resolution:</source>
        <translation>&amp;Causa raíz: qué la provocó, hallada tras la resolución:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. “The payment gateway&apos;s certificate expired.”</source>
        <translation>p. ej. «El certificado de la pasarela de pago había caducado.»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preventive actions — what keeps it from happening again:</source>
        <translation>Acciones &amp;preventivas: qué evita que se repita:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add action</source>
        <translation>&amp;Añadir acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move action</source>
        <translation>&amp;Quitar acción</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>The offline outbox on this computer cannot be written: %1</source>
        <translation type="vanished">No se puede escribir la cola sin conexión de este equipo: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was exported and no report was marked; free some space or choose another folder.</source>
        <translation type="vanished">No se pudo escribir %1: %2. No se exportó nada ni se marcó ningún aviso; libere espacio o elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>desk::ApiPublishers</name>
    <message>
        <location filename="../app/publish/apipublishers.cpp" line="+160"/>
        <source>The Statuspage target has no page id; an administrator sets it.</source>
        <translation>El destino Statuspage no tiene id de página; lo configura un administrador.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Looking for the incident on Statuspage</source>
        <translation>Buscando la incidencia en Statuspage</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the incident on Statuspage</source>
        <translation>Leyendo la incidencia en Statuspage</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Creating the incident on Statuspage</source>
        <translation>Creando la incidencia en Statuspage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statuspage created the incident but gave no id in its answer.</source>
        <translation>Statuspage creó la incidencia pero no devolvió ningún id.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Updating the incident on Statuspage</source>
        <translation>Actualizando la incidencia en Statuspage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Cachet target has no address (baseUrl); an administrator sets it.</source>
        <translation>El destino Cachet no tiene dirección (baseUrl); la configura un administrador.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Looking for the incident on Cachet</source>
        <translation>Buscando la incidencia en Cachet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Creating the incident on Cachet</source>
        <translation>Creando la incidencia en Cachet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cachet created the incident but gave no id in its answer.</source>
        <translation>Cachet creó la incidencia pero no devolvió ningún id.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the incident&apos;s updates on Cachet</source>
        <translation>Leyendo las actualizaciones de la incidencia en Cachet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adding the update on Cachet</source>
        <translation>Añadiendo la actualización en Cachet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changing the incident&apos;s status on Cachet</source>
        <translation>Cambiando el estado de la incidencia en Cachet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changing the status of component %1 on Cachet</source>
        <translation>Cambiando el estado del componente %1 en Cachet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The Zendesk Guide target needs its address, section id and user; an administrator sets them.</source>
        <translation>El destino Zendesk Guide necesita su dirección, el id de sección y el usuario; los configura un administrador.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The Zendesk Guide target has no locales; an administrator sets them.</source>
        <translation>El destino Zendesk Guide no tiene idiomas; los configura un administrador.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking for the article on Zendesk Guide</source>
        <translation>Buscando el artículo en Zendesk Guide</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating the article on Zendesk Guide</source>
        <translation>Creando el artículo en Zendesk Guide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zendesk Guide created the article but gave no id in its answer.</source>
        <translation>Zendesk Guide creó el artículo pero no devolvió ningún id.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Writing the %1 translation on Zendesk Guide</source>
        <translation>Escribiendo la traducción %1 en Zendesk Guide</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The webhook target has no address (url); an administrator sets it.</source>
        <translation>El destino webhook no tiene dirección (url); la configura un administrador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The webhook target has no signing secret; an administrator sets it.</source>
        <translation>El destino webhook no tiene secreto de firma; lo configura un administrador.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Calling the webhook</source>
        <translation>Llamando al webhook</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A Help Center is checked over WebDAV, not as an API.</source>
        <translation>Un Centro de ayuda se comprueba por WebDAV, no como API.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the address is not a valid URL.</source>
        <translation>%1: la dirección no es una URL válida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not answer: %2</source>
        <translation>%1 no responde: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the credentials (HTTP %2): check the secret.</source>
        <translation>%1 rechazó las credenciales (HTTP %2): compruebe el secreto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered 404: check the address and the page or section id.</source>
        <translation>%1 respondió 404: compruebe la dirección y el id de página o de sección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 respondió HTTP %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: Cachet answered; it checks the token only when something is written, so the first publication does.</source>
        <translation>%1: Cachet respondió; solo comprueba el token al escribir, es decir, en la primera publicación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the receiver accepted a signed probe event; nothing was published.</source>
        <translation>%1: el receptor aceptó un evento de prueba firmado; no se publicó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the server answered and accepted the credentials; nothing was written.</source>
        <translation>%1: el servidor respondió y aceptó las credenciales; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>desk::AttachmentFile</name>
    <message>
        <location filename="../app/triage/attachmentfile.cpp" line="+66"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
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
        <translation>%1, en espera desde %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>[%1] Not acknowledged yet: %2</source>
        <translation>[%1] Aún sin acuse de recibo: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[%1] Public update due soon: %2</source>
        <translation>[%1] Actualización pública pendiente pronto: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[%1] Public update overdue: %2</source>
        <translation>[%1] Actualización pública atrasada: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[%1] Publication failed: %2</source>
        <translation>[%1] Falló la publicación: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[%1] Publication not delivered yet: %2</source>
        <translation>[%1] Publicación aún no entregada: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customers reported this incident (the first report arrived %1) and it is not acknowledged yet. The policy promises that it is taken in charge: acknowledge it and publish the acknowledgement.</source>
        <translation>Los clientes han notificado esta incidencia (el primer aviso llegó %1) y aún no tiene acuse de recibo. La política promete que se atiende: reconózcala y publique el acuse de recibo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The next public update is due %1. Write it and have it approved in time.</source>
        <translation>La próxima actualización pública vence %1. Redáctela y consiga su aprobación a tiempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The public update was due %1 and none has been published since. Customers are reading a stale report: write an update and have it approved now.</source>
        <translation>La actualización pública vencía %1 y desde entonces no se ha publicado ninguna. Los clientes leen un informe desfasado: redacte una actualización y consiga su aprobación ahora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An approved update could not be published (%1). Look at the Publications page: fix the target and retry the job.</source>
        <translation>No se pudo publicar una actualización aprobada (%1). Consulte la página Publicaciones: corrija el destino y reintente la tarea.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An approved update has not reached a target yet (%1). Look at the Publications page.</source>
        <translation>Una actualización aprobada aún no ha llegado a un destino (%1). Consulte la página Publicaciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2

%3

This message is sent once by the Incident Desk service to the incident&apos;s owner and the team leads.
</source>
        <translation>%1 — %2

%3

El servicio Incident Desk envía este mensaje una sola vez al responsable de la incidencia y a los responsables del equipo.
</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The warning for %1 could not be sent: %2</source>
        <translation>No se pudo enviar el aviso de %1: %2</translation>
    </message>
</context>
<context>
    <name>desk::ConfirmationExporter</name>
    <message>
        <location filename="../app/export/confirmationexporter.cpp" line="+138"/>
        <source>%1 is not resolved yet: confirmations are sent once it is.</source>
        <translation>%1 aún no está resuelta: las confirmaciones se envían cuando lo esté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not acknowledged yet: acknowledge it before telling the reporters.</source>
        <translation>%1 aún no tiene acuse de recibo: reconózcala antes de avisar a quienes la notificaron.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one format: PDF, EML or CSV.</source>
        <translation>Elija al menos un formato: PDF, EML o CSV.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>confirmations</source>
        <translation>confirmaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledgements</source>
        <translation>acuses de recibo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>report %1: %2</source>
        <translation>aviso %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not linked to %2</source>
        <translation>%1: no vinculado a %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No report to export: every linked report is confirmed already, or none is linked.</source>
        <translation>Ningún aviso que exportar: todos los avisos vinculados ya están confirmados, o no hay ninguno vinculado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No Help Center address is configured: the messages have no link to the report.</source>
        <translation>No hay dirección del Centro de ayuda configurada: los mensajes no tienen enlace al informe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The output folder %1 does not exist.</source>
        <translation>La carpeta de salida %1 no existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 cannot be written. Choose a folder you can write to.</source>
        <translation>No se puede escribir en la carpeta %1. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+77"/>
        <source>the PDF cannot be started</source>
        <translation>no se puede empezar el PDF</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the PDF could not be finished</source>
        <translation>no se pudo terminar el PDF</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>%1: no e-mail address, so no .eml (the PDF and the CSV have it)</source>
        <translation>%1: sin dirección de correo, así que sin .eml (el PDF y el CSV lo incluyen)</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>%1 could not be written: %2. Nothing was exported and no report was marked; free some space or choose another folder.</source>
        <translation>No se pudo escribir %1: %2. No se exportó nada ni se marcó ningún aviso; libere espacio o elija otra carpeta.</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>the combined PDF could not be finished</source>
        <translation>no se pudo terminar el PDF combinado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it could not be moved into the folder</source>
        <translation>no se pudo mover a la carpeta</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>%1 by %2: %3 reports, %4</source>
        <translation>%1 por %2: %3 avisos, %4</translation>
    </message>
</context>
<context>
    <name>desk::ConfirmationMessages</name>
    <message>
        <location filename="../app/export/confirmationmessages.cpp" line="+83"/>
        <source>There is no %1 template in %2.</source>
        <translation>No hay plantilla %1 en %2.</translation>
    </message>
</context>
<context>
    <name>desk::Credentials</name>
    <message>
        <location filename="../app/core/credentials.cpp" line="+21"/>
        <source>Cannot read the secret in %1: %2</source>
        <translation>No se puede leer el secreto de %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 can be read by others than its owner: it is not used (chmod 600 it).</source>
        <translation>%1 lo pueden leer otros además de su propietario: no se usa (aplique chmod 600).</translation>
    </message>
</context>
<context>
    <name>desk::Database</name>
    <message>
        <location filename="../app/store/database.cpp" line="+70"/>
        <source>Cannot create the folder %1 for the database. Choose a folder you can write to.</source>
        <translation>No se puede crear la carpeta %1 para la base de datos. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder, not a database file. Give the path of a file.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos. Indique la ruta de un archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file %1 is read-only. Make it writable or copy it to a folder of yours.</source>
        <translation>El archivo de base de datos %1 es de solo lectura. Hágalo modificable o cópielo a una carpeta suya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 is read-only, and SQLite needs to write its journal beside the database. Move the database to a folder you can write to.</source>
        <translation>La carpeta %1 es de solo lectura y SQLite necesita escribir su diario junto a la base de datos. Mueva la base de datos a una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Qt SQL driver for %1 is not installed (package %2).</source>
        <translation>El controlador Qt SQL para %1 no está instalado (paquete %2).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot open the database file %1: %2</source>
        <translation>No se puede abrir el archivo de base de datos %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not accept the password for %1. Check the user name and password.</source>
        <translation>El servidor no aceptó la contraseña de %1. Compruebe el usuario y la contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at %1:%2 answered: %3. Check the database and user names, or ask your administrator to create them.</source>
        <translation>El servidor %1:%2 respondió: %3. Compruebe los nombres de la base de datos y del usuario, o pida a su administrador que los cree.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot reach the PostgreSQL server at %1:%2. Check that it is running and that the address is right. (%3)</source>
        <translation>No se puede contactar con el servidor PostgreSQL %1:%2. Compruebe que está en marcha y que la dirección es correcta. (%3)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is not an Incident Desk database (not a SQLite file). Choose another file.</source>
        <translation>%1 no es una base de datos de Incident Desk (no es un archivo SQLite). Elija otro archivo.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The connection to the database was lost (%1). Your work is kept; try again when it is back.</source>
        <translation>Se perdió la conexión con la base de datos (%1). Su trabajo se conserva; inténtelo de nuevo cuando vuelva.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another workstation changed the same data at the same moment; try again.</source>
        <translation>Otro puesto cambió los mismos datos en el mismo momento; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database is busy with another program; try again in a moment.</source>
        <translation>La base de datos está ocupada por otro programa; inténtelo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>desk::DatabaseUrl</name>
    <message>
        <location filename="../app/store/databaseurl.cpp" line="+16"/>
        <source>No database given: pass a SQLite file path or a postgresql:// URL.</source>
        <translation>No se indicó ninguna base de datos: indique la ruta de un archivo SQLite o una URL postgresql://.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The database URL is not valid: %1</source>
        <translation>La URL de la base de datos no es válida: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown sslmode &apos;%1&apos;: use one of %2.</source>
        <translation>sslmode «%1» desconocido: use uno de %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connect_timeout must be a whole number of seconds.</source>
        <translation>connect_timeout debe ser un número entero de segundos.</translation>
    </message>
</context>
<context>
    <name>desk::DemoGenerator</name>
    <message>
        <location filename="../app/tools/demodata.cpp" line="+571"/>
        <source>the year of history is written only over a superuser connection</source>
        <translation>el año de historial solo se escribe con una conexión de superusuario</translation>
    </message>
</context>
<context>
    <name>desk::DraftStore</name>
    <message>
        <location filename="../app/compose/draftstore.cpp" line="+69"/>
        <source>Cannot create the drafts folder %1.</source>
        <translation>No se puede crear la carpeta de borradores %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Cannot keep the draft on this computer: %1</source>
        <translation>No se puede guardar el borrador en este equipo: %1</translation>
    </message>
</context>
<context>
    <name>desk::FolderPublisher</name>
    <message>
        <location filename="../app/publish/folderpublisher.cpp" line="+19"/>
        <source>Cannot create the Help Center folder %1: check that it can be written.</source>
        <translation>No se puede crear la carpeta del Centro de ayuda %1: compruebe que se puede escribir.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>desk::HttpClient</name>
    <message>
        <location filename="../app/publish/httpclient.cpp" line="+236"/>
        <source>the server did not answer within %1 s</source>
        <translation>el servidor no respondió en %1 s</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed: the server answered %2 %3</source>
        <translation>%1 falló: el servidor respondió %2 %3</translation>
    </message>
</context>
<context>
    <name>desk::ImportDesk</name>
    <message>
        <location filename="../app/intake/importdesk.cpp" line="+54"/>
        <source>The database cannot be reached: nothing was imported. Try again when it is back.</source>
        <translation>No se puede acceder a la base de datos: no se importó nada. Inténtelo de nuevo cuando vuelva.</translation>
    </message>
</context>
<context>
    <name>desk::IncidentRepository</name>
    <message>
        <location filename="../app/store/incidentrepository.cpp" line="+93"/>
        <source>There is no service &apos;%1&apos;.</source>
        <translation>No existe el servicio «%1».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the incident a title customers will understand.</source>
        <translation>Dé a la incidencia un título que los clientes entiendan.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Incident %1 does not exist.</source>
        <translation>La incidencia %1 no existe.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>There is no incident %1.</source>
        <translation>No existe la incidencia %1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The title cannot be empty.</source>
        <translation>El título no puede estar vacío.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was changed on another workstation since you opened it (now version %2). Your changes are kept: compare and merge them.</source>
        <translation>%1 se cambió en otro puesto desde que lo abrió (ahora versión %2). Sus cambios se conservan: compárelos y combínelos.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 was changed on another workstation; reload it before changing its state.</source>
        <translation>%1 se cambió en otro puesto; vuelva a cargarlo antes de cambiar su estado.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 was changed on another workstation; reload it.</source>
        <translation>%1 se cambió en otro puesto; vuelva a cargarlo.</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Every preventive action needs a description.</source>
        <translation>Cada acción preventiva necesita una descripción.</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>The reports are already linked to this incident.</source>
        <translation>Los avisos ya están vinculados a esta incidencia.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is %2; move the reports to an open incident.</source>
        <translation>%1 está en estado %2; mueva los avisos a una incidencia abierta.</translation>
    </message>
</context>
<context>
    <name>desk::IncidentSession</name>
    <message>
        <location filename="../app/incident/incidentsession.cpp" line="+115"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Could not open the incident: %1</source>
        <translation>No se pudo abrir la incidencia: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database cannot be reached: the incident could not be loaded.</source>
        <translation>No se puede acceder a la base de datos: no se pudo cargar la incidencia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+226"/>
        <source>offline</source>
        <extracomment>Why the incident could not be loaded: the database cannot be reached
----------
Why the change could not be saved: the database cannot be reached</extracomment>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Someone changed this incident on another workstation. Your edits are kept; when you save, you will see both versions and choose.</source>
        <translation>Alguien cambió esta incidencia en otro puesto. Sus cambios se conservan; al guardar verá las dos versiones y elegirá.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The title cannot be empty: customers read it first.</source>
        <translation>El título no puede estar vacío: es lo primero que leen los clientes.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+13"/>
        <source>Not saved: %1 Your text is still here.</source>
        <translation>No guardado: %1 Su texto sigue aquí.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved, and it cannot be kept on this computer either: %1 Your text is still here.</source>
        <translation>No guardado, y tampoco se puede conservar en este equipo: %1 Su texto sigue aquí.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database cannot be reached. Your changes are kept on this computer and will be saved as soon as it is back.</source>
        <translation>No se puede acceder a la base de datos. Sus cambios se guardan en este equipo y se guardarán en cuanto vuelva.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Merge with the other workstation</source>
        <translation>Combinar con el otro puesto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: another workstation changed this incident. Your changes are still here; save again to compare and merge.</source>
        <translation>No guardado: otro puesto cambió esta incidencia. Sus cambios siguen aquí; guarde de nuevo para comparar y combinar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What you saved while offline meets changes made meanwhile on another workstation: choose what to keep.</source>
        <translation>Lo que guardó sin conexión coincide con cambios hechos mientras tanto en otro puesto: elija qué conservar.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is now “%2”.</source>
        <translation>%1 está ahora «%2».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database cannot be reached: the state was not changed. Try again when it is back.</source>
        <translation>No se puede acceder a la base de datos: el estado no cambió. Inténtelo de nuevo cuando vuelva.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select the reports first.</source>
        <translation>Seleccione primero los avisos.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n report(s) sent back to the triage queue.</source>
        <translation>
            <numerusform>%n aviso devuelto a la cola de clasificación.</numerusform>
            <numerusform>%n avisos devueltos a la cola de clasificación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n report(s) moved.</source>
        <translation>
            <numerusform>%n aviso movido.</numerusform>
            <numerusform>%n avisos movidos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>The database cannot be reached: no report was moved.</source>
        <translation>No se puede acceder a la base de datos: no se movió ningún aviso.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>There is no other open incident to move the reports to.</source>
        <translation>No hay otra incidencia abierta a la que mover los avisos.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The service&apos;s status was not changed: %1</source>
        <translation>El estado del servicio no cambió: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service status set to “%1”.</source>
        <translation>Estado del servicio fijado en «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database cannot be reached: the service&apos;s status was not changed.</source>
        <translation>No se puede acceder a la base de datos: el estado del servicio no cambió.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the database cannot be reached</source>
        <translation>no se puede acceder a la base de datos</translation>
    </message>
</context>
<context>
    <name>desk::IncidentSuggester</name>
    <message>
        <location filename="../app/triage/suggester.cpp" line="+96"/>
        <source>same service</source>
        <translation>mismo servicio</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n word(s) in common</source>
        <translation>
            <numerusform>%n palabra en común</numerusform>
            <numerusform>%n palabras en común</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opened %1 h apart</source>
        <translation>abiertas con %1 h de diferencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>opened %1 days apart</source>
        <translation>abiertas con %1 días de diferencia</translation>
    </message>
</context>
<context>
    <name>desk::IntakeDirectory</name>
    <message>
        <location filename="../app/intake/intakedirectory.cpp" line="+34"/>
        <source>The token cannot be checked now.</source>
        <translation>No se puede comprobar el token ahora.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The services cannot be read now.</source>
        <translation>No se pueden leer los servicios ahora.</translation>
    </message>
</context>
<context>
    <name>desk::IntakePipeline</name>
    <message>
        <location filename="../app/intake/intakepipeline.cpp" line="+61"/>
        <source>The service is stopping; send the report again in a moment.</source>
        <translation>El servicio se está deteniendo; envíe el aviso de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report could not be confirmed in time. Send it again with the same Idempotency-Key (or external_ref) so that it is stored once.</source>
        <translation>No se pudo confirmar el aviso a tiempo. Envíelo de nuevo con la misma Idempotency-Key (o external_ref) para que se guarde una sola vez.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the connection was closed</source>
        <translation>se cerró la conexión</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The team database refused the report: %1</source>
        <translation>La base de datos del equipo rechazó el aviso: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The team database cannot be reached and the service cannot keep more reports now; send the report again in a minute.</source>
        <translation>No se puede acceder a la base de datos del equipo y el servicio no puede guardar más avisos ahora; envíe el aviso de nuevo dentro de un minuto.</translation>
    </message>
</context>
<context>
    <name>desk::IntakeSpool</name>
    <message>
        <location filename="../app/store/intakespool.cpp" line="+82"/>
        <source>The intake spool failed: %1</source>
        <translation>Falló la cola de recepción: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the folder of the intake spool %1.</source>
        <translation>No se puede crear la carpeta de la cola de recepción %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the intake spool %1: %2</source>
        <translation>No se puede abrir la cola de recepción %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot use the intake spool %1: %2</source>
        <translation>No se puede usar la cola de recepción %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+68"/>
        <location line="+13"/>
        <source>The intake spool cannot be read: %1</source>
        <translation>No se puede leer la cola de recepción: %1</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+33"/>
        <location line="+47"/>
        <location line="+3"/>
        <location line="+21"/>
        <source>The intake spool cannot be written: %1</source>
        <translation>No se puede escribir la cola de recepción: %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>the spooled item cannot be read (written by another version?)</source>
        <translation>no se puede leer el elemento en cola (¿escrito por otra versión?)</translation>
    </message>
</context>
<context>
    <name>desk::IntakeTokenRepository</name>
    <message>
        <location filename="../app/store/intaketokenrepository.cpp" line="+45"/>
        <source>A token needs a name of 1 to 100 characters, e.g. &quot;website contact form&quot;.</source>
        <translation>Un token necesita un nombre de 1 a 100 caracteres, p. ej. &quot;formulario de contacto del sitio&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an origin: write it as https://www.example.org</source>
        <translation>«%1» no es un origen: escríbalo como https://www.example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator adds intake tokens.</source>
        <translation>Solo un administrador añade tokens de recepción.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is a token named “%1” already.</source>
        <translation>Ya existe un token llamado «%1».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The token was not stored.</source>
        <translation>No se guardó el token.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only an administrator revokes intake tokens.</source>
        <translation>Solo un administrador revoca tokens de recepción.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No token named “%1” is in use.</source>
        <translation>No hay ningún token llamado «%1» en uso.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not an intake token.</source>
        <translation>No es un token de recepción.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The token is unknown or revoked.</source>
        <translation>El token es desconocido o está revocado.</translation>
    </message>
</context>
<context>
    <name>desk::Lifecycle</name>
    <message>
        <location filename="../app/domain/lifecycle.cpp" line="+47"/>
        <source>An incident cannot go from %1 to %2.</source>
        <translation>Una incidencia no puede pasar de %1 a %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write and submit the acknowledgement update first: customers must be told the incident is in hand.</source>
        <translation>Redacte y envíe primero la actualización de acuse de recibo: los clientes deben saber que la incidencia está en manos del equipo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write and submit the resolution update first: customers must be told it is fixed.</source>
        <translation>Redacte y envíe primero la actualización de resolución: los clientes deben saber que está solucionado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the root cause in the post-incident review before marking it reviewed.</source>
        <translation>Anote la causa raíz en el análisis posterior antes de marcarla como analizada.</translation>
    </message>
</context>
<context>
    <name>desk::MailParser</name>
    <message>
        <location filename="../app/intake/mailparser.cpp" line="+153"/>
        <source>no sender address (From) to answer</source>
        <translation>sin dirección de remitente (From) a la que responder</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>attachment %1</source>
        <translation>adjunto %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[The attachment “%1” (%2 bytes) was not kept: files are kept up to 10 MiB.]</source>
        <translation>[No se conservó el adjunto «%1» (%2 bytes): se conservan archivos de hasta 10 MiB.]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[The attachment “%1” was not kept: a report keeps %2 files.]</source>
        <translation>[No se conservó el adjunto «%1»: un aviso conserva %2 archivos.]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[Part of this e-mail could not be read: %1]</source>
        <translation>[No se pudo leer una parte de este correo: %1]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a readable e-mail: %1</source>
        <translation>no es un correo legible: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>full message.txt</source>
        <translation>mensaje completo.txt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>[The text was longer than a report holds; all of it is in the attached “%1”.]</source>
        <translation>[El texto era más largo de lo que cabe en un aviso; está completo en el adjunto «%1».]</translation>
    </message>
</context>
<context>
    <name>desk::MailRepository</name>
    <message>
        <location filename="../app/store/mailrepository.cpp" line="+72"/>
        <source>The sender stopped during the SMTP transaction: the message may have been delivered. Check the mail server&apos;s log, then send it again or mark it sent.</source>
        <translation>El remitente se detuvo durante la transacción SMTP: puede que el mensaje se entregara. Revise el registro del servidor de correo y luego reenvíelo o márquelo como enviado.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The sender stopped answering during the SMTP transaction: the message may have been delivered. Check the mail server&apos;s log, then send it again or mark it sent.</source>
        <translation>El remitente dejó de responder durante la transacción SMTP: puede que el mensaje se entregara. Revise el registro del servidor de correo y luego reenvíelo o márquelo como enviado.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Mail job %1 is no longer being sent by this sender.</source>
        <translation>Este remitente ya no envía la tarea de correo %1.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Mail job %1 does not exist.</source>
        <translation>La tarea de correo %1 no existe.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only a team lead can retry, cancel or settle messages to reporters.</source>
        <translation>Solo un responsable puede reintentar, cancelar o resolver los mensajes a quienes notificaron.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This message is %1 now; it cannot be changed that way.</source>
        <translation>Este mensaje está ahora %1; no se puede cambiar así.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This message changed meanwhile; look again.</source>
        <translation>Este mensaje cambió mientras tanto; vuelva a mirarlo.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Only a team lead can hold or release an incident&apos;s messages.</source>
        <translation>Solo un responsable puede retener o liberar los mensajes de una incidencia.</translation>
    </message>
</context>
<context>
    <name>desk::MailSender</name>
    <message>
        <location filename="../app/mail/mailsender.cpp" line="+137"/>
        <source>The reporter was confirmed already (%1); nothing was sent.</source>
        <translation>Quien lo notificó ya recibió la confirmación (%1); no se envió nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an e-mail address; correct the report&apos;s address, then send it again.</source>
        <translation>«%1» no es una dirección de correo; corrija la dirección del aviso y envíelo de nuevo.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Given up after %1 attempts; the last: %2</source>
        <translation>Abandonado tras %1 intentos; el último: %2</translation>
    </message>
</context>
<context>
    <name>desk::MailboxReader</name>
    <message>
        <location filename="../app/intake/mailboxreader.cpp" line="+99"/>
        <source>The mailbox %1@%2:%3 cannot be read: %4</source>
        <translation>No se puede leer el buzón %1@%2:%3: %4</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Reading the mailbox failed: %1</source>
        <translation>Falló la lectura del buzón: %1</translation>
    </message>
</context>
<context>
    <name>desk::Migrator</name>
    <message>
        <location filename="../app/store/migrator.cpp" line="+86"/>
        <source>This database was upgraded by a newer Incident Desk (schema %1; this program knows up to %2). Install the newer version of Incident Desk to use it.</source>
        <translation>Esta base de datos la actualizó un Incident Desk más reciente (esquema %1; este programa conoce hasta %2). Instale la versión más reciente de Incident Desk para usarla.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Falló la migración %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>desk::Outbox</name>
    <message>
        <location filename="../app/store/outbox.cpp" line="+48"/>
        <source>The offline outbox on this computer cannot be written: %1</source>
        <translation>No se puede escribir la cola sin conexión de este equipo: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Cannot create the folder for the offline outbox: %1</source>
        <translation>No se puede crear la carpeta de la cola sin conexión: %1</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>resolved by the user</source>
        <translation>resuelto por el usuario</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown operation &apos;%1&apos; in the outbox.</source>
        <translation>Operación «%1» desconocida en la cola sin conexión.</translation>
    </message>
</context>
<context>
    <name>desk::PasswordHash</name>
    <message>
        <location filename="../app/core/passwordhash.cpp" line="+23"/>
        <source>The crypto library failed to start.</source>
        <translation>No se pudo iniciar la biblioteca criptográfica.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not enough memory to hash the password.</source>
        <translation>No hay memoria suficiente para el hash de la contraseña.</translation>
    </message>
</context>
<context>
    <name>desk::PublicationRepository</name>
    <message>
        <location filename="../app/store/publicationrepository.cpp" line="+136"/>
        <location line="+49"/>
        <location line="+28"/>
        <source>Only an administrator configures where updates are published.</source>
        <translation>Solo un administrador configura dónde se publican las actualizaciones.</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+49"/>
        <source>Give the target a name, e.g. “Help Center”.</source>
        <translation>Dé un nombre al destino, p. ej. «Centro de ayuda».</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The target&apos;s settings are not a JSON object: %1</source>
        <translation>La configuración del destino no es un objeto JSON: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+24"/>
        <source>This target was changed elsewhere; reload it.</source>
        <translation>Este destino se cambió en otro lugar; vuelva a cargarlo.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Publication job %1 does not exist.</source>
        <translation>La tarea de publicación %1 no existe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a team lead can retry or cancel publications.</source>
        <translation>Solo un responsable puede reintentar o cancelar publicaciones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This publication is %1; it cannot be changed that way now.</source>
        <translation>Esta publicación está %1; ahora no se puede cambiar así.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This publication changed meanwhile; look again.</source>
        <translation>Esta publicación cambió mientras tanto; vuelva a mirarla.</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>The setting “%1” looks like a secret: secrets are kept in the keychain of each workstation, never in the shared database.</source>
        <translation>El ajuste «%1» parece un secreto: los secretos se guardan en el llavero de cada puesto, nunca en la base de datos compartida.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Help Center (this computer)</source>
        <translation>Centro de ayuda (este equipo)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No Help Center has an address yet: an administrator sets it in Publications → Targets…</source>
        <translation>Ningún Centro de ayuda tiene dirección todavía: un administrador la configura en Publicaciones → Destinos…</translation>
    </message>
    <message>
        <location line="+279"/>
        <source>Publication job %1 is gone.</source>
        <translation>La tarea de publicación %1 ya no existe.</translation>
    </message>
</context>
<context>
    <name>desk::PublicationRunner</name>
    <message>
        <location filename="../app/publish/publicationrunner.cpp" line="+65"/>
        <source>Waiting: the Help Center target has no WebDAV address yet; an administrator sets it.</source>
        <translation>En espera: el destino Centro de ayuda aún no tiene dirección WebDAV; la configura un administrador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: the Statuspage target has no page id yet; an administrator sets it.</source>
        <translation>En espera: el destino Statuspage aún no tiene id de página; lo configura un administrador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: the Cachet target has no address yet; an administrator sets it.</source>
        <translation>En espera: el destino Cachet aún no tiene dirección; la configura un administrador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: the Zendesk Guide target needs its address, section id and user; an administrator sets them.</source>
        <translation>En espera: el destino Zendesk Guide necesita su dirección, el id de sección y el usuario; los configura un administrador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: the webhook target has no address yet; an administrator sets it.</source>
        <translation>En espera: el destino webhook aún no tiene dirección; la configura un administrador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: this workstation has no credentials for %1; an administrator enters them in Publication targets.</source>
        <translation>En espera: este puesto no tiene credenciales para %1; un administrador las introduce en Destinos de publicación.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+32"/>
        <source>The Help Center target&apos;s WebDAV address is not a valid URL: %1</source>
        <translation>La dirección WebDAV del destino Centro de ayuda no es una URL válida: %1</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The update of this job is not published.</source>
        <translation>La actualización de esta tarea no está publicada.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Taken back: the workstation sending it stopped answering.</source>
        <translation>Recuperada: el puesto que la enviaba dejó de responder.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Waiting: an earlier update of this incident has to reach %1 first.</source>
        <translation>En espera: una actualización anterior de esta incidencia debe llegar antes a %1.</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>%1 cannot be written by this program.</source>
        <translation>Este programa no puede escribir %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the folder %2 can be written.</source>
        <translation>%1: se puede escribir en la carpeta %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not answer: %2</source>
        <translation>%1 no responde: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the user and password (HTTP %2).</source>
        <translation>%1 rechazó el usuario y la contraseña (HTTP %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the server answered and accepted the credentials; the folder is made at the first publication.</source>
        <translation>%1: el servidor respondió y aceptó las credenciales; la carpeta se crea en la primera publicación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2 to PROPFIND.</source>
        <translation>%1 respondió HTTP %2 a PROPFIND.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the WebDAV server answered and accepted the credentials; nothing was written.</source>
        <translation>%1: el servidor WebDAV respondió y aceptó las credenciales; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>desk::ReportImporter</name>
    <message>
        <location filename="../app/intake/reportimporter.cpp" line="+73"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot tell the format of %1: name it .jsonl or .csv.</source>
        <translation>No se reconoce el formato de %1: llámelo .jsonl o .csv.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>external_ref &apos;%1&apos; already appears on line %2</source>
        <translation>external_ref «%1» ya aparece en la línea %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the line is not valid UTF-8 text; save the file as UTF-8</source>
        <translation>la línea no es texto UTF-8 válido; guarde el archivo en UTF-8</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not valid JSON (%1 at column %2)</source>
        <translation>JSON no válido (%1 en la columna %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the line is not a JSON object</source>
        <translation>la línea no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is empty: a CSV import needs a header row naming its columns.</source>
        <translation>%1 está vacío: una importación CSV necesita una fila de encabezado con los nombres de las columnas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The CSV header has no &apos;%1&apos; column. Columns: %2.</source>
        <translation>El encabezado CSV no tiene columna «%1». Columnas: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a quoted field is never closed</source>
        <translation>un campo entre comillas nunca se cierra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 fields where the header has %2</source>
        <translation>%1 campos donde el encabezado tiene %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the row is not valid UTF-8 text; save the file as UTF-8</source>
        <translation>la fila no es texto UTF-8 válido; guarde el archivo en UTF-8</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>The import was cancelled: nothing of it was kept.</source>
        <translation>Se canceló la importación: no se conservó nada.</translation>
    </message>
</context>
<context>
    <name>desk::ReportRepository</name>
    <message>
        <location filename="../app/store/reportrepository.cpp" line="+62"/>
        <source>Report %1 no longer exists; another workstation may have removed it.</source>
        <translation>El aviso %1 ya no existe; puede que otro puesto lo haya eliminado.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>%1 claimed this report first; their claim runs until %2.</source>
        <translation>%1 se asignó este aviso antes; su asignación dura hasta %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>You do not hold a claim on this report.</source>
        <translation>Este aviso no está asignado a usted.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 holds this report; ask them or wait until their claim ends.</source>
        <translation>%1 tiene asignado este aviso; pregúntele o espere a que termine su asignación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this report since you opened it (it is now %1). Reload it; nothing you did was saved over theirs.</source>
        <translation>Otra persona cambió este aviso desde que lo abrió (ahora está %1). Vuelva a cargarlo; nada de lo que hizo se guardó encima de sus cambios.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A report cannot be a duplicate of itself.</source>
        <translation>Un aviso no puede ser duplicado de sí mismo.</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>There is no report with the reference &apos;%1&apos;.</source>
        <translation>No hay ningún aviso con la referencia «%1».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That file is not stored with the report.</source>
        <translation>Ese archivo no está guardado con el aviso.</translation>
    </message>
</context>
<context>
    <name>desk::SecretStore</name>
    <message>
        <location filename="../app/core/secretstore.cpp" line="+70"/>
        <source>The keychain did not store the secret: %1</source>
        <translation>El llavero no guardó el secreto: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No keychain service is running.</source>
        <translation>No hay ningún servicio de llavero en marcha.</translation>
    </message>
</context>
<context>
    <name>desk::ServiceRepository</name>
    <message>
        <location filename="../app/store/servicerepository.cpp" line="+60"/>
        <source>Someone else changed this service&apos;s status meanwhile; reload and try again.</source>
        <translation>Otra persona cambió mientras tanto el estado de este servicio; vuelva a cargar e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>desk::Simulation</name>
    <message>
        <location filename="../app/tools/simulation.cpp" line="+143"/>
        <source>--agents takes 1 to 500.</source>
        <translation>--agents admite de 1 a 500.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 agents for %2 s on %3 new reports</source>
        <translation>%1 agentes durante %2 s sobre %3 avisos nuevos</translation>
    </message>
</context>
<context>
    <name>desk::SiteOptions</name>
    <message>
        <location filename="../app/publish/sitedata.cpp" line="+32"/>
        <source>The logo address %1 must start with https:// or be a path on the Help Center.</source>
        <translation>La dirección del logotipo %1 debe empezar por https:// o ser una ruta del Centro de ayuda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The contact form address %1 must start with https:// (or be a mailto: address).</source>
        <translation>La dirección del formulario de contacto %1 debe empezar por https:// (o ser una dirección mailto:).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The colour %1 is not of the form #rrggbb (for example #24364b).</source>
        <translation>El color %1 no tiene la forma #rrggbb (por ejemplo, #24364b).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The time zones name a language the Help Center does not have: %1.</source>
        <translation>Las zonas horarias nombran un idioma que el Centro de ayuda no tiene: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a time zone this computer knows (for %2); use a name such as Europe/Madrid or America/Mexico_City.</source>
        <translation>%1 no es una zona horaria que este equipo conozca (para %2); use un nombre como Europe/Madrid o America/Mexico_City.</translation>
    </message>
</context>
<context>
    <name>desk::SiteTemplates</name>
    <message>
        <location filename="../app/publish/sitetemplates.cpp" line="+40"/>
        <source>The Help Center&apos;s template folder %1 does not exist.</source>
        <translation>La carpeta de plantillas del Centro de ayuda %1 no existe.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The Help Center template %1.mustache is missing.</source>
        <translation>Falta la plantilla del Centro de ayuda %1.mustache.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Help Center template %1 cannot be read: %2</source>
        <translation>No se puede leer la plantilla del Centro de ayuda %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The Help Center template %1.mustache includes a template that does not exist.</source>
        <translation>La plantilla del Centro de ayuda %1.mustache incluye una plantilla que no existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Help Center template %1.mustache cannot be read: %2</source>
        <translation>No se puede leer la plantilla del Centro de ayuda %1.mustache: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a JSON object of texts: %2</source>
        <translation>%1 no es un objeto JSON de textos: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In %1, the text %2 is not a string.</source>
        <translation>En %1, el texto %2 no es una cadena.</translation>
    </message>
</context>
<context>
    <name>desk::SmtpSender</name>
    <message>
        <location filename="../app/mail/smtpsender.cpp" line="+98"/>
        <source>The mail server %1 refused the login %2: %3. Check the user and the password (credential smtp-password).</source>
        <translation>El servidor de correo %1 rechazó el inicio de sesión %2: %3. Compruebe el usuario y la contraseña (credencial smtp-password).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server %1 does not take mail now: %2</source>
        <translation>El servidor de correo %1 no acepta correo ahora: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server %1 cannot be reached: %2</source>
        <translation>No se puede contactar con el servidor de correo %1: %2</translation>
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
        <translation>La conexión se cortó tras enviar el mensaje, antes de que el servidor respondiera (%1): puede que se haya entregado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the mail server broke: %1</source>
        <translation>Se cortó la conexión con el servidor de correo: %1</translation>
    </message>
</context>
<context>
    <name>desk::SpellChecker</name>
    <message>
        <location filename="../app/compose/spellchecker.cpp" line="+118"/>
        <source>Only a single word can be added to the dictionary.</source>
        <translation>Solo se puede añadir una palabra al diccionario.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save the word in %1: %2</source>
        <translation>No se puede guardar la palabra en %1: %2</translation>
    </message>
</context>
<context>
    <name>desk::Submission</name>
    <message>
        <location filename="../app/intake/submission.cpp" line="+81"/>
        <source>multipart/form-data needs a boundary parameter of 1 to 70 characters.</source>
        <translation>multipart/form-data necesita un parámetro boundary de 1 a 70 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the report as application/json, application/x-www-form-urlencoded or multipart/form-data (Content-Type was “%1”).</source>
        <translation>Envíe el aviso como application/json, application/x-www-form-urlencoded o multipart/form-data (el Content-Type era «%1»).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The body is not valid UTF-8.</source>
        <translation>El cuerpo no es UTF-8 válido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The body is not valid JSON: %1 at offset %2.</source>
        <translation>El cuerpo no es JSON válido: %1 en la posición %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The body must be one JSON object with the report&apos;s fields.</source>
        <translation>El cuerpo debe ser un único objeto JSON con los campos del aviso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report has %1 fields; a report has at most %2.</source>
        <translation>El aviso tiene %1 campos; un aviso tiene como máximo %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The form has %1 fields; a report has at most %2.</source>
        <translation>El formulario tiene %1 campos; un aviso tiene como máximo %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The form is not valid UTF-8: send it with accept-charset=&quot;UTF-8&quot;.</source>
        <translation>El formulario no es UTF-8 válido: envíelo con accept-charset=&quot;UTF-8&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The multipart body does not contain its boundary.</source>
        <translation>El cuerpo multipart no contiene su delimitador.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A multipart boundary must be followed by CRLF.</source>
        <translation>Un delimitador multipart debe ir seguido de CRLF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A part of the multipart body is cut off (no closing boundary).</source>
        <translation>Una parte del cuerpo multipart está cortada (sin delimitador de cierre).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The form has more than %1 parts.</source>
        <translation>El formulario tiene más de %1 partes.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Every part of the form needs a UTF-8 name in its Content-Disposition.</source>
        <translation>Cada parte del formulario necesita un nombre UTF-8 en su Content-Disposition.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file “%1” has %2 bytes; the limit is %3 (10 MiB).</source>
        <translation>El archivo «%1» tiene %2 bytes; el límite es %3 (10 MiB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At most %1 files go with one report.</source>
        <translation>Como máximo %1 archivos acompañan a un aviso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The field “%1” is not valid UTF-8.</source>
        <translation>El campo «%1» no es UTF-8 válido.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 contains a NUL character</source>
        <translation>%1 contiene un carácter NUL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 supera los %2 caracteres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>external_ref is missing</source>
        <translation>falta external_ref</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>external_ref is longer than 200 characters</source>
        <translation>external_ref supera los 200 caracteres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>received_at is missing</source>
        <translation>falta received_at</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>received_at &apos;%1&apos; is not an ISO 8601 date and time (e.g. 2026-03-14T09:30:00Z)</source>
        <translation>received_at «%1» no es una fecha y hora ISO 8601 (p. ej. 2026-03-14T09:30:00Z)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>channel &apos;%1&apos; is unknown (use contact_form, email, phone or import)</source>
        <translation>canal «%1» desconocido (use contact_form, email, phone o import)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>language &apos;%1&apos; is not supported (use it, en, fr, de or es)</source>
        <translation>el idioma «%1» no es compatible (use it, en, fr, de o es)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>both subject and body are empty</source>
        <translation>el asunto y el cuerpo están vacíos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subject has %1 characters; the limit is %2</source>
        <translation>el asunto tiene %1 caracteres; el límite es %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>body has %1 characters; the limit is %2 (attach long logs as files instead)</source>
        <translation>el cuerpo tiene %1 caracteres; el límite es %2 (adjunte los registros largos como archivos)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>customer_email &apos;%1&apos; is not an e-mail address</source>
        <translation>customer_email «%1» no es una dirección de correo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>service &apos;%1&apos; is unknown (known services: %2)</source>
        <translation>servicio «%1» desconocido (servicios conocidos: %2)</translation>
    </message>
</context>
<context>
    <name>desk::TriageActions</name>
    <message>
        <location filename="../app/triage/triageactions.cpp" line="+32"/>
        <source>Select one or more reports first.</source>
        <translation>Seleccione primero uno o más avisos.</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Not done for %n report(s): %1</source>
        <translation>
            <numerusform>No se hizo para %n aviso: %1</numerusform>
            <numerusform>No se hizo para %n avisos: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database cannot be reached, so this was not done. Try again when it is back.</source>
        <translation>No se puede acceder a la base de datos, así que no se hizo. Inténtelo de nuevo cuando vuelva.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The database cannot be reached: %n report(s) kept on this computer, done as soon as it is back.</source>
        <translation>
            <numerusform>No se puede acceder a la base de datos: %n aviso guardado en este equipo, se hará en cuanto vuelva.</numerusform>
            <numerusform>No se puede acceder a la base de datos: %n avisos guardados en este equipo, se harán en cuanto vuelva.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not kept: %1</source>
        <translation>No conservado: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Claimed %n report(s).</source>
        <translation>
            <numerusform>%n aviso asignado.</numerusform>
            <numerusform>%n avisos asignados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Released %n report(s).</source>
        <translation>
            <numerusform>%n aviso liberado.</numerusform>
            <numerusform>%n avisos liberados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Linked %n report(s).</source>
        <translation>
            <numerusform>%n aviso vinculado.</numerusform>
            <numerusform>%n avisos vinculados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Marked %n report(s) as not an incident.</source>
        <translation>
            <numerusform>%n aviso marcado como no incidencia.</numerusform>
            <numerusform>%n avisos marcados como no incidencia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Marked %n report(s) as duplicates.</source>
        <translation>
            <numerusform>%n aviso marcado como duplicado.</numerusform>
            <numerusform>%n avisos marcados como duplicados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Created %1 and linked %n report(s).</source>
        <translation>
            <numerusform>%1 creada y %n aviso vinculado.</numerusform>
            <numerusform>%1 creada y %n avisos vinculados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database cannot be reached: the incident was not created. Try again when it is back.</source>
        <translation>No se puede acceder a la base de datos: no se creó la incidencia. Inténtelo de nuevo cuando vuelva.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Undone for %n report(s).</source>
        <translation>
            <numerusform>Deshecho para %n aviso.</numerusform>
            <numerusform>Deshecho para %n avisos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::UpdateDraftSession</name>
    <message>
        <location filename="../app/compose/updatedraftsession.cpp" line="+98"/>
        <source>Could not load the update: %1</source>
        <translation>No se pudo cargar la actualización: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database cannot be reached: the update could not be loaded.</source>
        <translation>No se puede acceder a la base de datos: no se pudo cargar la actualización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offline</source>
        <extracomment>Why the draft could not be loaded: the database cannot be reached</extracomment>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Restored the text you wrote on this computer at %1, which was not saved to the team database yet.</source>
        <translation>Se restauró el texto que escribió en este equipo a las %1, que aún no se había guardado en la base de datos del equipo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 asked for changes: “%2”</source>
        <translation>%1 pidió cambios: «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for a team lead&apos;s approval. Withdraw it to change the text.</source>
        <translation>Pendiente de la aprobación de un responsable. Retírela para cambiar el texto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kept on this computer at %1</source>
        <translation>Guardado en este equipo a las %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write the update in at least one language.</source>
        <translation>Redacte la actualización en al menos un idioma.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The database cannot be reached. Your text is kept on this computer and goes to the team database when you save again.</source>
        <translation>No se puede acceder a la base de datos. Su texto se guarda en este equipo y pasa a la base de datos del equipo cuando vuelva a guardar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not saved to the team database: %1 Your text is kept on this computer.</source>
        <translation>No guardado en la base de datos del equipo: %1 Su texto se guarda en este equipo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved to the team database at %1 · %2</source>
        <translation>Guardado en la base de datos del equipo a las %1 · %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not submitted: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submitted: a team lead will review it. You will be told of the decision.</source>
        <translation>Enviada: un responsable la revisará. Se le informará de la decisión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database cannot be reached: the update was saved on this computer but not submitted. Submit it again when the database is back.</source>
        <translation>No se puede acceder a la base de datos: la actualización se guardó en este equipo pero no se envió. Envíela de nuevo cuando vuelva la base de datos.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Withdrawn: you can edit it again.</source>
        <translation>Retirada: puede volver a editarla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database cannot be reached: the update is still waiting for approval.</source>
        <translation>No se puede acceder a la base de datos: la actualización sigue pendiente de aprobación.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The database cannot be reached: the draft was not discarded.</source>
        <translation>No se puede acceder a la base de datos: no se descartó el borrador.</translation>
    </message>
</context>
<context>
    <name>desk::UpdateRepository</name>
    <message>
        <location filename="../app/store/updaterepository.cpp" line="+77"/>
        <location line="+120"/>
        <source>An update needs a text in at least one language.</source>
        <translation>Una actualización necesita un texto en al menos un idioma.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Update %1 does not exist.</source>
        <translation>La actualización %1 no existe.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>This update was changed elsewhere since you opened it; your text is kept, compare it with theirs.</source>
        <translation>Esta actualización se cambió en otro lugar desde que la abrió; su texto se conserva, compárelo con el otro.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+50"/>
        <location line="+31"/>
        <source>This update was changed elsewhere since you opened it; reload it.</source>
        <translation>Esta actualización se cambió en otro lugar desde que la abrió; vuelva a cargarla.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Say what should change, so the author knows what to do.</source>
        <translation>Indique qué debe cambiar, para que el autor sepa qué hacer.</translation>
    </message>
</context>
<context>
    <name>desk::UpdateTemplates</name>
    <message>
        <location filename="../app/compose/updatetemplates.cpp" line="+34"/>
        <source>There is no %1 template in %2.</source>
        <translation>No hay plantilla %1 en %2.</translation>
    </message>
</context>
<context>
    <name>desk::UpdateWorkflow</name>
    <message>
        <location filename="../app/domain/updateworkflow.cpp" line="+41"/>
        <source>A published update never changes; write a new update to correct it.</source>
        <translation>Una actualización publicada nunca cambia; redacte una nueva para corregirla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The update is waiting for approval; withdraw it before editing.</source>
        <translation>La actualización está pendiente de aprobación; retírela antes de editarla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the author or a lead can delete an unpublished update.</source>
        <translation>Solo el autor o un responsable pueden eliminar una actualización no publicada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a draft or an update with requested changes can be submitted.</source>
        <translation>Solo se puede enviar un borrador o una actualización con cambios pedidos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a submitted update can be withdrawn.</source>
        <translation>Solo se puede retirar una actualización enviada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the author can withdraw the update.</source>
        <translation>Solo el autor puede retirar la actualización.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a team lead can review updates.</source>
        <translation>Solo un responsable puede revisar actualizaciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody reviews their own update: another lead must do it.</source>
        <translation>Nadie revisa su propia actualización: debe hacerlo otro responsable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a submitted update can be reviewed.</source>
        <translation>Solo se puede revisar una actualización enviada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a team lead can publish updates.</source>
        <translation>Solo un responsable puede publicar actualizaciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an approved update can be published.</source>
        <translation>Solo se puede publicar una actualización aprobada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown action.</source>
        <translation>Acción desconocida.</translation>
    </message>
</context>
<context>
    <name>desk::UserRepository</name>
    <message>
        <location filename="../app/store/userrepository.cpp" line="+52"/>
        <source>&apos;%1&apos; is not a valid user name: use 2 to 63 lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>«%1» no es un nombre de usuario válido: use de 2 a 63 letras minúsculas, dígitos, «.», «_» o «-», empezando por una letra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password must have at least 8 characters.</source>
        <translation>La contraseña debe tener al menos 8 caracteres.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A user named &apos;%1&apos; already exists.</source>
        <translation>Ya existe un usuario llamado «%1».</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>There is no user named &apos;%1&apos;.</source>
        <translation>No existe ningún usuario llamado «%1».</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The user name or the password is not right.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The account &apos;%1&apos; is disabled. Ask an administrator.</source>
        <translation>La cuenta «%1» está desactivada. Consulte a un administrador.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The database role &apos;%1&apos; is not an Incident Desk user. Ask an administrator to run &apos;incident-desk-cli user add %1 --role agent&apos;.</source>
        <translation>El rol de base de datos «%1» no es un usuario de Incident Desk. Pida a un administrador que ejecute «incident-desk-cli user add %1 --role agent».</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no user %1.</source>
        <translation>No existe el usuario %1.</translation>
    </message>
</context>
<context>
    <name>desk::VmimeSupport</name>
    <message>
        <location filename="../app/mail/vmimesupport.cpp" line="+150"/>
        <source>No certificate could be read from %1.</source>
        <translation>No se pudo leer ningún certificado de %1.</translation>
    </message>
</context>
<context>
    <name>desk::WebDavPublisher</name>
    <message>
        <location filename="../app/publish/webdavpublisher.cpp" line="+136"/>
        <source>%1 was changed on the server by someone else since the last publication; look at it before publishing over it.</source>
        <translation>Otra persona cambió %1 en el servidor desde la última publicación; revíselo antes de publicar encima.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 reads back differently from what was uploaded (HTTP %2, %3 bytes instead of %4).</source>
        <translation>%1 no coincide al leerlo con lo que se subió (HTTP %2, %3 bytes en lugar de %4).</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+25"/>
        <source>Creating the folder %1</source>
        <translation>Creando la carpeta %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading %1 back</source>
        <translation>Releyendo %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Uploading %1</source>
        <translation>Subiendo %1</translation>
    </message>
</context>
<context>
    <name>desk::cli</name>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="+112"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 has no Incident Desk schema yet: run &apos;incident-desk-cli db init&apos; first.</source>
        <translation>%1 aún no tiene el esquema de Incident Desk: ejecute primero &apos;incident-desk-cli db init&apos;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Who acts (default $INCIDENT_DESK_USER). On PostgreSQL the login role.</source>
        <translation>Quién actúa (por defecto $INCIDENT_DESK_USER). En PostgreSQL, el rol de inicio de sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/dbcommands.cpp" line="+108"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>Leer la contraseña de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Say who acts: --user NAME (or $INCIDENT_DESK_USER), with the password on standard input (--password-stdin) or typed at the prompt.</source>
        <translation>Indique quién actúa: --user NOMBRE (o $INCIDENT_DESK_USER), con la contraseña en la entrada estándar (--password-stdin) o escrita en el indicador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/dbcommands.cpp" line="+49"/>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No terminal to ask for the password: pass it on standard input with --password-stdin.</source>
        <translation>No hay terminal para pedir la contraseña: pásela por la entrada estándar con --password-stdin.</translation>
    </message>
    <message>
        <location filename="../app/cli/datacommands.cpp" line="+21"/>
        <source>A .jsonl or .csv file of reports.</source>
        <translation>Un archivo .jsonl o .csv de avisos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import nothing if any row is bad.</source>
        <translation>No importar nada si alguna fila es incorrecta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jsonl or csv (default: from the file name).</source>
        <translation>jsonl o csv (por defecto: según el nombre del archivo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+196"/>
        <source>Show how far it got on standard error (the default on a terminal).</source>
        <translation>Mostrar el progreso en la salida de error (por defecto en un terminal).</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Imports customer reports. Columns (CSV header or JSON keys): external_ref, received_at (ISO 8601),
channel, customer_ref, customer_name, customer_email, language, subject, body, service.
Good rows go in one transaction; each bad row is listed with its line number.
Reports already imported (same external_ref) are skipped. Ctrl+C stops it and keeps nothing.
Exit status: 0 all imported, 1 nothing imported, 3 imported with rejected rows.</source>
        <translation>Importa avisos de clientes. Columnas (encabezado CSV o claves JSON): external_ref, received_at (ISO 8601),
channel, customer_ref, customer_name, customer_email, language, subject, body, service.
Las filas correctas entran en una sola transacción; cada fila incorrecta se lista con su número.
Los avisos ya importados (mismo external_ref) se omiten. Ctrl+C detiene y no conserva nada.
Código de salida: 0 todo importado, 1 nada importado, 3 importado con filas rechazadas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name the file to import.</source>
        <translation>Indique el archivo que importar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown format &apos;%1&apos;: use jsonl or csv.</source>
        <translation>Formato «%1» desconocido: use jsonl o csv.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 rows read, %2 %</source>
        <translation>%1 filas leídas, %2 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… and %1 more bad rows</source>
        <translation>… y %1 filas incorrectas más</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing imported: %1 of %2 rows are bad (--strict). Fix them and run the import again.</source>
        <translation>No se importó nada: %1 de %2 filas son incorrectas (--strict). Corríjalas y repita la importación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imported %1 reports, %2 already present, %3 rejected (of %4 read)</source>
        <translation>%1 avisos importados, %2 ya presentes, %3 rechazados (de %4 leídos)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How many reports (default 2000).</source>
        <translation>Cuántos avisos (por defecto 2000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random seed (default 2026).</source>
        <translation>Semilla aleatoria (por defecto 2026).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print only the summary.</source>
        <translation>Mostrar solo el resumen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fills the database with realistic demo data: services, users (anna, marco, sofia: agents; giulia,
luca: leads; admin; password &apos;demo-password&apos;), incidents in every state with their updates,
and reports in five languages over six weeks. Running it again adds nothing twice.</source>
        <translation>Llena la base de datos con datos de demostración realistas: servicios, usuarios (anna, marco, sofia: agentes; giulia,
luca: responsables; admin; contraseña &apos;demo-password&apos;), incidencias en todos los estados con sus actualizaciones
y avisos en cinco idiomas durante seis semanas. Ejecutarlo de nuevo no añade nada dos veces.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--reports takes a number from 0 to 50000000.</source>
        <translation>--reports admite un número de 0 a 50000000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--seed takes a whole number.</source>
        <translation>--seed admite un número entero.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 reports</source>
        <translation>%1 de %2 avisos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>demo data: %1 services, %2 new users, %3 incidents, %4 published updates, %5 reports (%6 already present) in %7 s</source>
        <translation>datos de demostración: %1 servicios, %2 usuarios nuevos, %3 incidencias, %4 actualizaciones publicadas, %5 avisos (%6 ya presentes) en %7 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>including a year of history: %1 incidents before the last six weeks</source>
        <translation>incluido un año de historial: %1 incidencias antes de las últimas seis semanas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no year of history: %1</source>
        <translation>sin año de historial: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How many agents work at once (default 10).</source>
        <translation>Cuántos agentes trabajan a la vez (por defecto 10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For how many seconds (default 60).</source>
        <translation>Durante cuántos segundos (por defecto 60).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Headless agents claim, link and edit on the database at once, each on its own connection, then the run is checked:
double claims and lost updates must be 0. Adds simulated reports and incidents: use a test database.</source>
        <translation>Agentes sin interfaz se asignan, vinculan y editan en la base de datos a la vez, cada uno con su conexión, y luego se comprueba la prueba:
las asignaciones dobles y las actualizaciones perdidas deben ser 0. Añade avisos e incidencias simulados: use una base de datos de prueba.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--agents and --duration take positive whole numbers.</source>
        <translation>--agents y --duration admiten números enteros positivos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>operations: %1 (%2 per second)</source>
        <translation>operaciones: %1 (%2 por segundo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>conflicts met: %1</source>
        <translation>conflictos encontrados: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>double claims: %1</source>
        <translation>asignaciones dobles: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost updates: %1</source>
        <translation>actualizaciones perdidas: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other errors: %1</source>
        <translation>otros errores: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>confirmations | acknowledgements</source>
        <translation>confirmations | acknowledgements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The incident, e.g. INC-2026-0042.</source>
        <translation>La incidencia, p. ej. INC-2026-0042.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pdf, eml, csv, comma-separated (default all); pdf-each or pdf-combined for one kind of PDF.</source>
        <translation>pdf, eml, csv, separados por comas (por defecto todos); pdf-each o pdf-combined para un solo tipo de PDF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder to write to.</source>
        <translation>La carpeta donde escribir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the CSV with a byte order mark (for spreadsheet programs).</source>
        <translation>Empezar el CSV con una marca de orden de bytes (para hojas de cálculo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team&apos;s address (default support@example.org).</source>
        <translation>La dirección del equipo (por defecto support@example.org).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The team&apos;s name (default Customer Service).</source>
        <translation>El nombre del equipo (por defecto Customer Service).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Help Center&apos;s incident pages (default: the Help Center target&apos;s baseUrl).</source>
        <translation>Las páginas de incidencias del Centro de ayuda (por defecto: el baseUrl del destino Centro de ayuda).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every linked report, also those confirmed before.</source>
        <translation>Cada aviso vinculado, también los ya confirmados.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writes every reporter&apos;s resolution confirmation (or acknowledgement notice) in their own language:
a PDF each, one PDF with a page per reporter, an .eml each, and a CSV for mail merge.
Exported reports are marked confirmed; a failed or cancelled export leaves no file and marks nothing;
so does Ctrl+C.</source>
        <translation>Escribe la confirmación de resolución (o el acuse de recibo) de cada persona en su idioma:
un PDF para cada una, un PDF con una página por persona, un .eml para cada una y un CSV para combinar correspondencia.
Los avisos exportados se marcan como confirmados; una exportación fallida o cancelada no deja ningún archivo ni marca nada;
lo mismo con Ctrl+C.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say what to export: confirmations or acknowledgements.</source>
        <translation>Indique qué exportar: confirmations o acknowledgements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--incident and --out are needed.</source>
        <translation>Se necesitan --incident y --out.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown format &apos;%1&apos;: use pdf, eml, csv.</source>
        <translation>Formato «%1» desconocido: use pdf, eml, csv.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 of %2 reporters</source>
        <translation>%1 de %2 personas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cancelled: no file was written and no report was marked.</source>
        <translation>cancelado: no se escribió ningún archivo ni se marcó ningún aviso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exported before: %1</source>
        <translation>exportado antes: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped: %1</source>
        <translation>omitido: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 report(s) exported, %2 file(s) written to %3</source>
        <translation>%1 aviso(s) exportado(s), %2 archivo(s) escrito(s) en %3</translation>
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
        <translation>Crea, actualiza o describe la base de datos.
  init     crea el esquema (en PostgreSQL también los roles de grupo desk_agent, desk_lead, desk_admin;
           ejecútelo con un rol que pueda crear roles)
  migrate  aplica las migraciones que trae este programa
  status   muestra la versión del esquema y lo que contiene la base de datos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say what to do: db init, db migrate or db status.</source>
        <translation>Indique qué hacer: db init, db migrate o db status.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>database: %1 (%2)</source>
        <translation>base de datos: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schema: %1 of %2</source>
        <translation>esquema: %1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database was upgraded by a newer Incident Desk; install the newer version.</source>
        <translation>Esta base de datos la actualizó un Incident Desk más reciente; instale la versión más reciente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pending migrations: %1 (run &apos;incident-desk-cli db migrate&apos;)</source>
        <translation>migraciones pendientes: %1 (ejecute &apos;incident-desk-cli db migrate&apos;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/cli/incidentcommands.cpp" line="+90"/>
        <source>reports</source>
        <translation>avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incidents</source>
        <translation>incidencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updates</source>
        <translation>actualizaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>users</source>
        <translation>usuarios</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>schema is at version %1 (%2 migrations applied)</source>
        <translation>el esquema está en la versión %1 (%2 migraciones aplicadas)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next: create the first administrator with &apos;incident-desk-cli user add NAME --role admin&apos;.</source>
        <translation>Después: cree el primer administrador con &apos;incident-desk-cli user add NOMBRE --role admin&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add | list | email</source>
        <translation>add | list | email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login name (add, email)</source>
        <translation>nombre de acceso (add, email)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agent, lead or admin.</source>
        <translation>agent, lead o admin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name shown in the app.</source>
        <translation>Nombre completo que muestra la aplicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the service&apos;s warnings reach this person (add; email NAME --email ADDRESS, empty for none).</source>
        <translation>Dónde le llegan a esta persona los avisos del servicio (add; email NOMBRE --email DIRECCIÓN, vacío para ninguna).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adds or lists the people who work in the desk, or sets where the service writes to them. On PostgreSQL &apos;add&apos; also creates the login role
and makes it a member of desk_agent, desk_lead or desk_admin.</source>
        <translation>Añade o lista las personas que trabajan en el desk, o fija dónde les escribe el servicio. En PostgreSQL, &apos;add&apos; también crea el rol de inicio de sesión
y lo hace miembro de desk_agent, desk_lead o desk_admin.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: incident-desk-cli user email NAME --email ADDRESS</source>
        <translation>Uso: incident-desk-cli user email NOMBRE --email DIRECCIÓN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 gets no e-mail from the service</source>
        <translation>%1 no recibe correos del servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 gets the service&apos;s warnings at %2</source>
        <translation>%1 recibe los avisos del servicio en %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: incident-desk-cli user add NAME --role agent|lead|admin</source>
        <translation>Uso: incident-desk-cli user add NOMBRE --role agent|lead|admin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown role &apos;%1&apos;: use agent, lead or admin.</source>
        <translation>Rol «%1» desconocido: use agent, lead o admin.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>added %1 as %2</source>
        <translation>%1 añadido como %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verify | tail</source>
        <translation>verify | tail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks the audit log&apos;s hash chain (verify) or prints its latest entries (tail).</source>
        <translation>Comprueba la cadena de hashes del registro de auditoría (verify) o muestra sus últimas entradas (tail).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the audit log was tampered with: the chain breaks at entry %1</source>
        <translation>se manipuló el registro de auditoría: la cadena se rompe en la entrada %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>audit log intact: %n entries checked</source>
        <translation>
            <numerusform>registro de auditoría íntegro: %n entrada comprobada</numerusform>
            <numerusform>registro de auditoría íntegro: %n entradas comprobadas</numerusform>
        </translation>
    </message>
    <message>
        <source>audit log intact: %1 entries checked</source>
        <translation type="vanished">registro de auditoría íntegro: %1 entradas comprobadas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add KIND NAME | list | set ID|NAME | test ID|NAME | enable ID | disable ID</source>
        <translation>add TIPO NOMBRE | list | set ID|NOMBRE | test ID|NOMBRE | enable ID | disable ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target&apos;s settings as a JSON object (no secrets: they go to the keychain).</source>
        <translation>La configuración del destino como objeto JSON (sin secretos: van al llavero).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With set: the target&apos;s new name.</source>
        <translation>Con set: el nuevo nombre del destino.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With test: a file holding the target&apos;s secret (otherwise the credential target-ID in $CREDENTIALS_DIRECTORY, if any).</source>
        <translation>Con test: un archivo con el secreto del destino (si no, la credencial target-ID de $CREDENTIALS_DIRECTORY, si existe).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where published updates go. KIND is helpcenter, statuspage, cachet, zendesk or webhook. Each published update gets one job per enabled target.</source>
        <translation>Adónde van las actualizaciones publicadas. TIPO es helpcenter, statuspage, cachet, zendesk o webhook. Cada actualización publicada recibe una tarea por destino activo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Say the kind (helpcenter, statuspage, cachet, zendesk, webhook) and a name.</source>
        <translation>Indique el tipo (helpcenter, statuspage, cachet, zendesk, webhook) y un nombre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>added target %1: %2 (%3)</source>
        <translation>destino %1 añadido: %2 (%3)</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+21"/>
        <location line="+18"/>
        <source>There is no target &apos;%1&apos;; see `target list`.</source>
        <translation>No existe el destino «%1»; vea `target list`.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Say what to change: --name NEW, --config JSON, or both.</source>
        <translation>Indique qué cambiar: --name NUEVO, --config JSON o ambos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>target %1: %2 (%3) %4</source>
        <translation>destino %1: %2 (%3) %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/cli/incidentcommands.cpp" line="+134"/>
        <source>%1 is %2</source>
        <translation>%1 está %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enabled</source>
        <translation>activo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown action &apos;%1&apos;: use add, list, set, test, enable or disable.</source>
        <translation>Acción «%1» desconocida: use add, list, set, test, enable o disable.</translation>
    </message>
    <message>
        <location filename="../app/cli/incidentcommands.cpp" line="-206"/>
        <source>The title customers read.</source>
        <translation>El título que leen los clientes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened.</source>
        <translation>Qué ha pasado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What customers cannot do on the site.</source>
        <translation>Lo que los clientes no pueden hacer en el sitio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none, minor (default), major or critical.</source>
        <translation>none, minor (por defecto), major o critical.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An affected service (its key; may repeat).</source>
        <translation>Un servicio afectado (su clave; se puede repetir).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports that make the incident, linked to it at once (numbers, comma-separated).</source>
        <translation>Avisos que forman la incidencia, vinculados enseguida (números separados por comas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports to link (link; numbers, comma-separated).</source>
        <translation>Avisos que vincular (link; números separados por comas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only incidents not yet resolved (list).</source>
        <translation>Solo las incidencias aún no resueltas (list).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse (exit 6) when the incident changed since this version (move-to).</source>
        <translation>Rechazar (salida 6) si la incidencia cambió desde esta versión (move-to).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/reportcommands.cpp" line="+85"/>
        <location filename="../app/cli/updatecommands.cpp" line="+36"/>
        <source>Print JSON.</source>
        <translation>Mostrar JSON.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Report %1 already belongs to incident %2; move it from there in the app.</source>
        <translation>El aviso %1 ya pertenece a la incidencia %2; muévalo desde allí en la aplicación.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>incident</source>
        <translation>incidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impact</source>
        <translation>impacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services</source>
        <translation>servicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>creada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 from %2 customers</source>
        <translation>%1 de %2 clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impact on the site</source>
        <translation>impacto en el sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/updatecommands.cpp" line="+17"/>
        <location line="+168"/>
        <source>update</source>
        <translation>actualización</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Impact is none, minor, major or critical.</source>
        <translation>El impacto es none, minor, major o critical.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>create | list | show REF | link REF | move-to REF STATE</source>
        <translation>create | list | show REF | link REF | move-to REF ESTADO</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Creates incidents (from reports), lists and shows them, links reports to them and moves them along their lifecycle
(reported, acknowledged, investigating, identified, monitoring, resolved, reviewed, closed) with the same rules as the app.
REF is the reference (INC-2026-0042) or the number.</source>
        <translation>Crea incidencias (a partir de avisos), las lista y las muestra, les vincula avisos y las hace avanzar por su ciclo de vida
(reported, acknowledged, investigating, identified, monitoring, resolved, reviewed, closed) con las mismas reglas que la aplicación.
REF es la referencia (INC-2026-0042) o el número.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say what to do: incident create, list, show REF, link REF --reports IDS or move-to REF STATE.</source>
        <translation>Indique qué hacer: incident create, list, show REF, link REF --reports IDS o move-to REF ESTADO.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the incident (and for move-to the state): incident %1 REF%2.</source>
        <translation>Indique la incidencia (y para move-to el estado): incident %1 REF%2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Say which reports: --reports 12,13.</source>
        <translation>Indique qué avisos: --reports 12,13.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n report(s) linked to %1</source>
        <translation>
            <numerusform>%n aviso vinculado a %1</numerusform>
            <numerusform>%n avisos vinculados a %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown state &apos;%1&apos;.</source>
        <translation>Estado «%1» desconocido.</translation>
    </message>
    <message>
        <location filename="../app/cli/intakecommands.cpp" line="+15"/>
        <source>token add NAME | token list | token revoke NAME</source>
        <translation>token add NOMBRE | token list | token revoke NOMBRE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A site a public browser form may be posted from, e.g. https://www.example.org (repeat for several).</source>
        <translation>Un sitio desde el que se puede enviar un formulario público, p. ej. https://www.example.org (repita para varios).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tokens for the service&apos;s report endpoint: each web form or sending system gets its own, so it can be revoked alone. Only the token&apos;s SHA-256 is stored; the token is shown once.</source>
        <translation>Tokens para el punto de entrada de avisos del servicio: cada formulario web o sistema emisor tiene el suyo, para poder revocarlo por separado. Solo se guarda el SHA-256 del token; el token se muestra una sola vez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say what: intake token add|list|revoke.</source>
        <translation>Indique qué: intake token add|list|revoke.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the token a name, e.g. intake token add &quot;website contact form&quot;.</source>
        <translation>Dé un nombre al token, p. ej. intake token add &quot;formulario de contacto del sitio&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token “%1” added. It is shown only now: keep it in the form&apos;s or the sender&apos;s settings.</source>
        <translation>Token «%1» añadido. Solo se muestra ahora: guárdelo en la configuración del formulario o del emisor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never used</source>
        <translation>nunca usado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token “%1” revoked: the endpoint refuses it from now on.</source>
        <translation>Token «%1» revocado: el punto de entrada lo rechaza desde ahora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown action &apos;%1&apos;: use add, list or revoke.</source>
        <translation>Acción «%1» desconocida: use add, list o revoke.</translation>
    </message>
    <message>
        <location filename="../app/cli/lifecyclesupport.cpp" line="+136"/>
        <source>&apos;%1&apos; is not a %2 number.</source>
        <translation>«%1» no es un número de %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/reportcommands.cpp" line="-48"/>
        <location line="+14"/>
        <source>report</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name the incident: its reference (INC-2026-0042) or its number.</source>
        <translation>Indique la incidencia: su referencia (INC-2026-0042) o su número.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give each text as LANGUAGE=FILE, e.g. --body en=update.md --body it=- (languages: it, en, fr, de, es; - is standard input), not &apos;%1&apos;.</source>
        <translation>Dé cada texto como IDIOMA=ARCHIVO, p. ej. --body en=update.md --body it=- (idiomas: it, en, fr, de, es; - es la entrada estándar), no «%1».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only one text can come from standard input.</source>
        <translation>Solo un texto puede venir de la entrada estándar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 text on standard input is not UTF-8.</source>
        <translation>El texto %1 de la entrada estándar no es UTF-8.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The %1 text is not UTF-8: save it as UTF-8 and try again.</source>
        <translation>El texto %1 no es UTF-8: guárdelo como UTF-8 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 text is longer than %2 characters; nobody reads an update that long.</source>
        <translation>El texto %1 supera los %2 caracteres; nadie lee una actualización tan larga.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 text is empty (to remove a language when editing, write %1= with nothing after it).</source>
        <translation>El texto %1 está vacío (para quitar un idioma al editar, escriba %1= sin nada detrás).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--expect-version takes the version number that &apos;show&apos; printed.</source>
        <translation>--expect-version admite el número de versión que mostró &apos;show&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/metricscommands.cpp" line="+20"/>
        <source>%1 min (90%: %2)</source>
        <translation>%1 min (90 %: %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>First day of the period (YYYY-MM-DD; default: 30 days ago).</source>
        <translation>Primer día del periodo (AAAA-MM-DD; por defecto: hace 30 días).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day of the period, included (YYYY-MM-DD; default: today).</source>
        <translation>Último día del periodo, incluido (AAAA-MM-DD; por defecto: hoy).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group by week, month, service, impact or language.</source>
        <translation>Agrupar por week, month, service, impact o language.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only incidents of this service (its key).</source>
        <translation>Solo las incidencias de este servicio (su clave).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only incidents of this impact (none, minor, major, critical).</source>
        <translation>Solo las incidencias de este impacto (none, minor, major, critical).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only incidents whose first report is in this language.</source>
        <translation>Solo las incidencias cuyo primer aviso está en este idioma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days after the resolution the review is due (default 5).</source>
        <translation>Días tras la resolución en que vence el análisis (por defecto 5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print JSON: the groups and every missed update.</source>
        <translation>Mostrar JSON: los grupos y cada actualización no cumplida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print CSV of the groups.</source>
        <translation>Mostrar el CSV de los grupos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print CSV of the missed updates instead.</source>
        <translation>Mostrar en su lugar el CSV de las actualizaciones no cumplidas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether the promises were kept: time to acknowledge and to describe the impact, updates delivered on time, approval delays, time to resolve, confirmations, reviews and preventive actions. Times count from the moment the Help Center confirmed an update.</source>
        <translation>Si se cumplieron los compromisos: tiempo hasta el acuse de recibo y hasta describir el impacto, actualizaciones entregadas a tiempo, demoras de aprobación, tiempo hasta la resolución, confirmaciones, análisis y acciones preventivas. Los tiempos cuentan desde que el Centro de ayuda confirmó una actualización.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give dates as YYYY-MM-DD, e.g. --from 2026-01-01 --to 2026-12-31.</source>
        <translation>Dé las fechas como AAAA-MM-DD, p. ej. --from 2026-01-01 --to 2026-12-31.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Group by week, month, service, impact or language, not &apos;%1&apos;.</source>
        <translation>Agrupe por week, month, service, impact o language, no «%1».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--review-days takes a number of days.</source>
        <translation>--review-days admite un número de días.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Promises kept from %1 to %2</source>
        <translation>Compromisos cumplidos del %1 al %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents: %1 · reports: %2 · customers: %3</source>
        <translation>Incidencias: %1 · avisos: %2 · clientes: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time to acknowledge: %1</source>
        <translation>Tiempo hasta el acuse de recibo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to describe the impact: %1</source>
        <translation>Tiempo hasta describir el impacto: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily updates on time: %1</source>
        <translation>Actualizaciones diarias a tiempo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval delay: %1 · sent back for changes: %2</source>
        <translation>Demora de aprobación: %1 · devueltas para cambios: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to resolve: %1</source>
        <translation>Tiempo hasta la resolución: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporters confirmed: %1 · after the resolution: %2</source>
        <translation>Personas confirmadas: %1 · tras la resolución: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Reviews within %n day(s): %1</source>
        <translation>
            <numerusform>Análisis en %n día: %1</numerusform>
            <numerusform>Análisis en %n días: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews within %1 days: %2</source>
        <translation type="vanished">Análisis en %1 días: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preventive actions: %1 open (%2 overdue), %3 done</source>
        <translation>Acciones preventivas: %1 abiertas (%2 atrasadas), %3 hechas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missed updates: %1</source>
        <translation>Actualizaciones no cumplidas: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due %1, %2, %3 h late</source>
        <translation>debida %1, %2, %3 h de retraso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered %1</source>
        <translation>entregada %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not delivered</source>
        <translation>no entregada</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="-23"/>
        <source>Unknown %1 &apos;%2&apos;.</source>
        <translation>%1 «%2» desconocido.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="-44"/>
        <source> (incident %1)</source>
        <translation> (incidencia %1)</translation>
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
        <translation>idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>subject</source>
        <translation>asunto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>list | show ID</source>
        <translation>list | show ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only these statuses (new, claimed, linked, not_incident, duplicate, closed; comma-separated).</source>
        <translation>Solo estos estados (new, claimed, linked, not_incident, duplicate, closed; separados por comas).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only this service (its key; may repeat).</source>
        <translation>Solo este servicio (su clave; se puede repetir).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this channel (contact_form, email, phone, import).</source>
        <translation>Solo este canal (contact_form, email, phone, import).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only reports with these words.</source>
        <translation>Solo los avisos con estas palabras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most this many, newest first (default 50).</source>
        <translation>Como máximo tantos, los más recientes primero (por defecto 50).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists the reports as the triage queue shows them, or shows one whole. Tab-separated columns: number, received, status, channel, language, service, incident, customer, subject.</source>
        <translation>Lista los avisos como los muestra la cola de clasificación, o muestra uno completo. Columnas separadas por tabuladores: número, recibido, estado, canal, idioma, servicio, incidencia, cliente, asunto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say what to do: report list, or report show ID.</source>
        <translation>Indique qué hacer: report list o report show ID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--limit takes a number of reports.</source>
        <translation>--limit admite un número de avisos.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommands.cpp" line="-201"/>
        <source>acknowledgement, impact, progress (default), resolution or postmortem (draft).</source>
        <translation>acknowledgement, impact, progress (por defecto), resolution o postmortem (draft).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A text as LANGUAGE=FILE (it, en, fr, de, es; FILE - is standard input; may repeat). On edit, LANGUAGE= removes that language.</source>
        <translation>Un texto como IDIOMA=ARCHIVO (it, en, fr, de, es; ARCHIVO - es la entrada estándar; se puede repetir). Al editar, IDIOMA= quita ese idioma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to change (request-changes).</source>
        <translation>Qué cambiar (request-changes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this incident&apos;s updates (list).</source>
        <translation>Solo las actualizaciones de esta incidencia (list).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only these statuses (draft, submitted, approved, changes_requested, published; comma-separated; list).</source>
        <translation>Solo estos estados (draft, submitted, approved, changes_requested, published; separados por comas; list).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refuse (exit 6) when the update changed since this version.</source>
        <translation>Rechazar (salida 6) si la actualización cambió desde esta versión.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>author</source>
        <translation>autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reviewed by</source>
        <translation>revisada por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review comment</source>
        <translation>comentario de revisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>publication</source>
        <translation>publicación</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown status &apos;%1&apos;.</source>
        <translation>Estado «%1» desconocido.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The kind is acknowledgement, impact, progress, resolution or postmortem.</source>
        <translation>El tipo es acknowledgement, impact, progress, resolution o postmortem.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the update&apos;s text: --body en=FILE (and more languages the same way).</source>
        <translation>Dé el texto de la actualización: --body en=ARCHIVO (y otros idiomas igual).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Say what changes: --body en=FILE, or en= to remove a language.</source>
        <translation>Indique qué cambia: --body en=ARCHIVO, o en= para quitar un idioma.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Say what should change: --comment TEXT.</source>
        <translation>Indique qué debe cambiar: --comment TEXTO.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>update %1 is %2</source>
        <translation>la actualización %1 está %2</translation>
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
        <translation>Redacta y revisa las actualizaciones públicas de una incidencia con las mismas reglas que la aplicación: un agente redacta y envía,
otro responsable aprueba o pide cambios, un responsable publica (el Centro de ayuda y los demás destinos la reciben luego
del servicio o de la aplicación). &apos;draft&apos; muestra el número de la nueva actualización.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Say what to do: update draft REF, edit ID, submit ID, withdraw ID, approve ID, request-changes ID, publish ID, list or show ID.</source>
        <translation>Indique qué hacer: update draft REF, edit ID, submit ID, withdraw ID, approve ID, request-changes ID, publish ID, list o show ID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the incident: update draft REF --body en=FILE.</source>
        <translation>Indique la incidencia: update draft REF --body en=ARCHIVO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the update&apos;s number: update %1 ID.</source>
        <translation>Dé el número de la actualización: update %1 ID.</translation>
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
        <translation>Uso: incident-desk-cli [--database ARCHIVO|postgresql://usuario@host:puerto/bd] COMANDO [opciones]

Comandos (cada uno admite --help):
  db init|migrate|status   crear, actualizar o describir la base de datos
  user add NOMBRE --role R añadir un agente, responsable o administrador; user list; user email NOMBRE --email A
  import ARCHIVO           importar avisos desde JSON Lines o CSV
  demo --reports N         llenar la base de datos con datos de demostración realistas
  audit verify|tail        comprobar o mostrar el registro de auditoría
  target add|list|set      adónde van las actualizaciones publicadas (Centro de ayuda, Statuspage, …)
  simulate --agents N      muchos agentes a la vez en una base de datos; comprueba que no se pierde nada
  export confirmations     confirmaciones de resolución (PDF, EML, CSV) para quienes notificaron una incidencia
  export acknowledgements  lo mismo para el acuse de recibo
  intake token add|list|revoke  tokens para el punto de entrada de avisos del servicio
  metrics [--from D --to D]     si se cumplieron los compromisos (--json, --csv)

Actuando como una persona (--user NOMBRE con --password-stdin en SQLite; el rol de inicio de sesión en PostgreSQL):
  report list|show ID      la cola de clasificación (--status, --service, --search, --json)
  incident create|list|show|link|move-to   incidencias a partir de avisos, a lo largo de su ciclo de vida
  update draft|edit|submit|withdraw|approve|request-changes|publish|list|show
                           actualizaciones públicas con la regla de los cuatro ojos (--body en=ARCHIVO, --json)

La base de datos (--database, antes o después del comando) es por defecto $INCIDENT_DESK_DATABASE, si no el
archivo SQLite integrado en su carpeta de datos. --version muestra la versión.

Códigos de salida: 0 hecho; 1 fallido (el mensaje dice por qué); 2 uso incorrecto; 3 hecho en parte (p. ej. filas rechazadas);
4 no encontrado; 5 rechazado (la política, su rol o en SQLite una contraseña incorrecta; un servidor PostgreSQL que
rechaza el inicio de sesión da 1); 6 cambiado por otra persona desde que se leyó (vuelva a leerlo e inténtelo de nuevo).
</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Comando «%1» desconocido.</translation>
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
        <translation>En espera desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
</context>
<context>
    <name>desk::ui::ApprovalsPage</name>
    <message>
        <location filename="../ui/compose/approvalspage.cpp" line="+25"/>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing is waiting for approval.</source>
        <translation>No hay nada pendiente de aprobación.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n update(s) waiting for your decision</source>
        <translation>
            <numerusform>%n actualización espera su decisión</numerusform>
            <numerusform>%n actualizaciones esperan su decisión</numerusform>
        </translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request changes…</source>
        <translation>Pedir cambios…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open incident</source>
        <translation>Abrir incidencia</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes since the last published update</source>
        <translation>Cambios desde la última actualización publicada</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n approved, ready to publish</source>
        <translation>
            <numerusform>%n aprobada, lista para publicar</numerusform>
            <numerusform>%n aprobadas, listas para publicar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only team leads approve updates; you can follow yours here.</source>
        <translation>Solo los responsables aprueban actualizaciones; aquí puede seguir las suyas.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select an update to read it.</source>
        <translation>Seleccione una actualización para leerla.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 update for %2 — %3, by %4</source>
        <translation>Actualización de %1 para %2 — %3, de %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 asked for changes: “%2”</source>
        <translation>%1 pidió cambios: «%2»</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing has been published in %1 for this incident yet: everything is new.</source>
        <translation>Aún no se ha publicado nada en %1 para esta incidencia: todo es nuevo.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No publication target is configured yet: ask an administrator to add the Help Center.</source>
        <translation>Aún no hay ningún destino de publicación: pida a un administrador que añada el Centro de ayuda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued for: %1.</source>
        <translation>En cola para: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Approved.</source>
        <translation>Aprobada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes requested: the author sees your comment.</source>
        <translation>Cambios pedidos: el autor ve su comentario.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request changes</source>
        <translation>Pedir cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What should the author change?</source>
        <translation>¿Qué debe cambiar el autor?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say what should change, so the author knows what to do.</source>
        <translation>Indique qué debe cambiar, para que el autor sepa qué hacer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Published.</source>
        <translation>Publicada.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The database cannot be reached, so nothing was decided. Try again when it is back.</source>
        <translation>No se puede acceder a la base de datos, así que no se decidió nada. Inténtelo de nuevo cuando vuelva.</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>The update under review</source>
        <translation>La actualización en revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its languages</source>
        <translation>Sus idiomas</translation>
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
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>desk::ui::ConnectionDialog</name>
    <message>
        <location filename="../ui/shell/connectiondialog.cpp" line="+15"/>
        <source>Use it when the server offers it</source>
        <translation>Usarlo cuando el servidor lo ofrezca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required, and check the server&apos;s certificate</source>
        <translation>Obligatorio, y comprobar el certificado del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off (trusted local network only)</source>
        <translation>Desactivado (solo red local de confianza)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team server</source>
        <translation>Servidor del equipo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No system keychain is running: the password is kept for this session only</source>
        <translation>No hay ningún llavero del sistema en marcha: la contraseña se guarda solo para esta sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the server and your user name.</source>
        <translation>Indique el servidor y su nombre de usuario.</translation>
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
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any impact</source>
        <translation>Cualquier impacto</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="vanished">Crítico</translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="vanished">Grave</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="vanished">Menor</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Impact level filter: incidents that affected no customer</extracomment>
        <translation type="vanished">Ninguno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review within </source>
        <translation>Análisis en </translation>
    </message>
    <message>
        <source> days</source>
        <translation type="vanished"> días</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days after the resolution the review is due</source>
        <translation>Días tras la resolución en que vence el análisis</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+385"/>
        <location line="+12"/>
        <source>Export</source>
        <extracomment>Button (verb): save the dashboard&apos;s figures to a file</extracomment>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="-393"/>
        <source>Metrics as CSV…</source>
        <translation>Métricas en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed updates as CSV…</source>
        <translation>Actualizaciones no cumplidas en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report for management (PDF)…</source>
        <translation>Informe para la dirección (PDF)…</translation>
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
        <translation>Tiempo hasta el acuse de recibo</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+250"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+60"/>
        <source>Daily updates on time</source>
        <translation>Actualizaciones diarias a tiempo</translation>
    </message>
    <message>
        <location line="-249"/>
        <location line="+251"/>
        <source>Approval delay</source>
        <translation>Demora de aprobación</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+256"/>
        <location line="+160"/>
        <source>Preventive actions</source>
        <translation>Acciones preventivas</translation>
    </message>
    <message>
        <location line="-414"/>
        <source>&lt;b&gt;Worst misses of the period&lt;/b&gt; — double-click to open the incident</source>
        <translation>&lt;b&gt;Peores incumplimientos del periodo&lt;/b&gt;: doble clic para abrir la incidencia</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Worst misses of the period</source>
        <translation>Peores incumplimientos del periodo</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source> day(s)</source>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the figures behind the chart as a table</source>
        <translation>Mostrar las cifras del gráfico como tabla</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (table)</source>
        <translation>%1 (tabla)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not compute the metrics: %1</source>
        <translation>No se pudieron calcular las métricas: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The team database cannot be reached; the figures shown may be old.</source>
        <translation>No se puede acceder a la base de datos del equipo; las cifras mostradas pueden ser antiguas.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>90%: %1</source>
        <translation>90 %: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no incident</source>
        <translation>ninguna incidencia</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n missed</source>
        <translation>
            <numerusform>%n no cumplida</numerusform>
            <numerusform>%n no cumplidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent back</source>
        <translation>%1 devueltas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+5"/>
        <source>Reporters confirmed</source>
        <translation>Avisos confirmados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after %1</source>
        <translation>tras %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews on time</source>
        <translation>Análisis a tiempo</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>within %n days</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n abierta</numerusform>
            <numerusform>%n abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n atrasada</numerusform>
            <numerusform>%n atrasadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <location line="+173"/>
        <source>%n incident(s) opened in the period</source>
        <translation>
            <numerusform>%n incidencia abierta en el periodo</numerusform>
            <numerusform>%n incidencias abiertas en el periodo</numerusform>
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
        <translation>Percentil 90</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Incidents</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median (h)</source>
        <translation>Mediana (h)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90th percentile (h)</source>
        <translation>Percentil 90 (h)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>On time</source>
        <extracomment>Chart series: daily updates published on time</extracomment>
        <translation>A tiempo</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+28"/>
        <source>Missed</source>
        <extracomment>Chart series: daily updates published late or not at all</extracomment>
        <translation>No cumplida</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>updates due</source>
        <translation>actualizaciones debidas</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+73"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+7"/>
        <source>Due</source>
        <translation>Debidas</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>On time (%)</source>
        <translation>A tiempo (%)</translation>
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
        <translation>Actualizaciones aprobadas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Waited for approval</source>
        <translation>Espera de aprobación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open, on time</source>
        <translation>Abiertas, a tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+9"/>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="-9"/>
        <source>Incident</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+1"/>
        <source>Delivered</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/metrics/dashboardreport.cpp" line="+0"/>
        <source>Late (h)</source>
        <translation>Retraso (h)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Computing the metrics…</source>
        <translation>Calculando las métricas…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>whole period</source>
        <translation>todo el periodo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>promise-report.pdf</source>
        <translation>informe-compromisos.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missed-updates.csv</source>
        <translation>actualizaciones-no-cumplidas.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>promise-metrics.csv</source>
        <translation>metricas-compromisos.csv</translation>
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
        <translation>No se pudo escribir %1. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location filename="../ui/metrics/dashboardreport.cpp" line="-36"/>
        <source>Promise report</source>
        <translation>Informe de compromisos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Were the promises kept?</source>
        <translation>¿Se cumplieron los compromisos?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 · times count from the moment the Help Center confirmed an update</source>
        <translation>Del %1 al %2 · los tiempos cuentan desde que el Centro de ayuda confirmó una actualización</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Incidents opened</source>
        <translation>Incidencias abiertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports / customers</source>
        <translation>Avisos / clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to acknowledge (median / 90%)</source>
        <translation>Tiempo hasta el acuse de recibo (mediana / 90 %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to describe the impact (median)</source>
        <translation>Tiempo hasta describir el impacto (mediana)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval delay (median / 90%)</source>
        <translation>Demora de aprobación (mediana / 90 %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updates sent back for changes</source>
        <translation>Actualizaciones devueltas para cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to resolve (median)</source>
        <translation>Tiempo hasta la resolución (mediana)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reviews within %n days</source>
        <translation>
            <numerusform>Análisis en %n día</numerusform>
            <numerusform>Análisis en %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preventive actions open / overdue / done</source>
        <translation>Acciones preventivas abiertas / atrasadas / hechas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worst misses</source>
        <translation>Peores incumplimientos</translation>
    </message>
    <message>
        <location filename="../ui/metrics/dashboardpage.cpp" line="-80"/>
        <source>Done</source>
        <comment>preventive actions</comment>
        <translation>Hechas</translation>
    </message>
    <message>
        <location line="-425"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
</context>
<context>
    <name>desk::ui::DetailsTab</name>
    <message>
        <location filename="../ui/incident/detailstab.cpp" line="+79"/>
        <source>Public status of %1</source>
        <translation>Estado público de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes the service&apos;s public status at once</source>
        <translation>Cambia al instante el estado público del servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team leads set a service&apos;s public status</source>
        <translation>Los responsables fijan el estado público de un servicio</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Affected services and their status</source>
        <translation>Servicios afectados y su estado</translation>
    </message>
</context>
<context>
    <name>desk::ui::ExportWizard</name>
    <message>
        <location filename="../ui/incident/exportwizard.cpp" line="+35"/>
        <source>Confirmations for %1</source>
        <translation>Confirmaciones de %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Who gets a message</source>
        <translation>Quién recibe un mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each reporter gets it in their own language. Reports confirmed before are not ticked.</source>
        <translation>Cada persona lo recibe en su idioma. Los avisos ya confirmados no están marcados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation that the incident is resolved</source>
        <translation>Confirmación de que la incidencia está resuelta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice that the incident is acknowledged and in hand</source>
        <translation>Aviso de que la incidencia está reconocida y en manos del equipo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Report</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Formats and folder</source>
        <translation>Formatos y carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files are written only when all of them are complete; if anything fails, nothing is left behind and no report is marked.</source>
        <translation>Los archivos solo se escriben cuando están todos completos; si algo falla, no queda nada y no se marca ningún aviso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PDF letter for each reporter</source>
        <translation>Una carta en PDF para cada persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One PDF with a page per reporter, for printing</source>
        <translation>Un PDF con una página por persona, para imprimir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An e-mail (.eml) for each reporter, ready to send</source>
        <translation>Un correo (.eml) para cada persona, listo para enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV for mail merge</source>
        <translation>Un CSV para combinar correspondencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with a byte order mark (for spreadsheet programs)</source>
        <translation>con marca de orden de bytes (para hojas de cálculo)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Formats:</source>
        <translation>Formatos:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for the files</source>
        <translation>Carpeta para los archivos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent from:</source>
        <translation>Enviado desde:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the files</source>
        <translation>Escribiendo los archivos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 by %2 (%3 reports)</source>
        <translation>%1 por %2 (%3 avisos)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been exported for this incident yet.</source>
        <translation>Aún no se ha exportado nada de esta incidencia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported before: %1</source>
        <translation>Exportado antes: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none: PDF and CSV only)</source>
        <translation>(ninguna: solo PDF y CSV)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Tick at least one report.</source>
        <translation>Marque al menos un aviso.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was exported: %1</source>
        <translation>No se exportó nada: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: no file was written and no report was marked.</source>
        <translation>Cancelado: no se escribió ningún archivo ni se marcó ningún aviso.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n report(s) exported; files written: %1, in %2</source>
        <translation>
            <numerusform>%n aviso exportado; archivos escritos: %1, en %2</numerusform>
            <numerusform>%n avisos exportados; archivos escritos: %1, en %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation>Atención: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: %1</source>
        <translation>Omitido: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the database cannot be reached</source>
        <translation>no se puede acceder a la base de datos</translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <source>Writing the files for %n reporter(s)…</source>
        <translation>
            <numerusform>Escribiendo los archivos para %n persona…</numerusform>
            <numerusform>Escribiendo los archivos para %n personas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::HelpDialogs</name>
    <message>
        <location filename="../ui/shell/helpdialogs.cpp" line="+84"/>
        <location line="+9"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keeps the team&apos;s promise when a service breaks: reports in, incidents acknowledged, a public update every day until it is resolved, the resolution confirmed, the cause reviewed.</source>
        <translation>Ayuda al equipo a cumplir su promesa cuando un servicio falla: avisos recibidos, incidencias reconocidas, una actualización pública cada día hasta la resolución, la resolución confirmada, la causa analizada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free software under the GNU General Public License, version 3 or later. It runs on:</source>
        <translation>Software libre bajo la GNU General Public License, versión 3 o posterior. Funciona con:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each library keeps its own licence (LGPL, MIT, public domain, PostgreSQL, curl); the full texts are in /usr/share/doc/incident-desk/copyright.</source>
        <translation>Cada biblioteca conserva su propia licencia (LGPL, MIT, dominio público, PostgreSQL, curl); los textos completos están en /usr/share/doc/incident-desk/copyright.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Incident Desk</source>
        <translation>Acerca de Incident Desk</translation>
    </message>
</context>
<context>
    <name>desk::ui::ImportDialog</name>
    <message>
        <location filename="../ui/triage/importdialog.cpp" line="+22"/>
        <source>Import reports</source>
        <translation>Importar avisos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing &lt;b&gt;%1&lt;/b&gt; into the triage queue.</source>
        <translation>Importando &lt;b&gt;%1&lt;/b&gt; en la cola de clasificación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was rejected</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 rows read…</source>
        <translation>%1 filas leídas…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelling: nothing of this import will be kept…</source>
        <translation>Cancelando: no se conservará nada de esta importación…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled: nothing of this import was kept.</source>
        <translation>Cancelado: no se conservó nada de esta importación.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing imported: %1 of %2 rows are bad.</source>
        <translation>No se importó nada: %1 de %2 filas son incorrectas.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n report(s) imported</source>
        <translation>
            <numerusform>%n aviso importado</numerusform>
            <numerusform>%n avisos importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already in the database</source>
        <translation>
            <numerusform>%n ya en la base de datos</numerusform>
            <numerusform>%n ya en la base de datos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rechazada</numerusform>
            <numerusform>%n rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first %1 rejected rows are listed.</source>
        <translation>Se listan las primeras %1 filas rechazadas.</translation>
    </message>
</context>
<context>
    <name>desk::ui::IncidentEditor</name>
    <message>
        <location filename="../ui/incident/incidenteditor.cpp" line="+69"/>
        <source>Change state</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Incident</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the incident (%1)</source>
        <translation>Guardar la incidencia (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New update</source>
        <translation>Nueva actualización</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move to:</source>
        <translation>Pasar a:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next state</source>
        <translation>Estado siguiente</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+4"/>
        <source>Details and impact</source>
        <translation>Detalles e impacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public updates</source>
        <translation>Actualizaciones públicas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+109"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Post-incident review</source>
        <translation>Análisis posterior</translation>
    </message>
    <message>
        <location line="+209"/>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Could not load the timeline: %1</source>
        <translation>No se pudo cargar la cronología: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Merge…</source>
        <translation>Combinar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the acknowledgement</source>
        <translation>Redactar el acuse de recibo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the resolution</source>
        <translation>Redactar la resolución</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the review</source>
        <translation>Abrir el análisis</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Select the reports first.</source>
        <translation>Seleccione primero los avisos.</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>Move reports</source>
        <translation>Mover avisos</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n report(s) to:</source>
        <translation>
            <numerusform>Mover %n aviso a:</numerusform>
            <numerusform>Mover %n avisos a:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>State: %1 · Impact: %2</source>
        <translation>Estado: %1 · Impacto: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Acknowledge it: the daily updates start then</source>
        <translation>Reconózcala: entonces empiezan las actualizaciones diarias</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Public update overdue since %1</source>
        <translation>Actualización pública atrasada desde %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Next public update due %1</source>
        <translation>Próxima actualización pública: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save your changes to %1 before closing?</source>
        <translation>¿Guardar los cambios de %1 antes de cerrar?</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>%1 editing now</source>
        <translation>%1 está editando ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open for %1</source>
        <translation>abierta desde hace %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else is changing this incident: if you both save, you will merge field by field.</source>
        <translation>Otra persona está cambiando esta incidencia: si los dos guardan, combinarán campo a campo.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Save and merge</source>
        <translation>Guardar y combinar</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Confirmations…</source>
        <translation>Confirmaciones…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write every reporter&apos;s acknowledgement notice or resolution confirmation (PDF, e-mail, CSV)</source>
        <translation>Redactar el acuse de recibo o la confirmación de resolución de cada persona (PDF, correo, CSV)</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>An update is published and not yet on the Help Center: the daily promise counts from the moment the Help Center confirms it.</source>
        <translation>Hay una actualización publicada que aún no está en el Centro de ayuda: la promesa diaria cuenta desde que el Centro de ayuda la confirma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted from the last update the Help Center confirmed.</source>
        <translation>Contado desde la última actualización confirmada por el Centro de ayuda.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an update on its way</source>
        <translation>una actualización en camino</translation>
    </message>
    <message>
        <location line="-350"/>
        <source>Parts of the incident</source>
        <translation>Partes de la incidencia</translation>
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
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next update due</source>
        <translation>Próxima actualización</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>update on its way</source>
        <translation>actualización en camino</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n preventive action(s) overdue</source>
        <translation>
            <numerusform>%n acción preventiva atrasada</numerusform>
            <numerusform>%n acciones preventivas atrasadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::IncidentsPage</name>
    <message>
        <location filename="../ui/incident/incidentspage.cpp" line="+32"/>
        <source>Incidents</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message numerus="yes">
        <location line="+145"/>
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>%n incidencia abierta</numerusform>
            <numerusform>%n incidencias abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n update(s) overdue</source>
        <translation>
            <numerusform>%n actualización atrasada</numerusform>
            <numerusform>%n actualizaciones atrasadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cadence</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No incidents match. Create one from reports in Triage, or change the filters.</source>
        <translation>Ninguna incidencia coincide. Cree una a partir de avisos en Clasificación o cambie los filtros.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <extracomment>State filter (adjective): incidents not resolved yet</extracomment>
        <translation>Abiertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any impact</source>
        <translation>Cualquier impacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any service</source>
        <translation>Cualquier servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any cadence</source>
        <translation>Cualquier frecuencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon or overdue</source>
        <translation>Pendientes pronto o atrasadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <extracomment>Cadence filter: incidents whose daily public update is late</extracomment>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message numerus="yes">
        <location line="+123"/>
        <source>%n update(s) due soon</source>
        <translation>
            <numerusform>%n actualización pendiente pronto</numerusform>
            <numerusform>%n actualizaciones pendientes pronto</numerusform>
        </translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Open</source>
        <comment>button: open the selected incident</comment>
        <translation>Abrir</translation>
    </message>
    <message numerus="yes">
        <location line="+122"/>
        <source>%n preventive action(s) overdue</source>
        <translation>
            <numerusform>%n acción preventiva atrasada</numerusform>
            <numerusform>%n acciones preventivas atrasadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Help Center target: updates count from the click on Publish, not from their arrival.</source>
        <translation>Sin destino Centro de ayuda: las actualizaciones cuentan desde el clic en Publicar, no desde su llegada.</translation>
    </message>
</context>
<context>
    <name>desk::ui::IntakePage</name>
    <message numerus="yes">
        <location filename="../ui/intake/intakepage.cpp" line="+35"/>
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>hace %n segundo</numerusform>
            <numerusform>hace %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Intake</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add token…</source>
        <translation>Añadir token…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No intake tokens yet. Add one for each contact form or system that sends reports; the service accepts nothing without one.</source>
        <translation>Aún no hay tokens de recepción. Añada uno por cada formulario de contacto o sistema que envíe avisos; el servicio no acepta nada sin token.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+54"/>
        <location line="+7"/>
        <source>Intake services</source>
        <translation>Servicios de recepción</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>%n token(s) in use</source>
        <translation>
            <numerusform>%n token en uso</numerusform>
            <numerusform>%n tokens en uso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n intake service(s)</source>
        <translation>
            <numerusform>%n servicio de recepción</numerusform>
            <numerusform>%n servicios de recepción</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No intake service has reported yet. Start incident-desk-service on a server (README, “The service”): it receives the contact form and reads the support mailbox.</source>
        <translation>Ningún servicio de recepción ha informado todavía. Inicie incident-desk-service en un servidor (README, «The service»): recibe el formulario de contacto y lee el buzón de soporte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it may have stopped</source>
        <translation>puede que se haya detenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact form at %1: %2 reports taken, %3 refused</source>
        <translation>Formulario de contacto en %1: %2 avisos aceptados, %3 rechazados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last report %1</source>
        <translation>Último aviso %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No report since it started</source>
        <translation>Ningún aviso desde que se inició</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n report(s) wait in its spool: it cannot reach the team database</source>
        <translation>
            <numerusform>%n aviso espera en su cola: no llega a la base de datos del equipo</numerusform>
            <numerusform>%n avisos esperan en su cola: no llega a la base de datos del equipo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reads no mailbox</source>
        <translation>No lee ningún buzón</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailbox %1: %2 reports, %3 set aside (auto-replies, bulk mail)</source>
        <translation>Buzón %1: %2 avisos, %3 apartados (respuestas automáticas, correo masivo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read %1</source>
        <translation>Leído %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read the mailbox: %1</source>
        <translation>No se puede leer el buzón: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not connected yet</source>
        <translation>aún sin conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running since %1</source>
        <translation>En marcha desde %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Administrators add and revoke intake tokens.</source>
        <translation>Los administradores añaden y revocan los tokens de recepción.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+26"/>
        <source>Add an intake token</source>
        <translation>Añadir un token de recepción</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>e.g. website contact form</source>
        <translation>p. ej. formulario de contacto del sitio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://www.example.org
(one per line; leave empty for a system that sends with Authorization: Bearer)</source>
        <translation>https://www.example.org
(uno por línea; déjelo vacío para un sistema que envía con Authorization: Bearer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages that may &amp;post it:</source>
        <translation>Páginas web que pueden &amp;enviarlo:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Token “%1”</source>
        <translation>Token «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put this token in the form&apos;s hidden &lt;b&gt;form_token&lt;/b&gt; field, or have the sending system send it as &lt;b&gt;Authorization: Bearer&lt;/b&gt;. It is shown only now: only its fingerprint is kept, so nobody can read it back.</source>
        <translation>Ponga este token en el campo oculto &lt;b&gt;form_token&lt;/b&gt; del formulario, o haga que el sistema lo envíe como &lt;b&gt;Authorization: Bearer&lt;/b&gt;. Solo se muestra ahora: se guarda únicamente su huella, nadie puede volver a leerlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Revoke “%1”</source>
        <translation>Revocar «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms and systems using “%1” will be refused from now on (within a minute on every running service). This cannot be undone; add a new token to replace it.</source>
        <translation>Los formularios y sistemas que usen «%1» se rechazarán a partir de ahora (en un minuto en cada servicio en marcha). No se puede deshacer; añada un token nuevo para sustituirlo.</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Last status: %1</source>
        <translation>Último estado: %1</translation>
    </message>
</context>
<context>
    <name>desk::ui::IntakeTokensModel</name>
    <message>
        <location filename="../ui/intake/intaketokensmodel.cpp" line="+37"/>
        <source>any (a sending system)</source>
        <translation>cualquiera (un sistema emisor)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revoked %1</source>
        <translation>revocado %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed origins</source>
        <translation>Orígenes permitidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>desk::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/shell/languagemenu.cpp" line="+19"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow the &amp;desktop (%1)</source>
        <translation>Como el &amp;escritorio (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (not translated yet)</source>
        <translation>%1 (aún sin traducir)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the desktop&apos;s language</source>
        <translation>el idioma del escritorio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incident Desk will be in %1 from its next start; dates and numbers too.</source>
        <translation>Incident Desk estará en %1 desde el próximo inicio, fechas y números incluidos.</translation>
    </message>
</context>
<context>
    <name>desk::ui::LinkedReportsModel</name>
    <message>
        <location filename="../ui/incident/linkedreportsmodel.cpp" line="+89"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lang.</source>
        <translation>Idi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
</context>
<context>
    <name>desk::ui::ListPage</name>
    <message>
        <location filename="../ui/widgets/listpage.cpp" line="+162"/>
        <source>Could not load this page: %1</source>
        <translation>No se pudo cargar esta página: %1</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search %1</source>
        <translation>Buscar en %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Nothing here matches “%1”.</source>
        <translation>Nada coincide aquí con «%1».</translation>
    </message>
</context>
<context>
    <name>desk::ui::LoginDialog</name>
    <message>
        <location filename="../ui/shell/logindialog.cpp" line="+24"/>
        <source>Create the first administrator</source>
        <translation>Crear el primer administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no users yet. Create the administrator account; agents and team leads can be added afterwards.</source>
        <translation>Esta base de datos aún no tiene usuarios. Cree la cuenta de administrador; los agentes y responsables se pueden añadir después.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Use 2 to 63 lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; for the login name, starting with a letter.</source>
        <translation>Use de 2 a 63 letras minúsculas, dígitos, «.», «_» o «-» para el nombre de acceso, empezando por una letra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password must have at least 8 characters.</source>
        <translation>La contraseña debe tener al menos 8 caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose your name in the list.</source>
        <translation>Elija su nombre en la lista.</translation>
    </message>
</context>
<context>
    <name>desk::ui::MailJobsModel</name>
    <message>
        <location filename="../ui/publish/mailjobsmodel.cpp" line="+48"/>
        <source>Resolution confirmation</source>
        <translation>Confirmación de resolución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledgement notice</source>
        <translation>Acuse de recibo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Queued</source>
        <extracomment>Column header: when the message was queued; the rows show a date</extracomment>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent</source>
        <extracomment>Column header: when the message was sent; the rows show a date</extracomment>
        <translation>Enviado</translation>
    </message>
</context>
<context>
    <name>desk::ui::MailJobsPanel</name>
    <message>
        <location filename="../ui/publish/mailjobspanel.cpp" line="+22"/>
        <source>Send again</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as sent</source>
        <translation>Marcar como enviado</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+114"/>
        <source>Hold this incident&apos;s mail</source>
        <translation>Retener el correo de esta incidencia</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+10"/>
        <source>Messages to reporters</source>
        <translation>Mensajes a quienes notificaron</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Send a refused, cancelled or in-doubt message again. For one in doubt, check first that the mail server did not deliver it: the reporter would get it twice.</source>
        <translation>Reenviar un mensaje rechazado, cancelado o dudoso. Si es dudoso, compruebe antes que el servidor de correo no lo entregó: la persona lo recibiría dos veces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server&apos;s log shows this message in doubt was delivered: count it as sent.</source>
        <translation>El registro del servidor de correo muestra que este mensaje dudoso se entregó: contarlo como enviado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing of this incident&apos;s mail is sent until it is released.</source>
        <translation>No se envía nada del correo de esta incidencia hasta que se libere.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No message yet: when an incident&apos;s acknowledgement or resolution is published, every reporter with an e-mail address gets one, sent by the service.</source>
        <translation>Aún no hay mensajes: cuando se publica el acuse de recibo o la resolución de una incidencia, cada persona con dirección de correo recibe uno, enviado por el servicio.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n enviado</numerusform>
            <numerusform>%n enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n in doubt: a lead decides</source>
        <translation>
            <numerusform>%n dudoso: decide un responsable</numerusform>
            <numerusform>%n dudosos: decide un responsable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n incident(s) on hold</source>
        <translation>
            <numerusform>%n incidencia retenida</numerusform>
            <numerusform>%n incidencias retenidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Release this incident&apos;s mail</source>
        <translation>Liberar el correo de esta incidencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team leads decide on messages to reporters.</source>
        <translation>Los responsables deciden sobre los mensajes a quienes notificaron.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send again?</source>
        <translation>¿Reenviar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message to %1 may have been delivered already (%2). Send it again anyway?</source>
        <translation>Puede que el mensaje a %1 ya se haya entregado (%2). ¿Reenviarlo de todos modos?</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <source>The database cannot be reached: nothing was changed. Try again when it is back.</source>
        <translation>No se puede acceder a la base de datos: no cambió nada. Inténtelo de nuevo cuando vuelva.</translation>
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
        <translation>Clasificación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incidents</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publications</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Navigation</source>
        <translation>Navegación</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sign out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This computer: %1</source>
        <translation>Este equipo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team server: %1@%2/%3</source>
        <translation>Servidor del equipo: %1@%2/%3</translation>
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
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
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
            <numerusform>%n aviso nuevo</numerusform>
            <numerusform>%n avisos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n public update(s) overdue</source>
        <translation>
            <numerusform>%n actualización pública atrasada</numerusform>
            <numerusform>%n actualizaciones públicas atrasadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n update(s) waiting for approval</source>
        <translation>
            <numerusform>%n actualización pendiente de aprobación</numerusform>
            <numerusform>%n actualizaciones pendientes de aprobación</numerusform>
        </translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Changes from other workstations appear as they happen.</source>
        <translation>Los cambios de otros puestos aparecen a medida que ocurren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline since %1 — reconnecting</source>
        <translation>Sin conexión desde %1: reconectando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database cannot be reached: %1
What is on screen stays readable; the program reconnects by itself.</source>
        <translation>No se puede acceder a la base de datos: %1
Lo que está en pantalla sigue legible; el programa se reconecta solo.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Edits made offline are not sent yet: %1</source>
        <translation>Cambios hechos sin conexión aún no enviados: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edits made offline: %1 saved, %2 to merge, %3 refused</source>
        <translation>Cambios hechos sin conexión: %1 guardados, %2 por combinar, %3 rechazados</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Open the &amp;Help Center</source>
        <translation>Abrir el Centro de a&amp;yuda</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>Help Center</source>
        <translation>Centro de ayuda</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The Help Center has no page yet: it is written in %1 when the first update is published.</source>
        <translation>El Centro de ayuda aún no tiene página: se escribe en %1 cuando se publica la primera actualización.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database cannot be reached right now.</source>
        <translation>No se puede acceder a la base de datos en este momento.</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Intake</source>
        <translation>Recepción</translation>
    </message>
    <message numerus="yes">
        <location line="+363"/>
        <source>%n intake service(s) need a look</source>
        <translation>
            <numerusform>%n servicio de recepción necesita atención</numerusform>
            <numerusform>%n servicios de recepción necesitan atención</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>%n publication(s) or message(s) to reporters need a lead</source>
        <translation>
            <numerusform>%n publicación o mensaje necesita a un responsable</numerusform>
            <numerusform>%n publicaciones o mensajes necesitan a un responsable</numerusform>
        </translation>
    </message>
    <message>
        <location line="-362"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message numerus="yes">
        <location line="+365"/>
        <source>%n preventive action(s) overdue</source>
        <translation>
            <numerusform>%n acción preventiva atrasada</numerusform>
            <numerusform>%n acciones preventivas atrasadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="-245"/>
        <source>&amp;Import reports…</source>
        <translation>&amp;Importar avisos…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Import reports</source>
        <translation>Importar avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports (*.jsonl *.ndjson *.csv)</source>
        <translation>Avisos (*.jsonl *.ndjson *.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n report(s) imported into the queue.</source>
        <translation>
            <numerusform>%n aviso importado en la cola.</numerusform>
            <numerusform>%n avisos importados en la cola.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Incident Desk</source>
        <translation>Acerca de Incident &amp;Desk</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
</context>
<context>
    <name>desk::ui::MergeDialog</name>
    <message>
        <location filename="../ui/incident/mergedialog.cpp" line="+21"/>
        <source>Merge your changes</source>
        <translation>Combinar sus cambios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone saved %1 on another workstation while you were editing it. Choose, field by field, what to keep. Fields marked ⚠ were changed on both sides.</source>
        <translation>Alguien guardó %1 en otro puesto mientras usted lo editaba. Elija, campo a campo, qué conservar. Los campos marcados con ⚠ cambiaron en ambos lados.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Their version</source>
        <translation>La otra versión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Yours</source>
        <translation>La suya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>La otra</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the merged incident</source>
        <translation>Guardar la incidencia combinada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>desk::ui::NewIncidentDialog</name>
    <message numerus="yes">
        <location filename="../ui/triage/newincidentdialog.cpp" line="+17"/>
        <source>%n selected report(s) will be linked to the new incident.</source>
        <translation>
            <numerusform>%n aviso seleccionado se vinculará a la nueva incidencia.</numerusform>
            <numerusform>%n avisos seleccionados se vincularán a la nueva incidencia.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create incident</source>
        <translation>Crear incidencia</translation>
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
        <translation>Actualización por aprobar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 submitted the %2 update for %3.</source>
        <translation>%1 envió la actualización de %2 para %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Update approved</source>
        <translation>Actualización aprobada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 approved your %2 update for %3.</source>
        <translation>%1 aprobó su actualización de %2 para %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes requested</source>
        <translation>Cambios pedidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asked for changes to your %2 update for %3: “%4”</source>
        <translation>%1 pidió cambios en su actualización de %2 para %3: «%4»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updates to approve</source>
        <translation>Actualizaciones por aprobar</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n update(s) are waiting for a lead&apos;s decision.</source>
        <translation>
            <numerusform>%n actualización espera la decisión de un responsable.</numerusform>
            <numerusform>%n actualizaciones esperan la decisión de un responsable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Incident Desk — %n update(s) to approve</source>
        <translation>
            <numerusform>Incident Desk — %n actualización por aprobar</numerusform>
            <numerusform>Incident Desk — %n actualizaciones por aprobar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Public update overdue</source>
        <translation>Actualización pública atrasada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 “%2” was due for its public update at %3.</source>
        <translation>%1 «%2» debía tener su actualización pública a las %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public update due soon</source>
        <translation>Actualización pública pendiente pronto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 “%2” needs its next public update by %3.</source>
        <translation>%1 «%2» necesita su próxima actualización pública antes de las %3.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Preventive actions overdue</source>
        <translation>Acciones preventivas atrasadas</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 “%2”: %n preventive action(s) overdue.</source>
        <translation>
            <numerusform>%1 «%2»: %n acción preventiva atrasada.</numerusform>
            <numerusform>%1 «%2»: %n acciones preventivas atrasadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::PhoneReportDialog</name>
    <message>
        <location filename="../ui/triage/phonereportdialog.cpp" line="+23"/>
        <source>New phone report</source>
        <translation>Nuevo aviso telefónico</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer&apos;s &amp;name:</source>
        <translation>&amp;Nombre del cliente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail address:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for the acknowledgement and the confirmation</source>
        <translation>para el acuse de recibo y la confirmación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer &amp;reference:</source>
        <translation>&amp;Referencia del cliente:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add to the queue</source>
        <translation>Añadir a la co&amp;la</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Not added: %1</source>
        <translation>No añadido: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database cannot be reached. Nothing was lost: add it again when it is back.</source>
        <translation>No se puede acceder a la base de datos. No se perdió nada: añádalo de nuevo cuando vuelva.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>&amp;What they said:</source>
        <translation>Lo que &amp;dijo:</translation>
    </message>
</context>
<context>
    <name>desk::ui::PreventiveActionsModel</name>
    <message>
        <location filename="../ui/incident/preventiveactionsmodel.cpp" line="+116"/>
        <source>Action</source>
        <translation>Acción</translation>
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
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
</context>
<context>
    <name>desk::ui::PublicationJobsModel</name>
    <message>
        <location filename="../ui/publish/publicationjobsmodel.cpp" line="+62"/>
        <source>Queued</source>
        <extracomment>Column header: when the job was queued; the rows show a date</extracomment>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remote address</source>
        <translation>Dirección remota</translation>
    </message>
</context>
<context>
    <name>desk::ui::PublicationsPage</name>
    <message>
        <location filename="../ui/publish/publicationspage.cpp" line="+17"/>
        <source>Publications</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has been published yet. When a lead publishes an approved update, one job per configured target appears here.</source>
        <translation>Aún no se ha publicado nada. Cuando un responsable publica una actualización aprobada, aquí aparece una tarea por cada destino configurado.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n job(s) waiting to be sent</source>
        <translation>
            <numerusform>%n tarea pendiente de envío</numerusform>
            <numerusform>%n tareas pendientes de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Team leads retry and cancel publications.</source>
        <translation>Los responsables reintentan y cancelan publicaciones.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The database cannot be reached: nothing was changed. Try again when it is back.</source>
        <translation>No se puede acceder a la base de datos: no cambió nada. Inténtelo de nuevo cuando vuelva.</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Targets…</source>
        <translation>Destinos…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where published updates go: the Help Center, Statuspage, Cachet, Zendesk Guide, webhooks.</source>
        <translation>Adónde van las actualizaciones publicadas: el Centro de ayuda, Statuspage, Cachet, Zendesk Guide, webhooks.</translation>
    </message>
</context>
<context>
    <name>desk::ui::ReportDetailPane</name>
    <message>
        <location filename="../ui/triage/reportdetailpane.cpp" line="+21"/>
        <source>Report</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested incidents</source>
        <translation>Incidencias sugeridas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggested incidents (double-click or Ctrl+L to link):</source>
        <translation>Incidencias sugeridas (doble clic o Ctrl+L para vincular):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a report to read it.</source>
        <translation>Seleccione un aviso para leerlo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · %2 · %3 · received %4</source>
        <translation>%1 · %2 · %3 · recibido %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference %1 · %2</source>
        <translation>Referencia %1 · %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The same customer&apos;s other reports</source>
        <translation>Otros avisos del mismo cliente</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1  %2 — %3% (%4)</source>
        <translation>%1  %2 — %3 % (%4)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No open incident looks related.</source>
        <translation>Ninguna incidencia abierta parece relacionada.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Files the customer sent</source>
        <translation>Archivos que envió el cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown type</source>
        <translation>tipo desconocido</translation>
    </message>
</context>
<context>
    <name>desk::ui::ReportsTab</name>
    <message>
        <location filename="../ui/incident/reportstab.cpp" line="+23"/>
        <source>Linked reports</source>
        <translation>Avisos vinculados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send back to triage</source>
        <translation>Devolver a clasificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlink the selected reports: they return to the triage queue as new.</source>
        <translation>Desvincular los avisos seleccionados: vuelven a la cola de clasificación como nuevos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to another incident…</source>
        <translation>Mover a otra incidencia…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::ReviewTab</name>
    <message>
        <location filename="../ui/incident/reviewtab.cpp" line="+52"/>
        <source>New preventive action</source>
        <translation>Nueva acción preventiva</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Preventive actions</source>
        <translation>Acciones preventivas</translation>
    </message>
</context>
<context>
    <name>desk::ui::SpellingEdit</name>
    <message>
        <location filename="../ui/compose/spellingedit.cpp" line="+96"/>
        <source>No suggestions for “%1”</source>
        <translation>No hay sugerencias para «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add “%1” to the dictionary</source>
        <translation>&amp;Añadir «%1» al diccionario</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add to the dictionary</source>
        <translation>Añadir al diccionario</translation>
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
        <translation>Creando la base de datos de demostración…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another database?</source>
        <translation>¿Elegir otra base de datos?</translation>
    </message>
</context>
<context>
    <name>desk::ui::TargetEditor</name>
    <message>
        <location filename="../ui/publish/targetsdialog.cpp" line="+212"/>
        <source>New publication target</source>
        <translation>Nuevo destino de publicación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publication target “%1”</source>
        <translation>Destino de publicación «%1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Component id there</source>
        <translation>Id del componente allí</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Components:</source>
        <translation>Componentes:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The Help Center locale for %1; empty to leave this language out.</source>
        <translation>El idioma del Centro de ayuda para %1; vacío para dejar fuera este idioma.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Locales:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where readers of the %1 pages are, e.g. America/Mexico_City; empty for %2.</source>
        <translation>Dónde están los lectores de las páginas en %1, por ejemplo America/Mexico_City; vacío para %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone for %1</source>
        <translation>Zona horaria para %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Time zones:</source>
        <translation>Zonas horarias:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>WebDAV address</source>
        <translation>Dirección WebDAV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public address</source>
        <translation>Dirección pública</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebDAV user</source>
        <translation>Usuario WebDAV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site title</source>
        <translation>Título del sitio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service status and incident reports</source>
        <translation>Estado de los servicios e informes de incidencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team or company name</source>
        <translation>Nombre del equipo o de la empresa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown at the top of every page</source>
        <translation>Se muestra arriba en cada página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo address</source>
        <translation>Dirección del logotipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour of the page header</source>
        <translation>Color de la cabecera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer line</source>
        <translation>Línea del pie de página</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. the company&apos;s name and address</source>
        <translation>por ejemplo, el nombre y la dirección de la empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact form address</source>
        <translation>Dirección del formulario de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own templates folder</source>
        <translation>Carpeta de plantillas propias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional: files here replace the built-in ones</source>
        <translation>Opcional: los archivos de aquí sustituyen a los incluidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page id</source>
        <translation>Id de página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Notify the page&apos;s subscribers</source>
        <translation>Avisar a los suscriptores de la página</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cachet address</source>
        <translation>Dirección de Cachet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zendesk address</source>
        <translation>Dirección de Zendesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section id</source>
        <translation>Id de sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User (e-mail)</source>
        <translation>Usuario (correo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission group id</source>
        <translation>Id del grupo de permisos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeout (seconds)</source>
        <translation>Tiempo de espera (segundos)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kept on this workstation; type to replace it</source>
        <translation>Guardado en este puesto; escriba para sustituirlo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep it for this session only</source>
        <translation>Guardarlo solo para esta sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in the system keychain of this workstation.</source>
        <translation>Guardado en el llavero del sistema de este puesto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain service is running on this workstation, so the secret cannot be stored. It can be kept in memory until you quit; it is never written to disk.</source>
        <translation>No hay ningún servicio de llavero en marcha en este puesto, así que el secreto no se puede guardar. Puede mantenerse en memoria hasta que salga; nunca se escribe en disco.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Give the target a name, e.g. “Help Center”.</source>
        <translation>Dé un nombre al destino, p. ej. «Centro de ayuda».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is needed.</source>
        <translation>Se necesita %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be a number.</source>
        <translation>%1 debe ser un número.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be an http or https address, e.g. https://example.org/.</source>
        <translation>%1 debe ser una dirección http o https, p. ej. https://example.org/.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the password in its own field, not in the address: the address is shared with every workstation.</source>
        <translation>Ponga la contraseña en su propio campo, no en la dirección: la dirección se comparte con todos los puestos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the %1: nothing can be sent without it.</source>
        <translation>Introduzca %1: sin ello no se puede enviar nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain service is running: tick “Keep it for this session only”, or start the keychain (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation>No hay ningún servicio de llavero en marcha: marque «Guardarlo solo para esta sesión» o inicie el llavero (p. ej. GNOME Keyring o KWallet) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The database cannot be reached: the target was not saved. Your entries are still here.</source>
        <translation>No se puede acceder a la base de datos: no se guardó el destino. Sus datos siguen aquí.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The target is saved, but its secret is not: %1</source>
        <translation>El destino está guardado, pero su secreto no: %1</translation>
    </message>
</context>
<context>
    <name>desk::ui::TargetsDialog</name>
    <message>
        <location line="-476"/>
        <source>WebDAV password</source>
        <translation>Contraseña WebDAV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing secret</source>
        <translation>Secreto de firma</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For this session only</source>
        <translation>Solo para esta sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (no keychain)</source>
        <translation>Ninguno (sin llavero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the keychain</source>
        <translation>En el llavero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+3"/>
        <source>Publication targets</source>
        <translation>Destinos de publicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enabled</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credentials on this workstation</source>
        <translation>Credenciales en este puesto</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Every update a lead publishes is sent to each enabled target. Secrets are kept in this workstation&apos;s keychain, never in the shared database.</source>
        <translation>Cada actualización que publica un responsable se envía a cada destino activo. Los secretos se guardan en el llavero de este puesto, nunca en la base de datos compartida.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only an administrator changes the targets; you can see them.</source>
        <translation>Solo un administrador cambia los destinos; usted puede verlos.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Enable</source>
        <translation>Ac&amp;tivar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database cannot be reached; the targets will show when it is back.</source>
        <translation>No se puede acceder a la base de datos; los destinos aparecerán cuando vuelva.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database cannot be reached: nothing was changed.</source>
        <translation>No se puede acceder a la base de datos: no cambió nada.</translation>
    </message>
</context>
<context>
    <name>desk::ui::TimelineModel</name>
    <message>
        <location filename="../ui/incident/timelinemodel.cpp" line="+100"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Created the incident</source>
        <translation>Creó la incidencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited the description</source>
        <translation>Editó la descripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved it to “%1”</source>
        <translation>La pasó a «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Linked %n report(s)</source>
        <translation>
            <numerusform>Vinculó %n aviso</numerusform>
            <numerusform>Vinculó %n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Moved %n report(s) to %1</source>
        <translation>
            <numerusform>Movió %n aviso a %1</numerusform>
            <numerusform>Movió %n avisos a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Moved %n report(s) here from %1</source>
        <translation>
            <numerusform>Movió aquí %n aviso desde %1</numerusform>
            <numerusform>Movió aquí %n avisos desde %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sent %n report(s) back to triage</source>
        <translation>
            <numerusform>Devolvió %n aviso a clasificación</numerusform>
            <numerusform>Devolvió %n avisos a clasificación</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafted an update: %1</source>
        <translation>Redactó una actualización: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revised the update: %1</source>
        <translation>Revisó la actualización: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted the update for approval: %1</source>
        <translation>Envió la actualización a aprobación: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrew the update: %1</source>
        <translation>Retiró la actualización: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved the update: %1</source>
        <translation>Aprobó la actualización: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked for changes to the update: %1 — “%2”</source>
        <translation>Pidió cambios en la actualización: %1 — «%2»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published the update: %1</source>
        <translation>Publicó la actualización: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discarded a draft</source>
        <translation>Descartó un borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed a publication: %1</source>
        <translation>Cambió una publicación: %1</translation>
    </message>
</context>
<context>
    <name>desk::ui::TriageFilterBar</name>
    <message>
        <location filename="../ui/triage/triagefilterbar.cpp" line="+33"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed by</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Saved filters</source>
        <translation>Filtros guardados</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Open (new or claimed)</source>
        <translation>Abiertos (nuevos o asignados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any service</source>
        <translation>Cualquier servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any channel</source>
        <translation>Cualquier canal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any time</source>
        <translation>En cualquier momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone or no one</source>
        <translation>Alguien o nadie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not claimed</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed by me</source>
        <translation>Asignados a mí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search reports</source>
        <translation>Buscar avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search subject, text and customer…</source>
        <translation>Buscar en asunto, texto y cliente…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Save this filter…</source>
        <translation>Guardar este filtro…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save filter</source>
        <translation>Guardar filtro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the filter:</source>
        <translation>Nombre del filtro:</translation>
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
        <translation>%1 d</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Claimed by %1 until %2</source>
        <translation>Asignado a %1 hasta %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed by</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>(removed on another workstation)</source>
        <translation>(eliminado en otro puesto)</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Lang.</source>
        <translation>Idi.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 is %2; next public update due %3</source>
        <translation>%1 está %2; próxima actualización pública %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2</source>
        <translation>%1 está %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 (with files)</source>
        <translation>%1 (con archivos)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>update on its way</source>
        <translation>actualización en camino</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An update is published and not yet on the Help Center; the promise counts from its arrival.</source>
        <translation>Hay una actualización publicada que aún no está en el Centro de ayuda; la promesa cuenta desde su llegada.</translation>
    </message>
</context>
<context>
    <name>desk::ui::TriagePage</name>
    <message>
        <location filename="../ui/triage/triagepage.cpp" line="-97"/>
        <source>Triage</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>No reports yet. Reports arrive from the contact form, or import them with &apos;incident-desk-cli import FILE&apos;.</source>
        <translation>Aún no hay avisos. Los avisos llegan por el formulario de contacto, o impórtelos con «incident-desk-cli import ARCHIVO».</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Create an incident from them</source>
        <translation>Crear una incidencia a partir de ellos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reports</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 reports match the filter</source>
        <translation>%1 avisos coinciden con el filtro</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Claim</source>
        <translation>Asignarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to suggested incident</source>
        <translation>Vincular a la incidencia sugerida</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New incident from selection</source>
        <translation>Nueva incidencia a partir de la selección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an incident</source>
        <translation>No es una incidencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate of…</source>
        <translation>Duplicado de…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n unlinked report(s) about %1 in the last 30 minutes: probably an incident.</source>
        <translation>
            <numerusform>%n aviso sin vincular sobre %1 en los últimos 30 minutos: probablemente una incidencia.</numerusform>
            <numerusform>%n avisos sin vincular sobre %1 en los últimos 30 minutos: probablemente una incidencia.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Select one or more reports first.</source>
        <translation>Seleccione primero uno o más avisos.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>No suggested incident for this report: create one with Ctrl+N.</source>
        <translation>No hay incidencia sugerida para este aviso: cree una con Ctrl+N.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Duplicate of another report</source>
        <translation>Duplicado de otro aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference or number of the original report:</source>
        <translation>Referencia o número del aviso original:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select the reports the incident is about first.</source>
        <translation>Seleccione primero los avisos de los que trata la incidencia.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a report to read it.</source>
        <translation>Seleccione un aviso para leerlo.</translation>
    </message>
    <message>
        <location line="-382"/>
        <source>Click a status to show its reports.</source>
        <translation>Haga clic en un estado para mostrar sus avisos.</translation>
    </message>
    <message>
        <location line="+409"/>
        <source>Save the customer&apos;s file (it is not opened here: it could run or show a web page)</source>
        <translation>Guardar el archivo del cliente (no se abre aquí: podría ejecutarse o mostrar una página web)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No program on this computer opens %1; it is at %2.</source>
        <translation>Ningún programa de este equipo abre %1; está en %2.</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>New phone report…</source>
        <translation>Nuevo aviso telefónico…</translation>
    </message>
    <message>
        <location line="+285"/>
        <source>The phone report is in the queue.</source>
        <translation>El aviso telefónico está en la cola.</translation>
    </message>
</context>
<context>
    <name>desk::ui::UpdateComposer</name>
    <message>
        <location filename="../ui/compose/updatecomposer.cpp" line="+49"/>
        <source>Start again from the template</source>
        <translation>Empezar de nuevo con la plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for approval</source>
        <translation>Enviar a aprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+361"/>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <location line="-357"/>
        <source>Public update — %1</source>
        <translation>Actualización pública — %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Languages:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Write the update in %1. Markdown: **bold**, *italic*, - lists, [links](https://…)</source>
        <translation>Redacte la actualización en %1. Markdown: **negrita**, *cursiva*, - listas, [enlaces](https://…)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes since the last published update</source>
        <translation>Cambios desde la última actualización publicada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No %1 dictionary is installed: spelling is not checked.</source>
        <translation>No hay diccionario de %1 instalado: no se revisa la ortografía.</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the text of every language with the template for this kind?</source>
        <translation>¿Sustituir el texto de cada idioma por la plantilla de este tipo?</translation>
    </message>
    <message>
        <location line="+235"/>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 update — %2</source>
        <translation>Actualización de %1 — %2</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Throw this draft away? This cannot be undone.</source>
        <translation>¿Descartar este borrador? No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing has been published in %1 for this incident yet.</source>
        <translation>Aún no se ha publicado nada en %1 para esta incidencia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compared with the %1 update published %2: %3 word(s) added, %4 removed</source>
        <translation>Comparado con la actualización de %1 publicada %2: %3 palabra(s) añadida(s), %4 quitada(s)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose at least one language.</source>
        <translation>Elija al menos un idioma.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 characters · %3 words</source>
        <translation>%1: %2 caracteres · %3 palabras</translation>
    </message>
    <message>
        <location line="-349"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Update in %1</source>
        <translation>Actualización en %1</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>The update&apos;s languages</source>
        <translation>Los idiomas de la actualización</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Preview and changes in %1</source>
        <translation>Vista previa y cambios en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview in %1</source>
        <translation>Vista previa en %1</translation>
    </message>
</context>
<context>
    <name>desk::ui::UpdatesModel</name>
    <message>
        <location filename="../ui/incident/updatesmodel.cpp" line="+50"/>
        <source>Written</source>
        <translation>Redactada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed by</source>
        <translation>Revisada por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review comment</source>
        <translation>Comentario de revisión</translation>
    </message>
</context>
<context>
    <name>desk::ui::UpdatesTab</name>
    <message>
        <location filename="../ui/incident/updatestab.cpp" line="+18"/>
        <source>Public updates</source>
        <translation>Actualizaciones públicas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open</source>
        <extracomment>Button (verb): open the selected update in the composer</extracomment>
        <translation>Abrir</translation>
    </message>
</context>
</TS>
