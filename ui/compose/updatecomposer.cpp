// SPDX-License-Identifier: GPL-3.0-or-later
#include "updatecomposer.h"

#include "compose/markdown.h"
#include "compose/textdiff.h"
#include "compose/updatetemplates.h"
#include "core/clock.h"
#include "domain/readers.h"
#include "domain/updateworkflow.h"
#include "domain/labels.h"
#include "widgets/messagebox.h"
#include "spellingedit.h"
#include "store/dbworker.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace desk::ui {

namespace {
const QString kPreviewStyle = QStringLiteral(
    "body { font-size: 11pt; } h1, h2, h3 { color: #17324d; } code { background: #f0f0f0; } "
    "table { border-collapse: collapse; } td, th { border: 1px solid #bbb; padding: 3px 6px; }");
} // namespace

UpdateComposer::UpdateComposer(const Session &session, const Incident &incident, const QStringList &serviceNames,
                               UpdateKind kind, Id updateId, QWidget *parent, DraftStore drafts)
    : QWidget(parent, Qt::Window),
      m_session(session),
      m_incident(incident),
      m_serviceNames(serviceNames),
      m_drafts(std::move(drafts)),
      m_kind(new QComboBox(this)),
      m_tabs(new QTabWidget(this)),
      m_parking(new QWidget(this)),
      m_count(new QLabel(this)),
      m_status(new QLabel(this)),
      m_banner(new QWidget(this)),
      m_bannerText(new QLabel(m_banner)),
      m_bannerButton(new QPushButton(m_banner)),
      m_template(new QPushButton(tr("Start again from the template"), this)),
      m_save(new QPushButton(tr("Save draft"), this)),
      m_submit(new QPushButton(tr("Submit for approval"), this)),
      m_discard(new QPushButton(tr("Discard draft"), this)),
      m_previewTimer(new QTimer(this)),
      m_localTimer(new QTimer(this)),
      m_dbTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("updateComposer"));
    setWindowTitle(tr("Public update — %1").arg(incident.reference));
    resize(1150, 720);
    m_update.update.incidentId = incident.id;
    m_update.update.id = updateId;
    m_update.update.kind = kind;
    m_update.update.author = session.user.name;

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Kind:"), this));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (UpdateKind k : allValues<UpdateKind>())
        m_kind->addItem(label(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    top->addWidget(m_kind);
    top->addSpacing(20);
    top->addWidget(new QLabel(tr("Languages:"), this));
    for (Language l : allValues<Language>()) {
        auto *box = new QCheckBox(toKey(l).toUpper(), this);
        box->setObjectName(QStringLiteral("language_") + toKey(l));
        box->setToolTip(label(l));
        m_languageBoxes.insert(l, box);
        top->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            updateTabs();
            if (!m_applying)
                fillFromTemplates(true);
            textEdited();
        });
    }
    top->addStretch(1);
    m_template->setObjectName(QStringLiteral("templateButton"));
    top->addWidget(m_template);
    layout->addLayout(top);

    m_banner->setObjectName(QStringLiteral("composerBanner"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerButton);
    connect(m_bannerButton, &QPushButton::clicked, this, [this] {
        if (m_bannerAction)
            m_bannerAction();
    });
    m_banner->hide();
    layout->addWidget(m_banner);

    m_parking->hide();
    for (Language l : allValues<Language>()) {
        Pane pane;
        pane.page = new QWidget(m_parking);
        auto *split = new QSplitter(Qt::Horizontal, pane.page);
        pane.edit = new SpellingEdit(l, split);
        pane.edit->setPlaceholderText(tr("Write the update in %1. Markdown: **bold**, *italic*, - lists, [links](https://…)")
                                          .arg(label(l)));
        auto *right = new QTabWidget(split);
        pane.preview = new QTextBrowser(right);
        pane.preview->setObjectName(QStringLiteral("preview_") + toKey(l));
        pane.preview->setOpenLinks(false);
        pane.preview->document()->setDefaultStyleSheet(kPreviewStyle);
        right->addTab(pane.preview, tr("Preview"));
        auto *changesPage = new QWidget(right);
        auto *changesLayout = new QVBoxLayout(changesPage);
        changesLayout->setContentsMargins(0, 0, 0, 0);
        pane.changesSummary = new QLabel(changesPage);
        pane.changes = new QTextBrowser(changesPage);
        pane.changes->setObjectName(QStringLiteral("changes_") + toKey(l));
        changesLayout->addWidget(pane.changesSummary);
        changesLayout->addWidget(pane.changes, 1);
        right->addTab(changesPage, tr("Changes since the last published update"));
        split->addWidget(pane.edit);
        split->addWidget(right);
        split->setStretchFactor(0, 1);
        split->setStretchFactor(1, 1);
        split->setSizes({560, 560});
        auto *pageLayout = new QVBoxLayout(pane.page);
        pageLayout->setContentsMargins(0, 0, 0, 0);
        pageLayout->addWidget(split);
        if (!pane.edit->highlighter()->hasDictionary())
            pane.edit->setToolTip(tr("No %1 dictionary is installed: spelling is not checked.").arg(label(l)));
        connect(pane.edit, &QPlainTextEdit::textChanged, this, &UpdateComposer::textEdited);
        m_panes.insert(l, pane);
    }
    m_tabs->setObjectName(QStringLiteral("languageTabs"));
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        renderPreview(currentLanguage());
        renderChanges(currentLanguage());
        updateCount();
    });

    auto *bottom = new QHBoxLayout;
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    bottom->addWidget(m_count);
    bottom->addSpacing(16);
    bottom->addWidget(m_status, 1);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_save->setObjectName(QStringLiteral("saveDraftButton"));
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(true);
    bottom->addWidget(m_discard);
    bottom->addWidget(m_save);
    bottom->addWidget(m_submit);
    layout->addLayout(bottom);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, [this] {
        renderPreview(currentLanguage());
        renderChanges(currentLanguage());
    });
    m_localTimer->setSingleShot(true);
    m_localTimer->setInterval(250);
    connect(m_localTimer, &QTimer::timeout, this, &UpdateComposer::keepLocally);
    m_dbTimer->setSingleShot(true);
    m_dbTimer->setInterval(4000);
    connect(m_dbTimer, &QTimer::timeout, this, [this] {
        if (m_dbDirty && !m_readOnly)
            saveToDatabase({});
    });

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_applying)
            fillFromTemplates(true);
        textEdited();
    });
    connect(m_template, &QPushButton::clicked, this, [this] {
        if (MessageBox::question(this, tr("Start again"),
                                 tr("Replace the text of every language with the template for this kind?"))
            == QMessageBox::Yes)
            fillFromTemplates(false);
    });
    connect(m_save, &QPushButton::clicked, this, &UpdateComposer::saveDraft);
    connect(m_submit, &QPushButton::clicked, this, &UpdateComposer::submit);
    connect(m_discard, &QPushButton::clicked, this, &UpdateComposer::discard);

    setEnabled(false);
    load();
}

UpdateComposer::~UpdateComposer()
{
    if (m_localTimer->isActive())
        keepLocally();
}

UpdateKind UpdateComposer::kind() const
{
    return UpdateKind(m_kind->currentData().toInt());
}

QList<Language> UpdateComposer::languages() const
{
    QList<Language> out;
    for (auto it = m_languageBoxes.cbegin(); it != m_languageBoxes.cend(); ++it) {
        if (it.value()->isChecked())
            out << it.key();
    }
    return out;
}

void UpdateComposer::setLanguages(const QList<Language> &languages)
{
    for (auto it = m_languageBoxes.cbegin(); it != m_languageBoxes.cend(); ++it)
        it.value()->setChecked(languages.contains(it.key()));
}

SpellingEdit *UpdateComposer::editor(Language language) const
{
    return m_panes.value(language).edit;
}

QString UpdateComposer::text(Language language) const
{
    return m_panes.value(language).edit->toPlainText();
}

void UpdateComposer::setText(Language language, const QString &text)
{
    m_panes.value(language).edit->setPlainText(text);
}

QString UpdateComposer::previewHtml(Language language) const
{
    return m_panes.value(language).preview->toHtml();
}

QString UpdateComposer::changesHtml(Language language) const
{
    return m_panes.value(language).changes->toHtml();
}

QString UpdateComposer::countText() const
{
    return m_count->text();
}

QString UpdateComposer::statusText() const
{
    return m_status->text();
}

QString UpdateComposer::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

QString UpdateComposer::draftKey() const
{
    return DraftStore::keyFor(m_incident.id, m_update.update.id);
}

Language UpdateComposer::currentLanguage() const
{
    return Language(m_tabs->currentWidget() ? m_tabs->currentWidget()->property("language").toInt()
                                            : int(Language::En));
}

void UpdateComposer::load()
{
    const Id updateId = m_update.update.id;
    const Id incidentId = m_incident.id;
    const User user = m_session.user;
    struct Data
    {
        std::optional<UpdateWithBodies> update;
        std::optional<UpdateWithBodies> lastPublished;
    };
    m_session.worker->call<Result<Data>>(
        this,
        [updateId, incidentId, user](Database &db) -> Result<Data> {
            UpdateRepository updates(db, user);
            Data data;
            if (updateId != 0) {
                auto u = updates.get(updateId);
                if (!u.ok())
                    return u.error();
                data.update = u.value();
            }
            auto last = updates.lastPublished(incidentId, updateId);
            if (!last.ok())
                return last.error();
            data.lastPublished = last.value();
            return data;
        },
        [this](Result<Data> result) {
            setEnabled(true);
            if (!result.ok()) {
                showBanner(tr("Could not load the update: %1").arg(result.errorString()), true, tr("Try again"),
                           [this] { load(); });
                emit failed(result.errorString());
                return;
            }
            m_lastPublished = result->lastPublished;
            m_applying = true;
            if (result->update) {
                m_update = *result->update;
                m_kind->setCurrentIndex(m_kind->findData(int(m_update.update.kind)));
                m_kind->setEnabled(false); // the kind of a saved update stays; write another for another kind
                setLanguages(m_update.bodies.keys());
                for (auto it = m_update.bodies.cbegin(); it != m_update.bodies.cend(); ++it)
                    m_panes[it.key()].edit->setPlainText(it.value());
            } else {
                // The team writes in Italian and English by default; more languages are a click away.
                setLanguages({Language::It, Language::En});
            }
            updateTabs();
            if (!result->update)
                fillFromTemplates(false);

            // Text this computer kept that the database does not have (a crash, a lost connection).
            if (const auto local = m_drafts.load(draftKey())) {
                if (local->bodies != m_update.bodies && !local->bodies.isEmpty()) {
                    if (!result->update)
                        m_kind->setCurrentIndex(m_kind->findData(int(local->kind)));
                    setLanguages(local->bodies.keys());
                    updateTabs();
                    for (auto it = local->bodies.cbegin(); it != local->bodies.cend(); ++it)
                        m_panes[it.key()].edit->setPlainText(it.value());
                    m_dbDirty = true;
                    showBanner(tr("Restored the text you wrote on this computer at %1, which was not saved to the "
                                  "team database yet.")
                                   .arg(QLocale().toString(local->savedAt.toLocalTime(), QLocale::ShortFormat)),
                               false);
                } else {
                    m_drafts.remove(draftKey());
                }
            }
            m_applying = false;

            const Status editable = m_update.update.id == 0
                                        ? Status()
                                        : UpdateWorkflow::check(m_session.user, m_update.update, UpdateWorkflow::Action::Edit);
            if (!editable.ok()) {
                setReadOnly(true, editable.errorString());
            } else if (m_update.update.status == UpdateStatus::ChangesRequested) {
                showBanner(tr("%1 asked for changes: “%2”").arg(m_update.update.approver, m_update.update.reviewComment),
                           true);
            }
            if (m_update.update.status == UpdateStatus::Submitted && m_update.update.author == m_session.user.name) {
                showBanner(tr("Waiting for a team lead's approval. Withdraw it to change the text."), false,
                           tr("Withdraw"), [this] {
                               const Id id = m_update.update.id;
                               const int version = m_update.update.version;
                               const User user = m_session.user;
                               m_session.worker->call<Result<UpdateWithBodies>>(
                                   this, [id, version, user](Database &db) { return UpdateRepository(db, user).withdraw(id, version); },
                                   [this](Result<UpdateWithBodies> r) {
                                       if (!r.ok()) {
                                           showBanner(r.errorString(), true);
                                           return;
                                       }
                                       m_update = r.value();
                                       setReadOnly(false, {});
                                       showBanner(tr("Withdrawn: you can edit it again."), false);
                                       emit changed();
                                   });
                           });
            }
            setWindowTitle(tr("%1 update — %2").arg(label(kind()), m_incident.reference));
            m_loaded = true;
            renderPreviewNow();
            renderChanges(currentLanguage());
            updateCount();
            emit loaded();
        });
}

void UpdateComposer::setReadOnly(bool readOnly, const QString &why)
{
    m_readOnly = readOnly;
    for (const Pane &p : std::as_const(m_panes))
        p.edit->setReadOnly(readOnly);
    for (QCheckBox *box : std::as_const(m_languageBoxes))
        box->setEnabled(!readOnly);
    m_kind->setEnabled(!readOnly && m_update.update.id == 0);
    m_template->setEnabled(!readOnly);
    m_save->setEnabled(!readOnly);
    m_submit->setEnabled(!readOnly);
    m_discard->setEnabled(!readOnly);
    if (readOnly && !why.isEmpty())
        showBanner(tr("%1 (%2)").arg(why, label(m_update.update.status)), false);
}

void UpdateComposer::fillFromTemplates(bool onlyUntouched)
{
    UpdateTemplates::Context context;
    context.incident = m_incident;
    context.serviceNames = m_serviceNames;
    context.nextUpdate = Clock::now().addSecs(qint64(m_incident.cadenceMinutes) * 60);
    for (const PreventiveAction &a : std::as_const(m_incident.actions))
        context.preventiveActions << a.description;
    const bool wasApplying = m_applying;
    m_applying = true;
    for (Language l : languages()) {
        Pane &pane = m_panes[l];
        const QString current = pane.edit->toPlainText();
        if (onlyUntouched && !current.isEmpty() && current != pane.templateText)
            continue; // the user wrote something: never overwrite it
        context.readerZone = Readers::zone(l);
        auto text = UpdateTemplates::render(kind(), l, context);
        if (!text.ok()) {
            showBanner(text.errorString(), true);
            continue;
        }
        pane.templateText = text.value();
        pane.edit->setPlainText(text.value());
    }
    m_applying = wasApplying;
    renderPreview(currentLanguage());
    renderChanges(currentLanguage());
    updateCount();
}

void UpdateComposer::updateTabs()
{
    const Language current = m_tabs->count() > 0 ? currentLanguage() : Language::It;
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->setParent(m_parking);
    }
    for (Language l : languages()) {
        m_panes[l].page->setProperty("language", int(l));
        m_tabs->addTab(m_panes[l].page, label(l));
        if (l == current)
            m_tabs->setCurrentWidget(m_panes[l].page);
    }
}

void UpdateComposer::textEdited()
{
    if (!m_loaded || m_applying || m_readOnly)
        return;
    m_dbDirty = true;
    m_localTimer->start();
    m_dbTimer->start();
    m_previewTimer->start();
    updateCount();
    m_status->setText(tr("Editing…"));
}

UpdateBodies UpdateComposer::bodies() const
{
    UpdateBodies out;
    for (Language l : languages()) {
        const QString text = m_panes.value(l).edit->toPlainText();
        if (!text.trimmed().isEmpty())
            out.insert(l, text);
    }
    return out;
}

void UpdateComposer::keepLocally()
{
    m_localTimer->stop();
    ComposerDraft draft;
    draft.incidentId = m_incident.id;
    draft.updateId = m_update.update.id;
    draft.baseVersion = m_update.update.version;
    draft.kind = kind();
    draft.bodies = bodies();
    draft.savedAt = QDateTime::currentDateTimeUtc();
    const Status s = m_drafts.save(draftKey(), draft);
    if (!s.ok())
        showBanner(s.errorString(), true);
    else if (!m_saving)
        m_status->setText(tr("Kept on this computer at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void UpdateComposer::saveToDatabase(std::function<void(bool)> then)
{
    if (m_saving) {
        // One save at a time; the text typed meanwhile goes in the next one.
        QTimer::singleShot(200, this, [this, then] { saveToDatabase(then); });
        return;
    }
    const UpdateBodies text = bodies();
    if (text.isEmpty()) {
        showBanner(tr("Write the update in at least one language."), true);
        if (then)
            then(false);
        return;
    }
    keepLocally();
    m_saving = true;
    m_dbDirty = false;
    const Id id = m_update.update.id;
    const int version = m_update.update.version;
    const Id incidentId = m_incident.id;
    const UpdateKind k = kind();
    const User user = m_session.user;
    const QString oldKey = draftKey();
    m_session.worker->call<Result<UpdateWithBodies>>(
        this,
        [id, version, incidentId, k, text, user](Database &db) {
            UpdateRepository updates(db, user);
            return id == 0 ? updates.createDraft(incidentId, k, text) : updates.edit(id, text, version);
        },
        [this, then, oldKey, text](Result<UpdateWithBodies> result) {
            m_saving = false;
            if (!result.ok()) {
                m_dbDirty = true;
                showBanner(tr("Not saved to the team database: %1 Your text is kept on this computer.")
                               .arg(result.errorString()),
                           true, tr("Try again"), [this] { saveDraft(); });
                emit failed(result.errorString());
                if (then)
                    then(false);
                return;
            }
            m_update = result.value();
            m_kind->setEnabled(false);
            // The local copy now follows the saved update; it goes once the text is the same.
            m_drafts.remove(oldKey);
            if (bodies() == text)
                m_drafts.remove(draftKey());
            else
                keepLocally();
            m_status->setText(tr("Saved to the team database at %1 · %2")
                                  .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat),
                                       label(m_update.update.status)));
            emit saved();
            emit changed();
            if (then)
                then(true);
        },
        [this, then] {
            m_saving = false;
            m_dbDirty = true;
            showBanner(tr("The database cannot be reached. Your text is kept on this computer and goes to the team "
                          "database when you save again."),
                       true, tr("Try again"), [this] { saveDraft(); });
            if (then)
                then(false);
        });
}

void UpdateComposer::saveDraft()
{
    if (m_readOnly)
        return;
    saveToDatabase({});
}

void UpdateComposer::submit()
{
    if (m_readOnly)
        return;
    saveToDatabase([this](bool ok) {
        if (!ok)
            return;
        const Id id = m_update.update.id;
        const int version = m_update.update.version;
        const User user = m_session.user;
        m_session.worker->call<Result<UpdateWithBodies>>(
            this, [id, version, user](Database &db) { return UpdateRepository(db, user).submit(id, version); },
            [this](Result<UpdateWithBodies> result) {
                if (!result.ok()) {
                    showBanner(tr("Not submitted: %1").arg(result.errorString()), true);
                    emit failed(result.errorString());
                    return;
                }
                m_update = result.value();
                m_drafts.remove(draftKey());
                m_dbDirty = false;
                setReadOnly(true, {});
                showBanner(tr("Submitted: a team lead will review it. You will be told of the decision."), false);
                emit changed();
                emit submitted();
                close();
            });
    });
}

void UpdateComposer::discard()
{
    if (m_readOnly)
        return;
    if (MessageBox::question(this, tr("Discard draft"), tr("Throw this draft away? This cannot be undone."))
        != QMessageBox::Yes)
        return;
    m_localTimer->stop();
    m_dbTimer->stop();
    m_drafts.remove(draftKey());
    m_dbDirty = false;
    if (m_update.update.id == 0) {
        close();
        return;
    }
    const Id id = m_update.update.id;
    const int version = m_update.update.version;
    const User user = m_session.user;
    m_session.worker->call<Status>(
        this, [id, version, user](Database &db) { return UpdateRepository(db, user).discard(id, version); },
        [this](Status done) {
            if (!done.ok()) {
                showBanner(done.errorString(), true);
                return;
            }
            emit changed();
            close();
        });
}

void UpdateComposer::renderPreviewNow()
{
    m_previewTimer->stop();
    for (Language l : languages())
        renderPreview(l);
}

void UpdateComposer::renderPreview(Language language)
{
    Pane &pane = m_panes[language];
    pane.preview->setHtml(Markdown::toHtml(pane.edit->toPlainText()));
}

void UpdateComposer::renderChanges(Language language)
{
    Pane &pane = m_panes[language];
    if (!m_lastPublished || !m_lastPublished->bodies.contains(language)) {
        pane.changesSummary->setText(tr("Nothing has been published in %1 for this incident yet.").arg(label(language)));
        pane.changes->clear();
        return;
    }
    const auto pieces = TextDiff::compare(m_lastPublished->bodies.value(language), pane.edit->toPlainText());
    const auto stats = TextDiff::stats(pieces);
    pane.changesSummary->setText(tr("Compared with the %1 update published %2: %3 word(s) added, %4 removed")
                                     .arg(label(m_lastPublished->update.kind),
                                          QLocale().toString(m_lastPublished->update.publishedAt.toLocalTime(),
                                                             QLocale::ShortFormat))
                                     .arg(stats.addedWords)
                                     .arg(stats.removedWords));
    pane.changes->setHtml(TextDiff::toHtml(pieces));
}

void UpdateComposer::updateCount()
{
    if (m_tabs->count() == 0) {
        m_count->setText(tr("Choose at least one language."));
        return;
    }
    const QString text = m_panes.value(currentLanguage()).edit->toPlainText();
    const int words = int(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
    const QLocale locale;
    m_count->setText(tr("%1: %2 characters · %3 words")
                         .arg(toKey(currentLanguage()).toUpper(), locale.toString(text.size()), locale.toString(words)));
}

void UpdateComposer::showBanner(const QString &text, bool error, const QString &actionText, std::function<void()> action)
{
    m_bannerText->setText(text);
    m_bannerAction = std::move(action);
    m_bannerButton->setText(actionText);
    m_bannerButton->setVisible(!actionText.isEmpty());
    m_banner->setStyleSheet(error ? QStringLiteral("background: #fbe0df; color: #5f1410;")
                                  : QStringLiteral("background: #e8f0fb; color: #17324d;"));
    m_banner->show();
}

void UpdateComposer::closeEvent(QCloseEvent *event)
{
    if (m_loaded && !m_readOnly) {
        if (m_localTimer->isActive() || m_dbDirty)
            keepLocally(); // on this computer at once, whatever happens next
        if (m_dbDirty && !bodies().isEmpty()) {
            // And in the team database: the window goes away once it is there.
            event->accept();
            saveToDatabase([this](bool) { deleteLater(); });
            return;
        }
    }
    event->accept();
    deleteLater();
}

} // namespace desk::ui
