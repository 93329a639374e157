// SPDX-License-Identifier: GPL-3.0-or-later
// The typed list models without a database: every change in place under QAbstractItemModelTester,
// columns that sort by their meaning (dates as dates), and the selection kept through changes.
#include "compose/approvalsmodel.h"
#include "core/clock.h"
#include "core/settings.h"
#include "incident/incidentsmodel.h"
#include "incident/linkedreportsmodel.h"
#include "incident/preventiveactionsmodel.h"
#include "incident/timelinemodel.h"
#include "incident/updatesmodel.h"
#include "publish/publicationjobsmodel.h"
#include "shell/translations.h"
#include "widgets/layoutmemory.h"
#include "widgets/listpage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QFont>
#include <QLabel>
#include <QHeaderView>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;
using namespace desk::ui;

namespace {
/** A list page showing a given model, as the real pages do. */
class ModelPage final : public ListPage
{
public:
    explicit ModelPage(QAbstractItemModel *model) : ListPage(Session{}, QStringLiteral("Test"))
    {
        setSourceModel(model);
    }
    void refresh() override { rowsChanged(); }
};

IncidentRow incident(Id id, const QString &title, const QDateTime &due)
{
    IncidentRow row;
    row.incident.id = id;
    row.incident.reference = QStringLiteral("INC-%1").arg(id);
    row.incident.title = title;
    row.due = due;
    row.standing = due.isValid() ? Cadence::Standing::OnTrack : Cadence::Standing::NotApplicable;
    return row;
}

ApprovalItem approval(Id id, const QDateTime &submitted)
{
    ApprovalItem item;
    item.update.update.id = id;
    item.update.update.status = UpdateStatus::Submitted;
    item.update.update.submittedAt = submitted;
    item.incidentReference = QStringLiteral("INC-1");
    return item;
}

QList<Id> column(QAbstractItemModel *model)
{
    QList<Id> ids;
    for (int r = 0; r < model->rowCount(); ++r)
        ids << model->index(r, 0).data(KeyRole).toLongLong();
    return ids;
}
} // namespace

class TestListModels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini"))); // the pages keep their layout there
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslations(QStringLiteral("en")); // English plurals
    }
    void changesInPlaceKeepTheSelection();
    void incidentsSortByDueTime();
    void approvalsSortByAge();
    void jobsSortByQueueTime();
    void searchFindsRowsInAnyColumn();
    void timelineGrowsOnTop();
    void updatesChangeInPlace();
    void preventiveActionsEditInPlace();
    void linkedReportsChangeInPlace();
    void layoutIsRemembered();

private:
    QTemporaryDir m_dir;
};

void TestListModels::changesInPlaceKeepTheSelection()
{
    IncidentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ModelPage page(&model);
    const QDateTime t0(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    model.setRows({incident(1, QStringLiteral("a"), t0), incident(2, QStringLiteral("b"), t0),
                   incident(3, QStringLiteral("c"), t0), incident(4, QStringLiteral("d"), t0)});
    page.refresh();
    page.view()->sortByColumn(IncidentsModel::Reference, Qt::AscendingOrder);
    QCOMPARE(column(page.model()), (QList<Id>{1, 2, 3, 4}));
    page.view()->selectRow(2);
    QCOMPARE(page.view()->currentIndex().data(KeyRole).toLongLong(), 3);

    // Removed, inserted, moved and renamed rows in one refresh.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRows({incident(5, QStringLiteral("e"), t0), incident(3, QStringLiteral("c renamed"), t0),
                   incident(1, QStringLiteral("a"), t0), incident(4, QStringLiteral("d"), t0)});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(column(&model), (QList<Id>{5, 3, 1, 4}));
    QCOMPARE(column(page.model()), (QList<Id>{1, 3, 4, 5}));
    const QModelIndex current = page.view()->currentIndex();
    QCOMPARE(current.data(KeyRole).toLongLong(), 3);
    QVERIFY(page.view()->selectionModel()->isRowSelected(current.row(), {}));
    QCOMPARE(page.model()->index(current.row(), IncidentsModel::Title).data().toString(), QStringLiteral("c renamed"));

    // Everything gone, then back.
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
    model.setRows({incident(7, QStringLiteral("g"), t0)});
    QCOMPARE(column(&model), QList<Id>{7});
}

void TestListModels::incidentsSortByDueTime()
{
    IncidentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ModelPage page(&model);
    // As text "1/2/27" < "12/1/26" < "12/9/26"; in time 1 December, 9 December, 2 January.
    const QDateTime dec1(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    const QDateTime dec9(QDate(2026, 12, 9), QTime(10, 0), Qt::UTC);
    const QDateTime jan2(QDate(2027, 1, 2), QTime(10, 0), Qt::UTC);
    model.setRows({incident(1, QStringLiteral("jan"), jan2), incident(2, QStringLiteral("none"), {}),
                   incident(3, QStringLiteral("dec9"), dec9), incident(4, QStringLiteral("dec1"), dec1)});
    page.refresh();
    page.view()->sortByColumn(IncidentsModel::Due, Qt::AscendingOrder);
    QCOMPARE(column(page.model()), (QList<Id>{4, 3, 1, 2})); // nothing due comes last
    page.view()->sortByColumn(IncidentsModel::Due, Qt::DescendingOrder);
    QCOMPARE(column(page.model()), (QList<Id>{2, 1, 3, 4}));
    // A refresh that moves a deadline re-sorts in place.
    model.setRows({incident(1, QStringLiteral("jan"), jan2), incident(2, QStringLiteral("none"), {}),
                   incident(3, QStringLiteral("dec9"), dec9), incident(4, QStringLiteral("dec1"), jan2.addDays(1))});
    QCOMPARE(column(page.model()), (QList<Id>{2, 4, 1, 3}));
}

void TestListModels::approvalsSortByAge()
{
    ApprovalsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ModelPage page(&model);
    const QDateTime base(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC);
    Clock::setSource([base] { return base.addSecs(3 * 3600); });
    // Waiting 2 h 50 min, 5 min, 1 h 5 min and 12 h: as text "… (2 h)", "… (5 min)" would mislead.
    model.setRows({approval(1, base.addSecs(600)), approval(2, base.addSecs(3 * 3600 - 300)),
                   approval(3, base.addSecs(3 * 3600 - 3900)), approval(4, base.addSecs(-9 * 3600))});
    page.refresh();
    page.view()->sortByColumn(ApprovalsModel::Since, Qt::AscendingOrder);
    QCOMPARE(column(page.model()), (QList<Id>{4, 1, 3, 2})); // the longest waiting first
    QVERIFY(page.model()->index(0, ApprovalsModel::Since).data().toString().contains(QLatin1String("(12 h)")));
    Clock::setSource({});
}

void TestListModels::jobsSortByQueueTime()
{
    PublicationJobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ModelPage page(&model);
    QList<PublicationJob> jobs;
    const QDateTime base(QDate(2026, 11, 30), QTime(23, 0), Qt::UTC);
    for (int i = 0; i < 12; ++i) {
        PublicationJob j;
        j.id = i + 1;
        j.createdAt = base.addSecs(3600 * ((i * 7) % 12)); // across midnight and the 10th hour
        j.state = i % 3 == 0 ? JobState::Failed : JobState::Done;
        jobs << j;
    }
    model.setRows(jobs);
    page.refresh();
    page.view()->sortByColumn(PublicationJobsModel::Queued, Qt::AscendingOrder);
    for (int r = 1; r < page.model()->rowCount(); ++r) {
        QVERIFY(page.model()->index(r - 1, 0).data(SortRole).toLongLong()
                < page.model()->index(r, 0).data(SortRole).toLongLong());
    }
    QCOMPARE(page.model()->index(0, 0).data(KeyRole).toLongLong(), 1);
    QCOMPARE(page.model()->index(0, PublicationJobsModel::State).data(Qt::ForegroundRole).value<QColor>(),
             QColor(0xb3, 0x26, 0x1e));
}

void TestListModels::searchFindsRowsInAnyColumn()
{
    IncidentsModel model;
    ModelPage page(&model);
    const QDateTime t0(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    IncidentRow login = incident(2, QStringLiteral("Login fails"), t0);
    login.incident.owner = QStringLiteral("giulia");
    model.setRows({incident(1, QStringLiteral("Card payments declined"), t0), login, incident(3, QStringLiteral("Search slow"), t0)});
    page.refresh();
    page.searchField()->setText(QStringLiteral("PAYMENTS"));
    QCOMPARE(column(page.model()), QList<Id>{1}); // the title, any case
    page.searchField()->setText(QStringLiteral("giulia"));
    QCOMPARE(column(page.model()), QList<Id>{2}); // another column
    page.searchField()->setText(QStringLiteral("INC-3"));
    QCOMPARE(column(page.model()), QList<Id>{3});
    page.searchField()->setText(QStringLiteral("nothing like this"));
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("emptyLabel"))->text().contains(QLatin1String("nothing like this")));
    page.searchField()->clear();
    QCOMPARE(page.model()->rowCount(), 3);
    QVERIFY(!page.searchField()->accessibleName().isEmpty());
}

void TestListModels::timelineGrowsOnTop()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime t0(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    QList<TimelineEntry> story{{t0, QStringLiteral("anna"), QStringLiteral("incident.create"), {}, 1},
                               {t0.addSecs(60), QStringLiteral("anna"), QStringLiteral("report.link"), {}, 2}};
    model.setEntries(story);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, TimelineModel::What).data().toString(), QStringLiteral("Linked 2 reports"));
    QCOMPARE(model.index(1, 0).data(TimelineModel::ActionRole).toString(), QStringLiteral("incident.create"));
    // Two more links in the same minute and a state change: the group grows, the change goes on top.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    story[1].count = 4;
    story.append({t0.addSecs(120), QStringLiteral("giulia"), QStringLiteral("incident.state"), QStringLiteral("acknowledged"), 1});
    model.setEntries(story);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, TimelineModel::What).data().toString(), QStringLiteral("Moved it to “Acknowledged”"));
    QVERIFY(model.index(0, TimelineModel::What).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model.index(1, TimelineModel::What).data().toString(), QStringLiteral("Linked 4 reports"));
    // Another incident's story: it starts over.
    model.setEntries({{t0, QStringLiteral("marco"), QStringLiteral("incident.create"), {}, 1}});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
}

void TestListModels::updatesChangeInPlace()
{
    UpdatesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Update draft;
    draft.id = 1;
    draft.kind = UpdateKind::Acknowledgement;
    draft.status = UpdateStatus::Draft;
    Update other = draft;
    other.id = 2;
    model.setRows({draft, other});
    draft.status = UpdateStatus::ChangesRequested;
    draft.reviewComment = QStringLiteral("Say when the next update comes");
    model.setRows({draft, other});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, UpdatesModel::ReviewComment).data().toString(), QStringLiteral("Say when the next update comes"));
    QCOMPARE(model.index(0, UpdatesModel::Status).data(Qt::ForegroundRole).value<QColor>(), QColor(0xb3, 0x26, 0x1e));
    model.setRows({other});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(KeyRole).toLongLong(), 2);
}

void TestListModels::preventiveActionsEditInPlace()
{
    PreventiveActionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy edited(&model, &PreventiveActionsModel::edited);
    const QDate due(2026, 12, 20);
    model.setActions({{1, QStringLiteral("Alert before certificates expire"), QStringLiteral("anna"), due, false},
                      {2, QStringLiteral("Second processor"), QStringLiteral("luca"), due, false}});
    QCOMPARE(edited.count(), 0); // shown, not edited
    QVERIFY(model.flags(model.index(0, PreventiveActionsModel::Due)) & Qt::ItemIsEditable);
    QCOMPARE(model.index(0, PreventiveActionsModel::Due).data(Qt::EditRole).toDate(), due); // a date editor
    QVERIFY(model.setData(model.index(0, PreventiveActionsModel::Due), QDate(2027, 1, 15)));
    QVERIFY(model.setData(model.index(1, PreventiveActionsModel::Done), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(model.index(1, PreventiveActionsModel::Owner), QStringLiteral("  giulia ")));
    QCOMPARE(edited.count(), 3);
    QCOMPARE(model.actions().at(0).dueDate, QDate(2027, 1, 15));
    QVERIFY(model.actions().at(1).done);
    QCOMPARE(model.actions().at(1).owner, QStringLiteral("giulia"));
    QVERIFY(model.setData(model.index(1, PreventiveActionsModel::Owner), QStringLiteral("giulia")));
    QCOMPARE(edited.count(), 3); // nothing changed: no edit
    // Removing the first and adding one keeps the rows consistent for the views.
    QList<PreventiveAction> next = model.actions().mid(1);
    next.append({0, QStringLiteral("Runbook for expired certificates"), QStringLiteral("anna"), due, false});
    model.setActions(next);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(KeyRole).toLongLong(), 2);
}

void TestListModels::linkedReportsChangeInPlace()
{
    LinkedReportsModel model(Session{});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto reports = [](Id from, Id to) {
        QList<Report> out;
        for (Id id = from; id >= to; --id) { // newest (highest id) first
            Report r;
            r.id = id;
            r.subject = QStringLiteral("Report %1").arg(id);
            out << r;
        }
        return out;
    };
    model.update(7, reports(500, 301), 500); // the first page of 200
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(model.canFetchMore({}));
    // Two reports arrive and one of the first page moves to another incident.
    QList<Report> first = reports(502, 302);
    first.removeIf([](const Report &r) { return r.id == 450; });
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.update(7, first, 501);
    QCOMPARE(reset.count(), 0);
    // The new first page, then what was loaded beyond it (301) stays until it is fetched again.
    QCOMPARE(model.rowCount(), 201);
    QCOMPARE(model.report(0)->id, 502);
    QCOMPARE(model.report(200)->id, 301);
    QVERIFY(model.rowOf(450) < 0);
    QCOMPARE(model.total(), 501);
}

void TestListModels::layoutIsRemembered()
{
    QStandardItemModel model(3, 3);
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c) {
            auto *item = new QStandardItem(QStringLiteral("%1-%2").arg(r).arg(c));
            item->setData(item->text(), SortRole);
            model.setItem(r, c, item);
        }
    {
        ModelPage page(&model);
        page.show();
        page.refresh();
        page.view()->setColumnWidth(1, 222);
        page.view()->sortByColumn(2, Qt::DescendingOrder);
        QTest::qWait(600); // saved a little after the last change
    }
    ModelPage again(&model);
    again.show();
    again.refresh();
    QCOMPARE(again.view()->columnWidth(1), 222);
    QCOMPARE(again.view()->horizontalHeader()->sortIndicatorSection(), 2);
    QCOMPARE(again.view()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(again.model()->index(0, 2).data().toString(), QStringLiteral("2-2"));

    {
        QWidget window;
        QVERIFY(!LayoutMemory::keepGeometry(&window, QStringLiteral("window")));
        window.show();
        window.resize(700, 500);
        QTest::qWait(50);
        window.close();
    }
    QWidget next;
    QVERIFY(LayoutMemory::keepGeometry(&next, QStringLiteral("window")));
    QCOMPARE(next.size(), QSize(700, 500));
}

QTEST_MAIN(TestListModels)
#include "test_listmodels.moc"
