// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "triage/suggester.h"

#include <QWidget>

class QListWidget;
class QTextBrowser;

namespace desk::ui {

/** The selected report in full, the customer's other reports, and the suggested incidents. */
class ReportDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDetailPane)

public:
    explicit ReportDetailPane(QWidget *parent = nullptr);
    ~ReportDetailPane() override = default;

    void showReport(const Report &report, const QList<Report> &sameCustomer, const QList<Suggestion> &suggestions);
    void clear(const QString &message = {});
    const QList<Suggestion> &suggestions() const { return m_suggestions; }
    Id reportId() const { return m_reportId; }
    QString text() const;

    /** Report text as safe HTML (tests check that markup stays text). */
    static QString reportHtml(const Report &report, const QList<Report> &sameCustomer);

signals:
    void linkRequested(Id incidentId);
    /** The agent clicked a file of the report (its position in the report's list). */
    void fileRequested(Id reportId, int position);

private:
    QTextBrowser *m_text;
    QListWidget *m_suggestionList;
    QList<Suggestion> m_suggestions;
    Id m_reportId = 0;
};

} // namespace desk::ui
