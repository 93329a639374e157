// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailjobsmodel.h"
#include "widgets/tones.h"

#include "domain/labels.h"

#include <QColor>
#include <QLocale>

namespace desk::ui {

namespace {
QVariant when(const QDateTime &t, bool sorting)
{
    if (!t.isValid())
        return sorting ? QVariant(qint64(0)) : QVariant(QString());
    return sorting ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QLocale().toString(t.toLocalTime(), QLocale::ShortFormat));
}
} // namespace

QVariant MailJobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MailJob &j = rowAt(index.row());
    if (role == KeyRole)
        return j.id;
    if (role == Qt::ForegroundRole && index.column() == State) {
        if (j.state == MailState::Failed)
            return Tones::color(Tones::Tone::Bad);
        if (j.state == MailState::InDoubt)
            return Tones::color(Tones::Tone::Warning);
        if (j.state == MailState::Sent)
            return Tones::color(Tones::Tone::Good);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == LastError)
        return j.lastError;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sorting = role == SortRole;
    switch (Column(index.column())) {
    case Queued:
        return when(j.createdAt, sorting);
    case Incident:
        return j.incidentReference;
    case Message:
        return j.resolution ? tr("Resolution confirmation") : tr("Acknowledgement notice");
    case Report:
        return j.reportReference;
    case Address:
        return j.recipient;
    case State:
        return sorting ? QVariant(int(j.state)) : QVariant(label(j.state));
    case Attempts:
        return j.attempts;
    case LastError:
        return j.lastError;
    case Sent:
        return when(j.sentAt, sorting);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MailJobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Queued:
        //: Column header: when the message was queued; the rows show a date
        return tr("Queued");
    case Incident:
        return tr("Incident");
    case Message:
        return tr("Message");
    case Report:
        return tr("Report");
    case Address:
        return tr("Address");
    case State:
        return tr("State");
    case Attempts:
        return tr("Attempts");
    case LastError:
        return tr("Last error");
    case Sent:
        //: Column header: when the message was sent; the rows show a date
        return tr("Sent");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace desk::ui
