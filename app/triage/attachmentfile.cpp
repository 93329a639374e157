// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace desk::AttachmentFile {

QList<AttachmentInfo> parseList(const QString &json)
{
    QList<AttachmentInfo> out;
    const QJsonArray list = QJsonDocument::fromJson(json.toUtf8()).array();
    for (int i = 0; i < list.size() && i < 100; ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            continue;
        out.append({i, name, o.value(QStringLiteral("type")).toString(), o.value(QStringLiteral("size")).toInteger()});
    }
    return out;
}

bool safeToOpen(const QString &name, const QString &contentType)
{
    static const QStringList viewable{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("gif"),
                                      QStringLiteral("webp"), QStringLiteral("bmp"), QStringLiteral("pdf"), QStringLiteral("txt"),
                                      QStringLiteral("log"), QStringLiteral("csv")};
    const QString extension = QFileInfo(name).suffix().toLower();
    const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
    // The name decides what the desktop opens it with; the type must not say otherwise.
    if (!viewable.contains(extension))
        return false;
    return type.isEmpty() || (type.startsWith(QLatin1String("image/")) && type != QLatin1String("image/svg+xml"))
           || type == QLatin1String("application/pdf") || type == QLatin1String("text/plain") || type == QLatin1String("text/csv")
           || type == QLatin1String("application/octet-stream");
}

QString safeName(const QString &name)
{
    static const QRegularExpression unsafe(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]"));
    QString clean = QFileInfo(name).fileName();
    clean.replace(unsafe, QStringLiteral("_"));
    while (clean.startsWith(u'.'))
        clean.remove(0, 1);
    if (clean.trimmed().isEmpty())
        clean = QStringLiteral("file");
    if (clean.size() > 120) {
        const QString suffix = QFileInfo(clean).suffix().left(10);
        clean = clean.left(100) + (suffix.isEmpty() ? QString() : u'.' + suffix);
    }
    return clean;
}

Result<QString> writeCopy(const QString &dir, const QString &name, const QByteArray &data)
{
    const QString path = QDir(dir).filePath(safeName(name));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // an earlier copy, to replace
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        return Error{Error::Code::Io, QCoreApplication::translate("desk::AttachmentFile", "Cannot write %1: %2").arg(path, file.errorString())};
    file.close();
    file.setPermissions(QFileDevice::ReadOwner); // never executable, never changed by accident
    return path;
}

} // namespace desk::AttachmentFile
