// SPDX-License-Identifier: GPL-3.0-or-later
#include "webdavpublisher.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>

namespace desk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("desk::WebDavPublisher", text);
}

QString firstLine(const QByteArray &body)
{
    return QString::fromUtf8(body).section(u'\n', 0, 0).trimmed().left(200);
}
} // namespace

WebDavPublisher::WebDavPublisher(QUrl base, QString user, QString password, int timeoutMs)
    : m_base(std::move(base)), m_user(std::move(user)), m_password(std::move(password)), m_timeoutMs(timeoutMs),
      m_network(std::make_unique<QNetworkAccessManager>())
{
    if (!m_base.path().endsWith(u'/'))
        m_base.setPath(m_base.path() + u'/');
}

WebDavPublisher::~WebDavPublisher() = default;

WebDavPublisher::Reply WebDavPublisher::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                             const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!m_user.isEmpty())
        request.setRawHeader("Authorization", "Basic " + (m_user + u':' + m_password).toUtf8().toBase64());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        out.body = reply->readAll();
    out.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    if (out.status == 429 || out.status == 503) {
        // Retry-After: seconds, or an HTTP date.
        const QByteArray after = reply->rawHeader("Retry-After").trimmed();
        bool seconds = false;
        const qint64 value = after.toLongLong(&seconds);
        if (seconds)
            out.retryAfterMs = value * 1000;
        else if (const QDateTime at = QDateTime::fromString(QString::fromLatin1(after), Qt::RFC2822Date); at.isValid())
            out.retryAfterMs = qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at));
        m_retryAfterMs = qMax(m_retryAfterMs, out.retryAfterMs);
    }
    if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
        out.error = tr("the server did not answer within %1 s").arg(m_timeoutMs / 1000.0);
    else if (out.status == 0 && reply->error() != QNetworkReply::NoError)
        out.error = reply->errorString();
    reply->deleteLater();
    return out;
}

Status WebDavPublisher::ensureFolder(const QString &folder, DavOutcome &outcome)
{
    const QString key = folder + u'/';
    if (outcome.manifest.contains(key))
        return {};
    const Reply r = send("MKCOL", m_base.resolved(QUrl(key)));
    // 201: created; 405: it exists already.
    if (!r.error.isEmpty())
        return Error{Error::Code::Unavailable, tr("Creating the folder %1 failed: %2").arg(key, r.error)};
    if (r.status != 201 && r.status != 405)
        return Error{(r.status >= 500 || r.status == 429) ? Error::Code::Unavailable : Error::Code::Invalid,
                     tr("Creating the folder %1 failed: the server answered %2 %3").arg(key).arg(r.status).arg(firstLine(r.body))};
    if (r.status == 201)
        ++outcome.foldersCreated;
    outcome.manifest.insert(key, {});
    return {};
}

Result<DavOutcome> WebDavPublisher::publish(const QList<SiteFile> &files, RemoteManifest manifest)
{
    m_retryAfterMs = 0;
    DavOutcome outcome;
    outcome.manifest = std::move(manifest);
    // The site's own folder, and those above it, on the first publication.
    if (!outcome.manifest.contains(QStringLiteral("./"))) {
        QUrl folder = m_base;
        QStringList parts = m_base.path().split(u'/', Qt::SkipEmptyParts);
        QString path = QStringLiteral("/");
        for (const QString &part : std::as_const(parts)) {
            path += part + u'/';
            folder.setPath(path);
            const Reply r = send("MKCOL", folder);
            if (!r.error.isEmpty())
                return Error{Error::Code::Unavailable, tr("Creating the folder %1 failed: %2").arg(path, r.error)};
            if (r.status == 201)
                ++outcome.foldersCreated;
            else if (r.status != 405 && r.status != 301)
                return Error{(r.status >= 500 || r.status == 429) ? Error::Code::Unavailable : Error::Code::Invalid,
                             tr("Creating the folder %1 failed: the server answered %2 %3").arg(path).arg(r.status).arg(firstLine(r.body))};
        }
        outcome.manifest.insert(QStringLiteral("./"), {});
    }
    for (const SiteFile &file : files) {
        const QByteArray sha = QCryptographicHash::hash(file.content, QCryptographicHash::Sha256);
        const auto known = outcome.manifest.constFind(file.path);
        if (known != outcome.manifest.constEnd() && known->sha256 == sha) {
            ++outcome.unchanged;
            continue;
        }
        if (file.path.contains(u'/')) {
            if (Status s = ensureFolder(file.path.section(u'/', 0, -2), outcome); !s.ok())
                return s.error();
        }
        const QUrl url = m_base.resolved(QUrl(file.path));
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", file.contentType.toUtf8()}};
        if (known != outcome.manifest.constEnd() && !known->etag.isEmpty())
            headers.append({"If-Match", known->etag.toLatin1()});
        const Reply put = send("PUT", url, file.content, headers);
        if (!put.error.isEmpty())
            return Error{Error::Code::Unavailable, tr("Uploading %1 failed: %2").arg(file.path, put.error)};
        if (put.status == 412)
            return Error::conflict(tr("%1 was changed on the server by someone else since the last publication; look "
                                      "at it before publishing over it.")
                                       .arg(file.path));
        if (put.status != 200 && put.status != 201 && put.status != 204)
            return Error{(put.status >= 500 || put.status == 429) ? Error::Code::Unavailable : Error::Code::Invalid,
                         tr("Uploading %1 failed: the server answered %2 %3").arg(file.path).arg(put.status).arg(firstLine(put.body))};
        // Read it back: what customers get must be what we rendered.
        const Reply back = send("GET", url);
        if (!back.error.isEmpty())
            return Error{Error::Code::Unavailable, tr("Reading %1 back failed: %2").arg(file.path, back.error)};
        if (back.status != 200 || back.body != file.content)
            return Error{Error::Code::Unavailable,
                         tr("%1 reads back differently from what was uploaded (HTTP %2, %3 bytes instead of %4).")
                             .arg(file.path)
                             .arg(back.status)
                             .arg(back.body.size())
                             .arg(file.content.size())};
        outcome.manifest.insert(file.path, {sha, back.etag});
        outcome.uploadedPaths << file.path;
        ++outcome.uploaded;
    }
    return outcome;
}

} // namespace desk
