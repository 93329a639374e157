// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compose/approvalspage.h"
#include "incident/incidentspage.h"
#include "session.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QSystemTrayIcon;

namespace desk::ui {

/**
 * Tells people what needs them without their looking: leads of new submissions, authors of
 * the decision on their updates, everyone of a public update due soon or overdue and of
 * preventive actions past their date (once a day). Uses the system tray where there is one;
 * every notice is also emitted for the window (and tests).
 */
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    explicit Notifier(const Session &session, QObject *parent = nullptr);
    ~Notifier() override;

    void approvalsListed(const QList<ApprovalsPage::Item> &items);
    void cadenceChecked(const QList<IncidentsPage::Row> &attention);
    QStringList history() const { return m_history; }

signals:
    void notified(const QString &title, const QString &text);
    /** Clicking a notice about an incident opens it. */
    void openIncidentRequested(desk::Id incidentId);
    void openApprovalsRequested();

private:
    void notify(const QString &title, const QString &text, Id incidentId = 0);

    Session m_session;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_approvalsSeen = false;
    QHash<Id, UpdateStatus> m_statuses; // updates listed last time
    QSet<QString> m_cadenceNotified;    // "<incident>/<due ms>/<standing>", "<incident>/actions/<count>/<day>"
    QStringList m_history;
    Id m_lastIncident = 0;
};

} // namespace desk::ui
