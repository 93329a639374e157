// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderpublisher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace desk {

FolderPublisher::FolderPublisher(QString folder) : m_folder(std::move(folder)) {}

Result<DavOutcome> FolderPublisher::publish(const QList<SiteFile> &files, RemoteManifest manifest)
{
    m_manifest = std::move(manifest);
    DavOutcome outcome;
    QDir root(m_folder);
    if (!root.mkpath(QStringLiteral("."))) {
        return Error::invalid(tr("Cannot create the Help Center folder %1: check that it can be written.")
                                  .arg(QDir::toNativeSeparators(m_folder)));
    }
    for (const SiteFile &file : files) {
        const QByteArray hash = QCryptographicHash::hash(file.content, QCryptographicHash::Sha256).toHex();
        const QString path = root.filePath(file.path);
        const auto held = m_manifest.constFind(file.path);
        if (held != m_manifest.constEnd() && held->sha256 == hash && QFileInfo::exists(path)) {
            ++outcome.unchanged;
            continue;
        }
        const QString folder = QFileInfo(path).path();
        if (!QFileInfo::exists(folder)) {
            if (!root.mkpath(folder))
                return Error::invalid(tr("Cannot create the folder %1.")
                                          .arg(QDir::toNativeSeparators(folder)));
            ++outcome.foldersCreated;
        }
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.content) != file.content.size() || !out.commit()) {
            return Error::invalid(tr("Cannot write %1: %2")
                                      .arg(QDir::toNativeSeparators(path), out.errorString()));
        }
        m_manifest.insert(file.path, RemoteFile{hash, QString()});
        ++outcome.uploaded;
        outcome.uploadedPaths << file.path;
    }
    outcome.manifest = m_manifest;
    return outcome;
}

} // namespace desk
