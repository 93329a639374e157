// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdetailpane.h"

#include "domain/labels.h"
#include "triage/attachmentfile.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace desk::ui {

ReportDetailPane::ReportDetailPane(QWidget *parent)
    : QWidget(parent), m_text(new QTextBrowser(this)), m_suggestionList(new QListWidget(this))
{
    setObjectName(QStringLiteral("reportDetail"));
    m_text->setObjectName(QStringLiteral("reportText"));
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Report"));
    m_suggestionList->setObjectName(QStringLiteral("suggestions"));
    m_suggestionList->setAccessibleName(tr("Suggested incidents"));
    m_suggestionList->setMaximumHeight(150);
    m_suggestionList->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    auto *heading = new QLabel(tr("Suggested incidents (double-click or Ctrl+L to link):"), this);
    layout->addWidget(heading);
    layout->addWidget(m_suggestionList);
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        // Only our own links: "deskfile:N", a file of the report shown.
        bool ok = false;
        const int position = url.scheme() == QLatin1String("deskfile") ? url.path().toInt(&ok) : -1;
        if (ok && m_reportId != 0)
            emit fileRequested(m_reportId, position);
    });
    connect(m_suggestionList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit linkRequested(item->data(Qt::UserRole).toLongLong());
    });
    clear(tr("Select a report to read it."));
}

QString ReportDetailPane::reportHtml(const Report &r, const QList<Report> &sameCustomer)
{
    const QLocale locale;
    QString html = QStringLiteral("<h3>") + r.subject.toHtmlEscaped() + QStringLiteral("</h3>");
    html += QStringLiteral("<p><b>") + (r.customerName.isEmpty() ? r.customerRef : r.customerName).toHtmlEscaped()
        + QStringLiteral("</b>");
    if (!r.customerEmail.isEmpty())
        html += QStringLiteral(" &lt;") + r.customerEmail.toHtmlEscaped() + QStringLiteral("&gt;");
    html += QStringLiteral("<br>") + tr("%1 · %2 · %3 · received %4")
                                         .arg(label(r.channel), label(r.language), r.serviceKey.toHtmlEscaped(),
                                              locale.toString(r.receivedAt.toLocalTime(), QLocale::LongFormat));
    html += QStringLiteral("<br>") + tr("Reference %1 · %2").arg(r.externalRef.toHtmlEscaped(), label(r.status));
    html += QStringLiteral("</p><p style=\"white-space: pre-wrap\">") + r.body.toHtmlEscaped() + QStringLiteral("</p>");
    const QList<AttachmentInfo> files = AttachmentFile::parseList(r.attachments);
    if (!files.isEmpty()) {
        html += QStringLiteral("<h4>") + tr("Files the customer sent") + QStringLiteral("</h4><ul>");
        for (const AttachmentInfo &f : files)
            html += QStringLiteral("<li><a href=\"deskfile:%1\">").arg(f.position) + f.name.toHtmlEscaped() + QStringLiteral("</a> — ")
                + tr("%1, %2").arg(f.contentType.isEmpty() ? tr("unknown type") : f.contentType.toHtmlEscaped(),
                                   locale.formattedDataSize(f.size))
                + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    if (!sameCustomer.isEmpty()) {
        html += QStringLiteral("<h4>") + tr("The same customer's other reports") + QStringLiteral("</h4><ul>");
        for (const Report &o : sameCustomer)
            html += QStringLiteral("<li>") + locale.toString(o.receivedAt.toLocalTime(), QLocale::ShortFormat)
                + QStringLiteral(" — ") + o.subject.toHtmlEscaped() + QStringLiteral(" (") + label(o.status)
                + QStringLiteral(")</li>");
        html += QStringLiteral("</ul>");
    }
    return html;
}

void ReportDetailPane::showReport(const Report &report, const QList<Report> &sameCustomer,
                                  const QList<Suggestion> &suggestions)
{
    m_reportId = report.id;
    m_suggestions = suggestions;
    m_text->setHtml(reportHtml(report, sameCustomer));
    m_suggestionList->clear();
    for (const Suggestion &s : suggestions) {
        auto *item = new QListWidgetItem(tr("%1  %2 — %3% (%4)")
                                             .arg(s.reference, s.title)
                                             .arg(qRound(s.score * 100))
                                             .arg(s.reason),
                                         m_suggestionList);
        item->setData(Qt::UserRole, s.incidentId);
        item->setToolTip(item->text());
    }
    if (suggestions.isEmpty())
        m_suggestionList->addItem(tr("No open incident looks related."));
}

void ReportDetailPane::clear(const QString &message)
{
    m_reportId = 0;
    m_suggestions.clear();
    m_text->setPlainText(message);
    m_suggestionList->clear();
}

QString ReportDetailPane::text() const
{
    return m_text->toPlainText();
}

} // namespace desk::ui
