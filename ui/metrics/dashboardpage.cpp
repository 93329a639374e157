// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpage.h"
#include "widgets/tones.h"

#include "core/clock.h"
#include "domain/labels.h"
#include "metrics/metricsdesk.h"
#include "dashboardreport.h"
#include "metricstablemodel.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPieSeries>
#include <QSaveFile>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace desk::ui {

using namespace PromiseMetrics;
using DashboardReport::hours;
using DashboardReport::percent;

namespace {
using namespace DashboardReport; // the presets
enum Export { MetricsCsv, MissesCsv, Pdf };

QString periodLabel(const QString &key, Grouping g)
{
    const QDate day = QDate::fromString(key, Qt::ISODate);
    // Short enough for a year of months side by side; the table view has the full dates.
    return g == Grouping::Month ? QLocale().toString(day, QStringLiteral("MMM")) : QLocale().toString(day, QStringLiteral("d MMM"));
}
} // namespace

DashboardPage::DashboardPage(const Session &session, QWidget *parent)
    : Page(parent),
      m_session(session),
      m_period(new QComboBox(this)),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_service(new QComboBox(this)),
      m_impact(new QComboBox(this)),
      m_language(new QComboBox(this)),
      m_reviewDays(new QSpinBox(this)),
      m_export(new QToolButton(this)),
      m_status(new QLabel(this)),
      m_missesModel(new MetricsTableModel(this)),
      m_misses(new QTableView(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);

    outer->addLayout(createFilters());
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    outer->addWidget(m_status);

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Charts"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);

    // Headline figures.
    auto *tiles = new QHBoxLayout;
    for (int i = 0; i < 6; ++i) {
        auto *tile = new QLabel(content);
        tile->setObjectName(QStringLiteral("tile%1").arg(i));
        tile->setTextFormat(Qt::RichText);
        tile->setFrameShape(QFrame::StyledPanel);
        tile->setMargin(8);
        tile->setMinimumWidth(150);
        tile->setMinimumHeight(84);
        tile->setWordWrap(true);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        tiles->addWidget(tile);
        m_tiles << tile;
    }
    grid->addLayout(tiles, 0, 0, 1, 2);
    grid->addWidget(chartCard(Chart::Acknowledge, tr("Time to acknowledge")), 1, 0);
    grid->addWidget(chartCard(Chart::Cadence, tr("Daily updates on time")), 1, 1);
    grid->addWidget(chartCard(Chart::Approvals, tr("Approval delay")), 2, 0);
    grid->addWidget(chartCard(Chart::Actions, tr("Preventive actions")), 2, 1);

    auto *missesTitle = new QLabel(tr("<b>Worst misses of the period</b> — double-click to open the incident"), content);
    grid->addWidget(missesTitle, 3, 0, 1, 2);
    setUpMisses();
    grid->addWidget(m_misses, 4, 0, 1, 2);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_from->setEnabled(index == Custom);
        m_to->setEnabled(index == Custom);
        refresh();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] { if (m_period->currentIndex() == Custom) refresh(); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { if (m_period->currentIndex() == Custom) refresh(); });
    for (QComboBox *combo : {m_service, m_impact, m_language})
        connect(combo, &QComboBox::currentIndexChanged, this, &DashboardPage::regroup);
    connect(m_reviewDays, &QSpinBox::valueChanged, this, &DashboardPage::regroup);
    m_fillTimer.setSingleShot(true);
    m_fillTimer.setInterval(0);
    connect(&m_fillTimer, &QTimer::timeout, this, &DashboardPage::fillNext);
    connect(&m_grouping, &QFutureWatcher<Dashboard>::finished, this, [this] {
        if (m_grouping.future().resultCount() > 0)
            display(m_grouping.result());
    });
}

void DashboardPage::setUpMisses()
{
    m_misses->setObjectName(QStringLiteral("missesView"));
    m_misses->setAccessibleName(tr("Worst misses of the period"));
    auto *missesSorted = new QSortFilterProxyModel(this);
    missesSorted->setSourceModel(m_missesModel);
    missesSorted->setSortRole(MetricsTableModel::SortRole);
    m_misses->setModel(missesSorted);
    m_misses->setSortingEnabled(true);
    m_misses->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_misses->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_misses->verticalHeader()->hide();
    m_misses->horizontalHeader()->setStretchLastSection(true);
    m_misses->setMinimumHeight(200);
    m_misses->sortByColumn(4, Qt::DescendingOrder); // the latest first
    connect(m_misses, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QVariant key = index.data(MetricsTableModel::KeyRole);
        if (key.isValid())
            emit openRequested(key.toLongLong());
    });
}

QHBoxLayout *DashboardPage::createFilters()
{
    auto *filters = new QHBoxLayout;
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItems({tr("Last 30 days"), tr("Last 90 days"), tr("Last 12 months"), tr("This year"), tr("Custom")});
    m_period->setCurrentIndex(Last90);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        edit->setDate(Clock::now().toLocalTime().date());
    }
    m_from->setDate(m_to->date().addDays(-90));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_service->setObjectName(QStringLiteral("serviceFilter"));
    m_service->setAccessibleName(tr("Service"));
    m_service->addItem(tr("All services"), QString());
    m_impact->setAccessibleName(tr("Impact"));
    m_impact->addItem(tr("Any impact"), QString());
    for (ImpactLevel level : {ImpactLevel::Critical, ImpactLevel::Major, ImpactLevel::Minor, ImpactLevel::None})
        m_impact->addItem(label(level), toKey(level));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("All languages"), QString());
    m_reviewDays->setRange(1, 90);
    m_reviewDays->setValue(5);
    m_reviewDays->setPrefix(tr("Review within "));
    auto daysSuffix = [this](int days) { m_reviewDays->setSuffix(tr(" day(s)", nullptr, days)); };
    connect(m_reviewDays, &QSpinBox::valueChanged, this, daysSuffix);
    daysSuffix(m_reviewDays->value());
    m_reviewDays->setAccessibleName(tr("Days after the resolution the review is due"));
    //: Button (verb): save the dashboard's figures to a file
    m_export->setText(tr("Export"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("Metrics as CSV…"), this, [this] { exportFile(MetricsCsv); });
    menu->addAction(tr("Missed updates as CSV…"), this, [this] { exportFile(MissesCsv); });
    menu->addAction(tr("Report for management (PDF)…"), this, [this] { exportFile(Pdf); });
    m_export->setMenu(menu);
    filters->addWidget(new QLabel(tr("Period:"), this));
    for (QWidget *w : std::initializer_list<QWidget *>{m_period, m_from, m_to})
        filters->addWidget(w);
    filters->addSpacing(12);
    for (QWidget *w : std::initializer_list<QWidget *>{m_service, m_impact, m_language, m_reviewDays})
        filters->addWidget(w);
    filters->addStretch(1);
    filters->addWidget(m_export);
    return filters;
}

QWidget *DashboardPage::chartCard(Chart chart, const QString &title)
{
    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(card);
    auto *head = new QHBoxLayout;
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), card);
    auto *asTable = new QToolButton(card);
    asTable->setText(tr("Table"));
    asTable->setCheckable(true);
    asTable->setToolTip(tr("Show the figures behind the chart as a table"));
    asTable->setObjectName(QStringLiteral("tableToggle%1").arg(int(chart)));
    head->addWidget(label);
    head->addStretch(1);
    head->addWidget(asTable);
    layout->addLayout(head);
    auto *stack = new QStackedWidget(card);
    auto *view = new QChartView(card);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    view->setAccessibleName(title);
    view->setChart(new QChart());
    styleChart(view->chart());
    auto *model = new MetricsTableModel(this);
    auto *table = new QTableView(card);
    table->setModel(model);
    table->setAccessibleName(tr("%1 (table)").arg(title));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    stack->addWidget(view);
    stack->addWidget(table);
    layout->addWidget(stack, 1);
    connect(asTable, &QToolButton::toggled, stack, [stack](bool on) { stack->setCurrentIndex(on ? 1 : 0); });
    m_charts.insert(int(chart), view);
    m_tables.insert(int(chart), model);
    m_stacks.insert(int(chart), stack);
    return card;
}

void DashboardPage::styleChart(QChart *chart) const
{
    DashboardReport::style(chart, palette());
}

void DashboardPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (QChartView *view : std::as_const(m_charts))
            styleChart(view->chart());
    }
}

void DashboardPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardPage::period(qint64 *fromMs, qint64 *toMs) const
{
    DashboardReport::bounds(m_period->currentIndex(), m_from->date(), m_to->date(), fromMs, toMs);
}

Filter DashboardPage::filter() const
{
    Filter f;
    f.service = m_service->currentData().toString();
    f.impact = m_impact->currentData().toString();
    f.language = m_language->currentData().toString();
    f.reviewTargetDays = m_reviewDays->value();
    return f;
}

void DashboardPage::refresh()
{
    if (!m_session.worker)
        return;
    // A year of metrics keeps the shared worker busy for a moment: only for someone looking.
    if (!isVisible()) {
        m_stale = true;
        emit refreshed();
        return;
    }
    m_stale = false;
    qint64 from = 0, to = 0;
    period(&from, &to);
    const int generation = ++m_generation;
    m_loading = true;
    m_status->setText(tr("Computing…"));
    MetricsDesk(m_session.worker)
        .load(this, from, to,
              [this, generation](Result<Facts> facts) {
                  if (generation != m_generation)
                      return; // a newer period was asked for meanwhile
                  if (!facts.ok()) {
                      m_loading = false;
                      m_status->setText(tr("Could not compute the metrics: %1").arg(facts.errorString()));
                      emit refreshed();
                      return;
                  }
                  m_facts = std::move(facts.value());
                  regroup();
              },
              [this] {
                  m_loading = false;
                  m_status->setText(tr("The team database cannot be reached; the figures shown may be old."));
                  emit refreshed();
              });
}

void DashboardPage::regroup()
{
    // Grouping a year of facts takes a few milliseconds too many for the GUI thread.
    m_grouping.setFuture(QtConcurrent::run([facts = m_facts, filter = filter()] { return dashboard(facts, filter); }));
}

void DashboardPage::display(const Dashboard &d)
{
    m_dashboard = d;
    m_loading = false;
    // The filters offer what the period has, keeping the current choice.
    const auto offer = [](QComboBox *combo, const QStringList &keys) {
        const QString current = combo->currentData().toString();
        QSignalBlocker blocker(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString &k : keys)
            combo->addItem(k, k);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    };
    offer(m_service, d.services);
    offer(m_language, d.languages);

    const Summary &s = d.whole;
    const auto tile = [this](int i, const QString &title, const QString &value, const QString &note, bool bad) {
        m_tiles.at(i)->setText(QStringLiteral("<div>%1</div><div style='font-size:16pt; font-weight:600;%4'>%2</div>"
                                              "<div style='color:palette(mid)'>%3</div>")
                                   .arg(title.toHtmlEscaped(), value.toHtmlEscaped(), note.toHtmlEscaped(),
                                        bad ? QStringLiteral(" color:%1;").arg(Tones::css(Tones::color(Tones::Tone::Bad, palette())))
                                            : QString()));
        m_tiles.at(i)->setAccessibleName(title + QStringLiteral(": ") + value + QStringLiteral(", ") + note);
    };
    tile(0, tr("Time to acknowledge"), s.toAcknowledge.count ? hours(s.toAcknowledge.median) : QStringLiteral("—"),
         s.toAcknowledge.count ? tr("90%: %1").arg(hours(s.toAcknowledge.p90)) : tr("no incident"), false);
    tile(1, tr("Daily updates on time"), s.dues ? percent(s.cadenceKept()) : QStringLiteral("—"),
         tr("%n missed", nullptr, s.dues - s.duesKept), s.dues && s.cadenceKept() < 0.9);
    tile(2, tr("Approval delay"), s.approvalDelay.count ? hours(s.approvalDelay.median) : QStringLiteral("—"),
         tr("%1 sent back").arg(percent(s.sentBackShare())), false);
    tile(3, tr("Reporters confirmed"), s.reporters ? percent(s.confirmationCoverage()) : QStringLiteral("—"),
         s.toConfirm.count ? tr("after %1").arg(hours(s.toConfirm.median)) : QString(), s.reporters && s.confirmationCoverage() < 0.8);
    tile(4, tr("Reviews on time"), s.resolved ? percent(double(s.reviewedOnTime) / s.resolved) : QStringLiteral("—"),
         tr("within %n days", nullptr, m_reviewDays->value()), false);
    tile(5, tr("Preventive actions"), tr("%n open", nullptr, s.actionsOpen), tr("%n overdue", nullptr, s.actionsOverdue),
         s.actionsOverdue > 0);

    emit badgeChanged(s.actionsOverdue > 0 ? s.actionsOverdue : -1);
    // One chart a turn of the event loop, each painted before the next is filled: drawing all
    // of them at once held the GUI thread longer than a frame.
    m_fills = {&DashboardPage::fillAcknowledge, &DashboardPage::fillCadence, &DashboardPage::fillApprovals,
               &DashboardPage::fillActions, &DashboardPage::fillMisses};
    m_fillTimer.start();
}

void DashboardPage::fillNext()
{
    if (!m_fills.isEmpty()) {
        (this->*m_fills.takeFirst())(m_dashboard);
        m_fillTimer.start();
        return;
    }
    m_status->setText(tr("%n incident(s) opened in the period", nullptr, m_dashboard.whole.incidents));
    emit shown();
    emit refreshed();
}

void DashboardPage::fillAcknowledge(const Dashboard &d)
{
    QChart *chart = m_charts.value(int(Chart::Acknowledge))->chart();
    DashboardReport::clear(chart);
    auto *median = new QLineSeries(chart);
    median->setName(tr("Median"));
    auto *p90 = new QLineSeries(chart);
    p90->setName(tr("90th percentile"));
    QStringList categories;
    QList<QVariantList> rows;
    double top = 1;
    for (const Summary &p : d.periods) {
        const int x = int(categories.size());
        categories << periodLabel(p.group, d.periodGrouping);
        if (!p.toAcknowledge.count)
            continue; // nothing acknowledged in that period: no point rather than a false zero
        const double m = p.toAcknowledge.median / 60.0;
        const double q = p.toAcknowledge.p90 / 60.0;
        median->append(x, m);
        p90->append(x, q);
        top = qMax(top, q);
        rows.append({p.group, p.toAcknowledge.count, m, q});
    }
    chart->addSeries(median);
    chart->addSeries(p90);
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    auto *y = new QValueAxis(chart);
    y->setRange(0, top * 1.1);
    y->applyNiceNumbers();
    y->setTitleText(tr("hours"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    styleChart(chart);
    m_tables.value(int(Chart::Acknowledge))->reset({tr("Period"), tr("Incidents"), tr("Median (h)"), tr("90th percentile (h)")}, rows);
}

void DashboardPage::fillCadence(const Dashboard &d)
{
    QChart *chart = m_charts.value(int(Chart::Cadence))->chart();
    DashboardReport::clear(chart);
    //: Chart series: daily updates published on time
    auto *kept = new QBarSet(tr("On time"), chart);
    kept->setColor(Tones::color(Tones::Tone::Good, palette()));
    //: Chart series: daily updates published late or not at all
    auto *missed = new QBarSet(tr("Missed"), chart);
    missed->setColor(Tones::color(Tones::Tone::Bad, palette()));
    QStringList categories;
    QList<QVariantList> rows;
    int top = 1;
    for (const Summary &p : d.periods) {
        categories << periodLabel(p.group, d.periodGrouping);
        *kept << p.duesKept;
        *missed << (p.dues - p.duesKept);
        top = qMax(top, p.dues);
        rows.append({p.group, p.dues, p.duesKept, p.dues - p.duesKept, p.cadenceKept() * 100.0});
    }
    auto *series = new QBarSeries(chart);
    series->append(kept);
    series->append(missed);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    auto *y = new QValueAxis(chart);
    y->setRange(0, top);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("updates due"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    styleChart(chart);
    m_tables.value(int(Chart::Cadence))->reset({tr("Period"), tr("Due"), tr("On time"), tr("Missed"), tr("On time (%)")}, rows);
}

void DashboardPage::fillApprovals(const Dashboard &d)
{
    QChart *chart = m_charts.value(int(Chart::Approvals))->chart();
    DashboardReport::clear(chart);
    //: Approval delay buckets on a narrow chart axis: m = minutes, h = hours.
    const QStringList categories{tr("≤ 15 m"), tr("15–30 m"), tr("30–60 m"), tr("1–2 h"), tr("2–4 h"), tr("4–8 h"), tr("> 8 h")};
    Q_ASSERT(categories.size() == kApprovalBucketMinutes.size() + 1);
    auto *set = new QBarSet(tr("Updates approved"), chart);
    QList<QVariantList> rows;
    int top = 1;
    for (qsizetype i = 0; i < d.approvalBuckets.size(); ++i) {
        *set << d.approvalBuckets.at(i);
        top = qMax(top, d.approvalBuckets.at(i));
        rows.append({categories.value(i), d.approvalBuckets.at(i)});
    }
    auto *series = new QBarSeries(chart);
    series->append(set);
    chart->addSeries(series);
    chart->legend()->setVisible(false);
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    auto *y = new QValueAxis(chart);
    y->setRange(0, top);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    styleChart(chart);
    m_tables.value(int(Chart::Approvals))->reset({tr("Waited for approval"), tr("Updates")}, rows);
}

void DashboardPage::fillActions(const Dashboard &d)
{
    QChart *chart = m_charts.value(int(Chart::Actions))->chart();
    chart->removeAllSeries();
    const Summary &s = d.whole;
    auto *pie = new QPieSeries(chart);
    const QList<std::pair<QString, int>> slices{{tr("Done", "preventive actions"), s.actionsDone},
                                                {tr("Open, on time"), s.actionsOpen - s.actionsOverdue},
                                                {tr("Overdue"), s.actionsOverdue}};
    const QList<QColor> colors{Tones::color(Tones::Tone::Good, palette()), Tones::color(Tones::Tone::Accent, palette()),
                               Tones::color(Tones::Tone::Bad, palette())};
    QList<QVariantList> rows;
    for (qsizetype i = 0; i < slices.size(); ++i) {
        QPieSlice *slice = pie->append(QStringLiteral("%1: %2").arg(slices.at(i).first).arg(slices.at(i).second),
                                       qMax(0, slices.at(i).second));
        slice->setColor(colors.at(i));
        slice->setLabelColor(palette().color(QPalette::Text));
        rows.append({slices.at(i).first, slices.at(i).second});
    }
    pie->setHoleSize(0.45);
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
    styleChart(chart);
    m_tables.value(int(Chart::Actions))->reset({tr("Preventive actions"), tr("Count")}, rows);
}

void DashboardPage::fillMisses(const Dashboard &d)
{
    const qint64 now = Clock::nowMs();
    QList<QVariantList> rows;
    QList<Id> keys;
    for (const Due &m : d.misses.mid(0, 50)) {
        rows.append({m.reference, m.title, QDateTime::fromMSecsSinceEpoch(m.dueAt, Qt::UTC),
                     m.deliveredAt ? QVariant(QDateTime::fromMSecsSinceEpoch(m.deliveredAt, Qt::UTC)) : QVariant(tr("not yet")),
                     m.lateMs(now) / 3600000.0});
        keys << m.incidentId;
    }
    m_missesModel->reset({tr("Incident"), tr("Title"), tr("Due"), tr("Delivered"), tr("Late (h)")}, rows, keys);
    m_misses->resizeColumnsToContents();
}

QList<QAbstractItemModel *> DashboardPage::models() const
{
    QList<QAbstractItemModel *> out;
    for (MetricsTableModel *m : m_tables)
        out << m;
    out << m_missesModel;
    return out;
}

QString DashboardPage::summaryText() const
{
    if (m_loading)
        return tr("Computing the metrics…");
    return tr("%n incident(s) opened in the period", nullptr, m_dashboard.whole.incidents);
}

QByteArray DashboardPage::metricsCsv() const
{
    QList<Summary> rows = m_dashboard.periods;
    Summary whole = m_dashboard.whole;
    whole.group = tr("whole period");
    rows.append(whole);
    return summariesCsv(rows);
}

QByteArray DashboardPage::missesCsv() const
{
    return PromiseMetrics::missesCsv(m_dashboard.misses, Clock::nowMs());
}

void DashboardPage::exportFile(int kind)
{
    const QString suggested = kind == Pdf ? tr("promise-report.pdf") : kind == MissesCsv ? tr("missed-updates.csv") : tr("promise-metrics.csv");
    const QString path = FileDialog::instance().saveFileName(this, tr("Export"), suggested,
                                                  kind == Pdf ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    if (kind == Pdf) {
        ok = writePdf(path);
    } else {
        QSaveFile file(path);
        ok = file.open(QIODevice::WriteOnly) && file.write(kind == MissesCsv ? missesCsv() : metricsCsv()) >= 0 && file.commit();
    }
    if (!ok)
        MessageBox::critical(this, tr("Export"), tr("Could not write %1. Choose a folder you can write to.").arg(path));
}

bool DashboardPage::writePdf(const QString &path)
{
    qint64 from = 0, to = 0;
    period(&from, &to);
    QList<QChartView *> charts;
    for (Chart c : {Chart::Acknowledge, Chart::Cadence, Chart::Approvals, Chart::Actions})
        charts << m_charts.value(int(c));
    return DashboardReport::write(path, m_dashboard, from, to, m_reviewDays->value(), charts);
}

} // namespace desk::ui
