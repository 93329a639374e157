// SPDX-License-Identifier: GPL-3.0-or-later
// The leads' dashboard over a generated year, on SQLite and PostgreSQL: the figures arrive from
// the worker, every chart's table model passes QAbstractItemModelTester, the filters and the
// period change what is counted, the worst miss opens its incident, and the CSV and PDF exports
// hold the figures. With DESK_SCREENSHOT_DIR set, the page is saved in English and Italian.
#include "storetestsupport.h"

#include "core/settings.h"
#include "metrics/dashboardpage.h"
#include "shell/translations.h"
#include "tools/history.h"
#include "palettes.h"

#include <QAbstractAxis>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace desk;
using namespace desk::test;
using namespace desk::ui;

class TestDashboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void figuresOfAYear();
    void screenshots_data();
    void screenshots();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_t;
    User m_giulia;
    std::unique_ptr<DbWorker> m_worker;
    HistoryPlan m_plan;
};

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    installTranslations(QStringLiteral("en"));
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    HistoryOptions options;
    options.incidents = 120;
    options.reports = 4000;
    options.endMs = QDateTime::currentMSecsSinceEpoch();
    auto plan = HistoryGenerator(m_t->db(), options).run();
    QVERIFY2(plan.ok(), qPrintable(plan.errorString()));
    m_plan = plan.value();
    m_giulia = makeUser(*m_t, QStringLiteral("giulia"), Role::Lead);
    m_worker = workerFor(*m_t, m_giulia);
    QVERIFY(m_worker);
}

void TestDashboard::cleanupTestCase()
{
    m_worker.reset();
    m_t.reset();
}

void TestDashboard::figuresOfAYear()
{
    DashboardPage page(Session{m_giulia, m_t->url(), m_worker.get()});
    page.resize(1400, 1000);
    QSignalSpy refreshed(&page, &DashboardPage::refreshed);
    page.refresh(); // hidden: nothing is computed until someone looks
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(page.current().whole.incidents, 0);
    page.show();
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel *model : page.models())
        testers.push_back(std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    QSignalSpy shown(&page, &DashboardPage::shown);
    auto *period = page.findChild<QComboBox *>(QStringLiteral("periodCombo"));
    period->setCurrentIndex(2); // the last 12 months: refreshes
    QVERIFY(shown.wait(20000));
    const int year = page.current().whole.incidents;
    QCOMPARE(year, int(std::count_if(m_plan.incidents.begin(), m_plan.incidents.end(), [](const PlannedIncident &i) {
                 return i.openedAt >= QDateTime::currentDateTime().addDays(-365).date().startOfDay().toMSecsSinceEpoch();
             })));
    QVERIFY(page.current().periods.size() >= 12); // by month
    QVERIFY(page.current().whole.dues > page.current().whole.duesKept); // the plan missed some days
    QVERIFY(!page.current().misses.isEmpty());
    for (QAbstractItemModel *model : page.models())
        QVERIFY(model->rowCount() > 0);
    auto *tile = page.findChild<QLabel *>(QStringLiteral("tile1"));
    QVERIFY2(tile->text().contains(QLatin1String("Daily updates on time")), qPrintable(tile->text()));
    QVERIFY(tile->text().contains(QLatin1String("missed")));

    // Every chart can be read as a table.
    auto *toggle = page.findChild<QToolButton *>(QStringLiteral("tableToggle1"));
    QVERIFY(toggle);
    toggle->click();
    QVERIFY(toggle->isChecked());

    // A filter narrows what is counted, off the GUI thread.
    auto *service = page.findChild<QComboBox *>(QStringLiteral("serviceFilter"));
    const int payments = service->findData(QStringLiteral("payments"));
    QVERIFY(payments > 0);
    service->setCurrentIndex(payments);
    QVERIFY(shown.wait(20000));
    QVERIFY(page.current().whole.incidents < year);
    QVERIFY(page.current().whole.incidents > 0);
    service->setCurrentIndex(0);
    QVERIFY(shown.wait(20000));
    QCOMPARE(page.current().whole.incidents, year);

    // The worst miss opens its incident.
    auto *misses = page.findChild<QTableView *>(QStringLiteral("missesView"));
    QVERIFY(misses->model()->rowCount() > 0);
    QSignalSpy open(&page, &DashboardPage::openRequested);
    emit misses->activated(misses->model()->index(0, 0));
    QCOMPARE(open.size(), 1);
    const Id opened = open.first().first().toLongLong();
    QVERIFY(std::any_of(m_plan.incidents.begin(), m_plan.incidents.end(), [opened](const PlannedIncident &i) { return i.id == opened; }));

    // Exports.
    const QByteArray csv = page.metricsCsv();
    QVERIFY(csv.startsWith("group,incidents,acknowledge_median_min"));
    QVERIFY(csv.contains("whole period"));
    QVERIFY(page.missesCsv().startsWith("incident,title,due,delivered,late_min"));
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(page.writePdf(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY2(text.waitForFinished(20000) && text.exitCode() == 0, "pdftotext (poppler-utils) must read the report");
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(words.contains(QLatin1String("Were the promises kept?")), qPrintable(words.left(500)));
    QVERIFY(words.contains(QLatin1String("Daily updates on time")));
    QVERIFY(words.contains(page.current().misses.first().reference));
}

void TestDashboard::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    QTest::newRow("en") << QStringLiteral("en") << false;
    QTest::newRow("it") << QStringLiteral("it") << false;
    QTest::newRow("en-dark") << QStringLiteral("en") << true;
}

void TestDashboard::screenshots()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    installTranslations(language);
    const QPalette light = QApplication::palette();
    if (dark) {
        // A dark desktop theme: the charts take its colours, not white boxes on a dark page.
        QApplication::setPalette(desk::test::darkPalette());
    }
    {
        DashboardPage page(Session{m_giulia, m_t->url(), m_worker.get()});
        page.resize(1400, 1000);
        page.show();
        QSignalSpy shown(&page, &DashboardPage::shown);
        page.findChild<QComboBox *>(QStringLiteral("periodCombo"))->setCurrentIndex(2);
        QVERIFY(shown.wait(20000));
        if (language == QLatin1String("it"))
            QVERIFY2(page.findChild<QLabel *>(QStringLiteral("tile0"))->text().contains(QLatin1String("presa in carico"),
                                                                                         Qt::CaseInsensitive),
                     qPrintable(page.findChild<QLabel *>(QStringLiteral("tile0"))->text()));
        QTest::qWait(300); // the charts lay out their axes and legends on the next turns of the event loop
        const QList<QChartView *> charts = page.findChildren<QChartView *>();
        QVERIFY(charts.size() >= 4);
        for (QChartView *view : charts) {
            QChart *chart = view->chart();
            QCOMPARE(chart->backgroundBrush().color(), page.palette().color(QPalette::Base));
            QVERIFY(!chart->axes().isEmpty() || !chart->series().isEmpty());
            for (QAbstractAxis *axis : chart->axes())
                QCOMPARE(axis->labelsColor(), page.palette().color(QPalette::Text));
            if (dark)
                QVERIFY(chart->backgroundBrush().color().lightness() < 80);
        }
        if (const QString shots = qEnvironmentVariable("DESK_SCREENSHOT_DIR"); !shots.isEmpty())
            page.grab().save(shots + QStringLiteral("/dashboard-%1%2.png").arg(language, dark ? QStringLiteral("-dark") : QString()));
    }
    QApplication::setPalette(light);
    installTranslations(QStringLiteral("en"));
}

QTEST_MAIN(TestDashboard)
#include "test_dashboard.moc"
