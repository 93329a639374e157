// SPDX-License-Identifier: GPL-3.0-or-later
// incident-desk-service: the headless service (see README, "The service").
#include "deskservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int signalPipe[2] = {-1, -1};

void onSignal(int number)
{
    const char byte = char(number);
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[0], &byte, 1);
}

/** journald understands "<N>" priorities at the start of each stderr line. */
void logToStderr(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const bool journal = !qEnvironmentVariableIsEmpty("JOURNAL_STREAM");
    const char *priority = type == QtDebugMsg ? "<7>" : type == QtInfoMsg ? "<6>" : type == QtWarningMsg ? "<4>" : "<3>";
    QTextStream err(stderr);
    if (journal)
        err << priority;
    err << (context.category ? context.category : "default") << ": " << message << Qt::endl;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("incident-desk-service"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DESK_VERSION));
    qInstallMessageHandler(logToStderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "desk::service", "Receives customers' reports for Incident Desk (the contact form's endpoint and the support "
                         "mailbox), publishes approved updates, writes to reporters, and answers /healthz and /metrics. "
                         "Stops cleanly on SIGTERM; reads its configuration again on SIGHUP."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config({QStringLiteral("c"), QStringLiteral("config")},
                                    QCoreApplication::translate("desk::service", "The configuration file (default %1).")
                                        .arg(QLatin1String(desk::ServiceConfig::kDefaultPath)),
                                    QStringLiteral("file"), QLatin1String(desk::ServiceConfig::kDefaultPath));
    const QCommandLineOption check(QStringLiteral("check-config"),
                                   QCoreApplication::translate("desk::service", "Check the configuration and exit."));
    parser.addOptions({config, check});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    auto loaded = desk::ServiceConfig::load(parser.value(config));
    if (!loaded.ok()) {
        err << loaded.errorString() << Qt::endl;
        return 2;
    }
    if (parser.isSet(check)) {
        out << QCoreApplication::translate("desk::service", "%1: the configuration is valid.").arg(parser.value(config))
            << Qt::endl;
        for (const QString &line : loaded->describe())
            out << "  " << line << Qt::endl;
        return 0;
    }

    // SIGTERM (systemd stop) and SIGINT end the event loop; the service then stops in order.
    // SIGHUP (systemctl reload) reads the configuration again: when it is valid the service stops in
    // order and starts with it; when it is not, or the new one cannot start, it goes on as it was.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        err << "socketpair failed" << Qt::endl;
        return 1;
    }
    const QString configPath = parser.value(config);
    auto service = std::make_unique<desk::DeskService>(loaded.value());
    desk::ServiceConfig running = loaded.value();
    QSocketNotifier notifier(signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char number = 0;
        if (::read(signalPipe[1], &number, 1) != 1 || number != SIGHUP) {
            QCoreApplication::quit();
            return;
        }
        auto reloaded = desk::ServiceConfig::load(configPath);
        if (!reloaded.ok()) {
            qWarning().noquote() << "SIGHUP: the configuration was not reloaded, the service goes on as it was:"
                                 << reloaded.errorString();
            return;
        }
        service->stop();
        service = std::make_unique<desk::DeskService>(reloaded.value());
        if (desk::Status started = service->start(); !started.ok()) {
            qWarning().noquote() << "SIGHUP: the new configuration cannot start (" << started.errorString()
                                 << "); the service goes on as it was";
            service = std::make_unique<desk::DeskService>(running);
            if (desk::Status again = service->start(); !again.ok()) {
                err << again.errorString() << Qt::endl;
                QCoreApplication::exit(1);
            }
            return;
        }
        running = reloaded.value();
        qInfo().noquote() << "SIGHUP: configuration reloaded from" << configPath;
    });
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);

    if (desk::Status started = service->start(); !started.ok()) {
        err << started.errorString() << Qt::endl;
        return 1;
    }
    const int code = QCoreApplication::exec();
    service->stop();
    return code;
}
