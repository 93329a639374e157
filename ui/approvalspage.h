// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listpage.h"

namespace desk::ui {

/** Updates waiting for a team lead's approval. */
class ApprovalsPage final : public ListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalsPage)

public:
    explicit ApprovalsPage(const Session &session, QWidget *parent = nullptr);
    ~ApprovalsPage() override = default;
    void refresh() override;
};

} // namespace desk::ui
