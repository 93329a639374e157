// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listpage.h"

namespace desk::ui {

/** Every incident with its state, impact and when its next public update is due. */
class IncidentsPage final : public ListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentsPage)

public:
    explicit IncidentsPage(const Session &session, QWidget *parent = nullptr);
    ~IncidentsPage() override = default;
    void refresh() override;
};

} // namespace desk::ui
