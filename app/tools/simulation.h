// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "domain/result.h"
#include "store/databaseurl.h"

#include <functional>

namespace desk {

struct SimulationOptions
{
    int agents = 10;
    int seconds = 60;
    quint32 seed = 2026;
};

struct SimulationReport
{
    qint64 operations = 0;   // claims, links, releases, edits that succeeded
    qint64 conflicts = 0;    // lost claim races and stale saves, each retried or given up cleanly
    qint64 doubleClaims = 0; // two agents holding one report at once: must be 0
    qint64 lostUpdates = 0;  // saves reported done whose text is not in the database: must be 0
    qint64 errors = 0;       // anything else the database refused
    double seconds = 0;
};

/**
 * Headless agents working one database at once, each on its own connection and thread, the way
 * the app does: claim a new report (a lease, compare-and-set), link it to an open incident or
 * set it aside, and edit shared incidents with optimistic saves that retry on conflict. At the
 * end it checks that no report was held by two agents at once and that every save an agent was
 * told succeeded is in the database.
 */
class Simulation final
{
    Q_DECLARE_TR_FUNCTIONS(desk::Simulation)

public:
    Simulation(DatabaseUrl url, SimulationOptions options);
    Result<SimulationReport> run(const std::function<void(const QString &)> &progress = {});

private:
    DatabaseUrl m_url;
    SimulationOptions m_options;
};

} // namespace desk
