// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compose/updatedraftsession.h"
#include "domain/entities.h"
#include "shell/session.h"

#include <QMap>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace desk::ui {

class Banner;
class SpellingEdit;

/**
 * Writes one public update in one or more languages: it starts from the template for the kind
 * and language, shows the Markdown rendered (safe mode) and the difference from the last
 * published update, underlines spelling mistakes and counts characters. Keeping, saving and
 * submitting the text is the UpdateDraftSession's: every keystroke is kept on this computer at
 * once and in the team database a few seconds later.
 */
class UpdateComposer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdateComposer)

public:
    UpdateComposer(const Session &session, const Incident &incident, const QStringList &serviceNames, UpdateKind kind,
                   Id updateId = 0, QWidget *parent = nullptr, DraftStore drafts = DraftStore());
    ~UpdateComposer() override;

    Id updateId() const { return m_draft->updateId(); }
    bool isLoaded() const { return m_draft->isLoaded(); }
    UpdateDraftSession *draft() const { return m_draft; }
    UpdateKind kind() const;
    QList<Language> languages() const;
    void setLanguages(const QList<Language> &languages);
    SpellingEdit *editor(Language language) const;
    QString text(Language language) const;
    void setText(Language language, const QString &text);
    QString previewHtml(Language language) const;
    QString changesHtml(Language language) const;
    QString countText() const;
    QString statusText() const;
    QString bannerText() const;
    bool isReadOnly() const { return m_draft->isReadOnly(); }

    /** Renders the previews now (the live preview of the visible language waits for a pause in typing). */
    void renderPreviewNow();
    void saveDraft();
    void submit();
    /** Asks, then throws the draft away. */
    void discard();

signals:
    void loaded();
    /** The update changed in the database (saved, submitted, discarded). */
    void changed();
    void saved();
    void submitted();
    void failed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Pane
    {
        QWidget *page = nullptr;
        SpellingEdit *edit = nullptr;
        QTextBrowser *preview = nullptr;
        QTextBrowser *changes = nullptr;
        QLabel *changesSummary = nullptr;
        QString templateText;
    };

    QLayout *createTopRow(UpdateKind kind);
    QLayout *createBottomRow();
    void connectDraft();
    QWidget *createPane(Language language);
    void showLoaded();
    void fillFromTemplates(bool onlyUntouched);
    void updateTabs();
    void textEdited();
    UpdateBodies bodies() const;
    void renderPreview(Language language);
    void renderChanges(Language language);
    void updateCount();
    void showReadOnly(bool readOnly);
    void showNotice(const QString &text, bool error, NextStep next);
    Language currentLanguage() const;

    Session m_session;
    UpdateDraftSession *m_draft;
    bool m_applying = false;
    bool m_closing = false;
    QComboBox *m_kind;
    QMap<Language, QCheckBox *> m_languageBoxes;
    QMap<Language, Pane> m_panes;
    QTabWidget *m_tabs;
    QWidget *m_parking; // hidden holder of the languages not chosen
    QLabel *m_count;
    QLabel *m_status;
    Banner *m_banner;
    QPushButton *m_template;
    QPushButton *m_save;
    QPushButton *m_submit;
    QPushButton *m_discard;
    QTimer *m_previewTimer;
};

} // namespace desk::ui
