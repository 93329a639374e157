// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "helpcentersite.h"

#include <QHash>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace desk {

/** What the server holds of a file, as far as we know: its content hash and its ETag. */
struct RemoteFile
{
    QByteArray sha256;
    QString etag;
};
using RemoteManifest = QHash<QString, RemoteFile>;

struct DavOutcome
{
    int uploaded = 0;
    int unchanged = 0;
    int foldersCreated = 0;
    QStringList uploadedPaths;
    RemoteManifest manifest; // to keep for the next publish
};

/**
 * Uploads the Help Center's files to a WebDAV server: only files whose content changed since the
 * manifest (`PUT`, `MKCOL` for missing folders, `If-Match` with the ETag the server gave), each
 * read back and compared byte for byte. Runs its own event loop: call it from a worker thread,
 * never the GUI's. Every failure says which file and what the server answered.
 */
class WebDavPublisher final
{
public:
    WebDavPublisher(QUrl base, QString user = {}, QString password = {}, int timeoutMs = 15000);
    ~WebDavPublisher();
    Q_DISABLE_COPY_MOVE(WebDavPublisher)

    Result<DavOutcome> publish(const QList<SiteFile> &files, RemoteManifest manifest);
    /** After a 429 or 503 with Retry-After: how long the server asked us to wait, else 0. */
    qint64 retryAfterMs() const { return m_retryAfterMs; }

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QString etag;
        qint64 retryAfterMs = 0;
        QString error; // network error or timeout, in words
    };
    Reply send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Status ensureFolder(const QString &folder, DavOutcome &outcome);

    QUrl m_base;
    QString m_user;
    QString m_password;
    int m_timeoutMs;
    qint64 m_retryAfterMs = 0;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace desk
