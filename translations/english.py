# SPDX-License-Identifier: GPL-3.0-or-later
# English needs only its plural forms: every other text is the source itself.
TABLE = {
 "%n update(s) waiting for your decision": ["%n update waiting for your decision", "%n updates waiting for your decision"],
 "%n open incident(s)": ["%n open incident", "%n open incidents"],
 "%n update(s) overdue": ["%n update overdue", "%n updates overdue"],
 "%n published update(s)": ["%n published update", "%n published updates"],
 "%n new report(s)": ["%n new report", "%n new reports"],
 "%n public update(s) overdue": ["%n public update overdue", "%n public updates overdue"],
 "%n update(s) waiting for approval": ["%n update waiting for approval", "%n updates waiting for approval"],
}

TABLE.update({
 "%n word(s) in common": ["%n word in common", "%n words in common"],
 "%n selected report(s) will be linked to the new incident.": ["The selected report will be linked to the new incident.", "The %n selected reports will be linked to the new incident."],
 "%n unlinked report(s) about %1 in the last 30 minutes: probably an incident.": ["%n unlinked report about %1 in the last 30 minutes.", "%n unlinked reports about %1 in the last 30 minutes: probably an incident."],
 "Not done for %n report(s): %1": ["Not done for %n report: %1", "Not done for %n reports: %1"],
 "Claimed %n report(s).": ["Claimed %n report.", "Claimed %n reports."],
 "Released %n report(s).": ["Released %n report.", "Released %n reports."],
 "Linked %n report(s).": ["Linked %n report.", "Linked %n reports."],
 "Marked %n report(s) as not an incident.": ["Marked %n report as not an incident.", "Marked %n reports as not an incident."],
 "Marked %n report(s) as duplicates.": ["Marked %n report as a duplicate.", "Marked %n reports as duplicates."],
 "Created %1 and linked %n report(s).": ["Created %1 and linked %n report.", "Created %1 and linked %n reports."],
 "Undone for %n report(s).": ["Undone for %n report.", "Undone for %n reports."],
})

TABLE.update({
 "%n update(s) are waiting for a lead's decision.": ["%n update is waiting for a lead's decision.", "%n updates are waiting for a lead's decision."],
})

TABLE.update({
 "%n min": ["%n min", "%n min"],
 "%n h": ["%n h", "%n h"],
 "%n missed": ["%n missed", "%n missed"],
 "within %n days": ["within %n day", "within %n days"],
 "%n open": ["%n open", "%n open"],
 "%n overdue": ["%n overdue", "%n overdue"],
 "Reviews within %n days": ["Reviews within %n day", "Reviews within %n days"],
 "%n already in the database": ["%n already in the database", "%n already in the database"],
 "%n rejected": ["%n rejected", "%n rejected"],
 "%n sent": ["%n sent", "%n sent"],
 "%n waiting": ["%n waiting", "%n waiting"],
 "%n in doubt: a lead decides": ["%n in doubt: a lead decides", "%n in doubt: a lead decides"],
 "%n refused": ["%n refused", "%n refused"],
})
