// SPDX-License-Identifier: GPL-3.0-or-later
#include "webdavpublisher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>

namespace desk {

namespace {
QString etagOf(const HttpReply &reply)
{
    return QString::fromLatin1(reply.header("ETag"));
}
} // namespace

WebDavPublisher::WebDavPublisher(QUrl base, QString user, QString password, int timeoutMs)
    : m_base(std::move(base)), m_http(timeoutMs)
{
    if (!m_base.path().endsWith(u'/'))
        m_base.setPath(m_base.path() + u'/');
    m_http.setBasicAuth(user, password);
}

void WebDavPublisher::request(const HttpRequest &request, std::function<void(const HttpReply &)> done, int retries)
{
    m_http.start(request, [this, request, retries, done = std::move(done)](const HttpReply &reply) mutable {
        // No answer, or a server error that names no time to come back: every request here can be
        // repeated safely (MKCOL, PUT of the same bytes, GET), so try again at once.
        const bool transient = !reply.answered()
                               || ((reply.status >= 500 && reply.status <= 504) && reply.header("Retry-After").isEmpty());
        if (transient && retries > 0) {
            this->request(request, std::move(done), retries - 1);
            return;
        }
        done(reply);
    });
}

void WebDavPublisher::fail(std::optional<Error> &failure, Error error)
{
    ++m_failures;
    if (!failure)
        failure = std::move(error); // the first says best what went wrong
}

void WebDavPublisher::inParallel(qsizetype count, const std::optional<Error> &failure,
                                 const std::function<void(qsizetype, const std::function<void()> &)> &step)
{
    // Keep kParallel steps on their way. Past a failure that may pass (no answer, 5xx) the others
    // go on, so that a retry has less left to do; stop feeding at any other failure, or when so
    // many failed that the server is plainly down.
    qsizetype next = 0;
    int inFlight = 0;
    auto stopped = [&] { return failure && (failure->code != Error::Code::Unavailable || m_failures >= kParallel); };
    std::function<void()> feed = [&] {
        while (!stopped() && inFlight < kParallel && next < count) {
            ++inFlight;
            step(next++, [&] {
                --inFlight;
                feed();
            });
        }
    };
    feed();
    m_http.wait();
}

Status WebDavPublisher::createFolders(const QList<SiteFile> &changed, DavOutcome &outcome)
{
    // The site's own folder, and those above it, on the first publication.
    if (!m_manifest.contains(QStringLiteral("./"))) {
        QUrl folder = m_base;
        QString path = QStringLiteral("/");
        for (const QString &part : m_base.path().split(u'/', Qt::SkipEmptyParts)) {
            path += part + u'/';
            folder.setPath(path);
            const HttpReply r = m_http.send({"MKCOL", folder, {}, {}});
            // 201: created; 405: it exists already; 301: nginx redirecting to the folder.
            if (r.status == 201)
                ++outcome.foldersCreated;
            else if (r.status != 405 && r.status != 301)
                return HttpClient::failure(r, tr("Creating the folder %1").arg(path));
        }
        m_manifest.insert(QStringLiteral("./"), {});
    }
    // The folders the changed files need, shallowest first, each level at once.
    QMap<int, QSet<QString>> levels;
    for (const SiteFile &file : changed) {
        QString folder = file.path.section(u'/', 0, -2);
        for (; !folder.isEmpty(); folder = folder.section(u'/', 0, -2)) {
            if (!m_manifest.contains(folder + u'/'))
                levels[int(folder.count(u'/'))].insert(folder + u'/');
            if (!folder.contains(u'/'))
                break;
        }
    }
    for (const QSet<QString> &level : std::as_const(levels)) {
        const QStringList keys(level.cbegin(), level.cend());
        std::optional<Error> failure;
        inParallel(keys.size(), failure, [&](qsizetype n, const std::function<void()> &finished) {
            const QString key = keys.at(n);
            request({"MKCOL", m_base.resolved(QUrl(key)), {}, {}}, [&, key, finished](const HttpReply &r) {
                if (r.status == 201 || r.status == 405) {
                    outcome.foldersCreated += r.status == 201;
                    m_manifest.insert(key, {});
                } else {
                    fail(failure, HttpClient::failure(r, tr("Creating the folder %1").arg(key)));
                }
                finished();
            });
        });
        if (failure)
            return *failure;
    }
    return {};
}

void WebDavPublisher::upload(const SiteFile &file, DavOutcome &outcome, std::optional<Error> &failure,
                             const std::function<void()> &finished)
{
    const QUrl url = m_base.resolved(QUrl(file.path));
    const QByteArray sha = QCryptographicHash::hash(file.content, QCryptographicHash::Sha256);
    // Read it back: what customers get must be what we rendered.
    auto readBack = [this, url, sha, &file, &outcome, &failure, finished](bool afterConflict) {
        request({"GET", url, {}, {}}, [=, this, &file, &outcome, &failure](const HttpReply &back) {
            const auto done = qScopeGuard(finished);
            if (!back.answered()) {
                fail(failure, HttpClient::failure(back, tr("Reading %1 back").arg(file.path)));
                return;
            }
            if (back.status != 200 || back.body != file.content) {
                fail(failure, afterConflict ? Error::conflict(tr("%1 was changed on the server by someone else since the last "
                                                                 "publication; look at it before publishing over it.")
                                                                  .arg(file.path))
                                            : Error{Error::Code::Unavailable,
                                                    tr("%1 reads back differently from what was uploaded (HTTP %2, %3 bytes "
                                                       "instead of %4).")
                                                        .arg(file.path)
                                                        .arg(back.status)
                                                        .arg(back.body.size())
                                                        .arg(file.content.size())});
                return;
            }
            m_manifest.insert(file.path, {sha, etagOf(back)});
            outcome.uploadedPaths << file.path;
            ++outcome.uploaded;
        });
    };
    HttpHeaders headers{{"Content-Type", file.contentType.toUtf8()}};
    const auto known = m_manifest.constFind(file.path);
    if (known != m_manifest.constEnd() && !known->etag.isEmpty())
        headers.append({"If-Match", known->etag.toLatin1()});
    request({"PUT", url, file.content, headers}, [=, this, &file, &failure](const HttpReply &put) {
        if (put.status == 412) {
            // Someone changed it, or our own last upload was never recorded: equal content is fine.
            readBack(true);
        } else if (put.status == 200 || put.status == 201 || put.status == 204) {
            readBack(false);
        } else {
            fail(failure, HttpClient::failure(put, tr("Uploading %1").arg(file.path)));
            finished();
        }
    });
}

Result<DavOutcome> WebDavPublisher::publish(const QList<SiteFile> &files, RemoteManifest manifest)
{
    DavOutcome outcome;
    m_manifest = std::move(manifest);
    m_failures = 0;
    QList<const SiteFile *> changed;
    QList<SiteFile> changedFiles;
    for (const SiteFile &file : files) {
        const auto known = m_manifest.constFind(file.path);
        if (known != m_manifest.constEnd() && known->sha256 == QCryptographicHash::hash(file.content, QCryptographicHash::Sha256))
            ++outcome.unchanged;
        else
            changed << &file;
    }
    for (const SiteFile *file : std::as_const(changed))
        changedFiles.append({file->path, {}, {}});
    if (Status s = createFolders(changedFiles, outcome); !s.ok()) {
        outcome.manifest = m_manifest;
        return s.error();
    }
    std::optional<Error> failure;
    inParallel(changed.size(), failure, [&](qsizetype n, const std::function<void()> &finished) {
        upload(*changed.at(n), outcome, failure, finished);
    });
    outcome.manifest = m_manifest;
    if (failure)
        return *failure;
    return outcome;
}

} // namespace desk
