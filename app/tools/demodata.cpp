// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "history.h"

#include "store/bulkreportwriter.h"
#include "core/clock.h"
#include "store/database.h"
#include "domain/lifecycle.h"
#include "store/incidentrepository.h"
#include "store/publicationrepository.h"
#include "store/servicerepository.h"
#include "store/updaterepository.h"
#include "store/userrepository.h"

#include <QCoreApplication>

#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <array>

namespace desk {

namespace {

struct ServiceSpec
{
    const char *key;
    const char *name;
};
constexpr std::array<ServiceSpec, 8> kServices{{{"payments", "Payments"},
                                                {"orders", "Orders"},
                                                {"catalogue", "Catalogue"},
                                                {"login", "Login and accounts"},
                                                {"shipping", "Shipping tracking"},
                                                {"search", "Search"},
                                                {"notifications", "E-mail notifications"},
                                                {"invoices", "Invoices"}}};

struct PersonSpec
{
    const char *name;
    const char *display;
    Role role;
};
constexpr std::array<PersonSpec, 6> kPeople{{{"anna", "Anna Rossi", Role::Agent},
                                             {"marco", "Marco Bianchi", Role::Agent},
                                             {"sofia", "Sofia Esposito", Role::Agent},
                                             {"giulia", "Giulia Conti", Role::Lead},
                                             {"luca", "Luca Ferrari", Role::Lead},
                                             {"admin", "Desk administrator", Role::Admin}}};

struct Scenario
{
    int service;
    const char *title;
    const char *description;
    const char *impact;
    const char *journeys;
    const char *workaround;
    ImpactLevel level;
    const char *rootCause;
};
constexpr std::array<Scenario, 10> kScenarios{{
    {0, "Card payments declined at checkout", "Some card payments are declined by the payment provider.",
     "Customers cannot complete purchases paid by card; PayPal still works.", "Checkout\nSaved cards",
     "Pay with PayPal or bank transfer.", ImpactLevel::Major, "An expired certificate on the payment gateway."},
    {1, "Order history does not load", "The orders page stays empty for some accounts.",
     "Customers cannot see past orders or download receipts.", "My orders\nReceipts", "Receipts are also sent by e-mail.",
     ImpactLevel::Minor, "A slow database query after an index was dropped."},
    {3, "Login fails with two-factor codes", "Two-factor codes are rejected as expired.",
     "Customers with two-factor login cannot sign in.", "Sign in\nPassword reset", "Use a backup code.",
     ImpactLevel::Critical, "Clock drift on two authentication servers."},
    {4, "Tracking shows no updates", "Parcel tracking has not refreshed since this morning.",
     "Customers see stale delivery status.", "Track parcel", "The carrier's own site is up to date.",
     ImpactLevel::Minor, "The carrier changed its API without notice."},
    {2, "Product images missing", "Product pages show placeholders instead of images.",
     "Browsing is harder; purchases still work.", "Product page\nCategory pages", "", ImpactLevel::Minor,
     "A CDN configuration change removed a cache rule."},
    {5, "Search returns no results", "Searches in some languages return nothing.",
     "Customers cannot find products by search.", "Search\nFilters", "Browse by category.", ImpactLevel::Major,
     "A language analyser failed to load after an upgrade."},
    {6, "Order confirmation e-mails delayed", "Confirmation e-mails arrive hours late.",
     "Customers are unsure whether their order went through.", "Order confirmation",
     "Orders are visible in My orders.", ImpactLevel::Minor, "The mail queue worker stopped after a disk filled."},
    {7, "Invoices cannot be downloaded", "Downloading an invoice PDF fails with an error.",
     "Business customers cannot get invoices for accounting.", "Invoices", "Ask support for a copy by e-mail.",
     ImpactLevel::Major, "A font missing from the PDF service image."},
    {0, "Refunds delayed", "Refunds take longer than usual to appear.",
     "Customers wait for refunds of returned items.", "Returns\nRefunds", "", ImpactLevel::Minor,
     "A batch job was paused during maintenance and not resumed."},
    {1, "Checkout very slow", "Placing an order takes over a minute.",
     "Some customers abandon their orders.", "Checkout", "Retry after a few minutes.", ImpactLevel::Major,
     "A third-party fraud check timed out under load."},
}};

constexpr std::array<const char *, 5> kLanguages{"it", "en", "fr", "de", "es"};

// Per language: how customers describe a problem with each service (same order as kServices).
constexpr std::array<std::array<const char *, 8>, 5> kProblems{{
    {"il pagamento con carta viene rifiutato", "non vedo i miei ordini", "mancano le immagini dei prodotti",
     "non riesco ad accedere al mio account", "il tracciamento del pacco non si aggiorna", "la ricerca non trova nulla",
     "non ho ricevuto l'e-mail di conferma", "non riesco a scaricare la fattura"},
    {"my card payment is declined", "I cannot see my orders", "product images are missing", "I cannot log in to my account",
     "parcel tracking does not update", "search finds nothing", "I did not get the confirmation e-mail",
     "I cannot download my invoice"},
    {"mon paiement par carte est refusé", "je ne vois pas mes commandes", "les images des produits manquent",
     "je n'arrive pas à me connecter", "le suivi du colis ne se met pas à jour", "la recherche ne trouve rien",
     "je n'ai pas reçu l'e-mail de confirmation", "impossible de télécharger ma facture"},
    {"meine Kartenzahlung wird abgelehnt", "ich sehe meine Bestellungen nicht", "Produktbilder fehlen",
     "ich kann mich nicht anmelden", "die Sendungsverfolgung aktualisiert sich nicht", "die Suche findet nichts",
     "ich habe keine Bestätigungs-E-Mail erhalten", "ich kann meine Rechnung nicht herunterladen"},
    {"mi pago con tarjeta es rechazado", "no veo mis pedidos", "faltan las imágenes de los productos",
     "no puedo iniciar sesión", "el seguimiento del paquete no se actualiza", "la búsqueda no encuentra nada",
     "no recibí el correo de confirmación", "no puedo descargar mi factura"},
}};

constexpr std::array<std::array<const char *, 3>, 5> kBodies{{
    {"Buongiorno, da stamattina %1. Ho provato più volte e anche da un altro browser. Ordine %2.",
     "Salve, %1 e ho bisogno di una soluzione urgente. Il mio riferimento è %2. Grazie.",
     "Segnalo che %1. Succede dalle %3 circa, sia da telefono che da computer."},
    {"Hello, since this morning %1. I tried several times, also from another browser. Order %2.",
     "Hi, %1 and I need this fixed urgently. My reference is %2. Thanks.",
     "Reporting that %1. It started around %3, on both phone and computer."},
    {"Bonjour, depuis ce matin %1. J'ai essayé plusieurs fois, aussi avec un autre navigateur. Commande %2.",
     "Bonjour, %1 et j'ai besoin d'une solution rapide. Ma référence est %2. Merci.",
     "Je signale que %1. Cela a commencé vers %3, sur téléphone et sur ordinateur."},
    {"Guten Tag, seit heute Morgen %1. Ich habe es mehrmals versucht, auch mit einem anderen Browser. Bestellung %2.",
     "Hallo, %1 und ich brauche dringend eine Lösung. Meine Referenz ist %2. Danke.",
     "Ich melde, dass %1. Es begann gegen %3, am Telefon und am Computer."},
    {"Hola, desde esta mañana %1. Lo intenté varias veces, también con otro navegador. Pedido %2.",
     "Hola, %1 y necesito una solución urgente. Mi referencia es %2. Gracias.",
     "Informo que %1. Empezó hacia las %3, en el móvil y en el ordenador."},
}};

constexpr std::array<std::array<const char *, 6>, 5> kFirstNames{{
    {"Giovanni", "Chiara", "Paolo", "Francesca", "Alessandro", "Elena"},
    {"James", "Emily", "Oliver", "Charlotte", "Harry", "Amelia"},
    {"Camille", "Louis", "Léa", "Hugo", "Chloé", "Étienne"},
    {"Lukas", "Sophie", "Jonas", "Lea", "Maximilian", "Jürgen"},
    {"Lucía", "Mateo", "Sofía", "Hugo", "Martina", "Íñigo"},
}};
constexpr std::array<std::array<const char *, 6>, 5> kLastNames{{
    {"Russo", "Romano", "Colombo", "Ricci", "Marino", "Greco"},
    {"Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans"},
    {"Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard"},
    {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner"},
    {"García", "Fernández", "López", "Martínez", "Sánchez", "Pérez"},
}};

// Language weights: an Italian shop with customers across Europe.
int pickLanguage(QRandomGenerator &rng)
{
    const int roll = int(rng.bounded(100));
    if (roll < 40)
        return 0;
    if (roll < 65)
        return 1;
    if (roll < 78)
        return 2;
    if (roll < 90)
        return 3;
    return 4;
}

QString asciiFold(const QString &s)
{
    QString out = s.normalized(QString::NormalizationForm_D);
    out.remove(QRegularExpression(QStringLiteral("[^a-zA-Z]")));
    return out.toLower();
}

} // namespace

DemoGenerator::DemoGenerator(Database &db, DemoOptions options) : m_db(db), m_options(std::move(options)) {}

Status DemoGenerator::actAs(const QString &name)
{
    return UserRepository(m_db).actAs(name);
}

Status DemoGenerator::ensureUsers(DemoSummary *summary)
{
    UserRepository users(m_db);
    const QString self = m_db.isPostgres() ? m_db.currentRole() : QStringLiteral("demo");
    for (const PersonSpec &p : kPeople) {
        const QString name = QString::fromLatin1(p.name);
        if (users.find(name).ok())
            continue;
        auto added = users.add(name, QString::fromUtf8(p.display), p.role, m_options.password, self);
        if (!added.ok())
            return Error(added.error().code,
                         QStringLiteral("Cannot create the demo user %1: %2").arg(name, added.errorString()));
        ++summary->users;
        // The demo replays each person's actions under their own role, so the database's rules apply.
        if (Status granted = users.grantRole(name, self); !granted.ok())
            return granted;
    }
    return {};
}

Status DemoGenerator::createIncidents(DemoSummary *summary)
{
    auto existing = IncidentRepository(m_db, User{}).count();
    if (!existing.ok())
        return existing.error();
    auto serviceIds = ServiceRepository(m_db).idsByKey();
    if (!serviceIds.ok())
        return serviceIds.error();

    if (existing.value() > 0) {
        // Demo run again: reuse the incidents that are there for linking.
        auto spans = IncidentRepository(m_db, User{}).spans();
        if (!spans.ok())
            return spans.error();
        for (const IncidentRepository::Span &s : spans.value())
            m_windows.append({s.id, s.firstServiceId, s.createdAtMs, s.resolvedAtMs > 0 ? s.resolvedAtMs : Clock::nowMs(),
                              s.state != IncidentState::Reported});
        return {};
    }

    QRandomGenerator rng(m_options.seed);
    const QDateTime now = Clock::now();
    const int count = int(qBound<qint64>(qint64(16), m_options.reports / 25000, qint64(60)));
    const QList<IncidentState> states = allValues<IncidentState>();
    const User agent{0, QStringLiteral("anna"), {}, Role::Agent, true};
    const User lead{0, QStringLiteral("giulia"), {}, Role::Lead, true};
    const User otherLead{0, QStringLiteral("luca"), {}, Role::Lead, true};

    // Where the team publishes: the Help Center site (sent by the publisher once configured).
    {
        const User admin{0, QStringLiteral("admin"), {}, Role::Admin, true};
        if (Status s = actAs(admin.name); !s.ok())
            return s;
        auto target = PublicationRepository(m_db, admin)
                          .addTarget(PublicationKind::HelpCenter, QStringLiteral("Help Center"),
                                     QStringLiteral("{\"baseUrl\": \"https://help.example.org/incidents/\"}"));
        if (!target.ok())
            return target.error();
    }

    for (int n = 0; n < count; ++n) {
        const Scenario &sc = kScenarios.at(std::size_t(n) % kScenarios.size());
        // The last incidents are the most recent; older ones are further along their lifecycle.
        const IncidentState target = states.at(qsizetype(count - 1 - n) % states.size());
        const int ageHours = target == IncidentState::Reported ? int(rng.bounded(6)) + 1
            : Lifecycle::isOpen(target)                       ? 24 * (int(rng.bounded(3)) + 1) + int(rng.bounded(12))
                                                              : 24 * (5 + int(rng.bounded(35)));
        QDateTime t = now.addSecs(-qint64(ageHours) * 3600);
        Clock::setThreadSource([&t] { return t; });
        const auto advance = [&t, &now](int minutes) { t = qMin(t.addSecs(qint64(minutes) * 60), now); }; // never in the future

        if (Status s = actAs(agent.name); !s.ok())
            return s;
        Incident draft;
        draft.title = QString::fromUtf8(sc.title);
        draft.description = QString::fromUtf8(sc.description);
        draft.impactSummary = QString::fromUtf8(sc.impact);
        draft.userJourneys = QString::fromUtf8(sc.journeys);
        draft.workaround = QString::fromUtf8(sc.workaround);
        draft.impact = sc.level;
        draft.owner = agent.name;
        draft.serviceKeys = {QString::fromLatin1(kServices.at(std::size_t(sc.service)).key)};
        auto incident = IncidentRepository(m_db, agent).create(draft);
        if (!incident.ok())
            return incident.error();
        ++summary->incidents;
        m_windows.append({incident->id, serviceIds->value(draft.serviceKeys.first()), toMs(t), toMs(now),
                          target != IncidentState::Reported});

        // Writes, approves and publishes one update the way the team does: agent, then a lead.
        const auto publishUpdate = [&](UpdateKind kind, const QString &en, const QString &it) -> Status {
            if (Status s = actAs(agent.name); !s.ok())
                return s;
            UpdateRepository asAgent(m_db, agent);
            auto u = asAgent.createDraft(incident->id, kind, {{Language::En, en}, {Language::It, it}});
            if (!u.ok())
                return u.error();
            advance(10);
            u = asAgent.submit(u->update.id, u->update.version);
            if (!u.ok())
                return u.error();
            advance(15);
            const User &reviewer = (summary->updates % 2 == 0) ? lead : otherLead;
            if (Status s = actAs(reviewer.name); !s.ok())
                return s;
            UpdateRepository asLead(m_db, reviewer);
            u = asLead.approve(u->update.id, u->update.version);
            if (!u.ok())
                return u.error();
            u = asLead.publish(u->update.id, u->update.version);
            if (!u.ok())
                return u.error();
            ++summary->updates;
            return {};
        };
        const auto step = [&](IncidentState to) -> Status {
            if (Status s = actAs(agent.name); !s.ok())
                return s;
            auto current = IncidentRepository(m_db, agent).get(incident->id);
            if (!current.ok())
                return current.error();
            auto moved = IncidentRepository(m_db, agent).transition(incident->id, to, current->version);
            if (!moved.ok())
                return moved.error();
            return {};
        };
        const QString title = draft.title;
        const auto reached = [&](IncidentState s) { return int(target) >= int(s); };

        if (reached(IncidentState::Acknowledged)) {
            advance(20);
            if (Status s = publishUpdate(UpdateKind::Acknowledgement,
                                         QStringLiteral("We know about the problem \"%1\" and our technical team is "
                                                        "working on it.")
                                             .arg(title),
                                         QStringLiteral("Siamo al corrente del problema \"%1\" e il nostro staff tecnico "
                                                        "se ne sta occupando.")
                                             .arg(title));
                !s.ok())
                return s;
            if (Status s = step(IncidentState::Acknowledged); !s.ok())
                return s;
            advance(30);
            if (Status s = publishUpdate(UpdateKind::Impact,
                                         QStringLiteral("**What happens:** %1\n\n**Impact:** %2")
                                             .arg(draft.description, draft.impactSummary),
                                         QStringLiteral("**Cosa succede:** %1\n\n**Impatto:** %2")
                                             .arg(draft.description, draft.impactSummary));
                !s.ok())
                return s;
        }
        const std::array<IncidentState, 3> middle{IncidentState::Investigating, IncidentState::Identified,
                                                  IncidentState::Monitoring};
        for (IncidentState s : middle) {
            if (!reached(s))
                break;
            advance(60 * 20);
            if (Status st = step(s); !st.ok())
                return st;
            if (Status st = publishUpdate(UpdateKind::Progress,
                                          QStringLiteral("Progress: the incident is now *%1*. Next update within 24 "
                                                         "hours.")
                                              .arg(toKey(s)),
                                          QStringLiteral("Aggiornamento: l'incidente è ora in stato *%1*. Prossimo "
                                                         "aggiornamento entro 24 ore.")
                                              .arg(toKey(s)));
                !st.ok())
                return st;
        }
        if (reached(IncidentState::Resolved)) {
            advance(60 * 6);
            if (Status s = publishUpdate(UpdateKind::Resolution,
                                         QStringLiteral("The problem \"%1\" is resolved. Thank you for your patience.")
                                             .arg(title),
                                         QStringLiteral("Il problema \"%1\" è risolto. Grazie per la pazienza.").arg(title));
                !s.ok())
                return s;
            if (Status s = step(IncidentState::Resolved); !s.ok())
                return s;
            m_windows.last().endMs = toMs(t);
        }
        if (reached(IncidentState::Reviewed)) {
            advance(60 * 24 * 2);
            auto current = IncidentRepository(m_db, agent).get(incident->id);
            if (!current.ok())
                return current.error();
            Incident edited = current.value();
            edited.rootCause = QString::fromUtf8(sc.rootCause);
            if (auto saved = IncidentRepository(m_db, agent).save(edited); !saved.ok())
                return saved.error();
            if (Status s = publishUpdate(UpdateKind::Postmortem,
                                         QStringLiteral("**Cause:** %1\n\n**What we changed:** monitoring and an alert "
                                                        "so it cannot happen unnoticed again.")
                                             .arg(edited.rootCause),
                                         QStringLiteral("**Causa:** %1\n\n**Cosa abbiamo cambiato:** monitoraggio e un "
                                                        "allarme perché non si ripeta inosservato.")
                                             .arg(edited.rootCause));
                !s.ok())
                return s;
            if (Status s = step(IncidentState::Reviewed); !s.ok())
                return s;
        }
        if (target == IncidentState::Investigating || target == IncidentState::Monitoring) {
            // Work in progress: one update waiting for a lead, one sent back with a comment.
            advance(60 * 3);
            if (Status s = actAs(QStringLiteral("marco")); !s.ok())
                return s;
            const User marco{0, QStringLiteral("marco"), {}, Role::Agent, true};
            UpdateRepository asMarco(m_db, marco);
            auto u = asMarco.createDraft(incident->id, UpdateKind::Progress,
                                         {{Language::En, QStringLiteral("We have found the cause and are testing a fix.")},
                                          {Language::It, QStringLiteral("Abbiamo trovato la causa e stiamo provando una "
                                                                        "correzione.")}});
            if (u.ok())
                u = asMarco.submit(u->update.id, u->update.version);
            if (!u.ok())
                return u.error();
            if (target == IncidentState::Monitoring) {
                if (Status s = actAs(lead.name); !s.ok())
                    return s;
                u = UpdateRepository(m_db, lead)
                        .requestChanges(u->update.id, QStringLiteral("Say when customers can pay again."), u->update.version);
                if (!u.ok())
                    return u.error();
            }
        }
        if (reached(IncidentState::Closed)) {
            advance(60 * 24);
            if (Status s = step(IncidentState::Closed); !s.ok())
                return s;
        }
    }
    Clock::setThreadSource({});
    return actAs({});
}

Status DemoGenerator::writeReports(DemoSummary *summary)
{
    auto serviceIds = ServiceRepository(m_db).idsByKey();
    if (!serviceIds.ok())
        return serviceIds.error();
    std::array<Id, kServices.size()> serviceIdByIndex{};
    QHash<Id, int> indexByServiceId;
    for (std::size_t i = 0; i < kServices.size(); ++i) {
        serviceIdByIndex.at(i) = serviceIds->value(QString::fromLatin1(kServices.at(i).key));
        indexByServiceId.insert(serviceIdByIndex.at(i), int(i));
    }

    // Everything textual is prepared once; the loop only picks and concatenates.
    struct LanguageTexts
    {
        QString key;
        std::array<QString, kServices.size()> problems;
        std::array<QString, kServices.size()> subjects;
        std::array<QString, 3> bodies;
        std::array<QString, 36> names;
        std::array<QString, 36> mailboxes;
    };
    std::array<LanguageTexts, kLanguages.size()> texts;
    for (std::size_t l = 0; l < kLanguages.size(); ++l) {
        LanguageTexts &t = texts.at(l);
        t.key = QString::fromLatin1(kLanguages.at(l));
        for (std::size_t s = 0; s < kServices.size(); ++s) {
            t.problems.at(s) = QString::fromUtf8(kProblems.at(l).at(s));
            t.subjects.at(s) = t.problems.at(s).at(0).toUpper() + t.problems.at(s).mid(1);
        }
        for (std::size_t b = 0; b < 3; ++b)
            t.bodies.at(b) = QString::fromUtf8(kBodies.at(l).at(b));
        for (std::size_t n = 0; n < 36; ++n) {
            const QString first = QString::fromUtf8(kFirstNames.at(l).at(n % 6));
            const QString last = QString::fromUtf8(kLastNames.at(l).at(n / 6));
            t.names.at(n) = first + u' ' + last;
            t.mailboxes.at(n) = asciiFold(first) + u'.' + asciiFold(last);
        }
    }

    QRandomGenerator rng(m_options.seed ^ 0x5eedu);
    const qint64 nowMs = Clock::nowMs();
    const qint64 spanMs = qint64(42) * 24 * 3600 * 1000;
    const qint64 startMs = nowMs - spanMs;
    const qint64 total = qMax<qint64>(1, m_options.reports);
    const quint32 customerPool = quint32(qMax<qint64>(50, m_options.reports / 3));
    const std::array<QString, 4> channels{QStringLiteral("contact_form"), QStringLiteral("contact_form"),
                                          QStringLiteral("email"), QStringLiteral("phone")};
    const QString attachment = QStringLiteral("[{\"name\":\"screenshot.png\",\"size\":184320,\"type\":\"image/png\"}]");
    const QString refPrefix = QStringLiteral("demo-%1-").arg(m_options.seed);
    const qint64 hourMs = qint64(3600) * 1000;

    BulkReportWriter writer(m_db);
    if (Status s = writer.begin(); !s.ok())
        return s;
    ReportRow row;
    QList<const IncidentWindow *> active;
    for (qint64 i = 0; i < m_options.reports; ++i) {
        // Reports arrive in time order, as they do from the contact form.
        const qint64 at = startMs + (spanMs * i + qint64(rng.bounded(quint32(spanMs / total + 1)))) / total;
        const std::size_t lang = std::size_t(pickLanguage(rng));
        std::size_t service = rng.bounded(quint32(kServices.size()));
        row.status = QStringLiteral("new");
        row.incidentId = 0;
        const quint32 roll = rng.bounded(100u);
        active.clear();
        for (const IncidentWindow &w : std::as_const(m_windows)) {
            if (at >= w.startMs - hourMs && at <= w.endMs)
                active.append(&w);
        }
        if (!active.isEmpty() && roll < 60) {
            const IncidentWindow *w = active.at(qsizetype(rng.bounded(quint32(active.size()))));
            service = std::size_t(indexByServiceId.value(w->serviceId, int(service)));
            if (w->linkable && at >= w->startMs) {
                row.status = QStringLiteral("linked");
                row.incidentId = w->id;
            }
        } else if (const quint32 other = rng.bounded(100u); other < 12) {
            row.status = QStringLiteral("not_incident");
        } else if (other < 30 && at < nowMs - qint64(7) * 24 * hourMs) {
            row.status = QStringLiteral("closed");
        }
        const quint32 customer = rng.bounded(customerPool);
        const LanguageTexts &t = texts.at(lang);
        const std::size_t person = customer % 36;

        row.externalRef = refPrefix + QString::number(i);
        row.receivedAtMs = at;
        row.channel = channels.at(rng.bounded(quint32(channels.size())));
        row.customerRef = QStringLiteral("C%1").arg(customer, 7, 10, QLatin1Char('0'));
        row.customerName = t.names.at(person);
        row.customerEmail = t.mailboxes.at(person) + QString::number(customer % 97) + QStringLiteral("@example.org");
        row.language = t.key;
        row.subject = t.subjects.at(service);
        row.body = t.bodies.at(rng.bounded(3u));
        row.body.replace(QLatin1String("%1"), t.problems.at(service))
            .replace(QLatin1String("%2"), u'#' + QString::number(100000 + rng.bounded(900000u)))
            .replace(QLatin1String("%3"), QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(QStringLiteral("HH:mm")));
        row.serviceId = serviceIdByIndex.at(service);
        row.attachments = (i % 17 == 0) ? attachment : QString();
        if (Status s = writer.add(row); !s.ok()) {
            writer.rollback();
            return s;
        }
        if (m_progress && (i + 1) % 50000 == 0)
            m_progress(i + 1, m_options.reports);
    }
    auto stats = writer.commit();
    if (!stats.ok())
        return stats.error();
    summary->reports = stats->inserted;
    summary->reportsAlreadyPresent = stats->alreadyPresent;
    if (m_progress)
        m_progress(m_options.reports, m_options.reports);
    return {};
}

Result<DemoSummary> DemoGenerator::run()
{
    DemoSummary summary;
    for (const ServiceSpec &s : kServices) {
        auto id = ServiceRepository(m_db).ensure(QString::fromLatin1(s.key), QString::fromUtf8(s.name));
        if (!id.ok())
            return id.error();
        ++summary.services;
    }
    if (Status s = ensureUsers(&summary); !s.ok())
        return s.error();
    Status incidents = createIncidents(&summary);
    Clock::setThreadSource({});
    if (!incidents.ok()) {
        (void)actAs({});
        return incidents.error();
    }
    if (Status s = writeReports(&summary); !s.ok())
        return s.error();
    if (Status s = writeHistory(&summary); !s.ok())
        return s.error();
    return summary;
}

Status DemoGenerator::writeHistory(DemoSummary *summary)
{
    if (m_options.historyIncidents <= 0)
        return {};
    auto present = m_db.scalar(QStringLiteral("SELECT count(*) FROM reports WHERE external_ref LIKE 'HIST-%'"));
    if (!present.ok())
        return present.error();
    if (present.value().toLongLong() > 0)
        return {}; // written by an earlier run
    if (auto allowed = HistoryGenerator::canWrite(m_db); !allowed.ok() || !allowed.value()) {
        summary->historySkipped = QCoreApplication::translate(
            "desk::DemoGenerator", "the year of history is written only over a superuser connection");
        return {};
    }
    HistoryOptions history;
    history.incidents = m_options.historyIncidents;
    history.reports = m_options.historyReports;
    history.seed = m_options.seed;
    history.author = QStringLiteral("anna");
    history.lead = QStringLiteral("giulia");
    // The year before the demo's six weeks.
    history.endMs = Clock::now().addDays(-43).toMSecsSinceEpoch();
    HistoryGenerator generator(m_db, history);
    auto plan = generator.run();
    if (!plan.ok())
        return plan.error();
    summary->historyIncidents = int(plan->incidents.size());
    summary->reports += plan->reports;
    summary->incidents += int(plan->incidents.size());
    summary->updates += plan->updates;
    return {};
}

} // namespace desk
