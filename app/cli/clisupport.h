// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace desk::cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2, Partial = 3 };

QTextStream &out();
QTextStream &err();

/** Parses a sub-command's options; prints its help and returns false when asked or wrong. */
bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &description, int *exitCode);

/** Opens the database named by --database or $INCIDENT_DESK_DATABASE, migrating when asked. */
Result<std::unique_ptr<Database>> openDatabase(const QString &location, bool migrate);

/** The name recorded in the audit log for what the CLI does. */
QString actorName(const Database &db);

/** Reads a password from stdin (--password-stdin) or, on a terminal, without echo. */
Result<QString> readPassword(bool fromStdin, const QString &prompt);

int fail(const QString &message, int code = Failed);

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

} // namespace desk::cli
