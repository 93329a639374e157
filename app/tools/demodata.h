// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace desk {

class Database;

struct DemoOptions
{
    qint64 reports = 2000;
    quint32 seed = 2026;
    /** Password of the demo accounts (anna, marco, sofia: agents; giulia, luca: leads; admin). */
    QString password = QStringLiteral("demo-password");
    /** A year of history before the six weeks, so the dashboard has something to say (0: none). */
    int historyIncidents = 300;
    qint64 historyReports = 15000;
};

struct DemoSummary
{
    int services = 0;
    int users = 0;
    int incidents = 0;
    int updates = 0;
    qint64 reports = 0;
    qint64 reportsAlreadyPresent = 0;
    int historyIncidents = 0;   // the year before, written this time
    QString historySkipped;     // why there is no history this time, if there is none
};

/**
 * Realistic demo data: services, people, incidents in every lifecycle state with their
 * published updates, and reports in it, en, fr, de, es, linked and unlinked, over six weeks.
 * Running it again adds nothing twice.
 */
class DemoGenerator final
{
public:
    DemoGenerator(Database &db, DemoOptions options);
    void setProgress(std::function<void(qint64 done, qint64 total)> progress) { m_progress = std::move(progress); }
    Result<DemoSummary> run();

private:
    Status ensureUsers(DemoSummary *summary);
    Status createIncidents(DemoSummary *summary);
    Status actAs(const QString &name);
    Status writeReports(DemoSummary *summary);
    Status writeHistory(DemoSummary *summary);

    Database &m_db;
    DemoOptions m_options;
    std::function<void(qint64, qint64)> m_progress;
    struct IncidentWindow
    {
        qint64 id;
        qint64 serviceId;
        qint64 startMs;
        qint64 endMs;
        bool linkable;
    };
    QList<IncidentWindow> m_windows;
};

} // namespace desk
