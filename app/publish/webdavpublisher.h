// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "helpcentersite.h"
#include "httpclient.h"
#include "store/publishedcontentrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

namespace desk {

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
 * read back and compared byte for byte. Up to `kParallel` files are on their way at once; a request
 * that gets no answer or a 5xx is repeated at once up to `kRetries` times (they are all safe to
 * repeat), and a file that still fails leaves the others going. It blocks its thread while it
 * waits (HttpClient): call it from a worker thread, never the GUI's. Every failure says which
 * file and what the server answered; what did reach the server is in `manifest()` either way,
 * so the next attempt neither uploads it again nor trips over its own ETag.
 */
class WebDavPublisher final
{
    Q_DECLARE_TR_FUNCTIONS(desk::WebDavPublisher)

public:
    static constexpr int kParallel = 16;
    static constexpr int kRetries = 2; // immediate repeats of a request that got no answer or a 5xx

    WebDavPublisher(QUrl base, QString user = {}, QString password = {}, int timeoutMs = 15000);
    Q_DISABLE_COPY_MOVE(WebDavPublisher)

    Result<DavOutcome> publish(const QList<SiteFile> &files, RemoteManifest manifest);
    /** What the server holds after the last publish, including the files of a failed one. */
    const RemoteManifest &manifest() const { return m_manifest; }
    /** After a 429 or 503 with Retry-After: how long the server asked us to wait, else 0. */
    qint64 retryAfterMs() const { return m_http.retryAfterMs(); }

private:
    void request(const HttpRequest &request, std::function<void(const HttpReply &)> done, int retries = kRetries);
    /** Keeps the first failure and counts them all. */
    void fail(std::optional<Error> &failure, Error error);
    /** Runs steps 0..count-1, `kParallel` at a time, until all have finished or it is no use going on. */
    void inParallel(qsizetype count, const std::optional<Error> &failure,
                    const std::function<void(qsizetype, const std::function<void()> &)> &step);
    Status createFolders(const QList<SiteFile> &changed, DavOutcome &outcome);
    void upload(const SiteFile &file, DavOutcome &outcome, std::optional<Error> &failure, const std::function<void()> &finished);

    QUrl m_base;
    HttpClient m_http;
    RemoteManifest m_manifest;
    int m_failures = 0;
};

} // namespace desk
