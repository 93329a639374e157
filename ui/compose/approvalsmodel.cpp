// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalsmodel.h"
#include "widgets/tones.h"

#include "core/clock.h"
#include "domain/labels.h"

#include <QColor>
#include <QLocale>

namespace desk::ui {

QVariant ApprovalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ApprovalItem &item = rowAt(index.row());
    const Update &u = item.update.update;
    if (role == KeyRole)
        return u.id;
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (u.status == UpdateStatus::Approved)
            return Tones::color(Tones::Tone::Good);
        if (u.status == UpdateStatus::ChangesRequested)
            return Tones::color(Tones::Tone::Bad);
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sorting = role == SortRole;
    switch (Column(index.column())) {
    case Since: {
        const QDateTime since = item.since();
        if (sorting)
            return since.toMSecsSinceEpoch();
        const qint64 minutes = since.isValid() ? qMax<qint64>(0, since.secsTo(Clock::now()) / 60) : 0;
        return tr("%1 (%2)").arg(QLocale().toString(since.toLocalTime(), QLocale::ShortFormat),
                                 minutes < 60 ? tr("%n min", nullptr, int(minutes)) : tr("%n h", nullptr, int(minutes / 60)));
    }
    case Incident:
        return QStringLiteral("%1 %2").arg(item.incidentReference, item.incidentTitle);
    case Kind:
        return sorting ? QVariant(int(u.kind)) : QVariant(label(u.kind));
    case Status:
        return sorting ? QVariant(int(u.status)) : QVariant(label(u.status));
    case Author:
        return u.author;
    case Languages: {
        QStringList languages;
        for (auto it = item.update.bodies.cbegin(); it != item.update.bodies.cend(); ++it)
            languages << toKey(it.key()).toUpper();
        return languages.join(u' ');
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ApprovalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Since:
        return tr("Waiting since");
    case Incident:
        return tr("Incident");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Author:
        return tr("Author");
    case Languages:
        return tr("Languages");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace desk::ui
