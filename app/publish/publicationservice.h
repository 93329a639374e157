// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "runnerreport.h"
#include "store/databaseurl.h"

#include <QObject>

#include <functional>

namespace desk {

class ChangeFeed;
class DbWorker;
class WakeSchedule;

/**
 * Sends publication jobs without anyone asking: a thread and connection of its own runs the
 * PublicationRunner when the change feed says a job was created or changed, when the next retry
 * falls due, and once a minute as a safety net (a sender that died mid-job leaves it to be taken
 * back). A lead's window and the headless service both run one; the database gives each job to
 * one sender only, so both at once still send it once. Jobs of a target whose secret this sender
 * lacks stay waiting for one that has it.
 */
class PublicationService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublicationService)

public:
    using SecretLookup = std::function<QString(const PublicationTarget &)>;

    /** `feed`: a change feed the caller already follows (the window's), or null for one of its own. */
    PublicationService(DatabaseUrl url, User actor, SecretLookup secrets, ChangeFeed *feed = nullptr, QObject *parent = nullptr);
    ~PublicationService() override;

    void start();
    /** Something may be due: runs soon (several calls close together make one run). */
    void wake();
    bool isRunning() const;

    static constexpr int kSafetyNetMs = 60 * 1000;

signals:
    /** A run ended (also when it found nothing to send). */
    void ran(const desk::RunnerReport &report);
    void failed(const QString &message);

private:
    void run();

    DatabaseUrl m_url;
    User m_actor;
    SecretLookup m_secrets;
    DbWorker *m_worker;
    ChangeFeed *m_feed;
    WakeSchedule *m_schedule;
};

} // namespace desk

Q_DECLARE_METATYPE(desk::RunnerReport)
