// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace desk::ui {

/** One area of the main window. */
class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)

public:
    using QWidget::QWidget;
    ~Page() override = default;

    /** Fetches the page's data again, off the GUI thread. */
    virtual void refresh() = 0;
    virtual QString summaryText() const = 0;

signals:
    /** The page's count for the navigation (new reports, pending approvals …); -1 hides it. */
    void badgeChanged(int count);
    void refreshed();
};

} // namespace desk::ui
