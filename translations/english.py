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
