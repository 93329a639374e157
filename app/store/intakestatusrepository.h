// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace desk {

class Database;

/** What one running intake service last said about itself. */
struct IntakeInstance
{
    QString instance; // host:port
    QDateTime startedAt;
    QDateTime updatedAt;
    QString endpoint;
    qint64 received = 0;
    qint64 rejected = 0;
    qint64 spoolDepth = 0;
    QDateTime lastReportAt;
    QString mailbox; // user@host, empty when it reads none
    bool mailboxUp = false;
    QDateTime mailboxLastPass;
    qint64 mailboxReports = 0;
    qint64 mailboxRefused = 0;
    QString mailboxError;
};

/** The services' own status rows (intake_status): each writes its own, the app reads them all. */
class IntakeStatusRepository final
{
public:
    explicit IntakeStatusRepository(Database &db) : m_db(db) {}
    Status publish(const IntakeInstance &instance);
    Result<QList<IntakeInstance>> list() const;

private:
    Database &m_db;
};

} // namespace desk
