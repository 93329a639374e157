// SPDX-License-Identifier: GPL-3.0-or-later
#include "intakeitem.h"

#include <QDataStream>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace desk {

namespace {
constexpr quint32 kMagic = 0x44534b31; // "DSK1"
constexpr quint16 kVersion = 2; // 2: thread and incident references
} // namespace

QByteArray IntakeItem::encode() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kVersion << row.externalRef << row.receivedAtMs << row.channel << row.customerRef
        << row.customerName << row.customerEmail << row.language << row.subject << row.body << row.serviceId
        << row.status << row.incidentId << tokenId << idempotencyKey << qint32(files.size());
    for (const SubmittedFile &f : files)
        out << f.name << f.contentType << f.data;
    out << threadRefs << incidentRefs;
    return bytes;
}

std::optional<IntakeItem> IntakeItem::decode(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    in >> magic >> version;
    if (magic != kMagic || version < 1 || version > kVersion)
        return std::nullopt;
    IntakeItem item;
    qint32 count = 0;
    in >> item.row.externalRef >> item.row.receivedAtMs >> item.row.channel >> item.row.customerRef
        >> item.row.customerName >> item.row.customerEmail >> item.row.language >> item.row.subject >> item.row.body
        >> item.row.serviceId >> item.row.status >> item.row.incidentId >> item.tokenId >> item.idempotencyKey >> count;
    if (in.status() != QDataStream::Ok || count < 0 || count > Submission::kMaxFiles)
        return std::nullopt;
    for (qint32 i = 0; i < count; ++i) {
        SubmittedFile f;
        in >> f.name >> f.contentType >> f.data;
        item.files.append(f);
    }
    if (version >= 2)
        in >> item.threadRefs >> item.incidentRefs;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    item.row.attachments = item.attachmentsJson();
    return item;
}

QString IntakeItem::attachmentsJson() const
{
    QJsonArray list;
    for (const SubmittedFile &f : files)
        list.append(QJsonObject{{QStringLiteral("name"), f.name},
                                {QStringLiteral("type"), QString::fromLatin1(f.contentType)},
                                {QStringLiteral("size"), f.data.size()}});
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

} // namespace desk
