// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifier.h"

#include "core/clock.h"
#include "domain/labels.h"

#include <QIcon>
#include <QLocale>
#include <QSystemTrayIcon>

namespace desk::ui {

Notifier::Notifier(const Session &session, QObject *parent) : QObject(parent), m_session(session)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/incident-desk.svg")), this);
        m_tray->setToolTip(tr("Incident Desk"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastIncident != 0)
                emit openIncidentRequested(m_lastIncident);
            else
                emit openApprovalsRequested();
        });
    }
}

Notifier::~Notifier() = default;

void Notifier::notify(const QString &title, const QString &text, Id incidentId)
{
    m_lastIncident = incidentId;
    //: A notification's title, then its text (French puts a space before the colon).
    m_history << tr("%1: %2").arg(title, text);
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 10 * 1000);
    emit notified(title, text);
}

void Notifier::approvalsListed(const QList<ApprovalsPage::Item> &items)
{
    const User &me = m_session.user;
    QHash<Id, UpdateStatus> now;
    int waiting = 0;
    for (const ApprovalsPage::Item &item : items) {
        const Update &u = item.update.update;
        now.insert(u.id, u.status);
        if (u.status == UpdateStatus::Submitted && u.author != me.name)
            ++waiting;
        if (!m_approvalsSeen)
            continue;
        const auto before = m_statuses.constFind(u.id);
        const bool changed = before == m_statuses.constEnd() || before.value() != u.status;
        if (!changed)
            continue;
        if (me.isLead() && u.status == UpdateStatus::Submitted && u.author != me.name)
            notify(tr("Update to approve"),
                   tr("%1 submitted the %2 update for %3.").arg(u.author, label(u.kind), item.incidentReference),
                   u.incidentId);
        if (u.author == me.name && u.status == UpdateStatus::Approved)
            notify(tr("Update approved"),
                   tr("%1 approved your %2 update for %3.").arg(u.approver, label(u.kind), item.incidentReference),
                   u.incidentId);
        if (u.author == me.name && u.status == UpdateStatus::ChangesRequested)
            notify(tr("Changes requested"),
                   tr("%1 asked for changes to your %2 update for %3: “%4”")
                       .arg(u.approver, label(u.kind), item.incidentReference, u.reviewComment),
                   u.incidentId);
    }
    if (!m_approvalsSeen && me.isLead() && waiting > 0)
        notify(tr("Updates to approve"), tr("%n update(s) are waiting for a lead's decision.", nullptr, waiting));
    m_approvalsSeen = true;
    m_statuses = now;
    if (m_tray)
        m_tray->setToolTip(me.isLead() && waiting > 0 ? tr("Incident Desk — %n update(s) to approve", nullptr, waiting)
                                                      : tr("Incident Desk"));
}

void Notifier::cadenceChecked(const QList<IncidentsPage::Row> &attention)
{
    const QLocale locale;
    for (const IncidentsPage::Row &row : attention) {
        const QString key = QStringLiteral("%1/%2/%3")
                                .arg(row.incident.id)
                                .arg(row.due.toMSecsSinceEpoch())
                                .arg(Cadence::toKey(row.standing));
        if (row.scope.overdueActions > 0) {
            // Preventive actions past their date: said once a day while they stay overdue.
            const QString actions = QStringLiteral("%1/actions/%2/%3")
                                        .arg(row.incident.id)
                                        .arg(row.scope.overdueActions)
                                        .arg(Clock::now().toLocalTime().date().toString(Qt::ISODate));
            if (!m_cadenceNotified.contains(actions)) {
                m_cadenceNotified.insert(actions);
                notify(tr("Preventive actions overdue"),
                       tr("%1 “%2”: %n preventive action(s) overdue.", nullptr, row.scope.overdueActions)
                           .arg(row.incident.reference, row.incident.title),
                       row.incident.id);
            }
        }
        if (row.standing != Cadence::Standing::Overdue && row.standing != Cadence::Standing::DueSoon)
            continue;
        if (m_cadenceNotified.contains(key))
            continue;
        m_cadenceNotified.insert(key);
        const QString when = locale.toString(row.due.toLocalTime(), QLocale::ShortFormat);
        if (row.standing == Cadence::Standing::Overdue)
            notify(tr("Public update overdue"),
                   tr("%1 “%2” was due for its public update at %3.").arg(row.incident.reference, row.incident.title, when),
                   row.incident.id);
        else
            notify(tr("Public update due soon"),
                   tr("%1 “%2” needs its next public update by %3.").arg(row.incident.reference, row.incident.title, when),
                   row.incident.id);
    }
}

} // namespace desk::ui
