// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session.h"
#include "store/databaseurl.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace desk {
class DbWorker;
}

namespace desk::ui {

class MainWindow;

/**
 * From start to the main window: which database (first run: empty, demo or the team server),
 * opening and migrating it on the worker thread, then who is working. Dialogs are opened
 * window-modal with open(), never exec(), so nothing here blocks.
 */
class StartupFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupFlow)

public:
    explicit StartupFlow(QObject *parent = nullptr);
    ~StartupFlow() override;

    /** `database`: a path or URL from the command line; empty uses the settings. */
    void start(const QString &database = {});
    MainWindow *mainWindow() const;
    /** Where the first run's Help Center is published: a folder in the data folder. */
    static QString localHelpCenterFolder();

signals:
    /** The user gave up before a session started; the application should quit. */
    void cancelled();
    void sessionStarted();
    /** The main window was closed (not for signing out): the application should quit. */
    void finished();

private:
    void chooseDatabase();
    void askForServer(const QString &profile = {});
    /** `firstRun`: the embedded database chosen in the welcome dialog, which also gets a Help Center
     *  in a folder on this computer (so the whole loop is visible without any server). */
    void open(const DatabaseUrl &url, bool withDemo, const QString &remember, bool firstRun = false);
    void openFailed(const QString &message);
    void login();
    void startSession(const User &user);
    void signOut();

    std::unique_ptr<DbWorker> m_worker;
    DatabaseUrl m_url;
    bool m_explicit = false;
    QPointer<MainWindow> m_window;
    bool m_replacingWindow = false;
};

} // namespace desk::ui
