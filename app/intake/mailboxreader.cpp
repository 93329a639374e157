// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailboxreader.h"

#include "core/logging.h"
#include "export/emlwriter.h"
#include "imapidle.h"
#include "intakepipeline.h"
#include "mail/vmimesupport.h"
#include "mailparser.h"

#include <QCoreApplication>
#include <QFile>

#include <vmime/vmime.hpp>

Q_LOGGING_CATEGORY(lcMailbox, "desk.mailbox", QtInfoMsg)

namespace desk {

namespace {
std::string utf8(const QString &s)
{
    return s.toStdString();
}

vmime::net::folder::path folderPath(const QString &name)
{
    vmime::net::folder::path path;
    for (const QString &part : name.split(u'/', Qt::SkipEmptyParts))
        path.appendComponent(vmime::net::folder::path::component(utf8(part), vmime::charset(vmime::charsets::UTF_8)));
    return path;
}

using Kind = IntakeOutcome::Kind;
constexpr int kLongestRetrySeconds = 300;
} // namespace

struct MailboxReader::Connection
{
    vmime::shared_ptr<vmime::net::session> session;
    vmime::shared_ptr<vmime::net::store> store;
    vmime::shared_ptr<vmime::net::folder> folder;
};

MailboxReader::MailboxReader(MailboxSettings settings, IntakePipeline &pipeline)
    : m_settings(std::move(settings)), m_pipeline(pipeline)
{
}

MailboxReader::~MailboxReader()
{
    stop();
}

MailboxReader::Stats MailboxReader::stats() const
{
    std::lock_guard lock(m_mutex);
    Stats s = m_stats;
    s.idle = m_idle && m_idle->idling();
    return s;
}

Status MailboxReader::connect()
{
    if (m_connection && m_connection->store->isConnected())
        return {};
    disconnect();
    Eml::ensurePlatform();
    auto c = std::make_unique<Connection>();
    try {
        c->session = vmime::net::session::create();
        const bool implicitTls = m_settings.security == MailboxSettings::Security::Tls;
        const std::string url = std::string(implicitTls ? "imaps://" : "imap://") + utf8(m_settings.host) + ':'
                                + std::to_string(m_settings.port);
        c->store = c->session->getStore(vmime::utility::url(url));
        const bool startTls = m_settings.security == MailboxSettings::Security::StartTls;
        c->store->setProperty("connection.tls", startTls);
        c->store->setProperty("connection.tls.required", startTls);
        c->store->setProperty("auth.username", utf8(m_settings.user));
        c->store->setProperty("auth.password", utf8(m_settings.password));
        c->store->setProperty("options.sasl", false);
        if (Status trust = VmimeSupport::trustCertificates(*c->store, m_settings.caFile); !trust.ok())
            return trust;
        c->store->connect();
        c->folder = c->store->getFolder(folderPath(m_settings.folder));
        c->folder->open(vmime::net::folder::MODE_READ_WRITE);
        for (const QString &name : {m_settings.processedFolder, m_settings.refusedFolder}) {
            auto target = c->store->getFolder(folderPath(name));
            if (!target->exists()) {
                vmime::net::folderAttributes attributes;
                attributes.setType(vmime::net::folderAttributes::TYPE_CONTAINS_MESSAGES);
                target->create(attributes);
            }
        }
    } catch (const std::exception &e) {
        const QString why = QString::fromUtf8(e.what());
        const bool auth = why.contains(QLatin1String("authentication"), Qt::CaseInsensitive);
        return Error{auth ? Error::Code::Forbidden : Error::Code::Unavailable,
                     tr("The mailbox %1@%2:%3 cannot be read: %4")
                         .arg(m_settings.user, m_settings.host)
                         .arg(m_settings.port)
                         .arg(why.left(300))};
    }
    m_connection = std::move(c);
    qCInfo(lcMailbox).noquote() << "reading" << m_settings.folder << "of" << m_settings.user + u'@' + m_settings.host;
    return {};
}

void MailboxReader::disconnect()
{
    if (!m_connection)
        return;
    try {
        if (m_connection->folder && m_connection->folder->isOpen())
            m_connection->folder->close(true);
        if (m_connection->store->isConnected())
            m_connection->store->disconnect();
    } catch (const std::exception &) {
        // going anyway
    }
    m_connection.reset();
}

Result<MailboxReader::Pass> MailboxReader::readOnce()
{
    if (Status s = connect(); !s.ok()) {
        std::lock_guard lock(m_mutex);
        m_stats.connected = false;
        m_stats.lastError = s.errorString();
        ++m_stats.errors;
        return s.error();
    }
    Pass pass;
    try {
        auto folder = m_connection->folder;
        if (folder->isOpen())
            folder->close(false); // selected again below: the server counts what arrived meanwhile
        folder->open(vmime::net::folder::MODE_READ_WRITE);
        const size_t count = folder->getMessageCount();
        if (count > 0) {
            auto messages = folder->getMessages(vmime::net::messageSet::byNumber(1, -1));
            folder->fetchMessages(messages, vmime::net::fetchAttributes::SIZE | vmime::net::fetchAttributes::UID);
            const auto processed = folderPath(m_settings.processedFolder);
            const auto refused = folderPath(m_settings.refusedFolder);
            for (const auto &message : messages) {
                const auto uid = message->getUID();
                auto moveTo = [&](const vmime::net::folder::path &target) {
                    folder->copyMessages(target, vmime::net::messageSet::byUID(uid));
                    folder->deleteMessages(vmime::net::messageSet::byUID(uid));
                };
                if (qint64(message->getSize()) > m_settings.maxMessageBytes) {
                    qCWarning(lcMailbox) << "a message of" << message->getSize() << "bytes is larger than the limit; moved to"
                                         << m_settings.refusedFolder;
                    moveTo(refused);
                    ++pass.notReports;
                    continue;
                }
                std::string raw;
                vmime::utility::outputStreamStringAdapter out(raw);
                message->extract(out);
                ParsedMail mail = MailParser::parse(QByteArray::fromStdString(raw), QDateTime::currentMSecsSinceEpoch());
                if (mail.kind != ParsedMail::Kind::Report) {
                    qCInfo(lcMailbox).noquote() << "not a report:" << mail.item.row.externalRef << '-' << mail.reason;
                    moveTo(refused);
                    ++pass.notReports;
                    continue;
                }
                const IntakeOutcome outcome = m_pipeline.submit(std::move(mail.item));
                if (outcome.kind == Kind::NotKept) {
                    ++pass.left; // the intake cannot keep it now: the next pass tries again
                    break;
                }
                if (outcome.kind == Kind::Failed) {
                    qCWarning(lcMailbox).noquote() << "the database refused a mail, moved to" << m_settings.refusedFolder << ':'
                                                   << outcome.message;
                    moveTo(refused);
                    ++pass.notReports;
                    continue;
                }
                moveTo(processed);
                ++(outcome.kind == Kind::AlreadyReceived ? pass.repeated : pass.reports);
            }
            folder->expunge();
        }
    } catch (const std::exception &e) {
        disconnect();
        std::lock_guard lock(m_mutex);
        m_stats.connected = false;
        m_stats.lastError = tr("Reading the mailbox failed: %1").arg(QString::fromUtf8(e.what()).left(300));
        ++m_stats.errors;
        return Error{Error::Code::Unavailable, m_stats.lastError};
    }
    std::lock_guard lock(m_mutex);
    m_stats.connected = true;
    m_stats.lastPass = QDateTime::currentDateTimeUtc();
    m_stats.reports += pass.reports;
    m_stats.repeated += pass.repeated;
    m_stats.notReports += pass.notReports;
    if (pass.reports > 0)
        m_stats.lastReport = m_stats.lastPass;
    return pass;
}

void MailboxReader::start()
{
    m_stopping = false;
    m_idle = std::make_unique<ImapIdle>(m_settings, [this] {
        {
            std::lock_guard lock(m_mutex);
            m_arrived = true;
        }
        m_wake.notify_one();
    });
    m_idle->start();
    m_thread = std::thread([this] { run(); });
}

void MailboxReader::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
    if (m_idle) {
        m_idle->stop();
        m_idle.reset();
    }
}

void MailboxReader::run()
{
    int retrySeconds = 5;
    for (;;) {
        auto pass = readOnce();
        int waitSeconds = m_settings.pollSeconds;
        if (!pass.ok()) {
            qCWarning(lcMailbox).noquote() << pass.errorString() << QStringLiteral("(trying again in %1 s)").arg(retrySeconds);
            waitSeconds = retrySeconds;
            retrySeconds = std::min(retrySeconds * 2, kLongestRetrySeconds);
        } else {
            retrySeconds = 5;
            if (pass->reports + pass->repeated + pass->notReports > 0)
                qCInfo(lcMailbox) << pass->reports << "reports," << pass->repeated << "already stored," << pass->notReports
                                  << "not reports";
        }
        std::unique_lock lock(m_mutex);
        if (m_wake.wait_for(lock, std::chrono::seconds(waitSeconds), [this] { return m_stopping || m_arrived; }) && m_stopping)
            break;
        m_arrived = false;
    }
    disconnect(); // vmime objects end on the thread that used them
}

} // namespace desk
