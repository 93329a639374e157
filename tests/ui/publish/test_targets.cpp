// SPDX-License-Identifier: GPL-3.0-or-later
// The publication targets an administrator configures, through the dialog, on SQLite and
// PostgreSQL: fields per kind, the secret kept by the keychain (or for the session only where no
// keychain runs), never in the shared database; agents only look.
#include "storetestsupport.h"

#include "core/secretstore.h"
#include "core/settings.h"
#include "publish/publicationrunner.h"
#include "store/dbworker.h"
#include "store/publicationrepository.h"
#include "publish/targetsdialog.h"
#include "shell/translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace desk;
using namespace desk::test;
using namespace desk::ui;

class TestTargets final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void adminAddsAWebhookWithItsSecret();
    void editKeepsTheKindAndRefusesPasswordsInAddresses();
    void secretsNeverGoToTheDatabase();
    void agentsOnlyLook();

private:
    std::unique_ptr<DbWorker> workerFor(const User &user);
    TargetEditor *openEditor(TargetsDialog &dialog, const char *button);

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_t;
    User m_admin, m_anna;
    std::unique_ptr<DbWorker> m_adminWorker, m_annaWorker;
};

std::unique_ptr<DbWorker> TestTargets::workerFor(const User &user)
{
    DatabaseUrl url = m_t->url();
    if (url.engine == Engine::Postgres) {
        url.user = user.name;
        url.password = kPassword;
    }
    auto worker = std::make_unique<DbWorker>();
    QSignalSpy opened(worker.get(), &DbWorker::opened);
    worker->open(url);
    if (!opened.wait(10000))
        qFatal("cannot open a worker for %s", qPrintable(user.name));
    return worker;
}

void TestTargets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
    installTranslations(QStringLiteral("en"));
    m_t = std::make_unique<TestDatabase>();
    DESK_OPEN_TEST_DATABASE(*m_t);
    m_admin = makeUser(*m_t, QStringLiteral("boss"), Role::Admin);
    m_anna = makeUser(*m_t, QStringLiteral("anna"), Role::Agent);
    m_adminWorker = workerFor(m_admin);
    m_annaWorker = workerFor(m_anna);
}

void TestTargets::cleanupTestCase()
{
    m_adminWorker.reset();
    m_annaWorker.reset();
    m_t.reset();
}

TargetEditor *TestTargets::openEditor(TargetsDialog &dialog, const char *button)
{
    auto *push = dialog.findChild<QPushButton *>(QLatin1String(button));
    if (!push || !push->isEnabled())
        return nullptr;
    push->click();
    const QList<TargetEditor *> editors = dialog.findChildren<TargetEditor *>();
    return editors.isEmpty() ? nullptr : editors.last();
}

void TestTargets::adminAddsAWebhookWithItsSecret()
{
    TargetsDialog dialog(Session{m_admin, m_t->url(), m_adminWorker.get()});
    QSignalSpy loaded(&dialog, &TargetsDialog::loaded);
    dialog.show();
    QVERIFY(loaded.wait(10000));
    TargetEditor *editor = openEditor(dialog, "addTarget");
    QVERIFY(editor);
    auto *kind = editor->findChild<QComboBox *>(QStringLiteral("targetKind"));
    QVERIFY(kind->isEnabled());
    kind->setCurrentIndex(kind->findData(int(PublicationKind::Webhook)));
    QVERIFY(editor->findChild<QLineEdit *>(QStringLiteral("url")));
    QVERIFY(!editor->findChild<QLineEdit *>(QStringLiteral("davUrl")));
    auto *error = editor->findChild<QLabel *>(QStringLiteral("targetError"));

    // Nothing is saved while something is missing; the message says what.
    editor->save();
    QVERIFY2(error->text().contains(QLatin1String("name")), qPrintable(error->text()));
    editor->findChild<QLineEdit *>(QStringLiteral("targetName"))->setText(QStringLiteral("Team chat"));
    editor->save();
    QVERIFY2(error->text().contains(QLatin1String("Address")), qPrintable(error->text()));
    editor->findChild<QLineEdit *>(QStringLiteral("url"))->setText(QStringLiteral("ftp://hooks.example.org/x"));
    editor->save();
    QVERIFY2(error->text().contains(QLatin1String("http or https")), qPrintable(error->text()));
    editor->findChild<QLineEdit *>(QStringLiteral("url"))->setText(QStringLiteral("https://hooks.example.org/desk"));
    editor->save();
    QVERIFY2(error->text().contains(QLatin1String("signing secret")), qPrintable(error->text()));
    editor->findChild<QLineEdit *>(QStringLiteral("secret"))->setText(QStringLiteral("s3cr3t-hmac"));
    editor->findChild<QLineEdit *>(QStringLiteral("timeoutS"))->setText(QStringLiteral("20"));

    const bool keychain = SecretStore::instance().keychainAvailable();
    auto *sessionOnly = editor->findChild<QCheckBox *>(QStringLiteral("sessionOnly"));
    if (!keychain) {
        // No keychain service: the app says so and keeps it only when asked to.
        QTRY_VERIFY(sessionOnly->isVisible());
        editor->save();
        QVERIFY2(error->text().contains(QLatin1String("No keychain")), qPrintable(error->text()));
        sessionOnly->setChecked(true);
    }
    QSignalSpy saved(editor, &TargetEditor::saved);
    QSignalSpy reloaded(&dialog, &TargetsDialog::loaded);
    editor->save();
    QVERIFY2(saved.wait(10000), qPrintable(error->text()));
    QVERIFY(reloaded.wait(10000));

    const QList<PublicationTarget> targets = PublicationRepository(m_t->db(), m_admin).targets().value();
    QCOMPARE(targets.size(), 1);
    const PublicationTarget t = targets.first();
    QCOMPARE(t.kind, PublicationKind::Webhook);
    QCOMPARE(t.name, QStringLiteral("Team chat"));
    const QJsonObject config = QJsonDocument::fromJson(t.config.toUtf8()).object();
    QCOMPARE(config.value(QStringLiteral("url")).toString(), QStringLiteral("https://hooks.example.org/desk"));
    QCOMPARE(config.value(QStringLiteral("timeoutMs")).toInt(), 20000);
    QCOMPARE(SecretStore::instance().read(PublicationRunner::secretKey(t.id)).value_or(QString()), QStringLiteral("s3cr3t-hmac"));
    QCOMPARE(SecretStore::instance().isSessionOnly(PublicationRunner::secretKey(t.id)), !keychain);
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("targetList"));
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(4), keychain ? QStringLiteral("In the keychain") : QStringLiteral("For this session only"));
    if (const QString shots = qEnvironmentVariable("DESK_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/targets-") + engineName() + QStringLiteral(".png")));
}

void TestTargets::editKeepsTheKindAndRefusesPasswordsInAddresses()
{
    TargetsDialog dialog(Session{m_admin, m_t->url(), m_adminWorker.get()});
    QSignalSpy loaded(&dialog, &TargetsDialog::loaded);
    dialog.show();
    QVERIFY(loaded.wait(10000));
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("targetList"));
    QVERIFY(list->topLevelItemCount() >= 1);
    list->setCurrentItem(list->topLevelItem(0));
    TargetEditor *editor = openEditor(dialog, "editTarget");
    QVERIFY(editor);
    QVERIFY(!editor->findChild<QComboBox *>(QStringLiteral("targetKind"))->isEnabled());
    QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("url"))->text(), QStringLiteral("https://hooks.example.org/desk"));
    QVERIFY(editor->findChild<QLineEdit *>(QStringLiteral("secret"))->text().isEmpty()); // never shown again
    QVERIFY(!editor->findChild<QLineEdit *>(QStringLiteral("secret"))->placeholderText().isEmpty());
    editor->findChild<QLineEdit *>(QStringLiteral("url"))->setText(QStringLiteral("https://bot:pa55@hooks.example.org/desk"));
    editor->save();
    QVERIFY(editor->findChild<QLabel *>(QStringLiteral("targetError"))->text().contains(QLatin1String("password")));
    editor->findChild<QLineEdit *>(QStringLiteral("url"))->setText(QStringLiteral("https://hooks.example.org/v2"));
    editor->findChild<QLineEdit *>(QStringLiteral("targetName"))->setText(QStringLiteral("Chat v2"));
    QSignalSpy saved(editor, &TargetEditor::saved);
    editor->save(); // the secret stays as it was
    QVERIFY(saved.wait(10000));
    const PublicationTarget t = PublicationRepository(m_t->db(), m_admin).targets().value().first();
    QCOMPARE(t.name, QStringLiteral("Chat v2"));
    QCOMPARE(t.version, 2);
    QVERIFY(t.config.contains(QLatin1String("/v2")));
    QCOMPARE(SecretStore::instance().read(PublicationRunner::secretKey(t.id)).value_or(QString()), QStringLiteral("s3cr3t-hmac"));
}

void TestTargets::secretsNeverGoToTheDatabase()
{
    PublicationRepository repo(m_t->db(), m_admin);
    auto refused = repo.addTarget(PublicationKind::Statuspage, QStringLiteral("Leaky"),
                                  QStringLiteral("{\"pageId\": \"p\", \"apiKey\": \"abc\"}"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorString().contains(QLatin1String("keychain")), qPrintable(refused.errorString()));
    const PublicationTarget t = repo.targets().value().first();
    QVERIFY(!repo.updateTarget(t.id, t.name, QStringLiteral("{\"url\": \"https://x.org\", \"secret\": \"s\"}"), t.version).ok());
    QCOMPARE(m_t->db().scalar(QStringLiteral("SELECT count(*) FROM publication_targets WHERE config LIKE '%s3cr3t%'"))->toInt(), 0);
    QCOMPARE(m_t->db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE before LIKE '%s3cr3t%' OR after LIKE '%s3cr3t%'"))->toInt(), 0);
}

void TestTargets::agentsOnlyLook()
{
    TargetsDialog dialog(Session{m_anna, m_t->url(), m_annaWorker.get()});
    QSignalSpy loaded(&dialog, &TargetsDialog::loaded);
    dialog.show();
    QVERIFY(loaded.wait(10000));
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("targetList"));
    QCOMPARE(list->topLevelItemCount(), 1);
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("addTarget"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("editTarget"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("enableTarget"))->isEnabled());
}

QTEST_MAIN(TestTargets)
#include "test_targets.moc"
