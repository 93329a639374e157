// SPDX-License-Identifier: GPL-3.0-or-later
// The Help Center site as files: every page, the index and feed of each language, the root
// index, incidents.json and the per-incident feeds; every link resolves; updates labelled, the
// next update and the resolution first; the target's branding, zones and template folder; hostile
// text stays text; the output is the same bytes for the same data.
#include "publish/helpcentersite.h"
#include "publish/sitetemplates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace desk;

namespace {
const QString kHostile = QStringLiteral("<script>alert(1)</script><img src=x onerror=alert(2)>\"'&");

UpdateWithBodies published(Id id, Id incident, const QDateTime &at, const QString &en, const QString &it,
                           UpdateKind kind = UpdateKind::Progress, std::optional<IncidentState> announced = {})
{
    UpdateWithBodies u;
    u.update.id = id;
    u.update.incidentId = incident;
    u.update.kind = kind;
    u.update.announcedState = announced;
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
    open.published = {published(10, 1, QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC), QStringLiteral("First **update**"),
                                QStringLiteral("Primo aggiornamento"), UpdateKind::Acknowledgement, IncidentState::Acknowledged),
                      published(11, 1, QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC), QStringLiteral("Second ") + kHostile,
                                QStringLiteral("Secondo"), UpdateKind::Progress, IncidentState::Investigating)};
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
    closed.published = {published(4, 2, QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC), QStringLiteral("Looking."),
                                  QStringLiteral("Stiamo verificando."), UpdateKind::Impact, IncidentState::Investigating),
                        published(5, 2, QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC), QStringLiteral("Fixed."),
                                  QStringLiteral("Risolto."), UpdateKind::Resolution, IncidentState::Resolved)};
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
    o.services = {{1, QStringLiteral("payments"), QStringLiteral("Payments"), ServiceStatus::Degraded},
                  {2, QStringLiteral("login"), QStringLiteral("Login ") + kHostile, ServiceStatus::Operational}};
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

/** Every relative href and src of an HTML page, resolved against the page's own path. */
QStringList localLinks(const QString &path, const QString &html)
{
    static const QRegularExpression attribute(QStringLiteral("\\b(?:href|src)=\"([^\"]*)\""));
    QStringList out;
    const QUrl page(QStringLiteral("https://site.test/") + path);
    for (auto m = attribute.globalMatch(html); m.hasNext();) {
        const QString value = m.next().captured(1).replace(QLatin1String("&amp;"), QLatin1String("&"));
        const QUrl target = page.resolved(QUrl(value));
        if (target.host() == QLatin1String("site.test"))
            out << target.path().mid(1);
    }
    return out;
}

struct AtomFeed
{
    QString lang;
    QString self;
    QStringList titles;  // the feed's, then every entry's
    QStringList links;   // every entry's
    QStringList content; // every entry's, as HTML
    QString error;
};

AtomFeed readAtom(const QByteArray &xml)
{
    AtomFeed feed;
    QXmlStreamReader atom(xml);
    while (!atom.atEnd()) {
        atom.readNext();
        if (!atom.isStartElement())
            continue;
        if (atom.name() == QLatin1String("feed"))
            feed.lang = atom.attributes().value(QStringLiteral("xml:lang")).toString();
        else if (atom.name() == QLatin1String("title"))
            feed.titles << atom.readElementText();
        else if (atom.name() == QLatin1String("content"))
            feed.content << atom.readElementText();
        else if (atom.name() == QLatin1String("link") && atom.attributes().value(QStringLiteral("rel")) == QLatin1String("self"))
            feed.self = atom.attributes().value(QStringLiteral("href")).toString();
        else if (atom.name() == QLatin1String("link") && feed.titles.size() > 1)
            feed.links << atom.attributes().value(QStringLiteral("href")).toString();
    }
    if (atom.hasError())
        feed.error = atom.errorString();
    return feed;
}
} // namespace

class TestSite final : public QObject
{
    Q_OBJECT

private slots:
    void everyFileIsThere();
    void hostileTextStaysText();
    void pagesInTheirLanguageAndZone();
    void updatesLabelledNextUpdateResolutionFirst();
    void indexPerLanguageWithServiceStatus();
    void rootIndexOffersEachLanguage();
    void everyLinkResolves();
    void feedsPerLanguageAndIncident();
    void incidentsJson();
    void brandingFromTheTargetsSettings();
    void badSettingsAreRefused();
    void templateFolderReplacesFiles();
    void everyLanguageHasEveryText();
    void sameDataSameBytes();
};

void TestSite::everyFileIsThere()
{
    const QList<SiteFile> files = HelpCenterSite::render(sample(), options());
    QStringList paths;
    for (const SiteFile &f : files)
        paths << f.path;
    for (const char *p : {"style.css", "index.html", "incidents.json", "feed.atom", "it/index.html", "en/index.html",
                          "fr/index.html", "de/index.html", "es/index.html", "it/feed.atom", "es/feed.atom",
                          "inc-2026-0007/it.html", "inc-2026-0007/en.html", "inc-2026-0007/fr.html", "inc-2026-0007/de.html",
                          "inc-2026-0007/es.html", "inc-2026-0007/es.atom", "inc-2026-0003/en.html", "inc-2026-0003/en.atom",
                          "inc-2026-0001/en.html"})
        QVERIFY2(paths.contains(QString::fromLatin1(p)), p);
    // Shared: style, root index, 5 indexes, JSON, 5 feeds and the root feed. Pages: 3 × 5. Feeds
    // of the two listed incidents: 2 × 5 (the one resolved in June has none).
    QCOMPARE(files.size(), 14 + 3 * 5 + 2 * 5);
    QVERIFY(!paths.contains(QStringLiteral("inc-2026-0001/en.atom")));
    QCOMPARE(QSet<QString>(paths.cbegin(), paths.cend()).size(), paths.size());
    for (const SiteFile &f : files)
        QVERIFY2(!f.content.contains("<script") && !f.content.contains("javascript:"), qPrintable(f.path)); // no JavaScript at all
}

void TestSite::hostileTextStaysText()
{
    static const QRegularExpression tagWithHandler(QStringLiteral("<[^>]*\\bon[a-z]+\\s*="), QRegularExpression::CaseInsensitiveOption);
    const QList<SiteFile> files = HelpCenterSite::render(sample(), options());
    for (const SiteFile &f : files) {
        if (!f.path.endsWith(QLatin1String(".html")))
            continue;
        const QString html = QString::fromUtf8(f.content);
        QVERIFY2(!tagWithHandler.match(html).hasMatch(), qPrintable(f.path));
        QVERIFY2(!html.contains(QLatin1String("<img")), qPrintable(f.path));
        if (f.path.startsWith(QLatin1String("inc-2026-0007")) || f.path.endsWith(QLatin1String("/index.html")))
            QVERIFY2(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")), qPrintable(f.path)); // shown as text
    }
    QVERIFY(file(files, QStringLiteral("inc-2026-0003/en.html")).contains("A full disk &lt;script&gt;"));
    // In a feed the content is HTML inside XML: read back, it is HTML that shows the text.
    const AtomFeed feed = readAtom(file(files, QStringLiteral("inc-2026-0007/en.atom")));
    QVERIFY2(feed.error.isEmpty(), qPrintable(feed.error));
    QVERIFY(feed.content.join(QString()).contains(QLatin1String("&lt;script&gt;alert(1)")));
    QVERIFY(!feed.content.join(QString()).contains(QLatin1String("<script")));
}

void TestSite::pagesInTheirLanguageAndZone()
{
    const QList<SiteFile> files = HelpCenterSite::render(sample(), options());
    const QString it = QString::fromUtf8(file(files, QStringLiteral("inc-2026-0007/it.html")));
    QVERIFY(it.contains(QLatin1String("<html lang=\"it\">")));
    QVERIFY2(it.contains(QLatin1String("Impatto sull&apos;uso del sito")), qPrintable(it));
    QVERIFY2(it.contains(QLatin1String("25 novembre 2026 10:00 CET")), qPrintable(it)); // 09:00 UTC in Rome
    QVERIFY(it.indexOf(QLatin1String("Secondo")) < it.indexOf(QLatin1String("Primo aggiornamento"))); // newest first
    const QString en = QString::fromUtf8(file(files, QStringLiteral("inc-2026-0007/en.html")));
    QVERIFY(en.contains(QLatin1String("25 November 2026 09:00 GMT")));
    QVERIFY(en.contains(QLatin1String("<strong>update</strong>"))); // Markdown rendered
    const QString fr = QString::fromUtf8(file(files, QStringLiteral("inc-2026-0007/fr.html")));
    QVERIFY(fr.contains(QLatin1String("Second "))); // no French text: the English one
    QVERIFY(fr.contains(QStringLiteral("Conséquences sur l&apos;utilisation du site")));
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

    // A Spanish page for Mexico City, set on the target: its times there, the others unchanged.
    SiteOptions mexico = options();
    mexico.zones.insert(Language::Es, QTimeZone("America/Mexico_City"));
    const QList<SiteFile> zoned = HelpCenterSite::render(sample(), mexico);
    const QString es = QString::fromUtf8(file(zoned, QStringLiteral("inc-2026-0007/es.html")));
    QVERIFY2(es.contains(QLatin1String("25 de noviembre de 2026 3:00 CST")), qPrintable(es)); // 09:00 UTC
    QVERIFY2(es.contains(QLatin1String("Las horas se indican en la zona")), qPrintable(es));
    QVERIFY(file(zoned, QStringLiteral("inc-2026-0007/it.html")).contains("25 novembre 2026 10:00 CET"));
}

void TestSite::updatesLabelledNextUpdateResolutionFirst()
{
    const QList<SiteFile> files = HelpCenterSite::render(sample(), options());
    const QString en = QString::fromUtf8(file(files, QStringLiteral("inc-2026-0007/en.html")));
    // Each update says what it is and the state it announced.
    QVERIFY2(en.contains(QStringLiteral("<span class=\"kind\">Update</span> · <span class=\"announced\">Investigating</span>")), qPrintable(en));
    QVERIFY(en.contains(QStringLiteral("<span class=\"kind\">Acknowledgement</span> · <span class=\"announced\">Acknowledged</span>")));
    // Open: the daily promise, one day after the last update, in the reader's zone.
    QVERIFY2(en.contains(QLatin1String("<p class=\"next-update\" id=\"next-update\">Next update by Thursday, 26 November 2026 09:00 GMT</p>")), qPrintable(en.mid(en.indexOf(QLatin1String("<h1>")), 700)));
    const QString de = QString::fromUtf8(file(files, QStringLiteral("inc-2026-0007/de.html")));
    QVERIFY2(de.contains(QStringLiteral("Nächstes Update spätestens am Donnerstag, 26. November 2026 10:00 CET")), qPrintable(de.mid(de.indexOf(QLatin1String("next-update")), 120)));
    QVERIFY(!en.contains(QLatin1String("id=\"resolution\"")));
    QVERIFY(en.contains(QStringLiteral(" · <a class=\"follow\" href=\"en.atom\">Follow this incident (Atom feed)</a>")));
    QVERIFY(en.contains(QLatin1String("<p>Times are shown in Greenwich Mean Time (London).</p>")));

    // Resolved: the resolution first, above the impact; not twice; no promise of another update.
    const QString closed = QString::fromUtf8(file(files, QStringLiteral("inc-2026-0003/en.html")));
    QVERIFY(!closed.contains(QLatin1String("next-update")));
    const qsizetype resolution = closed.indexOf(QLatin1String("id=\"resolution\""));
    QVERIFY2(resolution > 0 && resolution < closed.indexOf(QLatin1String("Impact on using the site")), qPrintable(closed));
    QVERIFY(closed.indexOf(QLatin1String("Fixed.")) > resolution);
    QCOMPARE(closed.count(QLatin1String("Fixed.")), 1);
    QVERIFY(closed.contains(QLatin1String("Resolved on Monday, 2 November 2026 08:00 GMT")));
    QVERIFY(closed.contains(QStringLiteral("<span class=\"kind\">Resolution</span> · <span class=\"announced\">Resolved</span>")));
    QVERIFY(closed.contains(QLatin1String("<span class=\"kind\">Description and impact</span>")));
    const QString it = QString::fromUtf8(file(files, QStringLiteral("inc-2026-0003/it.html")));
    QVERIFY(it.contains(QStringLiteral("<span class=\"kind\">Risoluzione</span> · <span class=\"announced\">Risolto</span>")));
    // An update published before its state was recorded shows its kind alone.
    QList<SiteIncident> old = sample();
    old[1].published[1].update.announcedState.reset();
    const QString unlabelled = QString::fromUtf8(file(HelpCenterSite::render(old, options()), QStringLiteral("inc-2026-0007/en.html")));
    QVERIFY(unlabelled.contains(QStringLiteral("<span class=\"kind\">Update</span> · <time")));
}

void TestSite::indexPerLanguageWithServiceStatus()
{
    const QList<SiteFile> files = HelpCenterSite::render(sample(), options());
    for (Language l : allValues<Language>()) {
        const QString path = toKey(l) + QStringLiteral("/index.html");
        const QString index = QString::fromUtf8(file(files, path));
        QVERIFY2(index.contains(QStringLiteral("<html lang=\"%1\">").arg(toKey(l))), qPrintable(path));
        QVERIFY2(index.indexOf(QLatin1String("INC-2026-0007")) < index.indexOf(QLatin1String("INC-2026-0003")), qPrintable(path)); // open first
        QVERIFY(!index.contains(QLatin1String("INC-2026-0001"))); // older than 90 days
        QVERIFY(index.contains(QStringLiteral("href=\"../inc-2026-0007/%1.html\"").arg(toKey(l))));
        // The status of every service opens the page, before the incidents.
        QVERIFY2(index.indexOf(QLatin1String("id=\"status\"")) < index.indexOf(QLatin1String("id=\"open\"")), qPrintable(path));
        for (Language other : allValues<Language>())
            QVERIFY2(index.contains(QStringLiteral("hreflang=\"%1\" href=\"../%1/index.html\"").arg(toKey(other))), qPrintable(path));
    }
    const QString en = QString::fromUtf8(file(files, QStringLiteral("en/index.html")));
    QVERIFY2(en.contains(QLatin1String("<p class=\"overall degraded\">Degraded performance: Payments</p>")), qPrintable(en));
    QVERIFY(en.contains(QLatin1String("<li class=\"service degraded\"><span class=\"name\">Payments</span> <span class=\"service-status\">Degraded performance</span></li>")));
    QVERIFY(en.contains(QLatin1String("<span class=\"name\">Login &lt;script&gt;")));
    QVERIFY(file(files, QStringLiteral("it/index.html")).contains("<span class=\"service-status\">Prestazioni ridotte</span>"));
    QVERIFY(file(files, QStringLiteral("es/index.html")).contains("Incidencias en curso"));

    SiteOptions fine = options();
    for (Service &s : fine.services)
        s.status = ServiceStatus::Operational;
    QVERIFY(file(HelpCenterSite::render(sample(), fine), QStringLiteral("fr/index.html"))
                .contains("<p class=\"overall operational\">Tous les services fonctionnent normalement.</p>"));
    fine.services.clear();
    QVERIFY(!file(HelpCenterSite::render(sample(), fine), QStringLiteral("en/index.html")).contains("id=\"status\""));
}

void TestSite::rootIndexOffersEachLanguage()
{
    const QString root = QString::fromUtf8(file(HelpCenterSite::render(sample(), options()), QStringLiteral("index.html")));
    for (const auto &[code, name] : {std::pair{"it", "Italiano"}, {"en", "English"}, {"fr", "Français"}, {"de", "Deutsch"}, {"es", "Español"}}) {
        QVERIFY2(root.contains(QStringLiteral("<a href=\"%1/index.html\" hreflang=\"%1\">%2</a>").arg(QLatin1String(code), QString::fromUtf8(name))), qPrintable(root));
        QVERIFY(root.contains(QStringLiteral("<link rel=\"alternate\" hreflang=\"%1\" href=\"%1/index.html\">").arg(QLatin1String(code))));
    }
    // Each language says how the services are, in that language.
    QVERIFY2(root.contains(QStringLiteral("<span class=\"meta\">Rendimiento reducido: Payments</span>")), qPrintable(root));
    QVERIFY(root.contains(QStringLiteral("<span class=\"meta\">Prestazioni ridotte: Payments</span>")));
    QVERIFY(!root.contains(QLatin1String("Times are shown")));
}

void TestSite::everyLinkResolves()
{
    const QList<SiteFile> files = HelpCenterSite::render(sample(), options());
    QSet<QString> paths;
    for (const SiteFile &f : files)
        paths.insert(f.path);
    int checked = 0;
    for (const SiteFile &f : files) {
        if (!f.path.endsWith(QLatin1String(".html")))
            continue;
        for (const QString &target : localLinks(f.path, QString::fromUtf8(f.content))) {
            QVERIFY2(paths.contains(target), qPrintable(f.path + QStringLiteral(" links to a missing ") + target));
            ++checked;
        }
    }
    QVERIFY2(checked > 300, qPrintable(QString::number(checked)));
    // Each incident page links every language of itself, with hreflang.
    const QString page = QString::fromUtf8(file(files, QStringLiteral("inc-2026-0007/de.html")));
    for (Language l : allValues<Language>())
        QVERIFY(page.contains(QStringLiteral("<link rel=\"alternate\" hreflang=\"%1\" href=\"%1.html\">").arg(toKey(l))));
    QVERIFY(page.contains(QLatin1String("<span lang=\"de\" aria-current=\"page\">Deutsch</span>")));
}

void TestSite::feedsPerLanguageAndIncident()
{
    const QList<SiteFile> files = HelpCenterSite::render(sample(), options());
    QSet<QString> paths;
    for (const SiteFile &f : files)
        paths.insert(f.path);
    const QString base = options().baseUrl;
    for (const SiteFile &f : files) {
        if (!f.path.endsWith(QLatin1String(".atom")))
            continue;
        const AtomFeed feed = readAtom(f.content);
        QVERIFY2(feed.error.isEmpty(), qPrintable(f.path + u' ' + feed.error));
        QCOMPARE(feed.self, base + f.path);
        for (const QString &link : feed.links) {
            QVERIFY2(link.startsWith(base), qPrintable(link));
            const QString target = link.mid(base.size()).section(u'#', 0, 0);
            QVERIFY2(paths.contains(target), qPrintable(f.path + QStringLiteral(" links to a missing ") + link));
            // The anchor is on that page.
            const QString anchor = link.section(u'#', 1);
            QVERIFY2(anchor.isEmpty() || file(files, target).contains(QStringLiteral("id=\"%1\"").arg(anchor).toUtf8()), qPrintable(link));
        }
    }
    const AtomFeed it = readAtom(file(files, QStringLiteral("it/feed.atom")));
    QCOMPARE(it.lang, QStringLiteral("it"));
    QCOMPARE(it.titles.size(), 1 + 4); // every update of the two listed incidents
    QVERIFY2(it.titles.contains(QStringLiteral("INC-2026-0003 — Login slow — Risoluzione · Risolto")), qPrintable(it.titles.join(u'\n')));
    QVERIFY(it.content.contains(QStringLiteral("<p>Risolto.</p>\n")));
    QVERIFY(it.links.contains(base + QStringLiteral("inc-2026-0003/it.html#update-5")));
    const AtomFeed root = readAtom(file(files, QStringLiteral("feed.atom")));
    QCOMPARE(root.lang, QStringLiteral("en"));
    QVERIFY(root.titles.contains(QStringLiteral("INC-2026-0007 — Checkout fails ") + kHostile + QStringLiteral(" — Update · Investigating")));

    const AtomFeed one = readAtom(file(files, QStringLiteral("inc-2026-0007/es.atom")));
    QCOMPARE(one.titles.size(), 1 + 2);
    QCOMPARE(one.titles.first(), QStringLiteral("INC-2026-0007 — Checkout fails ") + kHostile);
    QCOMPARE(one.links.first(), base + QStringLiteral("inc-2026-0007/es.html#update-11")); // newest first
    // The page offers its feed.
    QVERIFY(file(files, QStringLiteral("inc-2026-0007/es.html")).contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"es.atom\""));
}

void TestSite::incidentsJson()
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file(HelpCenterSite::render(sample(), options()), QStringLiteral("incidents.json")), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray incidents = json.object().value(QStringLiteral("incidents")).toArray();
    QCOMPARE(incidents.size(), 2);
    const QJsonObject first = incidents.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("reference")).toString(), QStringLiteral("INC-2026-0007"));
    QVERIFY(first.value(QStringLiteral("open")).toBool());
    QCOMPARE(first.value(QStringLiteral("pages")).toObject().value(QStringLiteral("it")).toString(),
             QStringLiteral("https://help.example.org/incidents/inc-2026-0007/it.html"));
    QCOMPARE(first.value(QStringLiteral("feeds")).toObject().value(QStringLiteral("de")).toString(),
             QStringLiteral("https://help.example.org/incidents/inc-2026-0007/de.atom"));
    QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("Checkout fails ") + kHostile);
    const QJsonArray services = json.object().value(QStringLiteral("services")).toArray();
    QCOMPARE(services.size(), 2);
    QCOMPARE(services.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("degraded"));
}

void TestSite::brandingFromTheTargetsSettings()
{
    auto configured = SiteOptions::fromConfig(QJsonObject{
        {QStringLiteral("davUrl"), QStringLiteral("https://dav.example.org/help/")},
        {QStringLiteral("team"), QStringLiteral("Acme <b>Support</b>")},
        {QStringLiteral("logoUrl"), QStringLiteral("https://cdn.example.org/acme/logo.svg")},
        {QStringLiteral("accentColor"), QStringLiteral("#FFCC00")},
        {QStringLiteral("footer"), QString(QStringLiteral("Acme S.p.A. — ") + kHostile)},
        {QStringLiteral("contactUrl"), QStringLiteral("https://acme.example.org/contact?a=1&b=2")},
        {QStringLiteral("timeZones"), QJsonObject{{QStringLiteral("es"), QStringLiteral("America/Mexico_City")}}}});
    QVERIFY2(configured.ok(), configured.ok() ? "" : qPrintable(configured.error().message));
    SiteOptions o = configured.value();
    QCOMPARE(o.baseUrl, QStringLiteral("https://dav.example.org/help/"));
    QCOMPARE(o.zone(Language::Es).id(), QByteArray("America/Mexico_City"));
    QCOMPARE(o.zone(Language::It).id(), QByteArray("Europe/Rome"));
    o.now = options().now;
    const QList<SiteFile> files = HelpCenterSite::render(sample(), o);
    for (const QString &path : {QStringLiteral("inc-2026-0007/it.html"), QStringLiteral("en/index.html"), QStringLiteral("index.html")}) {
        const QString html = QString::fromUtf8(file(files, path));
        QVERIFY2(html.contains(QLatin1String("<img class=\"logo\" src=\"https://cdn.example.org/acme/logo.svg\" alt=\"\">")), qPrintable(path));
        QVERIFY2(html.contains(QLatin1String("img-src 'self' https://cdn.example.org\"")), qPrintable(path)); // only that origin
        QVERIFY2(html.contains(QLatin1String(">Acme &lt;b&gt;Support&lt;/b&gt;</a>")), qPrintable(path));
        QVERIFY(html.contains(QStringLiteral("<p>Acme S.p.A. — &lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(html.contains(QLatin1String("href=\"https://acme.example.org/contact?a=1&amp;b=2\"")));
    }
    QVERIFY(file(files, QStringLiteral("inc-2026-0007/it.html")).contains(">Segnala un problema</a>"));
    // A light colour: black text on the band, links in the standard blue (it would not read on white).
    const QByteArray css = file(files, QStringLiteral("style.css"));
    QVERIFY2(css.contains("background: #ffcc00; color: #000000;"), css.constData());
    QVERIFY(css.contains("a { color: #0b57d0; }"));
    o.accentColor = QStringLiteral("#0b3d2e"); // dark: white text, and the links take it
    const QByteArray dark = file(HelpCenterSite::render(sample(), o), QStringLiteral("style.css"));
    QVERIFY(dark.contains("background: #0b3d2e; color: #ffffff;"));
    QVERIFY(dark.contains("a { color: #0b3d2e; }"));
    // The feeds carry the team as their author.
    QVERIFY(file(files, QStringLiteral("de/feed.atom")).contains("<author><name>Acme &lt;b&gt;Support&lt;/b&gt;</name></author>"));
}

void TestSite::badSettingsAreRefused()
{
    const QList<std::pair<QString, QJsonValue>> bad{
        {QStringLiteral("accentColor"), QStringLiteral("red; } body { display: none")},
        {QStringLiteral("accentColor"), QStringLiteral("#12345")},
        {QStringLiteral("logoUrl"), QStringLiteral("javascript:alert(1)")},
        {QStringLiteral("logoUrl"), QStringLiteral("//evil.example/logo.png")},
        {QStringLiteral("contactUrl"), QStringLiteral("javascript:alert(1)")},
        {QStringLiteral("timeZones"), QJsonObject{{QStringLiteral("es"), QStringLiteral("Mars/Olympus_Mons")}}},
        {QStringLiteral("timeZones"), QJsonObject{{QStringLiteral("pt"), QStringLiteral("Europe/Lisbon")}}},
        {QStringLiteral("templates"), QStringLiteral("/nonexistent/templates")},
    };
    for (const auto &[key, value] : bad) {
        QJsonObject config{{QStringLiteral("davUrl"), QStringLiteral("file:///tmp/x/")}};
        config.insert(key, value);
        const auto o = SiteOptions::fromConfig(config);
        QVERIFY2(!o.ok(), qPrintable(key));
        QVERIFY2(o.error().code == Error::Code::Invalid, qPrintable(key));
        QVERIFY2(!o.error().message.isEmpty(), qPrintable(key));
    }
    QVERIFY(SiteOptions::fromConfig(QJsonObject{{QStringLiteral("logoUrl"), QStringLiteral("images/logo.png")},
                                                {QStringLiteral("contactUrl"), QStringLiteral("mailto:help@example.org")}})
                .ok());
}

void TestSite::templateFolderReplacesFiles()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("texts")));
    auto write = [&dir](const QString &name, const QByteArray &content) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    };
    // A team's own footer template and one Italian word; everything else stays built in.
    write(QStringLiteral("foot.mustache"), "</main>\n<footer class=\"acme\">{{site.title}} · {{t.contact}}</footer>\n</body>\n</html>\n");
    write(QStringLiteral("texts/it.json"), "{\"contact\": \"Scrivici\"}");
    auto configured = SiteOptions::fromConfig(QJsonObject{{QStringLiteral("templates"), dir.path()}});
    QVERIFY2(configured.ok(), configured.ok() ? "" : qPrintable(configured.error().message));
    SiteOptions o = configured.value();
    o.now = options().now;
    const QString it = QString::fromUtf8(file(HelpCenterSite::render(sample(), o), QStringLiteral("inc-2026-0007/it.html")));
    QVERIFY2(it.contains(QStringLiteral("<footer class=\"acme\">Stato dei servizi e resoconti degli incidenti · Scrivici</footer>")), qPrintable(it));
    QVERIFY(it.contains(QLatin1String("Impatto sull&apos;uso del sito")));
    // The built-in set is untouched.
    QVERIFY(!file(HelpCenterSite::render(sample(), options()), QStringLiteral("inc-2026-0007/it.html")).contains("acme"));

    // A broken template or text file is named in the error, not published.
    write(QStringLiteral("foot.mustache"), "{{#site.footer}}never closed");
    auto broken = SiteOptions::fromConfig(QJsonObject{{QStringLiteral("templates"), dir.path()}});
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().message.contains(QLatin1String("foot.mustache")), qPrintable(broken.error().message));
    write(QStringLiteral("foot.mustache"), "</main></body></html>");
    write(QStringLiteral("texts/it.json"), "{\"contact\": ");
    broken = SiteOptions::fromConfig(QJsonObject{{QStringLiteral("templates"), dir.path()}});
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().message.contains(QLatin1String("it.json")), qPrintable(broken.error().message));
}

void TestSite::everyLanguageHasEveryText()
{
    SiteTemplates::builtIn(); // registers the resources
    auto read = [](Language l) {
        QFile f(QStringLiteral(":/site/texts/") + toKey(l) + QStringLiteral(".json"));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    };
    const QJsonObject english = read(Language::En);
    QVERIFY(english.size() > 40);
    static const QRegularExpression placeholder(QStringLiteral("\\{[a-z]+\\}"));
    auto placeholders = [](const QString &text) {
        QStringList out;
        for (auto m = placeholder.globalMatch(text); m.hasNext();)
            out << m.next().captured();
        out.sort();
        return out;
    };
    for (Language l : allValues<Language>()) {
        const QJsonObject texts = read(l);
        QCOMPARE(texts.keys(), english.keys());
        for (const QString &key : english.keys()) {
            QVERIFY2(!texts.value(key).toString().trimmed().isEmpty(), qPrintable(toKey(l) + u' ' + key));
            QCOMPARE(placeholders(texts.value(key).toString()), placeholders(english.value(key).toString()));
            if (l != Language::En && key != QLatin1String("kind_progress") && key != QLatin1String("updates"))
                QVERIFY2(texts.value(key) != english.value(key), qPrintable(toKey(l) + QStringLiteral(" left in English: ") + key));
        }
    }
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
