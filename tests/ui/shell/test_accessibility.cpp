// SPDX-License-Identifier: GPL-3.0-or-later
// Every input a screen reader reaches has a name: the test walks each page of the main window
// (as an administrator, so the intake page too), the incident editor, the update composer and
// the dialogs, and fails on any visible focusable widget whose accessible name is empty.
#include "compose/updatecomposer.h"
#include "core/settings.h"
#include "incident/incidenteditor.h"
#include "publish/targetsdialog.h"
#include "shell/connectiondialog.h"
#include "shell/firstrundialog.h"
#include "shell/languagemenu.h"
#include "shell/logindialog.h"
#include "shell/mainwindow.h"
#include "shell/startupflow.h"
#include "shell/translations.h"
#include "store/database.h"
#include "store/migrator.h"
#include "tools/demodata.h"
#include "triage/importdialog.h"
#include "triage/newincidentdialog.h"
#include "triage/phonereportdialog.h"
#include "widgets/listpage.h"
#include "widgets/tones.h"

#include "palettes.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QSet>
#include <QXmlStreamReader>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScopeGuard>
#include <QTabBar>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;
using namespace desk::ui;

namespace {
/** "QLineEdit 'searchEdit' in desk::ui::ListPage 'incidentsPage'" — enough to find it in the code. */
QString describe(const QWidget *w)
{
    QString where;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty()) {
            where = QStringLiteral(" in %1 '%2'").arg(QString::fromLatin1(p->metaObject()->className()), p->objectName());
            break;
        }
    }
    return QStringLiteral("%1 '%2'%3").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), where);
}

/** The parts a widget is made of, which its owner names (a combo box's own line edit, a view's viewport). */
bool isInnerPart(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    if (!parent)
        return false;
    if (auto *combo = qobject_cast<const QComboBox *>(parent); combo && combo->lineEdit() == w)
        return true;
    if (auto *view = qobject_cast<const QAbstractScrollArea *>(parent); view && view->viewport() == w)
        return true;
    return QByteArray(w->metaObject()->className()).startsWith("QScrollBar")
        || QByteArray(parent->metaObject()->className()) == "QAbstractSpinBox" || w->objectName().startsWith(QLatin1String("qt_"));
}

/** The letter after a single '&', lower case; empty when there is none. */
QString mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

/** Two visible controls of one window, or two items of one menu, with the same Alt letter. */
QStringList clashes(const QList<std::pair<QString, QString>> &texts, const QString &where)
{
    QHash<QString, QStringList> byLetter;
    for (const auto &[text, what] : texts)
        if (const QString letter = mnemonicOf(text); !letter.isEmpty())
            byLetter[letter] << what + QStringLiteral(" '") + text + u'\'';
    QStringList found;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it)
        if (it.value().size() > 1)
            found << QStringLiteral("%1: Alt+%2 for %3").arg(where, it.key().toUpper(), it.value().join(QStringLiteral(", ")));
    return found;
}

QStringList shortcutClashes(QWidget *root)
{
    QList<std::pair<QString, QString>> texts;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            texts.append({b->text(), QStringLiteral("button")});
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            texts.append({l->text(), QStringLiteral("label")});
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            texts.append({g->title(), QStringLiteral("group")});
        else if (auto *t = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < t->count(); ++i)
                texts.append({t->tabText(i), QStringLiteral("tab")});
    }
    QStringList found = clashes(texts, QStringLiteral("window"));
    // Each menu of the menu bar, and the bar itself.
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        QList<std::pair<QString, QString>> bar;
        for (QAction *a : window->menuBar()->actions()) {
            bar.append({a->text(), QStringLiteral("menu")});
            if (QMenu *menu = a->menu()) {
                QList<std::pair<QString, QString>> items;
                for (QAction *item : menu->actions())
                    if (item->isVisible() && !item->isSeparator())
                        items.append({item->text(), QStringLiteral("item")});
                found << clashes(items, QStringLiteral("menu ") + a->text());
            }
        }
        found << clashes(bar, QStringLiteral("menu bar"));
    }
    return found;
}

/** English texts that have another text in `language`'s .ts: what a translated window must not show. */
QSet<QString> untranslatedEnglish(const QString &language)
{
    QSet<QString> english;
    QFile file(QStringLiteral(DESK_TESTS_DIR "/../translations/incident-desk_%1.ts").arg(language));
    if (language == QLatin1String("en") || !file.open(QIODevice::ReadOnly))
        return english;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")
                 && xml.attributes().value(QLatin1String("type")) != QLatin1String("vanished")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!translation.isEmpty() && translation != source)
                english.insert(QString(source).remove(u'&'));
        }
    }
    return english;
}

/** Visible texts of the window that are still the English source. */
QStringList englishLeft(QWidget *root, const QSet<QString> &english)
{
    QStringList found;
    const auto look = [&](const QString &text, const QString &what) {
        if (english.contains(QString(text).remove(u'&')))
            found << QStringLiteral("%1 '%2'").arg(what, text);
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            look(b->text(), QStringLiteral("button"));
        else if (auto *l = qobject_cast<QLabel *>(w))
            look(l->text(), QStringLiteral("label"));
        else if (auto *t = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < t->count(); ++i)
                look(t->tabText(i), QStringLiteral("tab"));
        else if (auto *h = qobject_cast<QHeaderView *>(w); h && h->model())
            for (int i = 0; i < h->count(); ++i)
                look(h->model()->headerData(i, h->orientation()).toString(), QStringLiteral("column"));
    }
    return found;
}

QStringList unnamed(QWidget *root)
{
    QStringList found;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(root->window()) || isInnerPart(w))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            found << describe(w);
    }
    return found;
}
} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyPageAndDialog_data();
    void everyPageAndDialog();
    void startDialogs();
    void darkPalette();

private:
    MainWindow *signIn(StartupFlow &flow);
    /** The list's first incident, opened as a person would (Enter on the row), once loaded; null when it did not open. */
    static IncidentEditor *openFirst(MainWindow *window, ListPage *incidents);
    void screenshot(QWidget *window, const QString &name);
    void check(QWidget *root, const QString &what);

    QTemporaryDir m_dir;
    QString m_demo;
    QStringList m_problems;
    QSet<QString> m_english; // the sources this language translates, which must not show
};

void TestAccessibility::initTestCase()
{
    Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    installTranslations(QStringLiteral("en"));
    DatabaseUrl url;
    url.path = m_dir.filePath(QStringLiteral("demo.db"));
    auto db = Database::open(url);
    QVERIFY(db.ok() && Migrator(*db.value()).migrate().ok());
    DemoOptions options;
    options.reports = 300;
    QVERIFY(DemoGenerator(*db.value(), options).run().ok());
    m_demo = url.path;
}

void TestAccessibility::cleanup()
{
    m_problems.clear();
    m_english.clear();
    for (QWidget *w : QApplication::topLevelWidgets())
        w->close();
    QCoreApplication::processEvents();
}

void TestAccessibility::check(QWidget *root, const QString &what)
{
    QVERIFY2(QTest::qWaitForWindowExposed(root->window()), qPrintable(what));
    QTest::qWait(50);
    for (const QString &w : unnamed(root)) {
        const QString problem = what + QStringLiteral(": ") + w;
        qWarning("unnamed: %s", qPrintable(problem));
        m_problems << problem;
    }
    for (const QString &e : englishLeft(root, m_english)) {
        const QString problem = what + QStringLiteral(": English left: ") + e;
        qWarning("%s", qPrintable(problem));
        m_problems << problem;
    }
    if (root->isWindow()) {
        for (const QString &c : shortcutClashes(root)) {
            const QString problem = what + QStringLiteral(": ") + c;
            qWarning("shortcut clash: %s", qPrintable(problem));
            m_problems << problem;
        }
    }
}

MainWindow *TestAccessibility::signIn(StartupFlow &flow)
{
    flow.start(m_demo);
    LoginDialog *login = nullptr;
    (void)QTest::qWaitFor([&login] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *l = qobject_cast<LoginDialog *>(w); l && l->isVisible())
                login = l;
        return login != nullptr;
    }, 15000);
    if (!login)
        return nullptr;
    check(login, QStringLiteral("sign-in"));
    auto *combo = login->findChild<QComboBox *>(QStringLiteral("userCombo"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("admin")));
    QTest::keyClicks(login->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("demo-password"));
    QTest::keyClick(login->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), Qt::Key_Return);
    (void)QTest::qWaitFor([&flow] { return flow.mainWindow() != nullptr; }, 15000);
    return flow.mainWindow();
}

IncidentEditor *TestAccessibility::openFirst(MainWindow *window, ListPage *incidents)
{
    incidents->view()->setFocus();
    incidents->view()->setCurrentIndex(incidents->model()->index(0, 0));
    emit incidents->view()->activated(incidents->model()->index(0, 0));
    IncidentEditor *editor = nullptr;
    if (!QTest::qWaitFor([&] { return (editor = window->findChild<IncidentEditor *>()) != nullptr && editor->isLoaded(); },
                         15000))
        return nullptr;
    return editor;
}

void TestAccessibility::screenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("DESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300);
    QVERIFY(window->grab().save(dir + u'/' + name));
}

void TestAccessibility::everyPageAndDialog_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : LanguageMenu::completeLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestAccessibility::everyPageAndDialog()
{
    QFETCH(QString, language);
    installTranslations(language);
    m_english = untranslatedEnglish(language);
    if (language != QLatin1String("en")) {
        // The check itself: an English label left in a window is found.
        QVERIFY(m_english.contains(QStringLiteral("Approvals")));
        QWidget probe;
        auto *left = new QLabel(QStringLiteral("Approvals"), &probe);
        QCOMPARE(englishLeft(&probe, m_english), QStringList{QStringLiteral("label 'Approvals'")});
        left->setText(QCoreApplication::translate("desk::ui::MainWindow", "Approvals"));
        QVERIFY(englishLeft(&probe, m_english).isEmpty());
    }
    const auto english = qScopeGuard([] { installTranslations(QStringLiteral("en")); });
    StartupFlow flow;
    MainWindow *window = signIn(flow);
    QVERIFY(window);
    window->resize(1280, 800);

    const QList<std::pair<MainWindow::Page, QString>> pages{
        {MainWindow::Page::Triage, QStringLiteral("triage")},         {MainWindow::Page::Incidents, QStringLiteral("incidents")},
        {MainWindow::Page::Approvals, QStringLiteral("approvals")},   {MainWindow::Page::Publications, QStringLiteral("publications")},
        {MainWindow::Page::Dashboard, QStringLiteral("dashboard")},   {MainWindow::Page::Intake, QStringLiteral("intake")}};
    for (const auto &[page, name] : pages) {
        window->showPage(page);
        QVERIFY2(window->page(page) && window->page(page)->isVisible(), qPrintable(name));
        check(window, name);
        screenshot(window, QStringLiteral("%1-%2.png").arg(name, language));
    }

    // An incident in its editor, and a new update for it.
    window->showPage(MainWindow::Page::Incidents);
    auto *incidents = qobject_cast<ListPage *>(window->page(MainWindow::Page::Incidents));
    QTRY_VERIFY(incidents->model()->rowCount() > 0);
    IncidentEditor *editor = openFirst(window, incidents);
    QVERIFY(editor);
    auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        check(editor, QStringLiteral("incident editor, tab '%1'").arg(tabs->tabText(i)));
    }
    editor->resize(1200, 820);
    screenshot(editor, QStringLiteral("editor-%1.png").arg(language));
    UpdateComposer *composer = editor->openComposer(UpdateKind::Progress);
    QTRY_VERIFY(composer->isLoaded());
    check(composer, QStringLiteral("update composer"));
    composer->resize(1200, 720);
    screenshot(composer, QStringLiteral("composer-%1.png").arg(language));
    composer->close();
    editor->close();

    const Session session = window->session();
    PhoneReportDialog phone(session, window);
    phone.show();
    check(&phone, QStringLiteral("phone report"));
    TargetsDialog targets(session, window);
    targets.show();
    check(&targets, QStringLiteral("publication targets"));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("reports.csv"));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("external_ref,received_at,subject\nx-1,2026-11-30T09:00:00Z,Down\n");
    csv.close();
    ImportDialog import(session, file, window);
    import.show();
    check(&import, QStringLiteral("import"));
    NewIncidentDialog newIncident({}, QStringLiteral("Payments"), {}, 2, window);
    newIncident.show();
    check(&newIncident, QStringLiteral("new incident"));

    QVERIFY2(m_problems.isEmpty(), qPrintable(QStringLiteral("%1 unnamed widget(s) or shortcut clash(es) (listed above)")
                                                  .arg(m_problems.size())));
}

void TestAccessibility::startDialogs()
{
    FirstRunDialog first;
    first.show();
    check(&first, QStringLiteral("first run"));
    ConnectionDialog connection;
    connection.show();
    check(&connection, QStringLiteral("team server"));
    LoginDialog create(LoginDialog::Mode::CreateAdministrator, {}, {});
    create.show();
    check(&create, QStringLiteral("first administrator"));
    QVERIFY2(m_problems.isEmpty(), qPrintable(QStringLiteral("%1 unnamed widget(s) or shortcut clash(es) (listed above)")
                                                  .arg(m_problems.size())));
}

void TestAccessibility::darkPalette()
{
    // A dark desktop: the meaningful colours switch to their light tones, and nothing stays on a
    // light background of its own. With DESK_SCREENSHOT_DIR the windows are saved to look at.
    const QPalette dark = desk::test::darkPalette();
    const QPalette before = QApplication::palette();
    QApplication::setPalette(dark);
    StartupFlow flow;
    MainWindow *window = signIn(flow);
    QVERIFY(window);
    window->resize(1280, 800);
    auto *triage = window->page(MainWindow::Page::Triage);
    QTRY_VERIFY(triage->findChild<QTableView *>()->model()->rowCount() > 0);
    screenshot(window, QStringLiteral("dark-triage.png"));
    window->showPage(MainWindow::Page::Incidents);
    auto *incidents = qobject_cast<ListPage *>(window->page(MainWindow::Page::Incidents));
    QTRY_VERIFY(incidents->model()->rowCount() > 0);
    // The overdue incidents' due time in the dark palette's red, readable on its base.
    bool overdueSeen = false;
    for (int r = 0; r < incidents->model()->rowCount(); ++r) {
        for (int c = 0; c < incidents->model()->columnCount(); ++c) {
            const QVariant fg = incidents->model()->index(r, c).data(Qt::ForegroundRole);
            if (!fg.isValid())
                continue;
            QVERIFY2(Tones::contrast(fg.value<QColor>(), dark.color(QPalette::Base)) >= 4.5, qPrintable(fg.value<QColor>().name()));
            overdueSeen |= fg.value<QColor>() == Tones::color(Tones::Tone::Bad, dark);
        }
    }
    QVERIFY(overdueSeen); // the demo has overdue incidents
    screenshot(window, QStringLiteral("dark-incidents.png"));
    IncidentEditor *editor = openFirst(window, incidents);
    QVERIFY(editor);
    editor->resize(1200, 820);
    screenshot(editor, QStringLiteral("dark-editor.png"));
    UpdateComposer *composer = editor->openComposer(UpdateKind::Progress);
    QTRY_VERIFY(composer->isLoaded());
    composer->resize(1200, 720);
    screenshot(composer, QStringLiteral("dark-composer.png"));
    composer->close();
    editor->close();
    QApplication::setPalette(before);
}

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
