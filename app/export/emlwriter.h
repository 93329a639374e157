// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace desk {

/** What goes into one e-mail file. */
struct EmlMessage
{
    QString fromName;
    QString fromAddress;
    QString toName;
    QString toAddress;
    QString subject;
    QString text;
    QString html;
    QDateTime date;
    QString messageIdLeft;  // unique part of the Message-ID
    QString messageIdRight; // the team's domain
    QString inReplyTo;      // Message-ID of the customer's e-mail, without angle brackets; empty if none
};

/**
 * An RFC 5322 message built with libvmime: From, To, Subject (RFC 2047 encoded when not ASCII),
 * Date, Message-ID, In-Reply-To and References when replying to an e-mail, and a
 * multipart/alternative body with text/plain and text/html, both UTF-8.
 */
namespace Eml {
QByteArray build(const EmlMessage &message);
/** The domain part of an address (support@example.org → example.org). */
QString domainOf(const QString &address);
/** vmime needs its platform handler once per process before any message is built or parsed. */
void ensurePlatform();
} // namespace Eml

} // namespace desk
