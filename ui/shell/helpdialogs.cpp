// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpdialogs.h"

#include "core/buildinfo.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace desk::ui::HelpDialogs {

/** This file's texts, in the translators' context desk::ui::HelpDialogs. */
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(desk::ui::HelpDialogs)
};

namespace {

QDialog *framed(QWidget *window, const QString &title, QWidget *content, const QSize &size)
{
    auto *dialog = new QDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    content->setParent(dialog);
    layout->addWidget(content, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(size);
    return dialog;
}

QString plain(QString text)
{
    return text.remove(u'&').remove(QStringLiteral("…")).trimmed();
}

void addActions(QTreeWidget *tree, const QString &group, const QList<QAction *> &actions)
{
    QTreeWidgetItem *top = nullptr;
    for (QAction *a : actions) {
        if (a->shortcut().isEmpty() || a->text().isEmpty())
            continue;
        if (!top) {
            top = new QTreeWidgetItem(tree, {group});
            top->setFirstColumnSpanned(true);
            QFont bold = top->font(0);
            bold.setBold(true);
            top->setFont(0, bold);
        }
        new QTreeWidgetItem(top, {plain(a->text()), a->shortcut().toString(QKeySequence::NativeText)});
    }
}

QList<QAction *> menuActions(QWidget *window)
{
    QList<QAction *> out;
    if (auto *bar = window->findChild<QMenuBar *>()) {
        for (QAction *menu : bar->actions()) {
            if (menu->menu())
                out += menu->menu()->actions();
        }
    }
    return out;
}
} // namespace

QDialog *shortcuts(QWidget *window, const QList<std::pair<QString, QWidget *>> &pages)
{
    auto *tree = new QTreeWidget;
    tree->setObjectName(QStringLiteral("shortcutsTree"));
    tree->setAccessibleName(Texts::tr("Keyboard shortcuts"));
    tree->setHeaderLabels({Texts::tr("Action"), Texts::tr("Keys")});
    tree->setRootIsDecorated(false);
    addActions(tree, Texts::tr("Everywhere"), menuActions(window));
    for (const auto &[title, page] : pages)
        addActions(tree, title, page->actions());
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    return framed(window, Texts::tr("Keyboard shortcuts"), tree, QSize(520, 560));
}

QDialog *guide(QWidget *window)
{
    auto *browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("guideBrowser"));
    browser->setAccessibleName(Texts::tr("User guide"));
    browser->setOpenExternalLinks(false);
    const QString language = QLocale().name().left(2);
    QFile page(QStringLiteral(":/guide/%1.html").arg(language));
    if (!page.exists())
        page.setFileName(QStringLiteral(":/guide/en.html"));
    if (page.open(QIODevice::ReadOnly))
        browser->setHtml(QString::fromUtf8(page.readAll()));
    return framed(window, Texts::tr("User guide"), browser, QSize(640, 640));
}

QDialog *about(QWidget *window)
{
    QString libraries;
    for (const auto &[name, version] : BuildInfo::components())
        libraries += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(name.toHtmlEscaped(), version.toHtmlEscaped());
    auto *label = new QLabel(
        QStringLiteral("<h2>Incident Desk %1</h2><p>%2</p><p>%3</p><table>%4</table><p>%5</p>")
            .arg(BuildInfo::version().toHtmlEscaped(),
                 Texts::tr("Keeps the team's promise when a service breaks: reports in, incidents acknowledged, "
                             "a public update every day until it is resolved, the resolution confirmed, the cause "
                             "reviewed."),
                 Texts::tr("Free software under the GNU General Public License, version 3 or later. It runs on:"),
                 libraries,
                 Texts::tr("Each library keeps its own licence (LGPL, MIT, public domain, PostgreSQL, curl); "
                             "the full texts are in /usr/share/doc/incident-desk/copyright.")));
    label->setObjectName(QStringLiteral("aboutText"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return framed(window, Texts::tr("About Incident Desk"), label, QSize(480, 420));
}

} // namespace desk::ui::HelpDialogs
