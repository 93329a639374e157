// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupflow.h"

#include "connectiondialog.h"
#include "core/logging.h"
#include "core/secretstore.h"
#include "core/settings.h"
#include "firstrundialog.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "widgets/messagebox.h"
#include "store/dbworker.h"
#include "triage/triagemodel.h"
#include "triage/triagepage.h"
#include "start/startup.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>

namespace desk::ui {

namespace {
const QString kProfilePrefix = QStringLiteral("profile:");

} // namespace

StartupFlow::StartupFlow(QObject *parent) : QObject(parent) {}

QString StartupFlow::localHelpCenterFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/helpcenter");
}

MainWindow *StartupFlow::mainWindow() const
{
    return m_window;
}

StartupFlow::~StartupFlow()
{
    m_replacingWindow = true;
    delete m_window;
}

void StartupFlow::start(const QString &database)
{
    if (!database.isEmpty()) {
        auto url = DatabaseUrl::parse(database);
        if (!url.ok()) {
            MessageBox::critical(nullptr, tr("Incident Desk"), url.errorString());
            emit cancelled();
            return;
        }
        m_explicit = true;
        open(url.value(), false, {});
        return;
    }
    const QString last = Settings::instance().lastDatabase();
    if (last.startsWith(kProfilePrefix)) {
        askForServer(last.mid(kProfilePrefix.size()));
    } else if (!last.isEmpty()) {
        auto url = DatabaseUrl::parse(last);
        if (url.ok())
            open(url.value(), false, last);
        else
            chooseDatabase();
    } else {
        chooseDatabase();
    }
}

void StartupFlow::chooseDatabase()
{
    auto *dialog = new FirstRunDialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const DatabaseUrl embedded = DatabaseUrl::embedded();
        switch (dialog->choice()) {
        case FirstRunDialog::Choice::Empty:
            open(embedded, false, embedded.path, true);
            break;
        case FirstRunDialog::Choice::Demo:
            open(embedded, true, embedded.path, true);
            break;
        case FirstRunDialog::Choice::Server:
            askForServer();
            break;
        }
    });
    connect(dialog, &QDialog::rejected, this, &StartupFlow::cancelled);
    dialog->open();
}

void StartupFlow::askForServer(const QString &profile)
{
    auto *dialog = new ConnectionDialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!profile.isEmpty())
        dialog->selectProfile(profile);
    connect(dialog, &ConnectionDialog::submitted, this, [this, dialog] {
        const ConnectionProfile p = dialog->profile();
        const DatabaseUrl url = dialog->url();
        Settings::instance().saveProfile(p);
        if (dialog->rememberPassword()) {
            if (Status stored = SecretStore::instance().store(ConnectionDialog::secretKey(p), url.password); !stored.ok())
                SecretStore::instance().keepForSession(ConnectionDialog::secretKey(p), url.password);
        } else {
            SecretStore::instance().keepForSession(ConnectionDialog::secretKey(p), url.password);
        }
        dialog->accept();
        open(url, false, kProfilePrefix + p.name);
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        if (Settings::instance().lastDatabase().isEmpty() || m_explicit)
            chooseDatabase();
        else
            emit cancelled();
    });
    dialog->open();
}

void StartupFlow::open(const DatabaseUrl &url, bool withDemo, const QString &remember, bool firstRun)
{
    m_url = url;
    m_worker = std::make_unique<DbWorker>();
    auto *progress = new QProgressDialog(withDemo ? tr("Creating the demo database…") : tr("Opening the database…"),
                                         QString(), 0, 0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setWindowTitle(tr("Incident Desk"));
    // Making the demo database takes seconds: say so at once. Either way the dialog is a window
    // of this application between the welcome dialog and the sign-in.
    progress->setMinimumDuration(withDemo ? 0 : 400);
    progress->setCancelButton(nullptr);
    if (withDemo)
        progress->show();

    const QString helpCenterFolder = firstRun ? localHelpCenterFolder() : QString();
    connect(m_worker.get(), &DbWorker::opened, this, [this, withDemo, remember, progress, helpCenterFolder](bool ok,
                                                                                                        const QString &error) {
        if (!ok) {
            progress->close();
            openFailed(error);
            return;
        }
        m_worker->call<Status>(
            this,
            [withDemo, helpCenterFolder](Database &db) { return Startup::prepare(db, withDemo, helpCenterFolder); },
            [this, remember, progress](Status status) {
                progress->close();
                if (!status.ok()) {
                    openFailed(status.errorString());
                    return;
                }
                if (!remember.isEmpty()) {
                    Settings::instance().setLastDatabase(remember);
                    Settings::instance().setFirstRunDone(true);
                    Settings::instance().sync();
                }
                login();
            });
    });
    m_worker->open(url);
}

void StartupFlow::openFailed(const QString &message)
{
    qCWarning(lcUi) << "cannot open" << m_url.display() << message;
    m_worker.reset();
    if (m_explicit) {
        MessageBox::critical(nullptr, tr("Incident Desk"), message);
        emit cancelled();
        return;
    }
    const auto answer = MessageBox::critical(nullptr, tr("Cannot open the database"),
                                             message + QStringLiteral("\n\n") + tr("Choose another database?"),
                                             QMessageBox::Yes | QMessageBox::Close);
    if (answer == QMessageBox::Yes) {
        if (m_url.engine == Engine::Postgres)
            askForServer();
        else
            chooseDatabase();
    } else {
        emit cancelled();
    }
}

void StartupFlow::login()
{
    const bool postgres = m_url.engine == Engine::Postgres;
    m_worker->call<Startup::People>(
        this, [](Database &db) { return Startup::people(db); },
        [this, postgres](Startup::People info) {
            if (postgres) {
                if (!info.current.ok()) {
                    openFailed(info.current.errorString());
                    return;
                }
                startSession(info.current.value());
                return;
            }
            if (!info.users.ok()) {
                openFailed(info.users.errorString());
                return;
            }
            const bool none = info.users->isEmpty();
            auto *dialog = new LoginDialog(none ? LoginDialog::Mode::CreateAdministrator : LoginDialog::Mode::ChooseUser,
                                           info.users.value(), Settings::instance().lastUser());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setObjectName(QStringLiteral("loginDialog"));
            connect(dialog, &QDialog::rejected, this, [this] {
                if (m_window)
                    m_window->close();
                emit cancelled();
            });
            connect(dialog, &LoginDialog::submitted, this, [this, dialog] {
                const bool create = dialog->mode() == LoginDialog::Mode::CreateAdministrator;
                const QString name = dialog->userName();
                const QString display = dialog->displayName();
                const QString password = dialog->password();
                QPointer<LoginDialog> guard(dialog);
                m_worker->call<Result<User>>(
                    this,
                    [create, name, display, password](Database &db) {
                        return Startup::signIn(db, create, name, display, password);
                    },
                    [this, guard](Result<User> user) {
                        if (!guard)
                            return;
                        if (!user.ok()) {
                            guard->showError(user.errorString());
                            return;
                        }
                        guard->accept();
                        startSession(user.value());
                    });
            });
            dialog->open();
            // For bench_startup and anyone timing a start: after the dialog's first paint.
            QTimer::singleShot(0, dialog, [] { qCInfo(lcUi) << "sign-in shown"; });
        });
}

void StartupFlow::startSession(const User &user)
{
    Settings::instance().setLastUser(user.name);
    Settings::instance().sync();
    m_replacingWindow = true;
    delete m_window;
    m_replacingWindow = false;
    m_window = new MainWindow(Session{user, m_url, m_worker.get()});
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::signOutRequested, this, &StartupFlow::signOut);
    connect(m_window, &QObject::destroyed, this, [this] {
        if (!m_replacingWindow)
            emit finished();
    });
    m_window->show();
    qCInfo(lcUi).noquote() << "main window shown for" << user.name;
    // Usable: the triage queue shows its first reports (or knows it has none).
    if (auto *triage = qobject_cast<TriagePage *>(m_window->page(MainWindow::Page::Triage))) {
        auto *once = new QObject(triage);
        TriageModel *model = triage->model();
        const auto usable = [once, model](qint64 total) {
            QObject::disconnect(model, nullptr, once, nullptr);
            once->deleteLater();
            QTimer::singleShot(0, [total] { qCInfo(lcUi) << "usable: the triage queue shows its first rows of" << total; });
        };
        connect(model, &TriageModel::blockLoaded, once, [model, usable] { usable(model->rowCount()); });
        connect(model, &TriageModel::queryLoaded, once, [usable](qint64 total) {
            if (total == 0)
                usable(0);
        });
    }
    emit sessionStarted();
}

void StartupFlow::signOut()
{
    if (m_window) {
        m_window->hide();
        // Signing out is not quitting: the sign-in comes next.
        disconnect(m_window, nullptr, this, nullptr);
        m_window->deleteLater();
    }
    if (m_url.engine == Engine::Postgres)
        askForServer();
    else
        login();
}

} // namespace desk::ui
