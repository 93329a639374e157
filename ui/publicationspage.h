// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listpage.h"

namespace desk::ui {

/** Published updates, newest first: what customers can read on the Help Center. */
class PublicationsPage final : public ListPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublicationsPage)

public:
    explicit PublicationsPage(const Session &session, QWidget *parent = nullptr);
    ~PublicationsPage() override = default;
    void refresh() override;
};

} // namespace desk::ui
