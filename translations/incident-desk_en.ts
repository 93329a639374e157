<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>desk::IncidentSession</name>
    <message numerus="yes">
        <location filename="../app/incident/incidentsession.cpp" line="+447"/>
        <source>%n report(s) sent back to the triage queue.</source>
        <translation>
            <numerusform>%n report sent back to the triage queue.</numerusform>
            <numerusform>%n reports sent back to the triage queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n report(s) moved.</source>
        <translation>
            <numerusform>%n report moved.</numerusform>
            <numerusform>%n reports moved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::IncidentSuggester</name>
    <message numerus="yes">
        <location filename="../app/triage/suggester.cpp" line="+101"/>
        <source>%n word(s) in common</source>
        <translation>
            <numerusform>%n word in common</numerusform>
            <numerusform>%n words in common</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::TriageActions</name>
    <message numerus="yes">
        <location filename="../app/triage/triageactions.cpp" line="+76"/>
        <source>Not done for %n report(s): %1</source>
        <translation>
            <numerusform>Not done for %n report: %1</numerusform>
            <numerusform>Not done for %n reports: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>The database cannot be reached: %n report(s) kept on this computer, done as soon as it is back.</source>
        <translation>
            <numerusform>The database cannot be reached: %n report kept on this computer, done as soon as it is back.</numerusform>
            <numerusform>The database cannot be reached: %n reports kept on this computer, done as soon as it is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Claimed %n report(s).</source>
        <translation>
            <numerusform>Claimed %n report.</numerusform>
            <numerusform>Claimed %n reports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Released %n report(s).</source>
        <translation>
            <numerusform>Released %n report.</numerusform>
            <numerusform>Released %n reports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Linked %n report(s).</source>
        <translation>
            <numerusform>Linked %n report.</numerusform>
            <numerusform>Linked %n reports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Marked %n report(s) as not an incident.</source>
        <translation>
            <numerusform>Marked %n report as not an incident.</numerusform>
            <numerusform>Marked %n reports as not an incident.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Marked %n report(s) as duplicates.</source>
        <translation>
            <numerusform>Marked %n report as a duplicate.</numerusform>
            <numerusform>Marked %n reports as duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Created %1 and linked %n report(s).</source>
        <translation>
            <numerusform>Created %1 and linked %n report.</numerusform>
            <numerusform>Created %1 and linked %n reports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Undone for %n report(s).</source>
        <translation>
            <numerusform>Undone for %n report.</numerusform>
            <numerusform>Undone for %n reports.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::cli</name>
    <message numerus="yes">
        <location filename="../app/cli/incidentcommands.cpp" line="+209"/>
        <source>%n report(s) linked to %1</source>
        <translation>
            <numerusform>%n report linked to %1</numerusform>
            <numerusform>%n reports linked to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/dbcommands.cpp" line="+201"/>
        <source>audit log intact: %n entries checked</source>
        <translation>
            <numerusform>audit log intact: %n entry checked</numerusform>
            <numerusform>audit log intact: %n entries checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/metricscommands.cpp" line="+142"/>
        <source>Reviews within %n day(s): %1</source>
        <translation>
            <numerusform>Reviews within %n day: %1</numerusform>
            <numerusform>Reviews within %n days: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::ApprovalsModel</name>
    <message numerus="yes">
        <location filename="../ui/compose/approvalsmodel.cpp" line="+38"/>
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
</context>
<context>
    <name>desk::ui::ApprovalsPage</name>
    <message numerus="yes">
        <location filename="../ui/compose/approvalspage.cpp" line="+107"/>
        <source>%n update(s) waiting for your decision</source>
        <translation>
            <numerusform>%n update waiting for your decision</numerusform>
            <numerusform>%n updates waiting for your decision</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n approved, ready to publish</source>
        <translation>
            <numerusform>%n approved, ready to publish</numerusform>
            <numerusform>%n approved, ready to publish</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::DashboardPage</name>
    <message numerus="yes">
        <location filename="../ui/metrics/dashboardpage.cpp" line="+185"/>
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+172"/>
        <source>%n missed</source>
        <translation>
            <numerusform>%n missed</numerusform>
            <numerusform>%n missed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>within %n days</source>
        <translation>
            <numerusform>within %n day</numerusform>
            <numerusform>within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <location line="+173"/>
        <source>%n incident(s) opened in the period</source>
        <translation>
            <numerusform>%n incident opened in the period</numerusform>
            <numerusform>%n incidents opened in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/metrics/dashboardreport.cpp" line="+108"/>
        <source>Reviews within %n days</source>
        <translation>
            <numerusform>Reviews within %n day</numerusform>
            <numerusform>Reviews within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::ExportWizard</name>
    <message numerus="yes">
        <location filename="../ui/incident/exportwizard.cpp" line="+254"/>
        <source>%n report(s) exported; files written: %1, in %2</source>
        <translation>
            <numerusform>%n report exported; files written: %1, in %2</numerusform>
            <numerusform>%n reports exported; files written: %1, in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Writing the files for %n reporter(s)…</source>
        <translation>
            <numerusform>Writing the files for %n reporter…</numerusform>
            <numerusform>Writing the files for %n reporters…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::ImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/triage/importdialog.cpp" line="+103"/>
        <source>%n report(s) imported</source>
        <translation>
            <numerusform>%n report imported</numerusform>
            <numerusform>%n reports imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already in the database</source>
        <translation>
            <numerusform>%n already in the database</numerusform>
            <numerusform>%n already in the database</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::IncidentEditor</name>
    <message numerus="yes">
        <location filename="../ui/incident/incidenteditor.cpp" line="+364"/>
        <source>Move %n report(s) to:</source>
        <translation>
            <numerusform>Move %n report to:</numerusform>
            <numerusform>Move %n reports to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::IncidentsModel</name>
    <message numerus="yes">
        <location filename="../ui/incident/incidentsmodel.cpp" line="+58"/>
        <source>%n preventive action(s) overdue</source>
        <translation>
            <numerusform>%n preventive action overdue</numerusform>
            <numerusform>%n preventive actions overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::IncidentsPage</name>
    <message numerus="yes">
        <location filename="../ui/incident/incidentspage.cpp" line="+179"/>
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>%n open incident</numerusform>
            <numerusform>%n open incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n update(s) overdue</source>
        <translation>
            <numerusform>%n update overdue</numerusform>
            <numerusform>%n updates overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n update(s) due soon</source>
        <translation>
            <numerusform>%n update due soon</numerusform>
            <numerusform>%n updates due soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n preventive action(s) overdue</source>
        <translation>
            <numerusform>%n preventive action overdue</numerusform>
            <numerusform>%n preventive actions overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::IntakePage</name>
    <message numerus="yes">
        <location filename="../ui/intake/intakepage.cpp" line="+35"/>
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n second ago</numerusform>
            <numerusform>%n seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n token(s) in use</source>
        <translation>
            <numerusform>%n token in use</numerusform>
            <numerusform>%n tokens in use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n intake service(s)</source>
        <translation>
            <numerusform>%n intake service</numerusform>
            <numerusform>%n intake services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n report(s) wait in its spool: it cannot reach the team database</source>
        <translation>
            <numerusform>%n report wait in its spool: it cannot reach the team database</numerusform>
            <numerusform>%n reports wait in its spool: it cannot reach the team database</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::MailJobsPanel</name>
    <message numerus="yes">
        <location filename="../ui/publish/mailjobspanel.cpp" line="+105"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n in doubt: a lead decides</source>
        <translation>
            <numerusform>%n in doubt: a lead decides</numerusform>
            <numerusform>%n in doubt: a lead decides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n incident(s) on hold</source>
        <translation>
            <numerusform>%n incident on hold</numerusform>
            <numerusform>%n incidents on hold</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/shell/mainwindow.cpp" line="+455"/>
        <source>%n new report(s)</source>
        <translation>
            <numerusform>%n new report</numerusform>
            <numerusform>%n new reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n public update(s) overdue</source>
        <translation>
            <numerusform>%n public update overdue</numerusform>
            <numerusform>%n public updates overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n update(s) waiting for approval</source>
        <translation>
            <numerusform>%n update waiting for approval</numerusform>
            <numerusform>%n updates waiting for approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n intake service(s) need a look</source>
        <translation>
            <numerusform>%n intake service need a look</numerusform>
            <numerusform>%n intake services need a look</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>%n publication(s) or message(s) to reporters need a lead</source>
        <translation>
            <numerusform>%n publication or message to reporters need a lead</numerusform>
            <numerusform>%n publications or messages to reporters need a lead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n preventive action(s) overdue</source>
        <translation>
            <numerusform>%n preventive action overdue</numerusform>
            <numerusform>%n preventive actions overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-193"/>
        <source>%n report(s) imported into the queue.</source>
        <translation>
            <numerusform>%n report imported into the queue.</numerusform>
            <numerusform>%n reports imported into the queue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::NewIncidentDialog</name>
    <message numerus="yes">
        <location filename="../ui/triage/newincidentdialog.cpp" line="+17"/>
        <source>%n selected report(s) will be linked to the new incident.</source>
        <translation>
            <numerusform>The selected report will be linked to the new incident.</numerusform>
            <numerusform>The %n selected reports will be linked to the new incident.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::Notifier</name>
    <message numerus="yes">
        <location filename="../ui/shell/notifier.cpp" line="+71"/>
        <source>%n update(s) are waiting for a lead&apos;s decision.</source>
        <translation>
            <numerusform>%n update is waiting for a lead&apos;s decision.</numerusform>
            <numerusform>%n updates are waiting for a lead&apos;s decision.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Incident Desk — %n update(s) to approve</source>
        <translation>
            <numerusform>Incident Desk — %n update to approve</numerusform>
            <numerusform>Incident Desk — %n updates to approve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%1 “%2”: %n preventive action(s) overdue.</source>
        <translation>
            <numerusform>%1 “%2”: %n preventive action overdue.</numerusform>
            <numerusform>%1 “%2”: %n preventive actions overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::PublicationsPage</name>
    <message numerus="yes">
        <location filename="../ui/publish/publicationspage.cpp" line="+66"/>
        <source>%n job(s) waiting to be sent</source>
        <translation>
            <numerusform>%n job waiting to be sent</numerusform>
            <numerusform>%n jobs waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::ReportsTab</name>
    <message numerus="yes">
        <location filename="../ui/incident/reportstab.cpp" line="+49"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::TimelineModel</name>
    <message numerus="yes">
        <location filename="../ui/incident/timelinemodel.cpp" line="+123"/>
        <source>Linked %n report(s)</source>
        <translation>
            <numerusform>Linked %n report</numerusform>
            <numerusform>Linked %n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Moved %n report(s) to %1</source>
        <translation>
            <numerusform>Moved %n report to %1</numerusform>
            <numerusform>Moved %n reports to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Moved %n report(s) here from %1</source>
        <translation>
            <numerusform>Moved %n report here from %1</numerusform>
            <numerusform>Moved %n reports here from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sent %n report(s) back to triage</source>
        <translation>
            <numerusform>Sent %n report back to triage</numerusform>
            <numerusform>Sent %n reports back to triage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>desk::ui::TriagePage</name>
    <message numerus="yes">
        <location filename="../ui/triage/triagepage.cpp" line="+293"/>
        <source>%n unlinked report(s) about %1 in the last 30 minutes: probably an incident.</source>
        <translation>
            <numerusform>%n unlinked report about %1 in the last 30 minutes.</numerusform>
            <numerusform>%n unlinked reports about %1 in the last 30 minutes: probably an incident.</numerusform>
        </translation>
    </message>
</context>
</TS>
