// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace desk::ui {

/**
 * Every file and folder chooser of the program goes through here. Tests answer in advance
 * with setNextAnswer(), so no test ever waits on a native dialog (KeePassXC does the same).
 */
class FileDialog final
{
public:
    static FileDialog &instance();

    QString existingDirectory(QWidget *parent, const QString &caption, const QString &start);
    QString openFileName(QWidget *parent, const QString &caption, const QString &start, const QString &filter);
    QString saveFileName(QWidget *parent, const QString &caption, const QString &start, const QString &filter);

    /** The next chooser returns `answer` at once (empty: as if cancelled) without showing anything. */
    void setNextAnswer(const QString &answer) { m_next = answer; }
    /** How many choosers were answered in advance: tests check they were asked. */
    int answeredInAdvance() const { return m_answered; }

private:
    FileDialog() = default;
    std::optional<QString> takeAnswer();

    std::optional<QString> m_next;
    int m_answered = 0;
};

} // namespace desk::ui
