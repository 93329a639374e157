// SPDX-License-Identifier: GPL-3.0-or-later
// The whole triage flow through the widgets, with the keyboard, as an agent works, on SQLite
// and on PostgreSQL (where the page logs in as the agent's own role).
#include "store/intakebatchwriter.h"
#include "widgets/filedialog.h"
#include "core/clock.h"
#include "core/settings.h"
#include "triage/newincidentdialog.h"
#include "triage/reportdetailpane.h"
#include "store/dbworker.h"
#include "tools/demodata.h"
#include "testdatabase.h"
#include "shell/translations.h"
#include "triage/triagefilterbar.h"
#include "triage/triagemodel.h"
#include "triage/triagepage.h"

#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QInputDialog>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QDesktopServices>
#include <QIcon>
#include <QTest>
#include <QTextBrowser>

using namespace desk;
using namespace desk::ui;

class TestTriageFlow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void filterAndSearch();
    void claimAndLinkWithTheKeyboard();
    void bulkActionAndIncidentFromSelection();
    void shortcutsAreListed();
    void statusCountsFilter();
    void savedFilterComesBack();
    void spikeBannerProposesAnIncident();
    void hostileTextIsText();
    void filesOpenFromACopy();

private:
    bool waitLoaded();
    bool act(const QKeySequence &keys);
    QVariant sql(const QString &statement, const QVariantList &values = {});
    void selectRows(int first, int last);

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<DbWorker> m_worker;
    std::unique_ptr<TriagePage> m_page;
};

void TestTriageFlow::initTestCase()
{
    Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    installTranslations(QStringLiteral("en"));
    m_t = std::make_unique<test::TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    DemoOptions options;
    options.reports = 1500;
    auto demo = DemoGenerator(m_t->db(), options).run();
    QVERIFY2(demo.ok(), qPrintable(demo.errorString()));

    DatabaseUrl url = m_t->url();
    if (url.engine == Engine::Postgres) {
        url.user = QStringLiteral("anna");
        url.password = options.password;
    }
    m_worker = std::make_unique<DbWorker>();
    QSignalSpy opened(m_worker.get(), &DbWorker::opened);
    m_worker->open(url);
    QVERIFY(opened.wait(10000));
    QVERIFY2(opened.first().first().toBool(), qPrintable(opened.first().at(1).toString()));

    const User anna{0, QStringLiteral("anna"), QStringLiteral("Anna Rossi"), Role::Agent, true};
    m_page = std::make_unique<TriagePage>(Session{anna, url, m_worker.get()});
    m_page->resize(1300, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(waitLoaded());
}

void TestTriageFlow::cleanupTestCase()
{
    m_page.reset();
    m_worker.reset();
    m_t.reset();
}

bool TestTriageFlow::waitLoaded()
{
    return QTest::qWaitFor([this] { return !m_page->model()->isLoading() && m_page->model()->isComplete(); }, 10000);
}

QVariant TestTriageFlow::sql(const QString &statement, const QVariantList &values)
{
    auto v = m_t->db().scalar(statement, values);
    return v.ok() ? v.value() : QVariant(v.errorString());
}

void TestTriageFlow::selectRows(int first, int last)
{
    QTableView *view = m_page->view();
    for (int row = first; row <= last; ++row) {
        if (!QTest::qWaitFor([&] { return m_page->model()->summaryAt(row) != nullptr; }, 10000))
            return;
    }
    view->setFocus();
    view->setCurrentIndex(m_page->model()->index(first, 0));
    view->selectionModel()->select(QItemSelection(m_page->model()->index(first, 0), m_page->model()->index(last, 0)),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool TestTriageFlow::act(const QKeySequence &keys)
{
    m_page->activateWindow();
    if (!QTest::qWaitForWindowActive(m_page.get()))
        return false;
    m_page->view()->setFocus();
    QSignalSpy done(m_page.get(), &TriagePage::actionFinished);
    QTest::keySequence(m_page->view(), keys);
    return done.wait(10000);
}

void TestTriageFlow::filterAndSearch()
{
    QCOMPARE(qint64(m_page->model()->rowCount()),
             sql(QStringLiteral("SELECT count(*) FROM reports WHERE status IN ('new', 'claimed')")).toLongLong());
    auto *service = m_page->findChild<QComboBox *>(QStringLiteral("serviceFilter"));
    QTRY_VERIFY(service->findData(QStringLiteral("login")) > 0);
    service->setCurrentIndex(service->findData(QStringLiteral("login")));
    QVERIFY(waitLoaded());
    QTRY_COMPARE(qint64(m_page->model()->rowCount()),
                 sql(QStringLiteral("SELECT count(*) FROM reports r JOIN services s ON s.id = r.service_id "
                                    "WHERE r.status IN ('new', 'claimed') AND s.key = 'login'"))
                     .toLongLong());

    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, QStringLiteral("accedere"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(m_page->model()->query().text == QLatin1String("accedere"));
    QVERIFY(waitLoaded());
    QVERIFY(m_page->model()->rowCount() > 0);
    QTRY_VERIFY(m_page->model()->summaryAt(0) != nullptr);
    QVERIFY(m_page->model()->summaryAt(0)->subject.contains(QLatin1String("accedere")));
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(m_page->model()->query().text.isEmpty());
    QVERIFY(waitLoaded());
}

void TestTriageFlow::claimAndLinkWithTheKeyboard()
{
    QVERIFY(waitLoaded());
    selectRows(0, 0);
    const ReportSummary first = *m_page->model()->summaryAt(0);
    QVERIFY(act(QKeySequence(Qt::CTRL | Qt::Key_K)));
    QCOMPARE(sql(QStringLiteral("SELECT claimed_by FROM reports WHERE id = ?"), {first.id}).toString(), QStringLiteral("anna"));
    QTRY_COMPARE(m_page->model()->data(m_page->model()->index(0, TriageModel::ClaimedBy)).toString(), QStringLiteral("anna"));

    // The detail pane shows the report and suggests an open login incident.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->detail()->reportId() == first.id, 10000);
    QTRY_VERIFY(!m_page->detail()->suggestions().isEmpty());
    const Id suggested = m_page->detail()->suggestions().first().incidentId;
    const int version = m_page->model()->summaryAt(0)->version;
    QVERIFY(version > first.version);
    QVERIFY(act(QKeySequence(Qt::CTRL | Qt::Key_L)));
    QCOMPARE(sql(QStringLiteral("SELECT status FROM reports WHERE id = ?"), {first.id}).toString(), QStringLiteral("linked"));
    QCOMPARE(sql(QStringLiteral("SELECT incident_id FROM reports WHERE id = ?"), {first.id}).toLongLong(), suggested);

    // Undo puts it back as it was: claimed by the agent, linked to nothing.
    QVERIFY(act(QKeySequence::Undo));
    QCOMPARE(sql(QStringLiteral("SELECT status FROM reports WHERE id = ?"), {first.id}).toString(), QStringLiteral("claimed"));
    QVERIFY(sql(QStringLiteral("SELECT incident_id FROM reports WHERE id = ?"), {first.id}).isNull());
    QCOMPARE(sql(QStringLiteral("SELECT claimed_by FROM reports WHERE id = ?"), {first.id}).toString(), QStringLiteral("anna"));
}

void TestTriageFlow::bulkActionAndIncidentFromSelection()
{
    QVERIFY(waitLoaded());
    selectRows(1, 3);
    QList<Id> ids;
    for (int row = 1; row <= 3; ++row)
        ids << m_page->model()->idAt(row);
    QVERIFY(act(QKeySequence(Qt::CTRL | Qt::Key_D)));
    for (Id id : ids)
        QCOMPARE(sql(QStringLiteral("SELECT status FROM reports WHERE id = ?"), {id}).toString(), QStringLiteral("not_incident"));
    QVERIFY(m_page->lastMessage().contains(QLatin1String("3 reports")));

    selectRows(4, 5);
    const Id a = m_page->model()->idAt(4);
    const Id b = m_page->model()->idAt(5);
    const qint64 incidentsBefore = sql(QStringLiteral("SELECT count(*) FROM incidents")).toLongLong();
    QTest::keySequence(m_page->view(), QKeySequence(Qt::CTRL | Qt::Key_N));
    NewIncidentDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<NewIncidentDialog *>()) != nullptr);
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QVERIFY(!title->text().isEmpty()); // prefilled from the first report
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("serviceCombo"))->currentData().toString(), QStringLiteral("login"));
    title->setText(QStringLiteral("Two-factor codes rejected"));
    QSignalSpy done(m_page.get(), &TriagePage::actionFinished);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(done.wait(10000));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM incidents")).toLongLong(), incidentsBefore + 1);
    const QVariant incident = sql(QStringLiteral("SELECT id FROM incidents WHERE title = 'Two-factor codes rejected'"));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM reports WHERE incident_id = ? AND id IN (?, ?)"), {incident, a, b}).toInt(), 2);
    QVERIFY(m_page->lastMessage().contains(QLatin1String("INC-")));
}

void TestTriageFlow::shortcutsAreListed()
{
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_F1);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<QDialog *>(QStringLiteral("shortcutsDialog"))) != nullptr);
    auto *table = dialog->findChild<QTableWidget *>();
    QVERIFY(table->rowCount() >= 8);
    QStringList keys;
    for (int r = 0; r < table->rowCount(); ++r)
        keys << table->item(r, 1)->text();
    QVERIFY(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText)));
    dialog->close();
}

void TestTriageFlow::statusCountsFilter()
{
    auto *summary = m_page->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QTRY_VERIFY(summary->text().contains(QLatin1String("status:not_incident")));
    QVERIFY(m_page->summaryText().contains(QLatin1String("Not an incident: ")));
    emit summary->linkActivated(QStringLiteral("status:not_incident"));
    QTRY_COMPARE(m_page->model()->query().statuses, QList<ReportStatus>{ReportStatus::NotIncident});
    QVERIFY(waitLoaded());
    QTRY_VERIFY(m_page->model()->summaryAt(0) != nullptr);
    QCOMPARE(m_page->model()->summaryAt(0)->status, ReportStatus::NotIncident);
}

void TestTriageFlow::savedFilterComesBack()
{
    auto *language = m_page->findChild<QComboBox *>(QStringLiteral("languageFilter"));
    language->setCurrentIndex(language->findData(int(Language::Fr)));
    auto *saved = m_page->findChild<QComboBox *>(QStringLiteral("savedFilters"));
    const int saveIndex = saved->findData(QStringLiteral("save"));
    QVERIFY(saveIndex > 0);
    emit saved->activated(saveIndex);
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<QInputDialog *>(QStringLiteral("saveFilterDialog"))) != nullptr);
    dialog->setTextValue(QStringLiteral("French reports"));
    dialog->accept();
    QTRY_VERIFY(Settings::instance().savedFilters(QStringLiteral("anna")).contains(QStringLiteral("French reports")));

    language->setCurrentIndex(0); // any language
    QTRY_VERIFY(m_page->model()->query().languages.isEmpty());
    const int choice = saved->findData(QStringLiteral("French reports"));
    QVERIFY(choice > 0);
    emit saved->activated(choice);
    QTRY_COMPARE(m_page->model()->query().languages, QList<Language>{Language::Fr});
    QCOMPARE(language->currentData().toInt(), int(Language::Fr));
    language->setCurrentIndex(0);
    QVERIFY(waitLoaded());
}

void TestTriageFlow::spikeBannerProposesAnIncident()
{
    const qint64 now = Clock::nowMs();
    const QVariant service = sql(QStringLiteral("SELECT id FROM services WHERE key = 'search'"));
    for (int i = 0; i < 6; ++i) {
        QVERIFY(m_t->db().exec(QStringLiteral("INSERT INTO reports (external_ref, received_at, channel, subject, body, "
                                              "service_id, updated_at) VALUES (?, ?, 'contact_form', 'Search broken', "
                                              "'Nothing is found', ?, ?)"),
                               {QStringLiteral("spike-%1").arg(i), now - i * 60000, service, now})
                    .ok());
    }
    m_page->refresh();
    auto *banner = m_page->findChild<QFrame *>(QStringLiteral("spikeBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QVERIFY(banner->findChild<QLabel *>()->text().contains(QLatin1String("6 unlinked reports")));
    QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("spikeButton")), Qt::LeftButton);
    NewIncidentDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<NewIncidentDialog *>()) != nullptr);
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("serviceCombo"))->currentData().toString(), QStringLiteral("search"));
    QSignalSpy done(m_page.get(), &TriagePage::actionFinished);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(done.wait(10000));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM reports WHERE external_ref LIKE 'spike-%' AND status = 'linked'")).toInt(), 6);
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
}

void TestTriageFlow::hostileTextIsText()
{
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("\" OR 1=1 -- <script>alert(1)</script> AND (NEAR"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(waitLoaded());
    QTest::qWait(200);
    QVERIFY(!m_page->lastMessage().contains(QLatin1String("syntax")));
    // A report whose text is markup shows as text in the detail pane.
    Report r;
    r.subject = QStringLiteral("<b>bold</b> <img src=x onerror=alert(1)>");
    r.body = QStringLiteral("<script>alert('x')</script>");
    const QString html = ReportDetailPane::reportHtml(r, {});
    QVERIFY(!html.contains(QLatin1String("<script>")));
    QVERIFY(!html.contains(QLatin1String("<img")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;")));
}

/** Stands in for the desktop: records what would have been opened. */
class DesktopOpener final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened.append(url); }
};

void TestTriageFlow::filesOpenFromACopy()
{
    // A report with a screenshot, an HTML page and a file whose name is markup.
    IntakeItem item;
    item.row.externalRef = QStringLiteral("WEB-FILES0000001");
    item.row.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    item.row.channel = QStringLiteral("contact_form");
    item.row.language = QStringLiteral("en");
    item.row.subject = QStringLiteral("Zebrafiles screenshot attached");
    item.row.body = QStringLiteral("See the files.");
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(3000, 'p');
    const QByteArray page = "<html><script>alert(1)</script></html>";
    item.files = {{QStringLiteral("screen.png"), "image/png", png},
                  {QStringLiteral("invoice.html"), "text/html", page},
                  {QStringLiteral("<img src=x onerror=alert(1)>.txt"), "text/plain", QByteArray("hello")}};
    QVERIFY(IntakeBatchWriter(m_t->db()).write({item}).ok());

    ReportQuery find; // any status: earlier cases leave filters set
    find.text = QStringLiteral("Zebrafiles");
    m_page->filterBar()->setQuery(find);
    QVERIFY(QTest::qWaitFor([&] { return !m_page->model()->isLoading() && m_page->model()->rowCount() == 1; }, 10000));
    m_page->model()->data(m_page->model()->index(0, 0)); // asks for the row
    QVERIFY(QTest::qWaitFor([&] { return m_page->model()->summaryAt(0) != nullptr; }, 10000));
    // The queue shows a paper clip on the subject.
    const QModelIndex subject = m_page->model()->index(0, TriageModel::Subject);
    QVERIFY(!m_page->model()->data(subject, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(m_page->model()->data(subject, Qt::ToolTipRole).toString().contains(QLatin1String("with files")));

    QSignalSpy shown(m_page.get(), &TriagePage::detailShown);
    m_page->view()->setCurrentIndex(m_page->model()->index(0, 0));
    QVERIFY(shown.wait(10000));
    const QString text = m_page->detail()->text();
    QVERIFY2(text.contains(QLatin1String("screen.png")) && text.contains(QLatin1String("image/png")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("<img src=x onerror=alert(1)>.txt"))); // a name, shown as text

    DesktopOpener desktop;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &desktop, "open");
    auto restore = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); });
    auto *browser = m_page->detail()->findChild<QTextBrowser *>(QStringLiteral("reportText"));
    emit browser->anchorClicked(QUrl(QStringLiteral("deskfile:0")));
    QVERIFY(QTest::qWaitFor([&] { return !desktop.opened.isEmpty(); }, 10000));
    const QString copy = desktop.opened.first().toLocalFile();
    QVERIFY2(copy.endsWith(QLatin1String("/screen.png")), qPrintable(copy));
    QFile opened(copy);
    QVERIFY(opened.open(QIODevice::ReadOnly));
    QCOMPARE(opened.readAll(), png);
    QCOMPARE(opened.permissions() & (QFileDevice::ExeOwner | QFileDevice::ExeUser | QFileDevice::ExeGroup | QFileDevice::ExeOther
                                     | QFileDevice::WriteOwner | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    // An HTML page is never opened (it would render): it is only saved where the agent says.
    const QString target = m_dir.filePath(QStringLiteral("saved-invoice.html"));
    FileDialog::instance().setNextAnswer(target);
    const int asked = FileDialog::instance().answeredInAdvance();
    emit browser->anchorClicked(QUrl(QStringLiteral("deskfile:1")));
    QVERIFY(QTest::qWaitFor([&] { return QFileInfo::exists(target); }, 10000));
    QCOMPARE(FileDialog::instance().answeredInAdvance(), asked + 1);
    QCOMPARE(desktop.opened.size(), 1);
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), page);
    m_page->filterBar()->setQuery(ReportQuery{});
    QVERIFY(waitLoaded());
}

QTEST_MAIN(TestTriageFlow)
#include "test_triageflow.moc"
