// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace desk {

class Database;
class SmtpSender;
struct MailSettings;

/** When the watch warns. */
struct WatchSettings
{
    bool enabled = true;
    int unacknowledgedMinutes = 60; // a reported incident with reports, not acknowledged for this long
    int dueSoonMinutes = 120;       // the next public update is due within this
    int undeliveredMinutes = 30;    // a publication job not done this long after it was made
};

/**
 * The service's watch on the policy's promises: an incident reported and not acknowledged in time,
 * a public update due soon, one overdue, a publication that failed or has not landed. Each
 * occasion is written to the incident's owner and every lead by e-mail once: the database records
 * it first (watch_notices), so several services and restarts never write it twice; a warning the
 * mail server did not take is tried again on the next look.
 */
class CadenceWatch final
{
    Q_DECLARE_TR_FUNCTIONS(desk::CadenceWatch)

public:
    CadenceWatch(Database &db, User actor, const MailSettings &mail, WatchSettings settings);

    struct Notice
    {
        Id incidentId = 0;
        QString reference;
        QString title;
        QString kind; // unacknowledged, due_soon, overdue, publication_failed, publication_late
        qint64 occasion = 0;
        QString detail; // the due time, the target and its error …
    };
    /** What needs a warning at `nowMs` (written or not). */
    Result<QList<Notice>> due(qint64 nowMs) const;
    /** Writes every warning not written yet; returns how many went out. */
    Result<int> run(SmtpSender &smtp, qint64 nowMs);

    static QString subject(const Notice &notice);
    static QString text(const Notice &notice);

private:
    Result<QStringList> recipients(Id incidentId) const;

    Database &m_db;
    User m_actor;
    const MailSettings &m_mail;
    WatchSettings m_settings;
};

} // namespace desk
