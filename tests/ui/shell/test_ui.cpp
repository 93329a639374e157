// SPDX-License-Identifier: GPL-3.0-or-later
// The application shell driven through its real widgets: first run, who is working, the main
// window's pages and status bar, Italian, and a database that cannot be opened.
// With DESK_SCREENSHOT_DIR set, it saves the main window in English and Italian there.
#include "compose/approvalspage.h"
#include "shell/connectiondialog.h"
#include "core/settings.h"
#include "shell/firstrundialog.h"
#include "incident/incidenteditor.h"
#include "widgets/listpage.h"
#include "shell/logindialog.h"
#include "shell/mainwindow.h"
#include "widgets/messagebox.h"
#include "compose/spellingedit.h"
#include "shell/startupflow.h"
#include "store/database.h"
#include "tools/demodata.h"
#include "store/migrator.h"
#include "store/userrepository.h"
#include "testdatabase.h"
#include "shell/translations.h"
#include "triage/triagemodel.h"
#include "triage/triagepage.h"
#include "compose/updatecomposer.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QStatusBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QDialog>
#include <QTest>
#include <QTreeView>

using namespace desk;
using namespace desk::ui;

class TestUi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstRunCreatesTheAdministrator();
    void signInAndBrowse();
    void wrongPasswordIsSaid();
    void italianDesktop();
    void languageChosenInSettings();
    void unopenableDatabase();
    void teamServerThroughTheConnectionDialog();

private:
    QString demoDatabase();
    template<typename T>
    T *waitForTopLevel(const QString &objectName = {});
    MainWindow *signIn(StartupFlow &flow, const QString &user, const QString &password);
    void screenshot(QWidget *window, const QString &name);

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestUi::initTestCase()
{
    Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    m_demo = demoDatabase();
}

void TestUi::init()
{
    installTranslations(QStringLiteral("en"));
}

void TestUi::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        w->close();
    QCoreApplication::processEvents();
}

QString TestUi::demoDatabase()
{
    DatabaseUrl url;
    url.path = m_dir.filePath(QStringLiteral("demo.db"));
    auto db = Database::open(url);
    if (!db.ok() || !Migrator(*db.value()).migrate().ok())
        qFatal("cannot create the demo database");
    DemoOptions options;
    options.reports = 1500;
    auto demo = DemoGenerator(*db.value(), options).run();
    if (!demo.ok())
        qFatal("demo failed: %s", qPrintable(demo.errorString()));
    return url.path;
}

template<typename T>
T *TestUi::waitForTopLevel(const QString &objectName)
{
    T *found = nullptr;
    const auto look = [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *t = qobject_cast<T *>(w); t && t->isVisible() && (objectName.isEmpty() || t->objectName() == objectName))
                found = t;
        }
        return found != nullptr;
    };
    (void)QTest::qWaitFor(look, 15000);
    return found;
}

MainWindow *TestUi::signIn(StartupFlow &flow, const QString &user, const QString &password)
{
    flow.start(m_demo);
    auto *login = waitForTopLevel<LoginDialog>();
    if (!login)
        return nullptr;
    auto *combo = login->findChild<QComboBox *>(QStringLiteral("userCombo"));
    combo->setCurrentIndex(combo->findData(user));
    QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), password);
    QTest::keyClick(login->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), Qt::Key_Return);
    (void)QTest::qWaitFor([&flow] { return flow.mainWindow() != nullptr; }, 15000);
    if (MainWindow *window = flow.mainWindow()) {
        window->activateWindow();
        (void)QTest::qWaitForWindowActive(window);
    }
    return flow.mainWindow();
}

void TestUi::screenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("DESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300);
    QVERIFY(window->grab().save(dir + u'/' + name));
}

void TestUi::firstRunCreatesTheAdministrator()
{
    StartupFlow flow;
    flow.start(m_dir.filePath(QStringLiteral("fresh.db")));
    auto *login = waitForTopLevel<LoginDialog>();
    QVERIFY(login);
    QCOMPARE(login->mode(), LoginDialog::Mode::CreateAdministrator);
    QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("displayNameEdit")), QStringLiteral("Giulia Conti"));
    QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("giulia"));
    QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("long-enough"));
    QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("confirmEdit")), QStringLiteral("different"));
    auto *ok = login->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    auto *message = login->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QLatin1String("differ")));
    auto *confirm = login->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    confirm->clear();
    QTest::keyClicks(confirm, QStringLiteral("long-enough"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(flow.mainWindow() != nullptr, 15000);
    auto *user = flow.mainWindow()->findChild<QLabel *>(QStringLiteral("userLabel"));
    QCOMPARE(user->text(), QStringLiteral("Giulia Conti · Administrator"));
    auto *triage = qobject_cast<TriagePage *>(flow.mainWindow()->page(MainWindow::Page::Triage));
    QTRY_VERIFY(triage->summaryText().contains(QLatin1String("No reports yet")));
    QCOMPARE(triage->model()->rowCount(), 0);
}

void TestUi::signInAndBrowse()
{
    StartupFlow flow;
    MainWindow *window = signIn(flow, QStringLiteral("giulia"), QStringLiteral("demo-password"));
    QVERIFY(window);
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("databaseLabel"))->text().contains(m_demo));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("userLabel"))->text().contains(QLatin1String("Team lead")));
    QTRY_VERIFY(window->findChild<QLabel *>(QStringLiteral("syncLabel"))->text().startsWith(QLatin1String("Updated")));

    auto *triage = qobject_cast<TriagePage *>(window->page(MainWindow::Page::Triage));
    QTRY_VERIFY(triage->model()->rowCount() > 0);
    QTRY_VERIFY(triage->summaryText().contains(QLatin1String("New:")));
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QTRY_VERIFY(navigation->item(0)->text().contains(u'('));
    window->resize(1280, 760);
    screenshot(window, QStringLiteral("triage-en.png"));

    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    auto *incidents = qobject_cast<ListPage *>(window->page(MainWindow::Page::Incidents));
    QVERIFY(incidents->isVisible());
    QTRY_VERIFY(incidents->model()->rowCount() >= 8);
    QTRY_VERIFY2(incidents->summaryText().contains(QLatin1String("open incidents")), qPrintable(incidents->summaryText()));
    QVERIFY(navigation->item(2)->toolTip().contains(QLatin1String("waiting for approval")));
    for (int r = 0; r < incidents->model()->rowCount(); ++r) // open ones by default
        QVERIFY(!QStringList({QStringLiteral("Resolved"), QStringLiteral("Reviewed"), QStringLiteral("Closed")})
                     .contains(incidents->model()->index(r, 2).data().toString()));
    auto *stateFilter = incidents->findChild<QComboBox *>(QStringLiteral("stateFilter"));
    stateFilter->setCurrentIndex(stateFilter->findText(QStringLiteral("All states")));
    QVERIFY(incidents->model()->rowCount() >= 16);
    QStringList states;
    for (int r = 0; r < incidents->model()->rowCount(); ++r)
        states << incidents->model()->index(r, 2).data().toString();
    for (const char *state : {"Reported", "Acknowledged", "Investigating", "Identified", "Monitoring", "Resolved",
                              "Reviewed", "Closed"})
        QVERIFY2(states.contains(QLatin1String(state)), state);
    screenshot(window, QStringLiteral("incidents-en.png"));

    // Opening an incident from the list (Enter on the row) shows it in its editor.
    stateFilter->setCurrentIndex(stateFilter->findText(QStringLiteral("Open")));
    int withReports = 0;
    for (int r = 0; r < incidents->model()->rowCount(); ++r) {
        if (incidents->model()->index(r, 6).data().toInt()
            > incidents->model()->index(withReports, 6).data().toInt())
            withReports = r;
    }
    incidents->view()->setFocus();
    incidents->view()->setCurrentIndex(incidents->model()->index(withReports, 0));
    emit incidents->view()->activated(incidents->model()->index(withReports, 0));
    auto *editor = window->findChild<IncidentEditor *>();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isLoaded());
    QCOMPARE(editor->savedIncident().reference, incidents->model()->index(withReports, 0).data().toString());
    QVERIFY(editor->findChild<QTableView *>(QStringLiteral("reportsView"))->model()->rowCount() > 0);
    editor->resize(1200, 820);
    screenshot(editor, QStringLiteral("editor-en.png"));
    QTRY_VERIFY(editor->findChild<QTreeView *>(QStringLiteral("timeline"))->model()->rowCount() > 0);
    editor->findChild<QTabWidget *>(QStringLiteral("editorTabs"))->setCurrentIndex(3);
    screenshot(editor, QStringLiteral("timeline-en.png"));
    UpdateComposer *composer = editor->openComposer(UpdateKind::Progress);
    QTRY_VERIFY(composer->isLoaded());
    composer->setText(Language::En, composer->text(Language::En) + QStringLiteral("\nThe fix is beeing deployed."));
    composer->renderPreviewNow();
    composer->resize(1200, 720);
    QTRY_VERIFY(composer->editor(Language::En)->misspelledWords().contains(QStringLiteral("beeing")));
    composer->findChild<QTabWidget *>(QStringLiteral("languageTabs"))->setCurrentIndex(1);
    screenshot(composer, QStringLiteral("composer-en.png"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(composer->findChild<QPushButton *>(QStringLiteral("discardButton")), Qt::LeftButton);
    editor->close();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(navigation->item(3)).center());
    auto *publications = qobject_cast<ListPage *>(window->page(MainWindow::Page::Publications));
    QVERIFY(publications->isVisible());
    QTRY_VERIFY(publications->model()->rowCount() > 0);
    screenshot(window, QStringLiteral("publications-en.png"));

    QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
    QVERIFY(window->page(MainWindow::Page::Approvals)->isVisible());
    QTRY_VERIFY(window->page(MainWindow::Page::Approvals)->summaryText().contains(QLatin1String("waiting")));
    auto *approvals = qobject_cast<ApprovalsPage *>(window->page(MainWindow::Page::Approvals));
    QTRY_VERIFY(!approvals->items().isEmpty());
    QVERIFY(approvals->select(approvals->items().first().update.update.id));
    QVERIFY(approvals->previewHtml().contains(QLatin1String("<p")));
    screenshot(window, QStringLiteral("approvals-en.png"));

    // Help: F1 lists every page's shortcuts from the actions themselves; the guide and About.
    QTest::keyClick(window, Qt::Key_F1);
    QDialog *keys = nullptr;
    QTRY_VERIFY((keys = window->findChild<QTreeWidget *>(QStringLiteral("shortcutsTree")) ? qobject_cast<QDialog *>(
                     window->findChild<QTreeWidget *>(QStringLiteral("shortcutsTree"))->parentWidget()) : nullptr));
    auto *tree = keys->findChild<QTreeWidget *>(QStringLiteral("shortcutsTree"));
    QStringList groups, lines;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        groups << tree->topLevelItem(g)->text(0);
        for (int c = 0; c < tree->topLevelItem(g)->childCount(); ++c)
            lines << tree->topLevelItem(g)->child(c)->text(0) + u'=' + tree->topLevelItem(g)->child(c)->text(1);
    }
    QVERIFY2(groups.contains(QStringLiteral("Everywhere")) && groups.contains(QStringLiteral("Triage")), qPrintable(groups.join(u',')));
    QVERIFY2(lines.contains(QStringLiteral("Claim=Ctrl+K")) && lines.contains(QStringLiteral("Import reports=Ctrl+Shift+I"))
                 && lines.contains(QStringLiteral("Dashboard=Ctrl+5")),
             qPrintable(lines.join(u',')));
    keys->close();
    window->findChild<QAction *>(QStringLiteral("guideAction"))->trigger();
    auto *guide = window->findChild<QTextBrowser *>(QStringLiteral("guideBrowser"));
    QVERIFY(guide);
    QVERIFY(guide->toPlainText().contains(QLatin1String("every day")));
    guide->window()->close();
    window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    auto *about = window->findChild<QLabel *>(QStringLiteral("aboutText"));
    QVERIFY(about);
    QVERIFY(about->text().contains(QApplication::applicationVersion()) && about->text().contains(QLatin1String("SQLite"))
            && about->text().contains(QLatin1String(qVersion())));
    about->window()->close();
}

void TestUi::wrongPasswordIsSaid()
{
    StartupFlow flow;
    flow.start(m_demo);
    auto *login = waitForTopLevel<LoginDialog>();
    QVERIFY(login);
    QCOMPARE(login->mode(), LoginDialog::Mode::ChooseUser);
    QVERIFY(login->findChild<QComboBox *>(QStringLiteral("userCombo"))->count() == 6);
    QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("guess"));
    QTest::keyClick(login->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), Qt::Key_Return);
    auto *message = login->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 10000);
    QVERIFY(message->text().contains(QLatin1String("not right")));
    QVERIFY(flow.mainWindow() == nullptr);
    QVERIFY(login->isVisible());
}

void TestUi::italianDesktop()
{
    installTranslations(QStringLiteral("it"));
    StartupFlow flow;
    MainWindow *window = signIn(flow, QStringLiteral("anna"), QStringLiteral("demo-password"));
    QVERIFY(window);
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation->item(0)->text().startsWith(QLatin1String("Smistamento")));
    QCOMPARE(navigation->item(1)->text().left(9), QStringLiteral("Incidenti"));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("userLabel"))->text().contains(QLatin1String("Operatore")));
    auto *triage = qobject_cast<TriagePage *>(window->page(MainWindow::Page::Triage));
    QTRY_VERIFY(triage->model()->rowCount() > 0);
    QCOMPARE(triage->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Ricevuta"));
    window->resize(1280, 760);
    screenshot(window, QStringLiteral("triage-it.png"));
    window->showPage(MainWindow::Page::Incidents);
    auto *incidents = qobject_cast<ListPage *>(window->page(MainWindow::Page::Incidents));
    QTRY_VERIFY(incidents->model()->rowCount() >= 8);
    QTRY_VERIFY(incidents->summaryText().contains(QLatin1String("incident")));
    screenshot(window, QStringLiteral("incidents-it.png"));
}

void TestUi::languageChosenInSettings()
{
    StartupFlow flow;
    MainWindow *window = signIn(flow, QStringLiteral("anna"), QStringLiteral("demo-password"));
    QVERIFY(window);
    auto *menu = window->findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    const auto action = [menu](const char *name) { return menu->findChild<QAction *>(QLatin1String(name)); };
    QVERIFY(action("language_desktop") && action("language_desktop")->isChecked()); // nothing chosen yet
    QVERIFY(action("language_it")->isEnabled());
    QCOMPARE(action("language_it")->text(), QStringLiteral("Italiano"));
    // Every language the team works in, each in its own name.
    for (const auto &[name, text] : {std::pair{"language_en", "English"}, std::pair{"language_fr", "Français"},
                                     std::pair{"language_de", "Deutsch"}, std::pair{"language_es", "Español"}}) {
        QVERIFY2(action(name)->isEnabled(), name);
        QCOMPARE(action(name)->text(), QString::fromUtf8(text));
    }
    action("language_it")->trigger();
    QCOMPARE(Settings::instance().uiLanguage(), QStringLiteral("it"));
    QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("next start")),
             qPrintable(window->statusBar()->currentMessage()));
    // The next start: no --language, so the setting decides, dates and numbers included.
    installTranslations();
    QCOMPARE(QLocale().language(), QLocale::Italian);
    QCOMPARE(QCoreApplication::translate("desk::ui::MainWindow", "&Settings"), QStringLiteral("&Impostazioni"));
    action("language_desktop")->trigger();
    QCOMPARE(Settings::instance().uiLanguage(), QString());
    installTranslations(QStringLiteral("en"));
}

void TestUi::unopenableDatabase()
{
    StartupFlow flow;
    QSignalSpy cancelled(&flow, &StartupFlow::cancelled);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    flow.start(QStringLiteral("/proc/incident-desk/none.db"));
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 10000);
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("/proc/incident-desk")), qPrintable(MessageBox::lastText()));
    QVERIFY(flow.mainWindow() == nullptr);
}

void TestUi::teamServerThroughTheConnectionDialog()
{
    if (test::postgresAdminUrl().isEmpty()) {
        if (test::postgresRequired())
            QFAIL("CI=true but no PostgreSQL test server is running");
        QSKIP("no PostgreSQL test server");
    }
    test::TestDatabase server;
    QString why;
    QVERIFY2(server.create(Engine::Postgres, &why), qPrintable(why));
    QVERIFY(UserRepository(server.db()).add(QStringLiteral("luca"), QStringLiteral("Luca Ferrari"), Role::Lead,
                                             QStringLiteral("luca-password"), QStringLiteral("test")).ok());

    const QString settingsFile = m_dir.filePath(QStringLiteral("server-settings.ini"));
    Settings::useFile(settingsFile); // a first run
    StartupFlow flow;
    flow.start();
    auto *welcome = waitForTopLevel<FirstRunDialog>();
    QVERIFY(welcome);
    welcome->findChild<QRadioButton *>(QStringLiteral("serverRadio"))->setChecked(true);
    QTest::mouseClick(welcome->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    auto *dialog = waitForTopLevel<ConnectionDialog>();
    QVERIFY(dialog);
    const DatabaseUrl url = server.url();
    const auto fill = [dialog](const char *name, const QString &text) {
        auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    fill("hostEdit", url.host);
    dialog->findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(url.port);
    fill("databaseEdit", url.database);
    fill("userEdit", QStringLiteral("luca"));
    fill("passwordEdit", QStringLiteral("luca-password"));
    dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(false);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(flow.mainWindow() != nullptr, 15000);
    MainWindow *window = flow.mainWindow();
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("userLabel"))->text(), QStringLiteral("Luca Ferrari · Team lead"));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("databaseLabel"))->text().startsWith(QLatin1String("Team server: luca@")));
    QTRY_VERIFY(window->findChild<QLabel *>(QStringLiteral("syncLabel"))->text().startsWith(QLatin1String("Updated")));
    Settings::instance().sync();
    QFile ini(settingsFile);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray saved = ini.readAll();
    QVERIFY(saved.contains("luca"));             // the profile is kept …
    QVERIFY(!saved.contains("luca-password"));   // … its password is not
    window->close();
    Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
}

QTEST_MAIN(TestUi)
#include "test_ui.moc"
