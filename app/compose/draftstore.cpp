// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace desk {

namespace {
QJsonObject toJson(const ComposerDraft &d)
{
    QJsonObject bodies;
    for (auto it = d.bodies.cbegin(); it != d.bodies.cend(); ++it)
        bodies.insert(toKey(it.key()), it.value());
    return {{QStringLiteral("incident"), d.incidentId},
            {QStringLiteral("update"), d.updateId},
            {QStringLiteral("baseVersion"), d.baseVersion},
            {QStringLiteral("kind"), toKey(d.kind)},
            {QStringLiteral("bodies"), bodies},
            {QStringLiteral("savedAt"), d.savedAt.toUTC().toString(Qt::ISODateWithMs)}};
}

std::optional<ComposerDraft> fromJson(const QJsonObject &o)
{
    ComposerDraft d;
    d.incidentId = o.value(QStringLiteral("incident")).toInteger();
    d.updateId = o.value(QStringLiteral("update")).toInteger();
    d.baseVersion = o.value(QStringLiteral("baseVersion")).toInt();
    const auto kind = fromKey<UpdateKind>(o.value(QStringLiteral("kind")).toString());
    if (d.incidentId <= 0 || !kind)
        return std::nullopt;
    d.kind = *kind;
    const QJsonObject bodies = o.value(QStringLiteral("bodies")).toObject();
    for (auto it = bodies.constBegin(); it != bodies.constEnd(); ++it) {
        if (auto lang = fromKey<Language>(it.key()))
            d.bodies.insert(*lang, it.value().toString());
    }
    d.savedAt = QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    return d;
}
} // namespace

DraftStore::DraftStore(QString folder) : m_folder(std::move(folder))
{
    if (m_folder.isEmpty())
        m_folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts");
}

QString DraftStore::keyFor(Id incidentId, Id updateId)
{
    return updateId > 0 ? QStringLiteral("update-%1").arg(updateId) : QStringLiteral("incident-%1-new").arg(incidentId);
}

QString DraftStore::pathFor(const QString &key) const
{
    return QDir(m_folder).filePath(key + QStringLiteral(".json"));
}

Status DraftStore::save(const QString &key, const ComposerDraft &draft) const
{
    if (!QDir().mkpath(m_folder))
        return Error{Error::Code::Io, tr("Cannot create the drafts folder %1.").arg(QDir::toNativeSeparators(m_folder))};
    QSaveFile file(pathFor(key));
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Code::Io, tr("Cannot keep the draft on this computer: %1").arg(file.errorString())};
    file.write(QJsonDocument(toJson(draft)).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return Error{Error::Code::Io, tr("Cannot keep the draft on this computer: %1").arg(file.errorString())};
    return {};
}

std::optional<ComposerDraft> DraftStore::load(const QString &key) const
{
    QFile file(pathFor(key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return std::nullopt;
    return fromJson(doc.object());
}

void DraftStore::remove(const QString &key) const
{
    QFile::remove(pathFor(key));
}

QList<ComposerDraft> DraftStore::all() const
{
    QList<ComposerDraft> out;
    const QStringList files = QDir(m_folder).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &f : files) {
        if (auto d = load(f.chopped(5)))
            out.append(*d);
    }
    std::sort(out.begin(), out.end(), [](const ComposerDraft &a, const ComposerDraft &b) { return a.savedAt > b.savedAt; });
    return out;
}

QList<ComposerDraft> DraftStore::forIncident(Id incidentId) const
{
    QList<ComposerDraft> out;
    for (const ComposerDraft &d : all()) {
        if (d.incidentId == incidentId)
            out.append(d);
    }
    return out;
}

} // namespace desk
