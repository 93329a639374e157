// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/startupflow.h"
#include "shell/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("incident-desk"));
    // No organisation: the data folder is ~/.local/share/incident-desk, not …/incident-desk/incident-desk.
    QApplication::setApplicationDisplayName(QStringLiteral("Incident Desk"));
    QApplication::setApplicationVersion(QStringLiteral(DESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.incidentdesk.IncidentDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/incident-desk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Incident Desk: keep customers informed about service incidents."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database({QStringLiteral("d"), QStringLiteral("database")},
                                      QStringLiteral("A SQLite file or a postgresql:// URL to open."),
                                      QStringLiteral("location"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Language of the interface (it, en, fr, de, es)."),
                                      QStringLiteral("code"));
    parser.addOptions({database, language});
    parser.process(app);

    desk::ui::installTranslations(parser.value(language));

    // Between the welcome dialog, the progress dialog and the sign-in there can be a moment with no
    // window at all; the flow says when the application is done instead.
    QApplication::setQuitOnLastWindowClosed(false);
    desk::ui::StartupFlow flow;
    QObject::connect(&flow, &desk::ui::StartupFlow::cancelled, &app, &QApplication::quit, Qt::QueuedConnection);
    QObject::connect(&flow, &desk::ui::StartupFlow::finished, &app, &QApplication::quit, Qt::QueuedConnection);
    flow.start(parser.value(database).isEmpty() ? qEnvironmentVariable("INCIDENT_DESK_DATABASE")
                                                : parser.value(database));
    return QApplication::exec();
}
