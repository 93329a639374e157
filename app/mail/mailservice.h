// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailsender.h"
#include "store/databaseurl.h"

#include <QMap>
#include <QObject>

#include <atomic>

namespace desk {

class ChangeFeed;
class DbWorker;
class WakeSchedule;

/**
 * Sends the messages to reporters without anyone asking: a thread and connection of its own runs
 * the MailSender when the change feed says a mail job was made or changed (a notice published, a
 * report linked, a lead's retry), when the next retry falls due, and once a minute as a safety
 * net. On start it settles what this sender left behind: claimed jobs go back to the queue, a
 * message it was sending when it stopped is marked in doubt.
 */
class MailService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailService)

public:
    /** `name` identifies this sender across restarts (host and instance). */
    MailService(DatabaseUrl url, User actor, MailSettings settings, QString name, QObject *parent = nullptr);
    /** Stops after the message in hand; what it had claimed goes back to the queue. */
    ~MailService() override;

    void start();
    void wake();

    static constexpr int kSafetyNetMs = 60 * 1000;

signals:
    /** A run ended; `jobs` counts every mail job by state after it. */
    void ran(const desk::MailRunReport &report, const QMap<desk::MailState, int> &jobs);
    void failed(const QString &message);

private:
    void run();

    DatabaseUrl m_url;
    User m_actor;
    MailSettings m_settings;
    QString m_name;
    DbWorker *m_worker;
    ChangeFeed *m_feed;
    WakeSchedule *m_schedule;
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
};

} // namespace desk
