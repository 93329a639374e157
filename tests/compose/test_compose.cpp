// SPDX-License-Identifier: GPL-3.0-or-later
// Update templates in every kind and language, and the Markdown preview that never lets
// markup through.
#include "compose/markdown.h"
#include "compose/updatetemplates.h"

#include <QTest>

using namespace desk;

Q_DECLARE_METATYPE(desk::UpdateKind)
Q_DECLARE_METATYPE(desk::Language)

class TestCompose final : public QObject
{
    Q_OBJECT

private slots:
    void everyTemplateRenders_data();
    void everyTemplateRenders();
    void workaroundOnlyWhenThere();
    void nextUpdateInTheReadersZone();
    void previewShowsMarkupAsText_data();
    void previewShowsMarkupAsText();
    void previewRendersMarkdown();

private:
    static UpdateTemplates::Context context();
};

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

QTEST_GUILESS_MAIN(TestCompose)
#include "test_compose.moc"
