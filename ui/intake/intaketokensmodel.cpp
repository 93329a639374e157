// SPDX-License-Identifier: GPL-3.0-or-later
#include "intaketokensmodel.h"
#include "widgets/tones.h"

#include <QColor>
#include <QLocale>

namespace desk::ui {

namespace {
QVariant when(const QDateTime &t, bool sorting)
{
    if (sorting)
        return t.isValid() ? t.toMSecsSinceEpoch() : qint64(0);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

QVariant IntakeTokensModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const IntakeToken &t = rowAt(index.row());
    if (role == KeyRole)
        return t.id;
    if (role == Qt::ForegroundRole && t.revokedAt.isValid())
        return Tones::color(Tones::Tone::Muted);
    if (role == Qt::ToolTipRole && index.column() == Origins)
        return t.allowedOrigins.join(u'\n');
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sorting = role == SortRole;
    switch (Column(index.column())) {
    case Name:
        return t.name;
    case Origins:
        return t.allowedOrigins.isEmpty() ? tr("any (a sending system)") : t.allowedOrigins.join(QStringLiteral(", "));
    case Created:
        return when(t.createdAt, sorting);
    case CreatedBy:
        return t.createdBy;
    case LastUsed:
        return t.lastUsedAt.isValid() || sorting ? when(t.lastUsedAt, sorting) : QVariant(tr("never"));
    case State:
        return t.revokedAt.isValid() ? tr("revoked %1").arg(when(t.revokedAt, false).toString()) : tr("in use");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant IntakeTokensModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Token");
    case Origins: return tr("Allowed origins");
    case Created: return tr("Created");
    case CreatedBy: return tr("By");
    case LastUsed: return tr("Last used");
    case State: return tr("State");
    case ColumnCount: break;
    }
    return {};
}

} // namespace desk::ui
