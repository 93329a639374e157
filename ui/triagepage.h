// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listpage.h"

namespace desk::ui {

/** The newest reports with their status, and the counts per status. */
class TriagePage final : public ListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriagePage)

public:
    explicit TriagePage(const Session &session, QWidget *parent = nullptr);
    ~TriagePage() override = default;
    void refresh() override;
};

} // namespace desk::ui
