// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardreport.h"

#include "core/clock.h"
#include "dashboardpage.h"

#include <QChart>
#include <QChartView>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace desk::ui::DashboardReport {

using namespace PromiseMetrics;

void bounds(int preset, const QDate &customFrom, const QDate &customTo, qint64 *fromMs, qint64 *toMs)
{
    const QDate today = Clock::now().toLocalTime().date();
    QDate first = today.addDays(-30);
    QDate last = today;
    switch (preset) {
    case Last90: first = today.addDays(-90); break;
    case Last365: first = today.addDays(-365); break;
    case ThisYear: first = QDate(today.year(), 1, 1); break;
    case Custom:
        first = customFrom;
        last = qMax(customTo, first);
        break;
    default: break;
    }
    *fromMs = first.startOfDay().toMSecsSinceEpoch();
    *toMs = last.addDays(1).startOfDay().toMSecsSinceEpoch();
}

QString hours(double minutes)
{
    if (minutes < 120)
        return DashboardPage::tr("%1 min").arg(QLocale().toString(minutes, 'f', 0));
    return DashboardPage::tr("%1 h").arg(QLocale().toString(minutes / 60.0, 'f', 1));
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral(" %");
}

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
}

void style(QChart *chart, const QPalette &p)
{
    // The charts follow the palette, dark theme too.
    chart->setBackgroundBrush(p.base());
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(p.text());
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    chart->setMargins(QMargins(4, 4, 4, 4));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setTitleBrush(p.text());
        axis->setGridLineColor(p.color(QPalette::Mid));
        axis->setLinePenColor(p.color(QPalette::Mid));
    }
}

bool write(const QString &path, const Dashboard &dashboard, qint64 fromMs, qint64 toMs, int reviewDays,
           const QList<QChartView *> &charts)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(120);
    pdf.setTitle(DashboardPage::tr("Promise report"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    const QRect page = painter.viewport();
    const Summary &s = dashboard.whole;
    const qint64 from = fromMs;
    const qint64 to = toMs;
    // Page 1: the figures, as a table.
    QString html = QStringLiteral("<h1>%1</h1><p>%2</p><table border='1' cellspacing='0' cellpadding='4'>")
                       .arg(DashboardPage::tr("Were the promises kept?").toHtmlEscaped(),
                            DashboardPage::tr("%1 to %2 · times count from the moment the Help Center confirmed an update")
                                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(from).date(), QLocale::LongFormat),
                                     QLocale().toString(QDateTime::fromMSecsSinceEpoch(to - 1).date(), QLocale::LongFormat))
                                .toHtmlEscaped());
    const auto row = [&html](const QString &what, const QString &value) {
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>").arg(what.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(DashboardPage::tr("Incidents opened"), QLocale().toString(s.incidents));
    row(DashboardPage::tr("Reports / customers"), QStringLiteral("%1 / %2").arg(QLocale().toString(s.reports), QLocale().toString(s.customers)));
    row(DashboardPage::tr("Time to acknowledge (median / 90%)"),
        s.toAcknowledge.count ? QStringLiteral("%1 / %2").arg(hours(s.toAcknowledge.median), hours(s.toAcknowledge.p90)) : QStringLiteral("—"));
    row(DashboardPage::tr("Time to describe the impact (median)"), s.toDescribe.count ? hours(s.toDescribe.median) : QStringLiteral("—"));
    row(DashboardPage::tr("Daily updates on time"), QStringLiteral("%1 (%2 / %3)").arg(percent(s.cadenceKept())).arg(s.duesKept).arg(s.dues));
    row(DashboardPage::tr("Approval delay (median / 90%)"),
        s.approvalDelay.count ? QStringLiteral("%1 / %2").arg(hours(s.approvalDelay.median), hours(s.approvalDelay.p90)) : QStringLiteral("—"));
    row(DashboardPage::tr("Updates sent back for changes"), percent(s.sentBackShare()));
    row(DashboardPage::tr("Time to resolve (median)"), s.toResolve.count ? hours(s.toResolve.median) : QStringLiteral("—"));
    row(DashboardPage::tr("Reporters confirmed"), percent(s.confirmationCoverage()));
    row(DashboardPage::tr("Reviews within %n days", nullptr, reviewDays),
        s.resolved ? percent(double(s.reviewedOnTime) / s.resolved) : QStringLiteral("—"));
    row(DashboardPage::tr("Preventive actions open / overdue / done"),
        QStringLiteral("%1 / %2 / %3").arg(s.actionsOpen).arg(s.actionsOverdue).arg(s.actionsDone));
    html += QStringLiteral("</table><h2>%1</h2><table border='1' cellspacing='0' cellpadding='3'><tr><th>%2</th><th>%3</th>"
                           "<th>%4</th><th>%5</th></tr>")
                .arg(DashboardPage::tr("Worst misses").toHtmlEscaped(), DashboardPage::tr("Incident").toHtmlEscaped(), DashboardPage::tr("Due").toHtmlEscaped(),
                     DashboardPage::tr("Delivered").toHtmlEscaped(), DashboardPage::tr("Late (h)").toHtmlEscaped());
    const qint64 now = Clock::nowMs();
    for (const Due &m : dashboard.misses.mid(0, 15)) {
        html += QStringLiteral("<tr><td>%1 %2</td><td>%3</td><td>%4</td><td align='right'>%5</td></tr>")
                    .arg(m.reference.toHtmlEscaped(), m.title.toHtmlEscaped(),
                         QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.dueAt).toLocalTime(), QLocale::ShortFormat),
                         m.deliveredAt ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.deliveredAt).toLocalTime(),
                                                            QLocale::ShortFormat)
                                       : DashboardPage::tr("not yet"),
                         QLocale().toString(m.lateMs(now) / 3600000.0, 'f', 1));
    }
    html += QStringLiteral("</table>");
    QTextDocument document;
    document.setHtml(html);
    document.setPageSize(page.size());
    document.drawContents(&painter);
    // Page 2: the charts, two by two, in light colours whatever the screen's theme.
    pdf.newPage();
    const int w = page.width() / 2 - 10;
    const int h = page.height() / 2 - 10;
    for (int i = 0; i < charts.size(); ++i) {
        QChartView *view = charts.at(i);
        const QRect target(QPoint((i % 2) * (w + 20), (i / 2) * (h + 20)), QSize(w, h));
        QChart *chart = view->chart();
        const QBrush background = chart->backgroundBrush();
        chart->setBackgroundBrush(Qt::white);
        view->render(&painter, target);
        chart->setBackgroundBrush(background);
    }
    return painter.end();
}

} // namespace desk::ui::DashboardReport
