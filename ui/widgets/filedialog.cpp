// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedialog.h"

#include <QFileDialog>

namespace desk::ui {

FileDialog &FileDialog::instance()
{
    static FileDialog dialog;
    return dialog;
}

std::optional<QString> FileDialog::takeAnswer()
{
    if (!m_next)
        return std::nullopt;
    std::optional<QString> answer = m_next;
    m_next.reset();
    ++m_answered;
    return answer;
}

QString FileDialog::existingDirectory(QWidget *parent, const QString &caption, const QString &start)
{
    if (auto answer = takeAnswer())
        return *answer;
    return QFileDialog::getExistingDirectory(parent, caption, start);
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &start, const QString &filter)
{
    if (auto answer = takeAnswer())
        return *answer;
    return QFileDialog::getOpenFileName(parent, caption, start, filter);
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &start, const QString &filter)
{
    if (auto answer = takeAnswer())
        return *answer;
    return QFileDialog::getSaveFileName(parent, caption, start, filter);
}

} // namespace desk::ui
