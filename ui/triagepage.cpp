// SPDX-License-Identifier: GPL-3.0-or-later
#include "triagepage.h"

#include "labels.h"
#include "store/dbworker.h"
#include "store/reportrepository.h"

#include <QLocale>

namespace desk::ui {

namespace {
struct TriageData
{
    Result<QMap<ReportStatus, qint64>> counts = Error::invalid(QString());
    Result<QList<Report>> latest = Error::invalid(QString());
};
} // namespace

TriagePage::TriagePage(const Session &session, QWidget *parent) : ListPage(session, tr("Triage"), parent)
{
    setObjectName(QStringLiteral("triagePage"));
    setHeaders({tr("Received"), tr("Customer"), tr("Channel"), tr("Language"), tr("Service"), tr("Subject"),
                tr("Status"), tr("Claimed by")});
    setEmptyText(tr("No reports yet. Reports arrive from the contact form, or import them with "
                    "'incident-desk-cli import FILE'."));
}

void TriagePage::refresh()
{
    const User user = session().user;
    session().worker->call<TriageData>(
        this,
        [user](Database &db) {
            ReportRepository reports(db, user);
            return TriageData{reports.countByStatus(), reports.latest(500)};
        },
        [this](TriageData data) {
            if (!data.counts.ok() || !data.latest.ok()) {
                showError(data.counts.ok() ? data.latest.errorString() : data.counts.errorString());
                return;
            }
            const QLocale locale;
            QStringList parts;
            for (auto it = data.counts->cbegin(); it != data.counts->cend(); ++it) {
                if (it.value() > 0)
                    parts << tr("%1: %2").arg(label(it.key()), locale.toString(it.value()));
            }
            setSummary(parts.isEmpty() ? tr("No reports.") : parts.join(QStringLiteral("  ·  ")));
            QList<QList<QVariant>> rows;
            QList<QVariant> keys;
            for (const Report &r : data.latest.value()) {
                rows.append({locale.toString(r.receivedAt.toLocalTime(), QLocale::ShortFormat),
                             r.customerName.isEmpty() ? r.customerRef : r.customerName, label(r.channel),
                             label(r.language), r.serviceKey, r.subject, label(r.status), r.claimedBy});
                keys.append(r.id);
            }
            setRows(rows, keys);
            emit badgeChanged(int(data.counts->value(ReportStatus::New)));
        });
}

} // namespace desk::ui
