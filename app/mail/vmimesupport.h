// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QString>

#include <vmime/vmime.hpp>

namespace desk::VmimeSupport {

/**
 * Trusts the system's certificate authorities and, if given, those in `caFile` (a private CA) for
 * a vmime service's TLS; an error when `caFile` holds no certificate.
 */
Status trustCertificates(vmime::net::service &service, const QString &caFile);

/**
 * Sends each command and message at once (TCP_NODELAY): otherwise the end of every message
 * waits for the server's delayed acknowledgement, some 40 ms a message.
 */
void sendWithoutDelay(vmime::net::service &service);

/** Gives up on a server that has said nothing for `seconds` (vmime otherwise waits forever). */
void limitSilence(vmime::net::service &service, int seconds);

} // namespace desk::VmimeSupport
