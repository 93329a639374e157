// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicefixture.h"

#include "store/intaketokenrepository.h"

#include <QDir>
#include <QTcpServer>

namespace desk::test {

bool ServiceFixture::setUp(TestDatabase &t)
{
    m_t = &t;
    m_service = qEnvironmentVariable("DESK_SERVICE");
    if (!QFileInfo(m_service).isExecutable()) {
        qWarning("DESK_SERVICE must name the built incident-desk-service");
        return false;
    }
    DatabaseUrl url = t.url();
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.remove(QStringLiteral("JOURNAL_STREAM"));
    m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("desk.*.info=true")); // its start and stop lines
    if (url.engine == Engine::Postgres) {
        // Its own login, with only what the intake needs (README, "The service").
        m_login = QStringLiteral("desk_service_%1").arg(QDateTime::currentMSecsSinceEpoch());
        if (!t.db().exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE desk_intake, desk_publisher, desk_mailer").arg(m_login, kPassword)).ok())
            return false;
        url.user = m_login;
        // The password arrives as systemd's LoadCredential= would hand it over.
        const QString credentials = m_dir.filePath(QStringLiteral("credentials"));
        QDir().mkpath(credentials);
        QFile secret(credentials + QStringLiteral("/database-password"));
        if (!secret.open(QIODevice::WriteOnly))
            return false;
        secret.write(kPassword.toUtf8() + '\n');
        secret.close();
        m_env.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), credentials);
        url.password.clear();
    }
    m_databaseUrl = url.engine == Engine::Postgres ? url.toString(false) : url.path;
    QTcpServer probe; // a free loopback port
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return false;
    m_port = probe.serverPort();
    return true;
}

void ServiceFixture::tearDown()
{
    if (m_t && !m_login.isEmpty())
        (void)m_t->db().exec(QStringLiteral("DROP OWNED BY %1; DROP ROLE %1").arg(m_login));
    m_login.clear();
}

QString ServiceFixture::writeConfig(const QString &name, const QString &http, const QString &intake, quint16 port,
                                    const QString &sections) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QStringLiteral("# written by a test\n[database]\nurl=%1\n\n[http]\nlisten=127.0.0.1:%2\n%3\n\n"
                              "[intake]\nspool_path=%4\n%5\n%6")
                   .arg(m_databaseUrl)
                   .arg(port ? port : m_port)
                   .arg(http, m_dir.filePath(name + QStringLiteral(".spool")), intake, sections)
                   .toUtf8());
    return path;
}

QProcess *ServiceFixture::start(const QString &config, const QProcessEnvironment &env, QObject *parent) const
{
    auto *p = new QProcess(parent);
    p->setProcessEnvironment(env);
    p->setProcessChannelMode(QProcess::MergedChannels);
    p->start(m_service, {QStringLiteral("--config"), config});
    return p;
}

bool ServiceFixture::waitListening(QProcess *service, QByteArray *log)
{
    return QTest::qWaitFor([&] {
        *log += service->readAll();
        return log->contains("listening on") || service->state() == QProcess::NotRunning;
    }, 15000) && log->contains("listening on");
}

QByteArray ServiceFixture::issueToken(const QString &name, const QStringList &origins) const
{
    auto issued = IntakeTokenRepository(m_t->db(), User{0, QStringLiteral("boss"), {}, Role::Admin, true}).add(name, origins);
    if (!issued.ok())
        qFatal("cannot add a token: %s", qPrintable(issued.errorString()));
    return issued->secret.toUtf8();
}

} // namespace desk::test
