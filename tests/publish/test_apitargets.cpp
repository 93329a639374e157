// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing to Statuspage, Cachet, Zendesk Guide and a signed webhook, against the local
// stand-ins in tests/support (fakeapiserver), on SQLite and PostgreSQL: the exact requests, the
// remote ids kept so later updates PATCH or PUT, 4xx stopping a job with the server's message,
// and 30 % of requests failing or timing out while every job still ends published exactly once.
#include "fakeapiserver.h"
#include "storetestsupport.h"

#include "core/clock.h"
#include "publish/apipublishers.h"
#include "publish/publicationrunner.h"
#include "store/incidentrepository.h"
#include "store/publicationrepository.h"
#include "store/servicerepository.h"
#include "store/updaterepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace desk;
using namespace desk::test;

class TestApiTargets final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void statuspageCreatesThenPatches();
    void cachetCreatesThenAddsUpdates();
    void statusFollowsEveryStateOfTheLifecycle();
    void zendeskKeepsOneArticleWithTranslations();
    void webhookIsSignedAndCarriesItsKey();
    void refusedRequestStopsWithTheServersMessage();
    void missingCredentialsKeepTheJobWaiting();
    void faultsStillPublishEveryJobExactlyOnce();
    void aTargetTestReachesTheApiAndWritesNothing();

private:
    PublicationTarget addTarget(PublicationKind kind, const QString &name, const QJsonObject &config);
    Id publish(const QString &english, UpdateKind kind = UpdateKind::Progress);
    RunnerReport run();
    QList<PublicationJob> jobs(PublicationKind kind);

    /** The stand-in for the four APIs, after it has handled all it received. */
    FakeApiServer *server() { return m_apis->server(); }

    std::unique_ptr<FakeApiService> m_apis;
    std::unique_ptr<TestDatabase> m_t;
    User m_anna, m_giulia, m_admin;
    std::unique_ptr<Database> m_annaDb, m_giuliaDb, m_adminDb;
    Incident m_incident;
    QHash<Id, QString> m_secrets;
    QDateTime m_now;
};

void TestApiTargets::init()
{
    m_apis = std::make_unique<FakeApiService>();
    QVERIFY(server()->url().port() > 0);
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    m_anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    m_giulia = makeUser(*m_t, QStringLiteral("giulia"), Role::Lead);
    m_admin = makeUser(*m_t, QStringLiteral("boss"), Role::Admin);
    m_annaDb = workstation(*m_t, m_anna);
    m_giuliaDb = workstation(*m_t, m_giulia);
    m_adminDb = workstation(*m_t, m_admin);
    m_now = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
    Clock::setSource([this] { return m_now; });
    QVERIFY(ServiceRepository(m_t->db()).ensure(QStringLiteral("payments"), QStringLiteral("Payments")).ok());
    QVERIFY(m_t->db().exec(QStringLiteral("UPDATE services SET status = 'major_outage' WHERE key = 'payments'")).ok());
    Incident draft;
    draft.title = QStringLiteral("Card payments <script>alert(1)</script> failing");
    draft.impactSummary = QStringLiteral("Customers cannot pay by card <img src=x onerror=alert(2)>.");
    draft.serviceKeys = {QStringLiteral("payments")};
    draft.impact = ImpactLevel::Major;
    auto created = IncidentRepository(*m_annaDb, m_anna).create(draft);
    QVERIFY2(created.ok(), qPrintable(created.errorString()));
    m_incident = created.value();
    m_secrets.clear();
}

void TestApiTargets::cleanup()
{
    m_annaDb.reset();
    m_giuliaDb.reset();
    m_adminDb.reset();
    m_t.reset();
    m_apis.reset();
    Clock::setSource({});
}

PublicationTarget TestApiTargets::addTarget(PublicationKind kind, const QString &name, const QJsonObject &config)
{
    auto t = PublicationRepository(*m_adminDb, m_admin)
                 .addTarget(kind, name, QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)));
    if (!t.ok())
        qFatal("%s", qPrintable(t.errorString()));
    return t.value();
}

Id TestApiTargets::publish(const QString &english, UpdateKind kind)
{
    auto u = UpdateRepository(*m_annaDb, m_anna)
                 .createDraft(m_incident.id, kind, {{Language::En, english}, {Language::It, QStringLiteral("IT: ") + english}});
    u = UpdateRepository(*m_annaDb, m_anna).submit(u->update.id, u->update.version);
    u = UpdateRepository(*m_giuliaDb, m_giulia).approve(u->update.id, u->update.version);
    u = UpdateRepository(*m_giuliaDb, m_giulia).publish(u->update.id, u->update.version);
    if (!u.ok())
        qFatal("%s", qPrintable(u.errorString()));
    return u->update.id;
}

RunnerReport TestApiTargets::run()
{
    PublicationRunner runner(*m_giuliaDb, m_giulia);
    runner.setSecretLookup([this](const PublicationTarget &t) { return m_secrets.value(t.id); });
    auto report = runner.runDue();
    if (!report.ok())
        qFatal("%s", qPrintable(report.errorString()));
    return report.value();
}

QList<PublicationJob> TestApiTargets::jobs(PublicationKind kind)
{
    QList<PublicationJob> out;
    const QList<PublicationJob> all = PublicationRepository(m_t->db(), m_anna).jobs().value();
    for (const PublicationJob &j : all)
        if (j.targetKind == kind)
            out.prepend(j); // oldest first
    return out;
}

void TestApiTargets::statuspageCreatesThenPatches()
{
    const PublicationTarget target = addTarget(PublicationKind::Statuspage, QStringLiteral("Statuspage"),
                                               {{QStringLiteral("apiUrl"), server()->url().toString()},
                                                {QStringLiteral("pageId"), QStringLiteral("pg1")},
                                                {QStringLiteral("components"), QJsonObject{{QStringLiteral("payments"), QStringLiteral("cmp9")}}}});
    m_secrets.insert(target.id, QString::fromLatin1(server()->credentials().statuspageKey));
    publish(QStringLiteral("We are looking into failing card payments."));
    QCOMPARE(run().done, 1);
    QCOMPARE(server()->violations, QStringList());
    QCOMPARE(server()->calls, (QList<QByteArray>{"GET /v1/pages/pg1/incidents", "POST /v1/pages/pg1/incidents"}));
    QCOMPARE(server()->statuspage.size(), 1);
    const auto remote = server()->statuspage.first();
    QCOMPARE(remote.name, m_incident.title); // as text: Statuspage escapes what it shows
    QCOMPARE(remote.status, QStringLiteral("investigating"));
    QCOMPARE(remote.impact, QStringLiteral("major"));
    QCOMPARE(remote.components.value(QStringLiteral("cmp9")).toString(), QStringLiteral("major_outage"));
    QCOMPARE(remote.metadata.value(QStringLiteral("incident_desk")).toObject().value(QStringLiteral("reference")).toString(),
             m_incident.reference);
    PublicationJob job = jobs(PublicationKind::Statuspage).first();
    QCOMPARE(job.state, JobState::Done);
    QCOMPARE(job.remoteUrl, QStringLiteral("https://stspg.io/") + remote.id);
    QCOMPARE(job.remoteId, remote.updates.first().value(QStringLiteral("id")).toString());

    // The next update PATCHes the same incident; the resolution resolves it and the component.
    server()->calls.clear();
    publish(QStringLiteral("Fixed: payments work again."), UpdateKind::Resolution);
    QCOMPARE(run().done, 1);
    QCOMPARE(server()->calls, (QList<QByteArray>{"PATCH /v1/pages/pg1/incidents/" + remote.id.toUtf8()}));
    QCOMPARE(server()->statuspage.size(), 1);
    const auto after = server()->statuspage.first();
    QCOMPARE(after.updates.size(), 2);
    QCOMPARE(after.status, QStringLiteral("resolved"));
    QCOMPARE(after.components.value(QStringLiteral("cmp9")).toString(), QStringLiteral("operational"));
    QCOMPARE(m_t->db().scalar(QStringLiteral("SELECT count(*) FROM publication_remote_objects"))->toInt(), 1);
    QCOMPARE(server()->violations, QStringList());
}

void TestApiTargets::statusFollowsEveryStateOfTheLifecycle()
{
    // Both APIs know four incident states; each of the policy's states maps to one of them, and a
    // closing update resolves the incident before the lifecycle moves.
    const PublicationTarget statuspage = addTarget(
        PublicationKind::Statuspage, QStringLiteral("Statuspage"),
        {{QStringLiteral("apiUrl"), server()->url().toString()}, {QStringLiteral("pageId"), QStringLiteral("pg1")}});
    m_secrets.insert(statuspage.id, QString::fromLatin1(server()->credentials().statuspageKey));
    const PublicationTarget cachet = addTarget(PublicationKind::Cachet, QStringLiteral("Cachet"),
                                               {{QStringLiteral("baseUrl"), QString(server()->url().toString() + u'/')}});
    m_secrets.insert(cachet.id, QString::fromLatin1(server()->credentials().cachetToken));
    auto moveTo = [this](IncidentState to) {
        IncidentRepository incidents(*m_annaDb, m_anna);
        auto moved = incidents.transition(m_incident.id, to, incidents.get(m_incident.id)->version);
        QVERIFY2(moved.ok(), qPrintable(moved.errorString()));
        QCOMPARE(moved->state, to);
    };
    struct Step
    {
        IncidentState moveTo;
        UpdateKind kind;
        QString statuspage;
        int cachet;
    };
    const QList<Step> steps{
        {IncidentState::Reported, UpdateKind::Acknowledgement, QStringLiteral("investigating"), 1},
        {IncidentState::Acknowledged, UpdateKind::Progress, QStringLiteral("investigating"), 1},
        {IncidentState::Investigating, UpdateKind::Progress, QStringLiteral("investigating"), 1},
        {IncidentState::Identified, UpdateKind::Progress, QStringLiteral("identified"), 2},
        {IncidentState::Monitoring, UpdateKind::Progress, QStringLiteral("monitoring"), 3},
        {IncidentState::Identified, UpdateKind::Resolution, QStringLiteral("resolved"), 4},
    };
    for (const Step &step : steps) {
        if (step.moveTo != IncidentState::Reported)
            moveTo(step.moveTo);
        if (QTest::currentTestFailed())
            return;
        publish(QStringLiteral("Update while %1").arg(toKey(step.moveTo)), step.kind);
        QCOMPARE(run().done, 2);
        QCOMPARE(server()->violations, QStringList());
        QCOMPARE(server()->statuspage.size(), 1);
        QCOMPARE(server()->statuspage.first().status, step.statuspage);
        QCOMPARE(server()->statuspage.first().updates.last().value(QStringLiteral("status")).toString(), step.statuspage);
        QCOMPARE(server()->cachet.size(), 1);
        QCOMPARE(server()->cachet.first().status, step.cachet);
    }
    moveTo(IncidentState::Resolved);
    QCOMPARE(server()->statuspage.first().updates.size(), steps.size());
}

void TestApiTargets::cachetCreatesThenAddsUpdates()
{
    const PublicationTarget target = addTarget(PublicationKind::Cachet, QStringLiteral("Cachet"),
                                               {{QStringLiteral("baseUrl"), QString(server()->url().toString() + u'/')},
                                                {QStringLiteral("components"), QJsonObject{{QStringLiteral("payments"), 4}}}});
    m_secrets.insert(target.id, QString::fromLatin1(server()->credentials().cachetToken));
    publish(QStringLiteral("Card payments fail."));
    QCOMPARE(run().done, 1);
    QCOMPARE(server()->violations, QStringList());
    QCOMPARE(server()->calls, (QList<QByteArray>{"GET /api/v1/incidents", "POST /api/v1/incidents", "PUT /api/v1/components/4"}));
    QCOMPARE(server()->cachet.size(), 1);
    const auto remote = server()->cachet.first();
    QCOMPARE(remote.message, QStringLiteral("Card payments fail."));
    QCOMPARE(remote.status, 1);
    QCOMPARE(server()->cachetComponents.value(QStringLiteral("4")), 4); // major outage
    QCOMPARE(jobs(PublicationKind::Cachet).first().remoteUrl, server()->url().toString() + QStringLiteral("/incidents/")
                                                                  + QString::number(remote.id));

    server()->calls.clear();
    publish(QStringLiteral("Payments work again."), UpdateKind::Resolution);
    QCOMPARE(run().done, 1);
    const QByteArray incident = "/api/v1/incidents/" + QByteArray::number(remote.id);
    QCOMPARE(server()->calls, (QList<QByteArray>{"POST " + incident + "/updates", "PUT " + incident, "PUT /api/v1/components/4"}));
    const auto after = server()->cachet.first();
    QCOMPARE(after.updates.size(), 1);
    QCOMPARE(after.updates.first().value(QStringLiteral("status")).toInt(), 4);
    QCOMPARE(after.status, 4);
    QCOMPARE(server()->cachetComponents.value(QStringLiteral("4")), 1);
    QCOMPARE(jobs(PublicationKind::Cachet).last().remoteId, QString::number(after.updates.first().value(QStringLiteral("id")).toInt()));
    QCOMPARE(server()->violations, QStringList());
}

void TestApiTargets::zendeskKeepsOneArticleWithTranslations()
{
    const PublicationTarget target = addTarget(PublicationKind::Zendesk, QStringLiteral("Zendesk"),
                                               {{QStringLiteral("baseUrl"), server()->url().toString()},
                                                {QStringLiteral("sectionId"), 360001},
                                                {QStringLiteral("user"), QString::fromLatin1(server()->credentials().zendeskUser)},
                                                {QStringLiteral("locales"), QJsonObject{{QStringLiteral("en"), QStringLiteral("en-us")},
                                                                                        {QStringLiteral("it"), QStringLiteral("it")}}}});
    m_secrets.insert(target.id, QString::fromLatin1(server()->credentials().zendeskToken));
    publish(QStringLiteral("Card payments fail **for some**."));
    QCOMPARE(run().done, 1);
    QCOMPARE(server()->violations, QStringList());
    QCOMPARE(server()->zendesk.size(), 1);
    const auto article = server()->zendesk.first();
    QCOMPARE(article.section, QStringLiteral("360001"));
    QCOMPARE(article.labels, QStringList{m_incident.reference.toLower()});
    QCOMPARE(article.translations.keys(), (QStringList{QStringLiteral("en-us"), QStringLiteral("it")}));
    const QString en = article.translations.value(QStringLiteral("en-us")).value(QStringLiteral("body")).toString();
    const QString it = article.translations.value(QStringLiteral("it")).value(QStringLiteral("body")).toString();
    QVERIFY2(en.contains(QLatin1String("<strong>for some</strong>")), qPrintable(en));
    QVERIFY(it.contains(QLatin1String("IT: Card payments fail")));
    // Customer-written text arrives escaped, never as markup.
    QVERIFY(en.contains(QLatin1String("&lt;img src=x onerror=alert(2)&gt;")));
    QVERIFY(!en.contains(QLatin1String("<img")));
    QVERIFY(!en.contains(QLatin1String("<script")));
    QVERIFY(article.translations.value(QStringLiteral("en-us")).value(QStringLiteral("title")).toString().contains(m_incident.reference));

    server()->calls.clear();
    publish(QStringLiteral("Payments work again."), UpdateKind::Resolution);
    QCOMPARE(run().done, 1);
    const QByteArray base = "/api/v2/help_center/articles/" + QByteArray::number(article.id) + "/translations/";
    QCOMPARE(server()->calls, (QList<QByteArray>{"PUT " + base + "en-us.json", "PUT " + base + "it.json"}));
    QCOMPARE(server()->zendesk.size(), 1);
    QVERIFY(server()->zendesk.first().translations.value(QStringLiteral("it")).value(QStringLiteral("body")).toString().contains(
        QLatin1String("IT: Payments work again.")));
    const PublicationJob job = jobs(PublicationKind::Zendesk).last();
    QCOMPARE(job.remoteId, QString::number(article.id));
    QVERIFY(job.remoteUrl.contains(QLatin1String("/articles/")));
    QCOMPARE(server()->violations, QStringList());
}

void TestApiTargets::webhookIsSignedAndCarriesItsKey()
{
    const PublicationTarget target = addTarget(PublicationKind::Webhook, QStringLiteral("Chat"),
                                               QJsonObject{{QStringLiteral("url"), QString(server()->url().toString() + QStringLiteral("/hooks/chat"))},
                                                           {QStringLiteral("timeoutMs"), 300}});
    m_secrets.insert(target.id, QString::fromLatin1(server()->credentials().webhookSecret));
    const Id update = publish(QStringLiteral("Card payments fail."));
    QCOMPARE(run().done, 1);
    QCOMPARE(server()->violations, QStringList());
    QCOMPARE(server()->deliveries.size(), 1);
    const PublicationJob job = jobs(PublicationKind::Webhook).first();
    QCOMPARE(server()->deliveries.first().key, job.idempotencyKey);
    const QJsonObject body = server()->deliveries.first().body;
    QCOMPARE(body.value(QStringLiteral("incident")).toObject().value(QStringLiteral("reference")).toString(), m_incident.reference);
    QCOMPARE(body.value(QStringLiteral("incident")).toObject().value(QStringLiteral("title")).toString(), m_incident.title);
    QCOMPARE(body.value(QStringLiteral("update")).toObject().value(QStringLiteral("id")).toInteger(), update);
    QCOMPARE(body.value(QStringLiteral("update")).toObject().value(QStringLiteral("bodies")).toObject().value(QStringLiteral("it")).toString(),
             QStringLiteral("IT: Card payments fail."));
    QCOMPARE(body.value(QStringLiteral("incident")).toObject().value(QStringLiteral("services")).toArray().first().toObject().value(
                 QStringLiteral("status")).toString(),
             QStringLiteral("major_outage"));
    // A delivery that arrived without an answer is sent again with the same key, and the
    // receiver applies it once.
    server()->silenceNext(1);
    const PublicationTarget quick = addTarget(PublicationKind::Webhook, QStringLiteral("Quick"),
                                              QJsonObject{{QStringLiteral("url"), QString(server()->url().toString() + QStringLiteral("/hooks/quick"))},
                                                          {QStringLiteral("timeoutMs"), 300}});
    m_secrets.insert(quick.id, QString::fromLatin1(server()->credentials().webhookSecret));
    publish(QStringLiteral("Still failing."));
    RunnerReport report = run();
    QCOMPARE(report.done, 1);
    QCOMPARE(report.retrying, 1); // the one that heard nothing
    m_now = m_now.addSecs(3600);
    QCOMPARE(run().done, 1);
    QCOMPARE(server()->deliveries.size(), 4);
    QSet<QString> keys;
    for (const auto &d : std::as_const(server()->deliveries))
        keys.insert(d.key);
    QCOMPARE(keys.size(), 3);
    QCOMPARE(server()->accepted.size(), 3);

    // The signature covers the timestamp and the exact body.
    const QByteArray raw = R"({"a":1})";
    QCOMPARE(ApiPublishers::webhookSignature("k", "10", raw),
             "sha256=" + QMessageAuthenticationCode::hash("10." + raw, "k", QCryptographicHash::Sha256).toHex());
}

void TestApiTargets::refusedRequestStopsWithTheServersMessage()
{
    const PublicationTarget target = addTarget(PublicationKind::Webhook, QStringLiteral("Chat"),
                                               QJsonObject{{QStringLiteral("url"), QString(server()->url().toString() + QStringLiteral("/hooks/chat"))}});
    m_secrets.insert(target.id, QStringLiteral("not the receiver's secret"));
    publish(QStringLiteral("Card payments fail."));
    const RunnerReport report = run();
    QCOMPARE(report.failed, 1);
    const PublicationJob job = jobs(PublicationKind::Webhook).first();
    QCOMPARE(job.state, JobState::Failed); // a 4xx is not retried by itself
    QCOMPARE(job.attempts, 1);
    QVERIFY2(job.lastError.contains(QLatin1String("401")) && job.lastError.contains(QLatin1String("signature does not match")),
             qPrintable(job.lastError));
    QVERIFY(!job.lastError.contains(QLatin1String("not the receiver's secret")));
    QVERIFY(server()->accepted.isEmpty());
}

void TestApiTargets::missingCredentialsKeepTheJobWaiting()
{
    addTarget(PublicationKind::Statuspage, QStringLiteral("Statuspage"),
              {{QStringLiteral("apiUrl"), server()->url().toString()}, {QStringLiteral("pageId"), QStringLiteral("pg1")}});
    publish(QStringLiteral("Card payments fail."));
    QCOMPARE(run().waiting, 1);
    const PublicationJob job = jobs(PublicationKind::Statuspage).first();
    QCOMPARE(job.state, JobState::Pending);
    QCOMPARE(job.attempts, 0);
    QVERIFY2(job.lastError.contains(QLatin1String("no credentials")), qPrintable(job.lastError));
    QCOMPARE(server()->requests(), 0);
}

void TestApiTargets::faultsStillPublishEveryJobExactlyOnce()
{
    const QString url = server()->url().toString();
    auto with = [&](QJsonObject o) {
        o.insert(QStringLiteral("timeoutMs"), 400);
        return o;
    };
    const auto sp = addTarget(PublicationKind::Statuspage, QStringLiteral("Statuspage"),
                              with({{QStringLiteral("apiUrl"), url}, {QStringLiteral("pageId"), QStringLiteral("pg1")}}));
    const auto ca = addTarget(PublicationKind::Cachet, QStringLiteral("Cachet"), with(QJsonObject{{QStringLiteral("baseUrl"), url}}));
    const auto zd = addTarget(PublicationKind::Zendesk, QStringLiteral("Zendesk"),
                              with({{QStringLiteral("baseUrl"), url},
                                    {QStringLiteral("sectionId"), 7},
                                    {QStringLiteral("user"), QString::fromLatin1(server()->credentials().zendeskUser)},
                                    {QStringLiteral("locales"), QJsonObject{{QStringLiteral("en"), QStringLiteral("en-us")},
                                                                            {QStringLiteral("it"), QStringLiteral("it")}}}}));
    const auto wh = addTarget(PublicationKind::Webhook, QStringLiteral("Chat"), with(QJsonObject{{QStringLiteral("url"), QString(url + QStringLiteral("/hooks/c"))}}));
    m_secrets.insert(sp.id, QString::fromLatin1(server()->credentials().statuspageKey));
    m_secrets.insert(ca.id, QString::fromLatin1(server()->credentials().cachetToken));
    m_secrets.insert(zd.id, QString::fromLatin1(server()->credentials().zendeskToken));
    m_secrets.insert(wh.id, QString::fromLatin1(server()->credentials().webhookSecret));
    server()->setFaults(0.3, 20261125);

    constexpr int kUpdates = 10;
    QStringList texts;
    for (int n = 0; n < kUpdates; ++n) {
        texts << QStringLiteral("Update number %1 on the card payments.").arg(n + 1);
        publish(texts.last());
        // Jobs are sent as they come, and again whenever they are due, an hour of backoff later at most.
        for (int round = 0; round < 3; ++round) {
            run();
            m_now = m_now.addSecs(3600);
        }
    }
    // Until everything is done: a job that used up its attempts is put back by a lead, as in the
    // Publications view.
    PublicationRepository leads(*m_giuliaDb, m_giulia);
    for (int round = 0; round < 60; ++round) {
        bool allDone = true;
        const QList<PublicationJob> current = leads.jobs().value();
        for (const PublicationJob &j : current) {
            allDone = allDone && j.state == JobState::Done;
            if (j.state == JobState::Failed) {
                QVERIFY2(j.lastError.contains(QLatin1String("503")) || j.lastError.contains(QLatin1String("answer"))
                             || j.lastError.contains(QLatin1String("closed")) || j.lastError.contains(QLatin1String("failed")),
                         qPrintable(j.lastError));
                QVERIFY(leads.retry(j.id, j.version).ok());
            }
        }
        if (allDone)
            break;
        run();
        m_now = m_now.addSecs(3600);
    }
    const QList<PublicationJob> all = leads.jobs().value();
    QCOMPARE(all.size(), kUpdates * 4);
    for (const PublicationJob &j : all)
        QVERIFY2(j.state == JobState::Done, qPrintable(j.targetName + u' ' + j.lastError));
    QVERIFY2(server()->faultsInjected() >= 10, qPrintable(QString::number(server()->faultsInjected())));
    QVERIFY2(server()->silentFaults() >= 3, qPrintable(QString::number(server()->silentFaults())));
    QCOMPARE(server()->violations, QStringList());

    // Statuspage: one incident, each update exactly once, in order.
    QCOMPARE(server()->statuspage.size(), 1);
    QStringList spBodies;
    for (const QJsonObject &u : server()->statuspage.first().updates)
        spBodies << u.value(QStringLiteral("body")).toString();
    QCOMPARE(spBodies, texts);
    // Cachet: one incident whose message is the first update, then each later one once.
    QCOMPARE(server()->cachet.size(), 1);
    QStringList caBodies{server()->cachet.first().message};
    for (const QJsonObject &u : server()->cachet.first().updates)
        caBodies << u.value(QStringLiteral("message")).toString();
    QCOMPARE(caBodies, texts);
    // Zendesk: one article, its translations showing every update.
    QCOMPARE(server()->zendesk.size(), 1);
    const QString article = server()->zendesk.first().translations.value(QStringLiteral("en-us")).value(QStringLiteral("body")).toString();
    for (const QString &t : std::as_const(texts))
        QCOMPARE(article.count(t), 1);
    // Webhook: every job accepted once, by its key, whatever was delivered twice.
    QCOMPARE(server()->accepted.size(), kUpdates);
    for (const PublicationJob &j : jobs(PublicationKind::Webhook))
        QVERIFY(server()->accepted.contains(j.idempotencyKey));
    qInfo("%d requests, %d faults injected (%d done but unanswered), %d webhook deliveries for %d updates",
          server()->requests(), server()->faultsInjected(), server()->silentFaults(), int(server()->deliveries.size()), kUpdates);
}

void TestApiTargets::aTargetTestReachesTheApiAndWritesNothing()
{
    const QString base = server()->url().toString();
    const FakeApiServer::Credentials keys = server()->credentials();
    struct Case
    {
        PublicationTarget target;
        QByteArray secret;
        bool tokenChecked; // Cachet checks its token only when something is written
    };
    const QList<Case> cases{
        {addTarget(PublicationKind::Statuspage, QStringLiteral("SP"), {{QStringLiteral("apiUrl"), base}, {QStringLiteral("pageId"), QStringLiteral("pg1")}}),
         keys.statuspageKey, true},
        {addTarget(PublicationKind::Cachet, QStringLiteral("CA"), QJsonObject{{QStringLiteral("baseUrl"), base}}), keys.cachetToken, false},
        {addTarget(PublicationKind::Zendesk, QStringLiteral("ZD"),
                   {{QStringLiteral("baseUrl"), base}, {QStringLiteral("sectionId"), 360001},
                    {QStringLiteral("user"), QString::fromLatin1(keys.zendeskUser)}}),
         keys.zendeskToken, true},
        {addTarget(PublicationKind::Webhook, QStringLiteral("WH"), QJsonObject{{QStringLiteral("url"), QString(base + QStringLiteral("/hooks/chat"))}}),
         keys.webhookSecret, true}};
    PublicationRunner runner(*m_giuliaDb, m_giulia);
    for (const Case &c : cases) {
        auto good = runner.probe(c.target, QString::fromLatin1(c.secret));
        QVERIFY2(good.ok(), qPrintable(c.target.name + QStringLiteral(": ") + good.errorString()));
        QVERIFY2(good->startsWith(c.target.name), qPrintable(good.value()));
        auto wrong = runner.probe(c.target, QStringLiteral("not-the-key"));
        if (c.tokenChecked) {
            QVERIFY2(!wrong.ok(), qPrintable(c.target.name));
            QCOMPARE(wrong.error().code, Error::Code::Forbidden);
            QVERIFY2(!wrong.errorString().contains(QLatin1String("not-the-key")), qPrintable(wrong.errorString()));
        }
    }
    // Nobody's server holds anything new: no incident, article or delivery.
    QVERIFY(server()->statuspage.isEmpty());
    QVERIFY(server()->cachet.isEmpty());
    QVERIFY(server()->zendesk.isEmpty());
    QVERIFY(server()->accepted.isEmpty());
    QVERIFY2(server()->violations.isEmpty() || server()->violations.join(u'\n').contains(QLatin1String("wrong")),
             qPrintable(server()->violations.join(u'\n')));
    // A server that is not there.
    const PublicationTarget nowhere = addTarget(PublicationKind::Statuspage, QStringLiteral("Nowhere"),
                                                {{QStringLiteral("apiUrl"), QStringLiteral("http://127.0.0.1:9")},
                                                 {QStringLiteral("pageId"), QStringLiteral("pg1")}});
    auto away = runner.probe(nowhere, QStringLiteral("k"));
    QVERIFY(!away.ok());
    QVERIFY2(away.errorString().contains(QLatin1String("does not answer")), qPrintable(away.errorString()));
}

QTEST_GUILESS_MAIN(TestApiTargets)
#include "test_apitargets.moc"
