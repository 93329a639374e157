// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicationjobsmodel.h"
#include "widgets/tones.h"

#include "domain/labels.h"

#include <QColor>
#include <QLocale>

namespace desk::ui {

QVariant PublicationJobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PublicationJob &j = rowAt(index.row());
    if (role == KeyRole)
        return j.id;
    if (role == Qt::ForegroundRole && index.column() == State) {
        if (j.state == JobState::Failed)
            return Tones::color(Tones::Tone::Bad);
        if (j.state == JobState::Done)
            return Tones::color(Tones::Tone::Good);
        return {};
    }
    if (role == Qt::ToolTipRole && (index.column() == LastError || index.column() == RemoteAddress))
        return index.column() == LastError ? j.lastError : j.remoteUrl;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sorting = role == SortRole;
    switch (Column(index.column())) {
    case Queued:
        return sorting ? QVariant(j.createdAt.toMSecsSinceEpoch())
                       : QVariant(QLocale().toString(j.createdAt.toLocalTime(), QLocale::ShortFormat));
    case Incident:
        return j.incidentReference;
    case Update:
        return sorting ? QVariant(int(j.updateKind)) : QVariant(label(j.updateKind));
    case Target:
        return QStringLiteral("%1 (%2)").arg(j.targetName, label(j.targetKind));
    case State:
        return sorting ? QVariant(int(j.state)) : QVariant(label(j.state));
    case Attempts:
        return j.attempts;
    case LastError:
        return j.lastError;
    case RemoteAddress:
        return j.remoteUrl;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PublicationJobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Queued:
        //: Column header: when the job was queued; the rows show a date
        return tr("Queued");
    case Incident:
        return tr("Incident");
    case Update:
        return tr("Update");
    case Target:
        return tr("Target");
    case State:
        return tr("State");
    case Attempts:
        return tr("Attempts");
    case LastError:
        return tr("Last error");
    case RemoteAddress:
        return tr("Remote address");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace desk::ui
