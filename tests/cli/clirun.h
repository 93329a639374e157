// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace desk::test {

/** What one run of the real incident-desk-cli ($DESK_CLI) did. */
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

/**
 * Runs the CLI with `input` on its standard input and no $INCIDENT_DESK_DATABASE, in English
 * unless `environment` ("NAME=value" each) says otherwise.
 */
inline CliRun runCli(const QStringList &args, const QByteArray &input = {}, const QStringList &environment = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("INCIDENT_DESK_DATABASE"));
    env.remove(QStringLiteral("INCIDENT_DESK_USER"));
    // The tests read the English texts, whatever the machine's language.
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const QString &pair : environment)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("DESK_CLI"), args);
    if (!p.waitForStarted())
        return {-1, {}, QStringLiteral("cannot start %1").arg(qEnvironmentVariable("DESK_CLI"))};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, QStringLiteral("the CLI did not finish within 120 s")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace desk::test
