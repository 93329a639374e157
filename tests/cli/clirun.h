// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <csignal>

namespace desk::test {

/** What one run of the real incident-desk-cli ($DESK_CLI) did. */
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

/** No $INCIDENT_DESK_DATABASE or user, in English unless `environment` ("NAME=value" each) says otherwise. */
inline QProcessEnvironment cliEnvironment(const QStringList &environment = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("INCIDENT_DESK_DATABASE"));
    env.remove(QStringLiteral("INCIDENT_DESK_USER"));
    // The tests read the English texts, whatever the machine's language.
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const QString &pair : environment)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    return env;
}

/** Runs the CLI with `input` on its standard input, in cliEnvironment(`environment`). */
inline CliRun runCli(const QStringList &args, const QByteArray &input = {}, const QStringList &environment = {})
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(environment));
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

/**
 * Runs the CLI and presses Ctrl+C (SIGINT) once its standard error says `whenSaid`. The code is
 * -1 when that never came within a minute, or the program did not end normally.
 */
inline CliRun interruptCli(const QStringList &args, const QByteArray &whenSaid)
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment());
    p.start(qEnvironmentVariable("DESK_CLI"), args);
    if (!p.waitForStarted())
        return {-1, {}, QStringLiteral("cannot start %1").arg(qEnvironmentVariable("DESK_CLI"))};
    QByteArray said;
    QElapsedTimer t;
    t.start();
    while (!said.contains(whenSaid) && p.state() == QProcess::Running && t.elapsed() < 60000) {
        p.waitForReadyRead(100);
        said += p.readAllStandardError();
    }
    const bool interrupted = said.contains(whenSaid) && ::kill(pid_t(p.processId()), SIGINT) == 0;
    if (!interrupted)
        p.kill();
    p.waitForFinished(60000);
    said += p.readAllStandardError();
    const bool normal = interrupted && p.exitStatus() == QProcess::NormalExit;
    return {normal ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(said)};
}

} // namespace desk::test
