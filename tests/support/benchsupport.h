// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"
#include "store/databaseurl.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

#include <memory>

class QCommandLineParser;

namespace desk::bench {

struct Measured
{
    int exitCode = -1;
    double seconds = 0;
    double peakRssMb = 0;
    QString output;
};

/** Runs a program to completion and measures its wall time and peak resident memory (wait4). */
Measured runMeasured(const QString &program, const QStringList &arguments, const QByteArray &input = {});

/** This process's peak resident memory (VmHWM), in MB. */
double peakRssMb();

/** Records the longest gap between 1 ms timer ticks: how long the GUI thread was busy. */
class StallMeter final : public QObject
{
public:
    StallMeter();
    double maxMs() const { return double(m_max) / 1e6; }
    QString where() const { return m_where; }
    QString phase;

private:
    QString m_where;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
};

/**
 * Waits in the event loop until `done` (QTest::qWaitFor sleeps 10 ms between checks, which a
 * StallMeter would count as a stall).
 */
bool waitFor(const std::function<bool()> &done, int timeoutMs = 120000);
/** Runs the event loop for `ms`. */
void spin(int ms);

/** Prints one `BENCH name value unit` line. */
void report(const QString &name, double value, const QString &unit);

/** A throwaway PostgreSQL from tests/pg-start.sh; empty URL when none could start. */
class ThrowawayPostgres
{
public:
    ThrowawayPostgres();
    ~ThrowawayPostgres();
    QString adminUrl() const { return m_url; }

private:
    QString m_envFile;
    QString m_url;
};

/**
 * The database a benchmark measures: `--database FILE|URL`, or a new one on `--engine sqlite`
 * (a temporary file) or `--engine postgres` (a throwaway server). Created and migrated with the
 * real CLI, `incident-desk-cli db init`, as a team would.
 */
class BenchDatabase
{
public:
    /** Adds `--database` and `--engine` to a benchmark's options. */
    static void addOptions(QCommandLineParser &parser, const QString &defaultEngine = QStringLiteral("sqlite"));
    /**
     * Opens (and, when new, creates) the database; prints why and returns false when it cannot.
     * Without `cli`, the schema is migrated in this process.
     */
    bool open(const QCommandLineParser &parser, const QString &name, const QString &cli);
    /** The same with the location (empty for a new database) and the engine given. */
    bool open(const QString &location, const QString &engine, const QString &name, const QString &cli);
    /** Closes this process's connection (the database stays). */
    void close() { m_db.reset(); }

    QString location() const { return m_location; }
    const DatabaseUrl &url() const { return m_url; }
    Database &db() { return *m_db; }
    bool isPostgres() const { return m_db && m_db->isPostgres(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ThrowawayPostgres> m_server;
    QString m_location;
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_db;
};

} // namespace desk::bench
