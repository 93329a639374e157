// SPDX-License-Identifier: GPL-3.0-or-later
// The triage queue's model over a real database, on SQLite and PostgreSQL: lazy blocks,
// filters, search, sorting, rows changed and removed elsewhere.
#include "store/dbworker.h"
#include "tools/demodata.h"
#include "store/reportrepository.h"
#include "testdatabase.h"
#include "triage/triagemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace desk;
using namespace desk::ui;

class TestTriageModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void loadsLazilyInBlocks();
    void filtersAndCounts();
    void searchTakesAnyText();
    void sortingRequeries();
    void changedRowsUpdateInPlace();
    void removedReportLeavesAHole();

private:
    QString fetch(int row, int column);
    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<DbWorker> m_worker;
    std::unique_ptr<TriageModel> m_model;
    qint64 m_reports = 0;
};

void TestTriageModel::initTestCase()
{
    m_t = std::make_unique<test::TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    DemoOptions options;
    options.reports = 2500;
    auto demo = DemoGenerator(m_t->db(), options).run();
    QVERIFY2(demo.ok(), qPrintable(demo.errorString()));
    m_reports = demo->reports;
    m_worker = std::make_unique<DbWorker>();
    QSignalSpy opened(m_worker.get(), &DbWorker::opened);
    m_worker->open(m_t->url());
    QVERIFY(opened.wait(10000));
    QVERIFY(opened.first().first().toBool());
}

void TestTriageModel::cleanupTestCase()
{
    m_model.reset();
    m_worker.reset();
    m_t.reset();
}

void TestTriageModel::init()
{
    m_model = std::make_unique<TriageModel>(m_worker.get());
    new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
    QSignalSpy loaded(m_model.get(), &TriageModel::queryLoaded);
    m_model->setQuery(ReportQuery{});
    QVERIFY(loaded.wait(10000));
}

QString TestTriageModel::fetch(int row, int column)
{
    const QModelIndex index = m_model->index(row, column);
    // Asking for the data asks for its block; other blocks may arrive first. A block that never
    // arrives fails the test: an empty answer could pass a comparison by accident.
    if (!QTest::qWaitFor([&] { return m_model->data(index, TriageModel::LoadedRole).toBool(); }, 10000)) {
        QTest::qFail(qPrintable(QStringLiteral("row %1 column %2 never loaded").arg(row).arg(column)), __FILE__, __LINE__);
        return {};
    }
    return m_model->data(index).toString();
}

void TestTriageModel::loadsLazilyInBlocks()
{
    QTRY_COMPARE(m_model->rowCount(), int(m_reports));
    const int middle = TriageModel::kBlockRows * 5 + 3;
    QVERIFY(m_model->summaryAt(middle) == nullptr); // nothing is read before it is shown
    QVERIFY(!fetch(middle, TriageModel::Subject).isEmpty());
    QVERIFY(m_model->summaryAt(middle) != nullptr);
    QVERIFY(m_model->summaryAt(middle + TriageModel::kBlockRows) == nullptr); // only the block asked for
    QVERIFY(!fetch(0, TriageModel::Subject).isEmpty());
    const int last = m_model->rowCount() - 1;
    QTRY_VERIFY(m_model->idAt(last) != 0); // the remaining ids arrived
    QVERIFY(!fetch(last, TriageModel::Customer).isEmpty());
    // Newest first by default.
    QVERIFY(m_model->summaryAt(0)->receivedAt >= m_model->summaryAt(last)->receivedAt);
}

void TestTriageModel::filtersAndCounts()
{
    auto expected = m_t->db().scalar(QStringLiteral("SELECT count(*) FROM reports WHERE status = 'new' AND language = 'it'"));
    ReportQuery query;
    query.statuses = {ReportStatus::New};
    query.languages = {Language::It};
    QSignalSpy loaded(m_model.get(), &TriageModel::queryLoaded);
    m_model->setQuery(query);
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY(m_model->isComplete());
    QCOMPARE(m_model->rowCount(), expected->toInt());
    QCOMPARE(fetch(0, TriageModel::LanguageColumn), QStringLiteral("IT"));
    QCOMPARE(fetch(0, TriageModel::Status), QStringLiteral("New"));

    query.claimedBy = QStringLiteral("nobody-at-all");
    m_model->setQuery(query);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_model->rowCount(), 0);
}

void TestTriageModel::searchTakesAnyText()
{
    QSignalSpy loaded(m_model.get(), &TriageModel::queryLoaded);
    ReportQuery query;
    query.text = QStringLiteral("carta");
    m_model->setQuery(query);
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_model->rowCount() > 0);
    QVERIFY(fetch(0, TriageModel::Subject).contains(QLatin1String("carta"), Qt::CaseInsensitive));
    for (const QString &hostile : {QStringLiteral("\"carta"), QStringLiteral("carta AND OR NOT ("), QStringLiteral("*"),
                                   QStringLiteral("'; DROP TABLE reports; --")}) {
        QSignalSpy failed(m_model.get(), &TriageModel::loadFailed);
        query.text = hostile;
        m_model->setQuery(query);
        QVERIFY2(loaded.wait(10000), qPrintable(hostile));
        QCOMPARE(failed.count(), 0);
    }
}

void TestTriageModel::sortingRequeries()
{
    QSignalSpy loaded(m_model.get(), &TriageModel::queryLoaded);
    m_model->sort(TriageModel::Customer, Qt::AscendingOrder);
    QVERIFY(loaded.wait(10000));
    const QString first = fetch(0, TriageModel::Customer);
    const QString second = fetch(1, TriageModel::Customer);
    QVERIFY2(first.compare(second) <= 0 || QString::localeAwareCompare(first, second) <= 0,
             qPrintable(first + QStringLiteral(" / ") + second));
    m_model->sort(TriageModel::Received, Qt::AscendingOrder);
    QVERIFY(loaded.wait(10000));
    (void)fetch(0, 0);
    (void)fetch(1, 0);
    QVERIFY(m_model->summaryAt(0)->receivedAt <= m_model->summaryAt(1)->receivedAt);
}

void TestTriageModel::changedRowsUpdateInPlace()
{
    (void)fetch(0, 0);
    const ReportSummary before = *m_model->summaryAt(0);
    const User marco{0, QStringLiteral("marco"), {}, Role::Agent, true};
    auto other = m_t->connectAgain();
    if (m_t->db().isPostgres())
        QVERIFY(other->exec(QStringLiteral("SET ROLE marco")).ok());
    QVERIFY(ReportRepository(*other, marco).claim(before.id).ok());

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->refreshReports({before.id});
    QTRY_COMPARE_WITH_TIMEOUT(m_model->data(m_model->index(0, TriageModel::ClaimedBy)).toString(), QStringLiteral("marco"), 10000);
    QVERIFY(changed.count() > 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->idAt(0), before.id);
}

void TestTriageModel::removedReportLeavesAHole()
{
    QTRY_VERIFY(m_model->isComplete());
    const Id victim = m_model->idAt(TriageModel::kBlockRows * 3 + 1);
    QVERIFY(victim != 0);
    QVERIFY(m_t->db().exec(QStringLiteral("DELETE FROM reports WHERE id = ?"), {victim}).ok());
    const QString subject = fetch(TriageModel::kBlockRows * 3 + 1, TriageModel::Subject);
    QVERIFY2(subject.contains(QLatin1String("removed")), qPrintable(subject));
    QCOMPARE(m_model->idAt(TriageModel::kBlockRows * 3 + 2), m_model->summaryAt(TriageModel::kBlockRows * 3 + 2)->id);
}

QTEST_MAIN(TestTriageModel)
#include "test_triagemodel.moc"
