// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

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

} // namespace desk::bench
