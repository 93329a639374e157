// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "desk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "desk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "desk.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPublish, "desk.publish", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "desk.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCompose, "desk.compose", QtInfoMsg)
