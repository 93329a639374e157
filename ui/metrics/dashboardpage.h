// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/promisemetrics.h"
#include "shell/page.h"
#include "shell/session.h"

#include <QFutureWatcher>
#include <QTimer>

class QAbstractItemModel;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace desk::ui {

class MetricsTableModel;

/**
 * The leads' dashboard: whether the promises were kept in a period, measured on what customers
 * saw. Headline figures, four charts (each readable as a table), and the worst misses, which
 * open their incident. The facts come from the worker; grouping runs on a pool thread.
 */
class DashboardPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(const Session &session, QWidget *parent = nullptr);
    ~DashboardPage() override { m_grouping.waitForFinished(); } // the pool thread finishes before the page goes

    void refresh() override;
    QString summaryText() const override;

    /** The models behind the charts and the misses (tests and screen readers). */
    QList<QAbstractItemModel *> models() const;
    const PromiseMetrics::Dashboard &current() const { return m_dashboard; }
    /** Writes the monthly report for management (charts and tables) as PDF. */
    bool writePdf(const QString &path);
    QByteArray metricsCsv() const;
    QByteArray missesCsv() const;

signals:
    void openRequested(Id incidentId);
    /** The dashboard shows fresh figures. */
    void shown();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Chart { Acknowledge, Cadence, Approvals, Actions };
    QHBoxLayout *createFilters();
    void setUpMisses();
    QWidget *chartCard(Chart chart, const QString &title);
    void period(qint64 *fromMs, qint64 *toMs) const;
    void regroup();
    void display(const PromiseMetrics::Dashboard &d);
    void fillAcknowledge(const PromiseMetrics::Dashboard &d);
    void fillCadence(const PromiseMetrics::Dashboard &d);
    void fillApprovals(const PromiseMetrics::Dashboard &d);
    void fillActions(const PromiseMetrics::Dashboard &d);
    void fillMisses(const PromiseMetrics::Dashboard &d);
    void fillNext();
    void styleChart(QChart *chart) const;
    void exportFile(int kind);
    PromiseMetrics::Filter filter() const;

    Session m_session;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_service;
    QComboBox *m_impact;
    QComboBox *m_language;
    QSpinBox *m_reviewDays;
    QToolButton *m_export;
    QLabel *m_status;
    QList<QLabel *> m_tiles;
    QHash<int, QChartView *> m_charts;
    QHash<int, MetricsTableModel *> m_tables;
    QHash<int, QStackedWidget *> m_stacks;
    MetricsTableModel *m_missesModel;
    QTableView *m_misses;
    PromiseMetrics::Facts m_facts;
    PromiseMetrics::Dashboard m_dashboard;
    QFutureWatcher<PromiseMetrics::Dashboard> m_grouping;
    int m_generation = 0;
    bool m_loading = false;
    bool m_stale = true; // asked to refresh while hidden: computed when next shown
    QList<void (DashboardPage::*)(const PromiseMetrics::Dashboard &)> m_fills; // charts still to draw
    QTimer m_fillTimer;
};

} // namespace desk::ui
