// SPDX-License-Identifier: GPL-3.0-or-later
// bench_startup: the real incident-desk program, started on a fresh profile with the demo
// database of 100,000 reports, until it is usable — the triage queue showing its first reports.
// It runs under its own Xvfb and signs in through the keyboard with xdotool, as a person would;
// the time the "person" spends typing the password is not counted.
// Prints BENCH lines: to_sign_in_ms (process start to the sign-in dialog painted),
// sign_in_to_usable_ms (Return pressed to the queue's first rows), cold_start_to_usable_ms (their
// sum; the median of the runs, and _max), and first_run_to_usable_ms. With --drop-caches (root)
// every start reads the program, its libraries and the database from disk, as after a reboot.
#include "benchsupport.h"
#include "virtualdisplay.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <unistd.h>

using namespace desk;
using namespace desk::bench;
using desk::test::VirtualDisplay;

namespace {

const QString kCli = QStringLiteral(DESK_CLI_PATH);
const QString kGui = QStringLiteral(DESK_GUI_PATH);

struct Run
{
    double toSignIn = -1;
    double signInToUsable = -1;
    QByteArray log;
};

/** Waits for `line` in the program's merged output; the time it appeared, or -1. */
double waitForLine(QProcess &app, QByteArray &log, const QByteArray &line, const QElapsedTimer &clock, int timeoutMs)
{
    const qint64 until = clock.elapsed() + timeoutMs;
    while (clock.elapsed() < until) {
        if (log.contains(line))
            return double(clock.nsecsElapsed()) / 1e6;
        if (app.state() == QProcess::NotRunning)
            return -1;
        app.waitForReadyRead(5);
        log += app.readAll();
    }
    return -1;
}

Run startOnce(const VirtualDisplay &screen, const QString &database)
{
    Run run;
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    env.insert(QStringLiteral("DISPLAY"), screen.display());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("desk.ui.info=true"));
    env.remove(QStringLiteral("INCIDENT_DESK_DATABASE"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    app.start(kGui, {QStringLiteral("--database"), database, QStringLiteral("--language"), QStringLiteral("en")});
    if (!app.waitForStarted(10000))
        return run;
    run.toSignIn = waitForLine(app, run.log, "sign-in shown", clock, 30000);
    if (run.toSignIn >= 0 && !screen.findWindow(QStringLiteral("^Who is working")).isEmpty()) {
        screen.xdo({QStringLiteral("key"), QStringLiteral("alt+p")});
        screen.xdo({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("5"), QStringLiteral("demo-password")});
        const double pressed = double(clock.nsecsElapsed()) / 1e6;
        screen.xdo({QStringLiteral("key"), QStringLiteral("Return")});
        const double usable = waitForLine(app, run.log, "usable:", clock, 60000);
        if (usable >= 0)
            run.signInToUsable = usable - pressed;
    }
    app.terminate();
    if (!app.waitForFinished(10000)) {
        app.kill();
        app.waitForFinished(5000);
    }
    run.log += app.readAll();
    return run;
}

/** Empties the kernel's page cache (root only): the libraries and the database come from disk again. */
bool dropCaches()
{
    ::sync();
    QFile control(QStringLiteral("/proc/sys/vm/drop_caches"));
    return control.open(QIODevice::WriteOnly) && control.write("3\n") == 2;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The desktop program's start to a usable window."));
    parser.addHelpOption();
    const QCommandLineOption reports(QStringLiteral("reports"), QStringLiteral("Demo reports (default 100000)."),
                                     QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Starts to measure (default 7)."),
                                  QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("A demo database made earlier (default: a new one)."),
                                      QStringLiteral("file"));
    const QCommandLineOption cold(QStringLiteral("drop-caches"),
                                  QStringLiteral("Empty the page cache before each start (root): a start after a reboot."));
    parser.addOptions({reports, runs, database, cold});
    parser.process(app);

    if (!VirtualDisplay::available()) {
        qCritical("bench_startup needs Xvfb and xdotool (packaging/install-deps.sh installs them)");
        return 1;
    }
    QTemporaryDir dir;
    QString file = parser.value(database);
    if (file.isEmpty()) {
        file = dir.filePath(QStringLiteral("demo.db"));
        const Measured init = runMeasured(kCli, {QStringLiteral("--database"), file, QStringLiteral("db"), QStringLiteral("init")});
        const Measured demo = runMeasured(kCli, {QStringLiteral("--database"), file, QStringLiteral("demo"), QStringLiteral("--reports"),
                                                 parser.value(reports), QStringLiteral("--quiet")});
        if (init.exitCode != 0 || demo.exitCode != 0) {
            qCritical("cannot make the demo database: %s", qPrintable(init.output + demo.output));
            return 1;
        }
        qInfo("demo database with %s reports made in %.0f s", qPrintable(parser.value(reports)), demo.seconds);
    }
    VirtualDisplay screen;
    QString why;
    if (!screen.start(&why)) {
        qCritical("%s", qPrintable(why));
        return 1;
    }
    // The first start after the database was written; then the ones a person has every morning.
    QList<double> totals;
    QList<double> toSignIn;
    QList<double> toUsable;
    double first = -1;
    const int count = qMax(1, parser.value(runs).toInt());
    for (int i = 0; i < count; ++i) {
        if (parser.isSet(cold) && !dropCaches()) {
            qCritical("--drop-caches: /proc/sys/vm/drop_caches cannot be written (run as root)");
            return 1;
        }
        const Run run = startOnce(screen, file);
        if (run.toSignIn < 0 || run.signInToUsable < 0) {
            qCritical("run %d did not reach a usable window; the program said:\n%s", i + 1, run.log.constData());
            return 1;
        }
        const double total = run.toSignIn + run.signInToUsable;
        if (i == 0)
            first = total;
        totals << total;
        toSignIn << run.toSignIn;
        toUsable << run.signInToUsable;
        QThread::msleep(200);
    }
    report(QStringLiteral("to_sign_in_ms"), median(toSignIn), QStringLiteral("ms"));
    report(QStringLiteral("sign_in_to_usable_ms"), median(toUsable), QStringLiteral("ms"));
    report(QStringLiteral("cold_start_to_usable_ms"), median(totals), QStringLiteral("ms"));
    report(QStringLiteral("cold_start_to_usable_max_ms"), *std::max_element(totals.begin(), totals.end()), QStringLiteral("ms"));
    report(QStringLiteral("first_run_to_usable_ms"), first, QStringLiteral("ms"));
    return 0;
}
