// SPDX-License-Identifier: GPL-3.0-or-later
#include "updatesmodel.h"
#include "widgets/tones.h"

#include "domain/labels.h"

#include <QColor>
#include <QLocale>

namespace desk::ui {

QVariant UpdatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Update &u = rowAt(index.row());
    if (role == KeyRole)
        return u.id;
    if (role == Qt::ForegroundRole && index.column() == Status && u.status == UpdateStatus::ChangesRequested)
        return Tones::color(Tones::Tone::Bad);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    const bool sorting = role == SortRole;
    switch (Column(index.column())) {
    case Written:
        return sorting ? QVariant(u.createdAt.toMSecsSinceEpoch())
                       : QVariant(QLocale().toString(u.createdAt.toLocalTime(), QLocale::ShortFormat));
    case Kind:
        return sorting ? QVariant(int(u.kind)) : QVariant(label(u.kind));
    case Status:
        return sorting ? QVariant(int(u.status)) : QVariant(label(u.status));
    case Author:
        return u.author;
    case ReviewedBy:
        return u.approver;
    case ReviewComment:
        return u.reviewComment;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UpdatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Written:
        return tr("Written");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Author:
        return tr("Author");
    case ReviewedBy:
        return tr("Reviewed by");
    case ReviewComment:
        return tr("Review comment");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace desk::ui
