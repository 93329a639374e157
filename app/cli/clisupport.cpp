// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisupport.h"

#include "store/migrator.h"
#include "store/userrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QCoreApplication>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace desk::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream &in()
{
    static QTextStream stream(stdin);
    return stream;
}

int fail(const Error &error)
{
    switch (error.code) {
    case Error::Code::NotFound:
        return fail(error.message, NotFound);
    case Error::Code::Forbidden:
        return fail(error.message, Refused);
    case Error::Code::Conflict:
        return fail(error.message, Conflict);
    default:
        return fail(error.message, Failed);
    }
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented)) << Qt::flush;
}

namespace {
std::atomic<bool> g_interrupted { false };

void onInterrupt(int)
{
    g_interrupted = true;
}
} // namespace

InterruptGuard::InterruptGuard()
    : m_previous(new struct sigaction)
{
    g_interrupted = false;
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, m_previous);
}

InterruptGuard::~InterruptGuard()
{
    sigaction(SIGINT, m_previous, nullptr);
    delete m_previous;
}

bool InterruptGuard::interrupted()
{
    return g_interrupted.load();
}

ProgressLine::ProgressLine(bool asked)
    : m_terminal(isatty(STDERR_FILENO) == 1)
    , m_enabled(m_terminal || asked)
{
}

ProgressLine::~ProgressLine()
{
    if (m_shown)
        err() << Qt::endl;
}

void ProgressLine::show(const QString &text)
{
    if (!m_enabled)
        return;
    err() << (m_terminal ? u'\r' : u'\n') << text << Qt::flush;
    m_shown = true;
}

int fail(const QString &message, int code)
{
    err() << Cli::tr("error: %1").arg(message) << Qt::endl;
    return code;
}

bool parseCommand(
    QCommandLineParser &parser, const QStringList &arguments, const QString &description, int *exitCode)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, Cli::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        *exitCode = fail(parser.errorText() + QStringLiteral("\n\n") + parser.helpText(), Usage);
        return false;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText() << Qt::flush;
        *exitCode = Ok;
        return false;
    }
    return true;
}

namespace {
Result<std::unique_ptr<Database>> openUrl(const DatabaseUrl &url, bool migrate)
{
    auto db = Database::open(url);
    if (!db.ok())
        return db.error();
    Migrator migrator(*db.value());
    auto status = migrator.status();
    if (!status.ok())
        return status.error();
    if (status->current > status->latest || (migrate && !status->pending.isEmpty())) {
        auto applied = migrator.migrate();
        if (!applied.ok())
            return applied.error();
    } else if (status->current == 0) {
        return Error::invalid(Cli::tr("%1 has no Incident Desk schema yet: run "
                                      "'incident-desk-cli db init' first.")
                                  .arg(url.display()));
    }
    return std::move(db).value();
}
} // namespace

Result<std::unique_ptr<Database>> openDatabase(const QString &location, bool migrate)
{
    auto url = DatabaseUrl::fromEnvironment(location);
    if (!url.ok())
        return url.error();
    return openUrl(url.value(), migrate);
}

PersonOptions::PersonOptions()
    : user(QStringLiteral("user"),
        Cli::tr("Who acts (default $INCIDENT_DESK_USER). On PostgreSQL the login role."),
        QStringLiteral("name"))
    , passwordStdin(QStringLiteral("password-stdin"),
          Cli::tr("Read the password from the first line of standard input."))
{
}

void PersonOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({ user, passwordStdin });
}

int failSignIn(const Error &error)
{
    return error.code == Error::Code::Invalid ? fail(error.message, Usage) : fail(error);
}

Result<SignedIn> signIn(
    const QString &database, const QCommandLineParser &parser, const PersonOptions &options)
{
    auto parsed = DatabaseUrl::fromEnvironment(database);
    if (!parsed.ok())
        return parsed.error();
    DatabaseUrl url = parsed.value();
    const QString name = parser.isSet(options.user) ? parser.value(options.user)
                                                    : qEnvironmentVariable("INCIDENT_DESK_USER");
    const bool fromStdin = parser.isSet(options.passwordStdin);
    if (url.engine == Engine::Postgres) {
        if (!name.isEmpty())
            url.user = name;
        if (fromStdin) {
            auto password = readPassword(true, {});
            if (!password.ok())
                return password.error();
            url.password = password.value();
        }
        auto db = openUrl(url, false);
        if (!db.ok())
            return db.error();
        auto user = UserRepository(*db.value()).current();
        if (!user.ok())
            return user.error();
        return SignedIn { std::move(db).value(), user.value() };
    }
    if (name.isEmpty())
        return Error::invalid(
            Cli::tr("Say who acts: --user NAME (or $INCIDENT_DESK_USER), with the password on standard input "
                    "(--password-stdin) or typed at the prompt."));
    auto password = readPassword(fromStdin, Cli::tr("Password for %1: ").arg(name));
    if (!password.ok())
        return password.error();
    auto db = openUrl(url, false);
    if (!db.ok())
        return db.error();
    auto user = UserRepository(*db.value()).authenticate(name, password.value());
    if (!user.ok())
        return user.error();
    return SignedIn { std::move(db).value(), user.value() };
}

QString actorName(const Database &db)
{
    if (db.isPostgres())
        return db.currentRole();
    const QString user
        = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("cli")));
    return QStringLiteral("cli:") + user;
}

Result<QString> readPassword(bool fromStdin, const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO) != 0;
    if (!fromStdin && !terminal)
        return Error::invalid(
            Cli::tr("No terminal to ask for the password: pass it on standard input with --password-stdin."));
    termios saved {};
    if (terminal && !fromStdin) {
        err() << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QString password = in().readLine();
    if (terminal && !fromStdin) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << Qt::endl;
    }
    if (password.endsWith(u'\r'))
        password.chop(1);
    return password;
}

} // namespace desk::cli
