// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace desk::Credentials {

/** This file's texts, in the translators' context desk::Credentials. */
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(desk::Credentials)
};

namespace {
Result<QString> contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::invalid(Texts::tr("Cannot read the secret in %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return QString::fromUtf8(file.readAll()).trimmed();
}
} // namespace

Result<QString> read(const QString &name, const QString &configuredFile, const QString &secretsDir)
{
    if (!configuredFile.isEmpty())
        return contents(configuredFile);
    if (const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY"); !credentials.isEmpty()) {
        const QString path = QDir(credentials).filePath(name);
        if (QFile::exists(path))
            return contents(path);
    }
    if (!secretsDir.isEmpty()) {
        const QString path = QDir(secretsDir).filePath(name);
        if (!QFile::exists(path))
            return QString();
        constexpr auto others = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        if (QFile(path).permissions() & others)
            return Error::forbidden(Texts::tr("%1 can be read by others than its owner: it is not used (chmod 600 it).")
                                        .arg(QDir::toNativeSeparators(path)));
        return contents(path);
    }
    return QString();
}

} // namespace desk::Credentials
