// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "webdavpublisher.h"

#include <QCoreApplication>

namespace desk {

/**
 * Writes the Help Center's files into a folder on this computer: the Help Center of a team
 * that has no web server yet, or a folder a web server serves. Like WebDavPublisher it writes
 * only what changed since the manifest (and what is missing from the folder), each file
 * atomically (QSaveFile), so a reader never sees half a page.
 */
class FolderPublisher final
{
    Q_DECLARE_TR_FUNCTIONS(desk::FolderPublisher)

public:
    explicit FolderPublisher(QString folder);
    Q_DISABLE_COPY_MOVE(FolderPublisher)

    Result<DavOutcome> publish(const QList<SiteFile> &files, RemoteManifest manifest);
    /** What the folder holds after the last publish, including the files of a failed one. */
    const RemoteManifest &manifest() const { return m_manifest; }

private:
    QString m_folder;
    RemoteManifest m_manifest;
};

} // namespace desk
