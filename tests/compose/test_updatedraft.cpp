// SPDX-License-Identifier: GPL-3.0-or-later
// The update draft session without a window, on SQLite and PostgreSQL: the text is kept on this
// computer within a quarter of a second and in the team database after a pause; a local copy
// the database lacks comes back; submitting, withdrawing, discarding, closing with unsaved text.
#include "compose/updatedraftsession.h"
#include "store/dbworker.h"
#include "store/incidentrepository.h"
#include "storetestsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace desk;
using namespace desk::test;

Q_DECLARE_METATYPE(desk::NextStep)

class TestUpdateDraft final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<desk::NextStep>(); }
    void init();
    void cleanup();
    void typedTextIsKeptThenSaved();
    void localCopyTheDatabaseLacksComesBack();
    void submitWithdrawAndEditAgain();
    void closingSavesWhatWasTyped();
    void emptyUpdateIsNotSaved();
    void discardRemovesTheDraftEverywhere();

private:
    std::unique_ptr<UpdateDraftSession> open(Id updateId = 0, UpdateKind kind = UpdateKind::Progress);
    std::optional<UpdateWithBodies> stored(Id id) { return UpdateRepository(m_t->db(), m_anna).get(id).value_or({}); }

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_t;
    User m_anna;
    std::unique_ptr<DbWorker> m_worker;
    Incident m_incident;
    DraftStore m_drafts{QString()};
};

void TestUpdateDraft::init()
{
    m_drafts = DraftStore(m_dir.filePath(QStringLiteral("drafts-%1").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    m_anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    Incident draft;
    draft.title = QStringLiteral("Checkout <b>fails</b>");
    auto created = IncidentRepository(*workstation(*m_t, m_anna), m_anna).create(draft);
    QVERIFY(created.ok());
    m_incident = created.value();
    m_worker = workerFor(*m_t, m_anna);
    QVERIFY(m_worker);
}

void TestUpdateDraft::cleanup()
{
    m_worker.reset();
    m_t.reset();
}

std::unique_ptr<UpdateDraftSession> TestUpdateDraft::open(Id updateId, UpdateKind kind)
{
    auto session = std::make_unique<UpdateDraftSession>(m_worker.get(), m_anna, m_incident,
                                                        QStringList{QStringLiteral("Payments")}, kind, updateId, m_drafts);
    QSignalSpy loaded(session.get(), &UpdateDraftSession::loaded);
    session->load();
    if (!loaded.wait(10000))
        return nullptr;
    return session;
}

void TestUpdateDraft::typedTextIsKeptThenSaved()
{
    auto session = open(0, UpdateKind::Acknowledgement);
    QVERIFY(session);
    QVERIFY(session->bodies().isEmpty());
    QVERIFY(session->canChangeKind());
    const auto templ = session->templateText(Language::En);
    QVERIFY2(templ.ok(), qPrintable(templ.errorString()));
    // The incident filled in, its markup escaped for Markdown (the title has <b> in it).
    QVERIFY2(templ->contains(m_incident.reference) && templ->contains(QLatin1String("Payments"))
                 && !templ->contains(QLatin1String("<b>")),
             qPrintable(templ.value()));

    QElapsedTimer typing;
    typing.start();
    session->setBodies({{Language::En, QStringLiteral("We are looking into it.")}, {Language::It, QString()}});
    QVERIFY(session->hasUnsavedText());
    const QString key = DraftStore::keyFor(m_incident.id, 0);
    QVERIFY(QTest::qWaitFor([&] { return m_drafts.load(key).has_value(); }, 2000));
    QVERIFY(typing.elapsed() < UpdateDraftSession::kSaveAfterQuietMs);
    QCOMPARE(m_drafts.load(key)->bodies, (UpdateBodies{{Language::En, QStringLiteral("We are looking into it.")}}));

    QSignalSpy saved(session.get(), &UpdateDraftSession::saved);
    QVERIFY(saved.wait(UpdateDraftSession::kSaveAfterQuietMs + 5000)); // after the pause, by itself
    QVERIFY(session->updateId() != 0);
    QVERIFY(!session->canChangeKind());
    QVERIFY(!session->hasUnsavedText());
    const auto inDb = stored(session->updateId());
    QVERIFY(inDb.has_value());
    QCOMPARE(inDb->update.kind, UpdateKind::Acknowledgement);
    QCOMPARE(inDb->bodies, (UpdateBodies{{Language::En, QStringLiteral("We are looking into it.")}}));
    QVERIFY(!m_drafts.load(key).has_value()); // the database has it: the local copy goes
    QVERIFY(!m_drafts.load(DraftStore::keyFor(m_incident.id, session->updateId())).has_value());
}

void TestUpdateDraft::localCopyTheDatabaseLacksComesBack()
{
    auto created = UpdateRepository(*workstation(*m_t, m_anna), m_anna)
                       .createDraft(m_incident.id, UpdateKind::Progress, {{Language::En, QStringLiteral("Saved text")}});
    QVERIFY(created.ok());
    ComposerDraft local;
    local.incidentId = m_incident.id;
    local.updateId = created->update.id;
    local.kind = UpdateKind::Progress;
    local.bodies = {{Language::En, QStringLiteral("Saved text, and more typed before the crash")}};
    local.savedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(m_drafts.save(DraftStore::keyFor(m_incident.id, created->update.id), local).ok());

    auto session = std::make_unique<UpdateDraftSession>(m_worker.get(), m_anna, m_incident, QStringList(),
                                                        UpdateKind::Progress, created->update.id, m_drafts);
    QSignalSpy loaded(session.get(), &UpdateDraftSession::loaded);
    session->load();
    QVERIFY(loaded.wait(10000));
    QVERIFY(loaded.first().first().toDateTime().isValid());
    QCOMPARE(session->bodies(), local.bodies);
    QVERIFY(session->hasUnsavedText());
    QSignalSpy saved(session.get(), &UpdateDraftSession::saved);
    session->save();
    QVERIFY(saved.wait(10000));
    QCOMPARE(stored(created->update.id)->bodies, local.bodies);
}

void TestUpdateDraft::submitWithdrawAndEditAgain()
{
    auto session = open();
    QVERIFY(session);
    session->setBodies({{Language::En, QStringLiteral("Payments work again for most customers.")}});
    QSignalSpy submitted(session.get(), &UpdateDraftSession::submitted);
    session->submit();
    QVERIFY(submitted.wait(10000));
    QVERIFY(session->isReadOnly());
    const Id id = session->updateId();
    QCOMPARE(stored(id)->update.status, UpdateStatus::Submitted);

    // Opened again by its author: read-only, with the way back.
    auto again = std::make_unique<UpdateDraftSession>(m_worker.get(), m_anna, m_incident, QStringList(),
                                                      UpdateKind::Progress, id, m_drafts);
    QSignalSpy notice(again.get(), &UpdateDraftSession::notice);
    QSignalSpy loaded(again.get(), &UpdateDraftSession::loaded);
    again->load();
    QVERIFY(loaded.wait(10000));
    QVERIFY(again->isReadOnly());
    QVERIFY(std::any_of(notice.cbegin(), notice.cend(),
                        [](const QList<QVariant> &n) { return n.at(2).value<NextStep>() == NextStep::Withdraw; }));
    QSignalSpy readOnly(again.get(), &UpdateDraftSession::readOnlyChanged);
    again->withdraw();
    QVERIFY(readOnly.wait(10000));
    QVERIFY(!again->isReadOnly());
    QCOMPARE(stored(id)->update.status, UpdateStatus::Draft);
    again->setBodies({{Language::En, QStringLiteral("Payments work again for every customer.")}});
    QSignalSpy saved(again.get(), &UpdateDraftSession::saved);
    again->save();
    QVERIFY(saved.wait(10000));
    QCOMPARE(stored(id)->bodies.value(Language::En), QStringLiteral("Payments work again for every customer."));
}

void TestUpdateDraft::closingSavesWhatWasTyped()
{
    auto session = open();
    QVERIFY(session);
    session->setBodies({{Language::It, QStringLiteral("Stiamo verificando.")}});
    bool done = false;
    session->finish([&done] { done = true; });
    QVERIFY(m_drafts.load(DraftStore::keyFor(m_incident.id, 0)).has_value()); // on this computer at once
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QVERIFY(session->updateId() != 0);
    QCOMPARE(stored(session->updateId())->bodies.value(Language::It), QStringLiteral("Stiamo verificando."));
}

void TestUpdateDraft::emptyUpdateIsNotSaved()
{
    auto session = open();
    QVERIFY(session);
    session->setBodies({{Language::En, QStringLiteral("   \n")}});
    QSignalSpy notice(session.get(), &UpdateDraftSession::notice);
    bool result = true;
    session->save([&result](bool ok) { result = ok; });
    QVERIFY(!result);
    QVERIFY(notice.last().at(1).toBool());
    QCOMPARE(session->updateId(), 0);
}

void TestUpdateDraft::discardRemovesTheDraftEverywhere()
{
    auto session = open();
    QVERIFY(session);
    session->setBodies({{Language::En, QStringLiteral("To be thrown away")}});
    QSignalSpy saved(session.get(), &UpdateDraftSession::saved);
    session->save();
    QVERIFY(saved.wait(10000));
    const Id id = session->updateId();
    QSignalSpy discarded(session.get(), &UpdateDraftSession::discarded);
    session->discard();
    QVERIFY(discarded.wait(10000));
    QVERIFY(!UpdateRepository(m_t->db(), m_anna).get(id).ok());
    QVERIFY(m_drafts.all().isEmpty());
}

QTEST_MAIN(TestUpdateDraft)
#include "test_updatedraft.moc"
