// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "domain/result.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QTextStream>

#include <memory>

struct sigaction;

namespace desk::cli {

/** The command line's texts: the `desk::cli` context of the translations. */
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(desk::cli)
};

/** The documented exit codes (README, `incident-desk-cli --help`). */
enum ExitCode { Ok = 0, Failed = 1, Usage = 2, Partial = 3, NotFound = 4, Refused = 5, Conflict = 6 };

QTextStream &out();
QTextStream &err();
/** Standard input, shared: a password on its first line and a text after it come from one stream. */
QTextStream &in();

/** Parses a sub-command's options; prints its help and returns false when asked or wrong. */
bool parseCommand(
    QCommandLineParser &parser, const QStringList &arguments, const QString &description, int *exitCode);

/** Opens the database named by --database or $INCIDENT_DESK_DATABASE, migrating when asked. */
Result<std::unique_ptr<Database>> openDatabase(const QString &location, bool migrate);

/** The name recorded in the audit log for what the CLI does. */
QString actorName(const Database &db);

/** Reads a password from stdin (--password-stdin) or, on a terminal, without echo. */
Result<QString> readPassword(bool fromStdin, const QString &prompt);

int fail(const QString &message, int code = Failed);

/**
 * While it lives, Ctrl+C does not end the program but raises interrupted(): a long command
 * (import, export) stops at its next step and keeps nothing of what it started.
 */
class InterruptGuard final
{
public:
    InterruptGuard();
    ~InterruptGuard();
    Q_DISABLE_COPY_MOVE(InterruptGuard)
    static bool interrupted();

private:
    struct sigaction *m_previous;
};

/** How far a long command got, on standard error (the summary on standard output can still be piped). */
class ProgressLine final
{
public:
    /** Shown on a terminal, or everywhere when `asked` (--progress). */
    explicit ProgressLine(bool asked);
    ~ProgressLine();
    Q_DISABLE_COPY_MOVE(ProgressLine)
    bool enabled() const { return m_enabled; }
    /** On a terminal the line is rewritten in place; elsewhere each report is a line. */
    void show(const QString &text);

private:
    bool m_terminal;
    bool m_enabled;
    bool m_shown = false;
};
/** Prints the error and returns the exit code its kind documents (not found, refused, conflict …). */
int fail(const Error &error);

/** Prints a JSON document (--json) on standard output. */
void printJson(const QJsonValue &value);

/** The person a lifecycle command acts as, on their own connection. */
struct SignedIn
{
    std::unique_ptr<Database> db;
    User user;
};

/** --user and --password-stdin, which every lifecycle command takes. */
struct PersonOptions
{
    PersonOptions();
    void addTo(QCommandLineParser &parser) const;
    QCommandLineOption user;
    QCommandLineOption passwordStdin;
};

/**
 * Signs in as the app does: on PostgreSQL the login role is the person (--user replaces the
 * URL's user, --password-stdin its password); on SQLite --user (or $INCIDENT_DESK_USER) with the
 * password read from standard input or asked on a terminal.
 */
Result<SignedIn> signIn(
    const QString &database, const QCommandLineParser &parser, const PersonOptions &options);
/** The exit for a failed signIn(): wrong usage when nobody was named, else as fail(Error). */
int failSignIn(const Error &error);

int runDb(const QStringList &arguments, const QString &database);
int runUser(const QStringList &arguments, const QString &database);
int runImport(const QStringList &arguments, const QString &database);
int runDemo(const QStringList &arguments, const QString &database);
int runAudit(const QStringList &arguments, const QString &database);
int runTarget(const QStringList &arguments, const QString &database);
int runSimulate(const QStringList &arguments, const QString &database);
int runExport(const QStringList &arguments, const QString &database);
int runIntake(const QStringList &arguments, const QString &database);
int runMetrics(const QStringList &arguments, const QString &database);
int runReport(const QStringList &arguments, const QString &database);
int runIncident(const QStringList &arguments, const QString &database);
int runUpdate(const QStringList &arguments, const QString &database);

} // namespace desk::cli
