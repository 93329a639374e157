// SPDX-License-Identifier: GPL-3.0-or-later
#include "updatecomposer.h"
#include "widgets/tones.h"

#include "compose/markdown.h"
#include "compose/textdiff.h"
#include "domain/labels.h"
#include "widgets/messagebox.h"
#include "spellingedit.h"
#include "widgets/banner.h"

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
QString previewStyle(const QPalette &palette)
{
    return QStringLiteral("body { font-size: 11pt; } h1, h2, h3 { color: %1; } code { background: %2; } "
                          "table { border-collapse: collapse; } td, th { border: 1px solid %3; padding: 3px 6px; }")
        .arg(Tones::css(Tones::color(Tones::Tone::Accent, palette)), Tones::css(palette.color(QPalette::AlternateBase)),
             Tones::css(palette.color(QPalette::Mid)));
}
} // namespace

UpdateComposer::UpdateComposer(const Session &session, const Incident &incident, const QStringList &serviceNames,
                               UpdateKind kind, Id updateId, QWidget *parent, DraftStore drafts)
    : QWidget(parent, Qt::Window),
      m_session(session),
      m_draft(new UpdateDraftSession(session.worker, session.user, incident, serviceNames, kind, updateId, std::move(drafts), this)),
      m_kind(new QComboBox(this)),
      m_tabs(new QTabWidget(this)),
      m_parking(new QWidget(this)),
      m_count(new QLabel(this)),
      m_status(new QLabel(this)),
      m_banner(new Banner(this)),
      m_template(new QPushButton(tr("Start again from the template"), this)),
      m_save(new QPushButton(tr("Save draft"), this)),
      m_submit(new QPushButton(tr("Submit for approval"), this)),
      m_discard(new QPushButton(tr("Discard draft"), this)),
      m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("updateComposer"));
    setWindowTitle(tr("Public update — %1").arg(incident.reference));
    resize(1150, 720);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(createTopRow(kind));
    m_banner->setObjectName(QStringLiteral("composerBanner"));
    layout->addWidget(m_banner);

    m_parking->hide();
    for (Language l : allValues<Language>())
        createPane(l);
    m_tabs->setObjectName(QStringLiteral("languageTabs"));
    m_tabs->setAccessibleName(tr("The update's languages"));
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        renderPreview(currentLanguage());
        renderChanges(currentLanguage());
        updateCount();
    });

    layout->addLayout(createBottomRow());

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, [this] {
        renderPreview(currentLanguage());
        renderChanges(currentLanguage());
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_draft->setKind(this->kind());
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

    connectDraft();

    setEnabled(false);
    m_draft->load();
}

QLayout *UpdateComposer::createTopRow(UpdateKind kind)
{
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Kind:"), this));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setAccessibleName(tr("Kind"));
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
        box->setAccessibleName(label(l));
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
    return top;
}

QLayout *UpdateComposer::createBottomRow()
{
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
    return bottom;
}

void UpdateComposer::connectDraft()
{
    connect(m_draft, &UpdateDraftSession::loaded, this, &UpdateComposer::showLoaded);
    connect(m_draft, &UpdateDraftSession::loadFailed, this, [this] { setEnabled(true); });
    connect(m_draft, &UpdateDraftSession::notice, this, &UpdateComposer::showNotice);
    connect(m_draft, &UpdateDraftSession::statusChanged, m_status, &QLabel::setText);
    connect(m_draft, &UpdateDraftSession::readOnlyChanged, this, &UpdateComposer::showReadOnly);
    connect(m_draft, &UpdateDraftSession::kindFixed, this, [this] { m_kind->setEnabled(false); });
    connect(m_draft, &UpdateDraftSession::saved, this, &UpdateComposer::saved);
    connect(m_draft, &UpdateDraftSession::changed, this, &UpdateComposer::changed);
    connect(m_draft, &UpdateDraftSession::failed, this, &UpdateComposer::failed);
    connect(m_draft, &UpdateDraftSession::submitted, this, [this] {
        emit submitted();
        close();
    });
    connect(m_draft, &UpdateDraftSession::discarded, this, &QWidget::close);
}

UpdateComposer::~UpdateComposer() = default;

QWidget *UpdateComposer::createPane(Language l)
{
    Pane pane;
    pane.page = new QWidget(m_parking);
    auto *split = new QSplitter(Qt::Horizontal, pane.page);
    pane.edit = new SpellingEdit(l, split);
    pane.edit->setPlaceholderText(tr("Write the update in %1. Markdown: **bold**, *italic*, - lists, [links](https://…)")
                                      .arg(label(l)));
    pane.edit->setAccessibleName(tr("Update in %1").arg(label(l)));
    auto *right = new QTabWidget(split);
    right->setAccessibleName(tr("Preview and changes in %1").arg(label(l)));
    pane.preview = new QTextBrowser(right);
    pane.preview->setObjectName(QStringLiteral("preview_") + toKey(l));
    pane.preview->setAccessibleName(tr("Preview in %1").arg(label(l)));
    pane.preview->setOpenLinks(false);
    pane.preview->document()->setDefaultStyleSheet(previewStyle(palette()));
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
    return pane.page;
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
    return m_banner->text();
}

Language UpdateComposer::currentLanguage() const
{
    return Language(m_tabs->currentWidget() ? m_tabs->currentWidget()->property("language").toInt()
                                            : int(Language::En));
}

void UpdateComposer::showLoaded()
{
    setEnabled(true);
    m_applying = true;
    const UpdateBodies text = m_draft->bodies();
    m_kind->setCurrentIndex(m_kind->findData(int(m_draft->kind())));
    if (m_draft->updateId() != 0)
        m_kind->setEnabled(false); // the kind of a saved update stays; write another for another kind
    // The team writes in Italian and English by default; more languages are a click away.
    setLanguages(text.isEmpty() ? QList<Language>{Language::It, Language::En} : text.keys());
    updateTabs();
    for (auto it = text.cbegin(); it != text.cend(); ++it)
        m_panes[it.key()].edit->setPlainText(it.value());
    if (text.isEmpty())
        fillFromTemplates(false);
    m_applying = false;
    m_draft->setBodies(bodies(), false);
    showReadOnly(m_draft->isReadOnly());
    setWindowTitle(tr("%1 update — %2").arg(label(kind()), m_draft->incident().reference));
    renderPreviewNow();
    renderChanges(currentLanguage());
    updateCount();
    emit loaded();
}

void UpdateComposer::showReadOnly(bool readOnly)
{
    for (const Pane &p : std::as_const(m_panes))
        p.edit->setReadOnly(readOnly);
    for (QCheckBox *box : std::as_const(m_languageBoxes))
        box->setEnabled(!readOnly);
    m_kind->setEnabled(m_draft->canChangeKind());
    m_template->setEnabled(!readOnly);
    m_save->setEnabled(!readOnly);
    m_submit->setEnabled(!readOnly);
    m_discard->setEnabled(!readOnly);
}

void UpdateComposer::showNotice(const QString &text, bool error, NextStep next)
{
    switch (next) {
    case NextStep::RetryLoad:
        m_banner->show(text, error, tr("Try again"), [this] { m_draft->load(); });
        return;
    case NextStep::RetrySave:
        m_banner->show(text, error, tr("Try again"), [this] { saveDraft(); });
        return;
    case NextStep::Withdraw:
        m_banner->show(text, error, tr("Withdraw"), [this] { m_draft->withdraw(); });
        return;
    default:
        m_banner->show(text, error);
        return;
    }
}

void UpdateComposer::fillFromTemplates(bool onlyUntouched)
{
    const bool wasApplying = m_applying;
    m_applying = true;
    for (Language l : languages()) {
        Pane &pane = m_panes[l];
        const QString current = pane.edit->toPlainText();
        if (onlyUntouched && !current.isEmpty() && current != pane.templateText)
            continue; // the user wrote something: never overwrite it
        auto text = m_draft->templateText(l);
        if (!text.ok()) {
            m_banner->show(text.errorString(), true);
            continue;
        }
        pane.templateText = text.value();
        pane.edit->setPlainText(text.value());
    }
    m_applying = wasApplying;
    m_draft->setBodies(bodies(), false);
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
    if (!m_draft->isLoaded() || m_applying || m_draft->isReadOnly())
        return;
    m_draft->setBodies(bodies());
    m_previewTimer->start();
    updateCount();
}

UpdateBodies UpdateComposer::bodies() const
{
    UpdateBodies out;
    for (Language l : languages())
        out.insert(l, m_panes.value(l).edit->toPlainText());
    return out;
}

void UpdateComposer::saveDraft()
{
    if (!isReadOnly())
        m_draft->save();
}

void UpdateComposer::submit()
{
    m_draft->submit();
}

void UpdateComposer::discard()
{
    if (isReadOnly())
        return;
    if (MessageBox::question(this, tr("Discard draft"), tr("Throw this draft away? This cannot be undone."))
        != QMessageBox::Yes)
        return;
    m_draft->discard();
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
    const auto &last = m_draft->lastPublished();
    if (!last || !last->bodies.contains(language)) {
        pane.changesSummary->setText(tr("Nothing has been published in %1 for this incident yet.").arg(label(language)));
        pane.changes->clear();
        return;
    }
    const auto pieces = TextDiff::compare(last->bodies.value(language), pane.edit->toPlainText());
    const auto stats = TextDiff::stats(pieces);
    pane.changesSummary->setText(tr("Compared with the %1 update published %2: %3 word(s) added, %4 removed")
                                     .arg(label(last->update.kind),
                                          QLocale().toString(last->update.publishedAt.toLocalTime(), QLocale::ShortFormat))
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

void UpdateComposer::closeEvent(QCloseEvent *event)
{
    event->accept();
    if (m_closing)
        return;
    m_closing = true;
    // Kept on this computer at once and saved to the team database; the window goes once it is there.
    hide();
    m_draft->finish([this] { deleteLater(); });
}

} // namespace desk::ui
