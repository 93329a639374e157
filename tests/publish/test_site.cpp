// SPDX-License-Identifier: GPL-3.0-or-later
// The Help Center site as files: every page, the index, incidents.json and the Atom feed;
// hostile text stays text; the output is the same bytes for the same data.
#include "publish/helpcentersite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace desk;

namespace {
const QString kHostile = QStringLiteral("<script>alert(1)</script><img src=x onerror=alert(2)>\"'&");

UpdateWithBodies published(Id id, Id incident, const QDateTime &at, const QString &en, const QString &it)
{
    UpdateWithBodies u;
    u.update.id = id;
    u.update.incidentId = incident;
    u.update.kind = UpdateKind::Progress;
    u.update.status = UpdateStatus::Published;
    u.update.publishedAt = at;
    u.bodies = {{Language::En, en}, {Language::It, it}};
    return u;
}

QList<SiteIncident> sample()
{
    SiteIncident open;
    open.incident.id = 1;
    open.incident.reference = QStringLiteral("INC-2026-0007");
    open.incident.title = QStringLiteral("Checkout fails ") + kHostile;
    open.incident.impactSummary = QStringLiteral("Customers cannot pay. ") + kHostile;
    open.incident.userJourneys = QStringLiteral("Pay by card\n") + kHostile;
    open.incident.workaround = QStringLiteral("Use PayPal");
    open.incident.state = IncidentState::Investigating;
    open.incident.createdAt = QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC);
    open.serviceNames = {QStringLiteral("Payments")};
    open.published = {published(10, 1, QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC), QStringLiteral("First **update**"), QStringLiteral("Primo aggiornamento")),
                      published(11, 1, QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC), QStringLiteral("Second ") + kHostile, QStringLiteral("Secondo"))};
    SiteIncident closed;
    closed.incident.id = 2;
    closed.incident.reference = QStringLiteral("INC-2026-0003");
    closed.incident.title = QStringLiteral("Login slow");
    closed.incident.state = IncidentState::Closed;
    closed.incident.createdAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    closed.incident.resolvedAt = QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC);
    closed.incident.rootCause = QStringLiteral("A full disk ") + kHostile;
    closed.incident.actions = {{1, QStringLiteral("Disk alerts"), QStringLiteral("luca"), QDate(), true},
                               {2, QStringLiteral("Second <disk> & spare"), QStringLiteral("luca"), QDate(2027, 3, 15), false}};
    closed.published = {published(5, 2, QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC), QStringLiteral("Fixed."), QStringLiteral("Risolto."))};
    SiteIncident old = closed;
    old.incident.id = 3;
    old.incident.reference = QStringLiteral("INC-2026-0001");
    old.incident.resolvedAt = QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC); // older than 90 days
    return {closed, open, old};
}

SiteOptions options()
{
    SiteOptions o;
    o.baseUrl = QStringLiteral("https://help.example.org/incidents/");
    o.now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    return o;
}

QByteArray file(const QList<SiteFile> &files, const QString &path)
{
    for (const SiteFile &f : files) {
        if (f.path == path)
            return f.content;
    }
    return {};
}
} // namespace

class TestSite final : public QObject
{
    Q_OBJECT

private slots:
    void everyFileIsThere();
    void hostileTextStaysText();
    void pagesInTheirLanguageAndZone();
    void indexJsonAndFeed();
    void sameDataSameBytes();
};

void TestSite::everyFileIsThere()
{
    const QList<SiteFile> files = HelpCenterSite::render(sample(), options());
    QStringList paths;
    for (const SiteFile &f : files)
        paths << f.path;
    for (const char *p : {"style.css", "index.html", "incidents.json", "feed.atom", "inc-2026-0007/it.html",
                          "inc-2026-0007/en.html", "inc-2026-0007/fr.html", "inc-2026-0007/de.html", "inc-2026-0007/es.html",
                          "inc-2026-0003/en.html"})
        QVERIFY2(paths.contains(QString::fromLatin1(p)), p);
    QCOMPARE(files.size(), 4 + 3 * 5);
    for (const SiteFile &f : files)
        QVERIFY2(!f.content.contains("<script") && !f.content.contains("javascript:"), qPrintable(f.path)); // no JavaScript at all
}

void TestSite::hostileTextStaysText()
{
    static const QRegularExpression tagWithHandler(QStringLiteral("<[^>]*\\bon[a-z]+\\s*="), QRegularExpression::CaseInsensitiveOption);
    for (const SiteFile &f : HelpCenterSite::render(sample(), options())) {
        if (!f.path.endsWith(QLatin1String(".html")))
            continue;
        const QString html = QString::fromUtf8(f.content);
        QVERIFY2(!tagWithHandler.match(html).hasMatch(), qPrintable(f.path));
        QVERIFY2(!html.contains(QLatin1String("<img")), qPrintable(f.path));
        if (f.path.startsWith(QLatin1String("inc-2026-0007")) || f.path == QLatin1String("index.html"))
            QVERIFY2(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")), qPrintable(f.path)); // shown as text
    }
    const QByteArray en = file(HelpCenterSite::render(sample(), options()), QStringLiteral("inc-2026-0003/en.html"));
    QVERIFY(en.contains("A full disk &lt;script&gt;"));
}

void TestSite::pagesInTheirLanguageAndZone()
{
    const QList<SiteFile> files = HelpCenterSite::render(sample(), options());
    const QString it = QString::fromUtf8(file(files, QStringLiteral("inc-2026-0007/it.html")));
    QVERIFY(it.contains(QLatin1String("<html lang=\"it\">")));
    QVERIFY(it.contains(QLatin1String("Impatto sull&#x27;uso del sito")) || it.contains(QLatin1String("Impatto sull'uso del sito")));
    QVERIFY2(it.contains(QLatin1String("25 novembre 2026 10:00 CET")), qPrintable(it)); // 09:00 UTC in Rome
    QVERIFY(it.contains(QLatin1String("Secondo")));
    QVERIFY(it.indexOf(QLatin1String("Secondo")) < it.indexOf(QLatin1String("Primo aggiornamento"))); // newest first
    const QString en = QString::fromUtf8(file(files, QStringLiteral("inc-2026-0007/en.html")));
    QVERIFY(en.contains(QLatin1String("25 November 2026 09:00 GMT")));
    QVERIFY(en.contains(QLatin1String("<strong>update</strong>"))); // Markdown rendered
    const QString fr = QString::fromUtf8(file(files, QStringLiteral("inc-2026-0007/fr.html")));
    QVERIFY(fr.contains(QLatin1String("Second "))); // no French text: the English one
    const QString review = QString::fromUtf8(file(files, QStringLiteral("inc-2026-0003/de.html")));
    QVERIFY2(review.contains(QStringLiteral("Auswertung nach der Störung")), qPrintable(review));
    // Each preventive action with its state (and, while planned, its date), the owner kept inside.
    QVERIFY2(review.contains(QStringLiteral("<li class=\"action done\"><span class=\"action-state\">Umgesetzt</span> "
                                            "Disk alerts</li>")),
             qPrintable(review));
    QVERIFY2(review.contains(QStringLiteral("<li class=\"action planned\"><span class=\"action-state\">Geplant</span> "
                                            "Second &lt;disk&gt; &amp; spare <span class=\"meta\">(bis Montag, 15. März 2027)</span>")),
             qPrintable(review));
    QVERIFY(!review.contains(QLatin1String("luca")));
}

void TestSite::indexJsonAndFeed()
{
    const QList<SiteFile> files = HelpCenterSite::render(sample(), options());
    const QString index = QString::fromUtf8(file(files, QStringLiteral("index.html")));
    QVERIFY(index.indexOf(QLatin1String("INC-2026-0007")) < index.indexOf(QLatin1String("INC-2026-0003"))); // open first
    QVERIFY(!index.contains(QLatin1String("INC-2026-0001"))); // older than 90 days

    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file(files, QStringLiteral("incidents.json")), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray incidents = json.object().value(QStringLiteral("incidents")).toArray();
    QCOMPARE(incidents.size(), 2);
    QCOMPARE(incidents.at(0).toObject().value(QStringLiteral("reference")).toString(), QStringLiteral("INC-2026-0007"));
    QVERIFY(incidents.at(0).toObject().value(QStringLiteral("open")).toBool());
    QCOMPARE(incidents.at(0).toObject().value(QStringLiteral("pages")).toObject().value(QStringLiteral("it")).toString(),
             QStringLiteral("https://help.example.org/incidents/inc-2026-0007/it.html"));
    QCOMPARE(incidents.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Checkout fails ") + kHostile);

    QXmlStreamReader atom(file(files, QStringLiteral("feed.atom")));
    int entries = 0;
    QStringList titles;
    while (!atom.atEnd()) {
        atom.readNext();
        if (atom.isStartElement() && atom.name() == QLatin1String("entry"))
            ++entries;
        if (atom.isStartElement() && atom.name() == QLatin1String("title"))
            titles << atom.readElementText();
    }
    QVERIFY2(!atom.hasError(), qPrintable(atom.errorString()));
    QCOMPARE(entries, 3);
    QVERIFY(titles.contains(QStringLiteral("INC-2026-0007 — Checkout fails ") + kHostile)); // XML-escaped, read back whole
}

void TestSite::sameDataSameBytes()
{
    const QList<SiteFile> a = HelpCenterSite::render(sample(), options());
    const QList<SiteFile> b = HelpCenterSite::render(sample(), options());
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        QCOMPARE(a[i].content, b[i].content);
}

QTEST_GUILESS_MAIN(TestSite)
#include "test_site.moc"
