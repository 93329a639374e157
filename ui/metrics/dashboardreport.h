// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/promisemetrics.h"

#include <QList>
#include <QString>

class QChart;
class QDate;
class QChartView;
class QPalette;

namespace desk::ui {

/** The dashboard's words for durations and shares, and its report for management. */
namespace DashboardReport {

/** The periods the dashboard offers, in its period box's order. */
enum Preset { Last30, Last90, Last365, ThisYear, Custom };
/** A preset's [fromMs, toMs), whole local days up to today (`customFrom`..`customTo` for Custom). */
void bounds(int preset, const QDate &customFrom, const QDate &customTo, qint64 *fromMs, qint64 *toMs);

/** "45 min" below two hours, else "3.5 h", in the reader's locale. */
QString hours(double minutes);
/** "89.5 %" in the reader's locale. */
QString percent(double share);

/** Takes a chart's series and axes away, before it is filled again. */
void clear(QChart *chart);

/** Gives a chart the palette's colours (the dark theme too). */
void style(QChart *chart, const QPalette &palette);

/**
 * Writes the report for management as PDF: the figures of [fromMs, toMs) and the worst misses
 * on the first page, the four charts on the second (in light colours whatever the screen's theme).
 */
bool write(const QString &path, const PromiseMetrics::Dashboard &dashboard, qint64 fromMs, qint64 toMs, int reviewDays,
           const QList<QChartView *> &charts);

} // namespace DashboardReport
} // namespace desk::ui
