// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include "store/migrator.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryFile>
#include <QTextStream>

#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace desk::bench {

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

StallMeter::StallMeter()
{
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        if (m_last > 0 && now - m_last > m_max) {
            m_max = now - m_last;
            m_where = phase;
        }
        m_last = now;
    });
    m_clock.start();
    m_timer.start();
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}


Measured runMeasured(const QString &program, const QStringList &arguments, const QByteArray &input)
{
    Measured m;
    int outPipe[2];
    int inPipe[2];
    // Close-on-exec, so that a server the child starts (pg_ctl) does not hold the pipe open.
    if (pipe2(outPipe, O_CLOEXEC) != 0 || pipe2(inPipe, O_CLOEXEC) != 0)
        return m;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, outPipe[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, inPipe[0], STDIN_FILENO);
    posix_spawn_file_actions_addclose(&actions, outPipe[0]);
    posix_spawn_file_actions_addclose(&actions, inPipe[1]);

    QList<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &a : arguments)
        storage.append(a.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(outPipe[1]);
    close(inPipe[0]);
    if (rc != 0) {
        close(outPipe[0]);
        close(inPipe[1]);
        return m;
    }
    if (!input.isEmpty())
        (void)!write(inPipe[1], input.constData(), size_t(input.size()));
    close(inPipe[1]);
    QByteArray out;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = read(outPipe[0], buffer, sizeof buffer)) > 0)
        out.append(buffer, n);
    close(outPipe[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    m.seconds = double(timer.nsecsElapsed()) / 1e9;
    m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    m.peakRssMb = double(usage.ru_maxrss) / 1024.0;
    m.output = QString::fromUtf8(out);
    return m;
}

void report(const QString &name, double value, const QString &unit)
{
    QTextStream(stdout) << "BENCH " << name << ' ' << QString::number(value, 'f', value < 10 ? 2 : 0) << ' ' << unit
                        << Qt::endl;
}

ThrowawayPostgres::ThrowawayPostgres()
{
    QTemporaryFile env;
    env.setAutoRemove(false);
    if (!env.open())
        return;
    m_envFile = env.fileName();
    env.close();
    const Measured started = runMeasured(QStringLiteral("bash"), {QStringLiteral(DESK_SOURCE_DIR "/tests/pg-start.sh"), m_envFile});
    QFile f(m_envFile);
    if (started.exitCode != 0 || !f.open(QIODevice::ReadOnly))
        return;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.startsWith(QLatin1String("DESK_TEST_PG_URL=")))
            m_url = line.mid(17);
    }
}

ThrowawayPostgres::~ThrowawayPostgres()
{
    if (!m_envFile.isEmpty())
        runMeasured(QStringLiteral("bash"), {QStringLiteral(DESK_SOURCE_DIR "/tests/pg-stop.sh"), m_envFile});
}

void BenchDatabase::addOptions(QCommandLineParser &parser, const QString &defaultEngine)
{
    parser.addOption({QStringLiteral("database"), QStringLiteral("SQLite file or postgresql:// URL (default: a new database)."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("engine"),
                      QStringLiteral("sqlite or postgres, for a new database (postgres starts a throwaway server)."),
                      QStringLiteral("name"), defaultEngine});
}

bool BenchDatabase::open(const QCommandLineParser &parser, const QString &name, const QString &cli)
{
    return open(parser.value(QStringLiteral("database")), parser.value(QStringLiteral("engine")), name, cli);
}

bool BenchDatabase::open(const QString &location, const QString &engine, const QString &name, const QString &cli)
{
    m_location = location;
    if (m_location.isEmpty() && engine == QLatin1String("postgres")) {
        m_server = std::make_unique<ThrowawayPostgres>();
        auto admin = DatabaseUrl::parse(m_server->adminUrl());
        if (m_server->adminUrl().isEmpty() || !admin.ok()) {
            qCritical("no PostgreSQL: install postgresql or pass --database");
            return false;
        }
        auto adminDb = Database::open(admin.value());
        if (!adminDb.ok() || !adminDb.value()->exec(QStringLiteral("CREATE DATABASE %1").arg(name)).ok()) {
            qCritical("cannot create the database %s on the throwaway server", qPrintable(name));
            return false;
        }
        DatabaseUrl url = admin.value();
        url.database = name;
        m_location = url.toString(true);
    } else if (m_location.isEmpty()) {
        m_location = m_dir.filePath(name + QStringLiteral(".db"));
    }
    auto url = DatabaseUrl::parse(m_location);
    if (!url.ok()) {
        qCritical("%s", qPrintable(url.errorString()));
        return false;
    }
    m_url = url.value();
    if (!cli.isEmpty()) {
        const Measured init = runMeasured(cli, {QStringLiteral("-d"), m_location, QStringLiteral("db"), QStringLiteral("init")});
        if (init.exitCode != 0) {
            qCritical("incident-desk-cli db init failed: %s", qPrintable(init.output));
            return false;
        }
    }
    auto db = Database::open(m_url);
    if (!db.ok()) {
        qCritical("%s", qPrintable(db.errorString()));
        return false;
    }
    m_db = std::move(db.value());
    if (cli.isEmpty()) {
        if (auto migrated = Migrator(*m_db).migrate(); !migrated.ok()) {
            qCritical("%s", qPrintable(migrated.errorString()));
            return false;
        }
    }
    return true;
}

} // namespace desk::bench
