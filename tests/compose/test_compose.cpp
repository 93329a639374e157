// SPDX-License-Identifier: GPL-3.0-or-later
// Update templates in every kind and language, and the Markdown preview that never lets
// markup through.
#include "compose/draftstore.h"
#include "compose/markdown.h"
#include "compose/spellchecker.h"
#include "compose/textdiff.h"
#include "compose/updatetemplates.h"

#include <QTemporaryDir>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QElapsedTimer>
#include <QTest>

using namespace desk;

Q_DECLARE_METATYPE(desk::UpdateKind)
Q_DECLARE_METATYPE(desk::Language)

class TestCompose final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTemplateRenders_data();
    void everyTemplateRenders();
    void workaroundOnlyWhenThere();
    void nextUpdateInTheReadersZone();
    void previewShowsMarkupAsText_data();
    void previewShowsMarkupAsText();
    void previewRendersMarkdown();
    void diffWordByWord();
    void diffEscapesAndScales();
    void diffLongUpdateFindsTheOneChangedWord();
    void spellingInEachLanguage_data();
    void spellingInEachLanguage();
    void spellingSkipsWhatIsNotProse();
    void wordsAddedToTheDictionaryStay();
    void draftsSurviveAndStayAtomic();

private:
    static UpdateTemplates::Context context();
};

void TestCompose::initTestCase()
{
    // The personal dictionaries live in a folder of the test's own.
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    // A word added in an earlier session is loaded with the German dictionary.
    const QString german = SpellChecker::personalDictionaryPath(Language::De);
    QVERIFY(QDir().mkpath(QFileInfo(german).absolutePath()));
    QFile file(german);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Quorzelwerk\n");
}

UpdateTemplates::Context TestCompose::context()
{
    UpdateTemplates::Context c;
    c.incident.reference = QStringLiteral("INC-2026-0042");
    c.incident.title = QStringLiteral("Card payments declined");
    c.incident.description = QStringLiteral("Some card payments are declined.");
    c.incident.impactSummary = QStringLiteral("Customers cannot pay by card.");
    c.incident.workaround = QStringLiteral("Pay with PayPal.");
    c.incident.rootCause = QStringLiteral("An expired certificate.");
    c.serviceNames = {QStringLiteral("Payments"), QStringLiteral("Checkout")};
    c.nextUpdate = QDateTime(QDate(2026, 3, 14), QTime(17, 0), Qt::UTC);
    c.readerZone = QTimeZone("Europe/Rome");
    c.preventiveActions = {QStringLiteral("certificate expiry alerts")};
    return c;
}

void TestCompose::everyTemplateRenders_data()
{
    QTest::addColumn<UpdateKind>("kind");
    QTest::addColumn<Language>("language");
    for (UpdateKind kind : allValues<UpdateKind>()) {
        for (Language language : allValues<Language>())
            QTest::addRow("%s-%s", qPrintable(toKey(kind)), qPrintable(toKey(language))) << kind << language;
    }
}

void TestCompose::everyTemplateRenders()
{
    QFETCH(UpdateKind, kind);
    QFETCH(Language, language);
    auto body = UpdateTemplates::render(kind, language, context());
    QVERIFY2(body.ok(), qPrintable(body.errorString()));
    QVERIFY(!body->contains(QLatin1String("{{")));
    QVERIFY(body->contains(QLatin1String("INC-2026-0042")) || kind == UpdateKind::Impact);
    const bool mentionsIncident = body->contains(QLatin1String("Card payments declined"))
        || body->contains(QLatin1String("Some card payments are declined."));
    QVERIFY2(mentionsIncident, qPrintable(body.value()));
    if (kind == UpdateKind::Postmortem)
        QVERIFY(body->contains(QLatin1String("An expired certificate.")));
    if (kind != UpdateKind::Resolution && kind != UpdateKind::Postmortem)
        QVERIFY2(body->contains(QLatin1String("2026")), qPrintable(body.value())); // the next update's date
    const QString html = Markdown::toHtml(body.value());
    QVERIFY(html.contains(QLatin1String("<strong>")));
}

void TestCompose::workaroundOnlyWhenThere()
{
    UpdateTemplates::Context c = context();
    auto with = UpdateTemplates::render(UpdateKind::Impact, Language::En, c);
    QVERIFY(with->contains(QLatin1String("Pay with PayPal.")));
    QVERIFY(with->contains(QLatin1String("meanwhile")));
    c.incident.workaround.clear();
    auto without = UpdateTemplates::render(UpdateKind::Impact, Language::En, c);
    QVERIFY(!without->contains(QLatin1String("meanwhile")));
}

void TestCompose::nextUpdateInTheReadersZone()
{
    auto it = UpdateTemplates::render(UpdateKind::Progress, Language::It, context());
    QVERIFY2(it->contains(QLatin1String("marzo")), qPrintable(it.value()));  // Italian month
    QVERIFY2(it->contains(QLatin1String("18:00")), qPrintable(it.value()));  // 17:00 UTC in Rome
    auto de = UpdateTemplates::render(UpdateKind::Progress, Language::De, context());
    QVERIFY2(de->contains(QString::fromUtf8("März")), qPrintable(de.value()));
}

void TestCompose::previewShowsMarkupAsText_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("forbidden");
    QTest::newRow("script") << QStringLiteral("Hello <script>alert(1)</script>") << QStringLiteral("<script");
    QTest::newRow("img onerror") << QStringLiteral("<img src=x onerror=alert(1)>") << QStringLiteral("<img");
    QTest::newRow("javascript link") << QStringLiteral("[click](javascript:alert(1))") << QStringLiteral("javascript:");
    QTest::newRow("iframe") << QStringLiteral("<iframe src=\"https://evil.example\"></iframe>") << QStringLiteral("<iframe");
    QTest::newRow("style") << QStringLiteral("<style>body{display:none}</style>") << QStringLiteral("<style");
}

void TestCompose::previewShowsMarkupAsText()
{
    QFETCH(QString, markdown);
    QFETCH(QString, forbidden);
    const QString html = Markdown::toHtml(markdown);
    QVERIFY2(!html.contains(forbidden, Qt::CaseInsensitive), qPrintable(html));
    if (forbidden.startsWith(u'<')) // shown as the text the author typed
        QVERIFY2(html.contains(QStringLiteral("&lt;") + forbidden.mid(1), Qt::CaseInsensitive), qPrintable(html));

    // Customer or agent text put into a template stays text, visibly.
    UpdateTemplates::Context c = context();
    c.incident.title = markdown;
    const QString rendered = Markdown::toHtml(UpdateTemplates::render(UpdateKind::Progress, Language::En, c).value());
    QVERIFY2(!rendered.contains(forbidden.startsWith(u'<') ? forbidden : QStringLiteral("href=\"javascript"),
                                Qt::CaseInsensitive),
             qPrintable(rendered));
    if (markdown.contains(QLatin1String("<script>")))
        QVERIFY2(rendered.contains(QLatin1String("&lt;script&gt;")), qPrintable(rendered));
}

void TestCompose::previewRendersMarkdown()
{
    const QString html = Markdown::toHtml(QStringLiteral("**bold** ~~gone~~ https://example.org\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"));
    QVERIFY(html.contains(QLatin1String("<strong>bold</strong>")));
    QVERIFY(html.contains(QLatin1String("<del>gone</del>")));
    QVERIFY(html.contains(QLatin1String("<a href=\"https://example.org\">")));
    QVERIFY(html.contains(QLatin1String("<table>")));
}

void TestCompose::diffWordByWord()
{
    using K = TextDiff::Piece::Kind;
    const auto pieces = TextDiff::compare(QStringLiteral("Payments fail for some customers."),
                                          QStringLiteral("Payments work again for all customers."));
    QString before;
    QString after;
    for (const auto &p : pieces) {
        if (p.kind != K::Added)
            before += p.text;
        if (p.kind != K::Removed)
            after += p.text;
    }
    QCOMPARE(before, QStringLiteral("Payments fail for some customers."));
    QCOMPARE(after, QStringLiteral("Payments work again for all customers."));
    const auto stats = TextDiff::stats(pieces);
    QCOMPARE(stats.removedWords, 2); // fail, some
    QCOMPARE(stats.addedWords, 3);   // work, again, all
    QVERIFY(TextDiff::compare(QStringLiteral("same"), QStringLiteral("same")).size() == 1);
}

void TestCompose::diffEscapesAndScales()
{
    const QString html = TextDiff::toHtml(TextDiff::compare(QStringLiteral("ok"), QStringLiteral("ok <script>alert(1)</script>")));
    QVERIFY(!html.contains(QLatin1String("<script>")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;")));
    // Two unrelated 30,000-character texts: still word by word, both texts rebuilt exactly.
    QString a;
    QString b;
    for (int i = 0; i < 2000; ++i) {
        a += QStringLiteral("alpha %1 beta\n").arg(i);
        b += QStringLiteral("gamma %1 delta\n").arg(i * 7);
    }
    const auto pieces = TextDiff::compare(a, b);
    QVERIFY(!pieces.isEmpty());
    QString rebuilt;
    for (const auto &p : pieces) {
        if (p.kind != TextDiff::Piece::Kind::Removed)
            rebuilt += p.text;
    }
    QCOMPARE(rebuilt, b);
}

void TestCompose::diffLongUpdateFindsTheOneChangedWord()
{
    // A long update (about 60,000 words) where one word changed in the middle and one was added at
    // the end: exactly those, however long the text, with no fallback to "all removed, all added".
    QString before;
    for (int i = 0; i < 10000; ++i)
        before += QStringLiteral("Paragraph %1 says the same. ").arg(i);
    QString after = before;
    after.replace(QLatin1String("Paragraph 5000 says"), QLatin1String("Paragraph 5000 tells"));
    after += QStringLiteral("Resolved.");
    QElapsedTimer timer;
    timer.start();
    const auto pieces = TextDiff::compare(before, after);
    const auto stats = TextDiff::stats(pieces);
    QCOMPARE(stats.removedWords, 1);
    QCOMPARE(stats.addedWords, 2);
    QString removed;
    QString added;
    for (const auto &p : pieces) {
        if (p.kind == TextDiff::Piece::Kind::Removed)
            removed += p.text;
        if (p.kind == TextDiff::Piece::Kind::Added)
            added += p.text;
    }
    QCOMPARE(removed, QStringLiteral("says"));
    QCOMPARE(added, QStringLiteral("tellsResolved."));
    qInfo("60,000-word update, two changes: %lld ms", qint64(timer.elapsed()));
}

void TestCompose::spellingInEachLanguage_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("wrong");
    QTest::newRow("it") << Language::It << QStringLiteral("Il servizio dei pagamenti è tornato disponibile. Grazze.")
                        << QStringList{QStringLiteral("Grazze")};
    QTest::newRow("en") << Language::En << QStringLiteral("Payments are availible again. Thank you.")
                        << QStringList{QStringLiteral("availible")};
    QTest::newRow("fr") << Language::Fr << QStringLiteral("Le paiement fonctionne à nouveau. Merçi.")
                        << QStringList{QStringLiteral("Merçi")};
    QTest::newRow("de") << Language::De << QStringLiteral("Die Zahlung funktioniert wieder. Dankke.")
                        << QStringList{QStringLiteral("Dankke")};
    QTest::newRow("es") << Language::Es << QStringLiteral("El pago funciona de nuevo. Grasias.")
                        << QStringList{QStringLiteral("Grasias")};
}

void TestCompose::spellingInEachLanguage()
{
    QFETCH(Language, language);
    QFETCH(QString, text);
    QFETCH(QStringList, wrong);
    auto checker = SpellChecker::forLanguage(language);
    QVERIFY2(checker, "the hunspell dictionary is installed by packaging/install-deps.sh");
    QStringList found;
    for (const auto &r : checker->misspelled(text))
        found << text.mid(r.start, r.length);
    QCOMPARE(found, wrong);
    QVERIFY(!checker->suggestions(wrong.first()).isEmpty());
}

void TestCompose::spellingSkipsWhatIsNotProse()
{
    auto checker = SpellChecker::forLanguage(Language::En);
    QVERIFY(checker);
    const QString text = QStringLiteral("See [the report](https://help.exmple.org/xqz) for INC-2026-0042, "
                                        "write to suport@exmple.org or run `qwzx --frobnicate`.\n```\nzzqv\n```\nTypo: recieve.");
    QStringList found;
    for (const auto &r : checker->misspelled(text))
        found << text.mid(r.start, r.length);
    QCOMPARE(found, QStringList{QStringLiteral("recieve")});
}

void TestCompose::wordsAddedToTheDictionaryStay()
{
    auto german = SpellChecker::forLanguage(Language::De);
    QVERIFY(german);
    QVERIFY(german->isCorrect(QStringLiteral("Quorzelwerk")));
    QVERIFY(!german->isCorrect(QStringLiteral("Quorzelwerke")));

    auto english = SpellChecker::forLanguage(Language::En);
    QVERIFY(english);
    const QString text = QStringLiteral("Pay with Zendeskpay now.");
    QCOMPARE(english->misspelled(text).size(), 1);
    QVERIFY(english->addWord(QStringLiteral("Zendeskpay")).ok());
    QVERIFY(english->misspelled(text).isEmpty());
    QVERIFY(english->addWord(QStringLiteral("Zendeskpay")).ok()); // once is enough
    QVERIFY(!english->addWord(QStringLiteral("two words")).ok());
    QVERIFY(!english->addWord(QStringLiteral("<script>")).ok());
    QFile file(SpellChecker::personalDictionaryPath(Language::En));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("Zendeskpay\n"));
    // Only the language it was added to.
    QVERIFY(!SpellChecker::forLanguage(Language::It)->isCorrect(QStringLiteral("Zendeskpay")));
}

void TestCompose::draftsSurviveAndStayAtomic()
{
    QTemporaryDir dir;
    DraftStore store(dir.path() + QStringLiteral("/drafts"));
    ComposerDraft d;
    d.incidentId = 12;
    d.kind = UpdateKind::Resolution;
    d.bodies = {{Language::It, QStringLiteral("Risolto: «pagamenti» di nuovo attivi.\n<script>x</script>")},
                {Language::En, QStringLiteral("Fixed.")}};
    d.savedAt = QDateTime::currentDateTimeUtc();
    const QString key = DraftStore::keyFor(12, 0);
    QVERIFY(store.save(key, d).ok());
    // A second store (the program after a crash) finds it.
    DraftStore after(dir.path() + QStringLiteral("/drafts"));
    const auto loaded = after.load(key);
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->bodies, d.bodies);
    QCOMPARE(loaded->kind, UpdateKind::Resolution);
    QCOMPARE(after.forIncident(12).size(), 1);
    QVERIFY(after.forIncident(13).isEmpty());
    // No temporary files are left next to it.
    QCOMPARE(QDir(dir.path() + QStringLiteral("/drafts")).entryList(QDir::Files).size(), 1);
    after.remove(key);
    QVERIFY(!store.load(key).has_value());
    // A damaged file is ignored, not fatal.
    QFile bad(dir.path() + QStringLiteral("/drafts/incident-5-new.json"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{not json");
    bad.close();
    QVERIFY(after.all().isEmpty());
    // An unwritable folder is a clear error.
    DraftStore nowhere(QStringLiteral("/proc/no-such-place/drafts"));
    const Status s = nowhere.save(key, d);
    QVERIFY(!s.ok());
    QVERIFY(s.errorString().contains(QLatin1String("drafts folder")));
}

QTEST_GUILESS_MAIN(TestCompose)
#include "test_compose.moc"
