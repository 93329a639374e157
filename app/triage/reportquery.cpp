// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportquery.h"

#include "core/clock.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace desk {

namespace {
template<typename E>
QJsonArray keysOf(const QList<E> &values)
{
    QJsonArray out;
    for (const E &v : values)
        out.append(toKey(v));
    return out;
}

template<typename E>
QList<E> valuesOf(const QJsonValue &array)
{
    QList<E> out;
    for (const QJsonValue &v : array.toArray()) {
        if (auto e = fromKey<E>(v.toString()))
            out.append(*e);
    }
    return out;
}
} // namespace

QByteArray ReportQuery::toJson() const
{
    QJsonObject o{{QStringLiteral("statuses"), keysOf(statuses)},
                  {QStringLiteral("services"), QJsonArray::fromStringList(serviceKeys)},
                  {QStringLiteral("channels"), keysOf(channels)},
                  {QStringLiteral("languages"), keysOf(languages)},
                  {QStringLiteral("claimedBy"), claimedBy},
                  {QStringLiteral("text"), text},
                  {QStringLiteral("sort"), int(sort)},
                  {QStringLiteral("descending"), order == Qt::DescendingOrder}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ReportQuery ReportQuery::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    ReportQuery q;
    q.statuses = valuesOf<ReportStatus>(o.value(QStringLiteral("statuses")));
    for (const QJsonValue &v : o.value(QStringLiteral("services")).toArray())
        q.serviceKeys << v.toString();
    q.channels = valuesOf<Channel>(o.value(QStringLiteral("channels")));
    q.languages = valuesOf<Language>(o.value(QStringLiteral("languages")));
    q.claimedBy = o.value(QStringLiteral("claimedBy")).toString();
    q.text = o.value(QStringLiteral("text")).toString();
    q.sort = SortKey(qBound(0, o.value(QStringLiteral("sort")).toInt(), int(SortKey::ClaimedBy)));
    q.order = o.value(QStringLiteral("descending")).toBool(true) ? Qt::DescendingOrder : Qt::AscendingOrder;
    return q;
}

} // namespace desk
