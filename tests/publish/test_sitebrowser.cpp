// SPDX-License-Identifier: GPL-3.0-or-later
// The published Help Center pages opened in headless Chromium: they render, and customer or
// agent text carrying <script> or <img onerror=…> — in every field the templates show, the
// target's own team name, footer and service names included — executes nothing. A control page with a real
// script proves that this Chromium does run scripts, so the silence of the others means something.
#include "publish/helpcentersite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace desk;

namespace {
// Each payload would mark the page if it ran.
const QStringList kPayloads{
    QStringLiteral("<script>document.documentElement.setAttribute('data-pwned','script')</script>"),
    QStringLiteral("<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">"),
    QStringLiteral("<svg onload=\"document.documentElement.setAttribute('data-pwned','svg')\"></svg>"),
    QStringLiteral("[click](javascript:document.documentElement.setAttribute('data-pwned','link'))"),
    QStringLiteral("\"><script>document.documentElement.setAttribute('data-pwned','attr')</script>"),
};

QString chromium()
{
    for (const char *name : {"chromium", "chromium-browser", "google-chrome"}) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!path.isEmpty())
            return path;
    }
    return {};
}

/** The DOM after the page loaded and ran whatever it runs. */
QString dumpDom(const QString &file)
{
    QProcess p;
    p.start(chromium(), {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                         QStringLiteral("--virtual-time-budget=2000"), QStringLiteral("--dump-dom"),
                         QUrl::fromLocalFile(file).toString()});
    if (!p.waitForFinished(60000))
        p.kill();
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestSiteBrowser final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void controlScriptRuns();
    void payloadsExecuteNothing();

private:
    QTemporaryDir m_dir;
};

void TestSiteBrowser::initTestCase()
{
    if (chromium().isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("CI=true but chromium is not installed (packaging/install-deps.sh installs it)");
        QSKIP("chromium is not installed");
    }
    const QString all = kPayloads.join(u' ');
    SiteIncident s;
    s.incident.id = 1;
    s.incident.reference = QStringLiteral("INC-2026-0666");
    s.incident.title = QStringLiteral("Title ") + all;
    s.incident.impactSummary = QStringLiteral("Impact ") + all;
    s.incident.userJourneys = kPayloads.join(u'\n');
    s.incident.workaround = kPayloads.first();
    s.incident.state = IncidentState::Investigating;
    s.incident.createdAt = QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC);
    s.serviceNames = {kPayloads.at(1)};
    UpdateWithBodies u;
    u.update.id = 7;
    u.update.status = UpdateStatus::Published;
    u.update.announcedState = IncidentState::Investigating;
    u.update.publishedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
    u.bodies = {{Language::En, QStringLiteral("A report said: ") + kPayloads.join(QStringLiteral("\n\n"))}};
    s.published = {u};
    // A reviewed one: the root cause and the preventive actions are shown too.
    SiteIncident reviewed = s;
    reviewed.incident.id = 2;
    reviewed.incident.reference = QStringLiteral("INC-2026-0667");
    reviewed.incident.state = IncidentState::Reviewed;
    reviewed.incident.resolvedAt = QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);
    reviewed.incident.rootCause = QStringLiteral("Cause ") + all;
    reviewed.incident.actions = {{1, QStringLiteral("Action ") + all, QStringLiteral("x"), QDate(2027, 1, 31), false}};
    reviewed.published.first().update.kind = UpdateKind::Resolution;

    SiteOptions options;
    options.now = QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC);
    options.title = QStringLiteral("Status ") + all;
    options.team = QStringLiteral("Team ") + all;
    options.footer = QStringLiteral("Footer ") + all;
    options.contactUrl = QStringLiteral("https://example.org/contact?x=\"><script>document.documentElement.setAttribute('data-pwned','url')</script>");
    options.services = {{1, QStringLiteral("payments"), QStringLiteral("Service ") + all, ServiceStatus::MajorOutage}};
    for (const SiteFile &f : HelpCenterSite::render({s, reviewed}, options)) {
        QDir(m_dir.path()).mkpath(QFileInfo(m_dir.filePath(f.path)).path());
        QFile out(m_dir.filePath(f.path));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(f.content);
    }
    QFile control(m_dir.filePath(QStringLiteral("control.html")));
    QVERIFY(control.open(QIODevice::WriteOnly));
    control.write("<!DOCTYPE html><html><head><title>control</title></head><body><p>x</p>"
                  "<script>document.documentElement.setAttribute('data-pwned','control')</script></body></html>");
}

void TestSiteBrowser::controlScriptRuns()
{
    const QString dom = dumpDom(m_dir.filePath(QStringLiteral("control.html")));
    QVERIFY2(QRegularExpression(QStringLiteral("<html[^>]*\\bdata-pwned=\"control\"")).match(dom).hasMatch(), qPrintable(dom));
}

void TestSiteBrowser::payloadsExecuteNothing()
{
    for (const QString &page : {QStringLiteral("inc-2026-0666/en.html"), QStringLiteral("inc-2026-0666/it.html"),
                                QStringLiteral("inc-2026-0667/de.html"), QStringLiteral("en/index.html"),
                                QStringLiteral("es/index.html"), QStringLiteral("index.html")}) {
        const QString dom = dumpDom(m_dir.filePath(page));
        QVERIFY2(dom.contains(QLatin1String("</html>")), qPrintable(page + QStringLiteral(": did not render")));
        // A payload that ran would have set the attribute on <html> (as text it appears in the body).
        static const QRegularExpression marked(QStringLiteral("<html[^>]*\\bdata-pwned="));
        QVERIFY2(!marked.match(dom).hasMatch(), qPrintable(page + QStringLiteral(": a payload ran\n") + dom));
        QVERIFY2(!dom.contains(QLatin1String("<script")), qPrintable(page));
        QVERIFY2(!dom.contains(QLatin1String("<img")), qPrintable(page));
        QVERIFY2(!dom.contains(QLatin1String("<svg")), qPrintable(page));
        // The text is there, readable, as text.
        QVERIFY2(dom.contains(QLatin1String("&lt;script&gt;document.documentElement")), qPrintable(page));
    }
}

QTEST_GUILESS_MAIN(TestSiteBrowser)
#include "test_sitebrowser.moc"
