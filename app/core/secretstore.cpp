// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace desk {

namespace {
const QString kService = QStringLiteral("incident-desk");

template<typename Job>
bool runJob(Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
}
} // namespace

SecretStore &SecretStore::instance()
{
    static SecretStore store;
    return store;
}

void SecretStore::keepForSession(const QString &key, const QString &secret)
{
    QMutexLocker lock(&m_mutex);
    m_session.insert(key, secret);
}

bool SecretStore::isSessionOnly(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    return m_session.contains(key);
}

bool SecretStore::keychainAvailable()
{
    QMutexLocker lock(&m_mutex);
    if (m_available < 0) {
        QKeychain::WritePasswordJob job(kService);
        job.setAutoDelete(false);
        job.setKey(QStringLiteral("probe"));
        job.setTextData(QStringLiteral("probe"));
        m_available = runJob(job) ? 1 : 0;
        if (m_available) {
            QKeychain::DeletePasswordJob del(kService);
            del.setAutoDelete(false);
            del.setKey(QStringLiteral("probe"));
            runJob(del);
        }
    }
    return m_available == 1;
}

Status SecretStore::store(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(key);
    job.setTextData(secret);
    if (!runJob(job))
        return Error{Error::Code::Unavailable,
                     QCoreApplication::translate("desk::SecretStore", "The keychain did not store the secret: %1")
                         .arg(job.errorString())};
    return {};
}

Result<QString> SecretStore::read(const QString &key)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_session.contains(key))
            return m_session.value(key);
        if (m_available == 0)
            return Error::notFound(QCoreApplication::translate("desk::SecretStore", "No keychain service is running."));
    }
    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(key);
    if (!runJob(job))
        return Error::notFound(job.errorString());
    return job.textData();
}

Status SecretStore::remove(const QString &key)
{
    {
        QMutexLocker lock(&m_mutex);
        m_session.remove(key);
    }
    QKeychain::DeletePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(key);
    runJob(job);
    return {};
}

} // namespace desk
