// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intakeitem.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QString>

namespace desk {

/** What an e-mail from the support mailbox is to the intake. */
struct ParsedMail
{
    enum class Kind {
        Report,    // a customer's report (or a reply to one)
        Automatic, // an auto-reply, a bounce, bulk or list mail: not a report
        NoSender,  // no usable From: nobody to answer
    };
    Kind kind = Kind::Report;
    QString reason; // why it is not a report, for the log
    IntakeItem item;
};

/**
 * Reads an e-mail (RFC 5322 bytes, MIME decoded by vmime) into a report: channel `email`, its
 * Message-ID as reference (a stable one made from its bytes when it has none), the sender as
 * customer, the subject, the text (text/plain, or the HTML part turned into text; charsets and
 * transfer encodings decoded; quoted earlier messages trimmed), attachments (10 at most, 10 MiB
 * each; a text longer than a report holds is kept whole as a file), the language from
 * Content-Language or the text, and what it replies to (In-Reply-To, References, references in
 * the subject). Malformed input never throws: what cannot be read is left out and said in the body.
 */
class MailParser final
{
    Q_DECLARE_TR_FUNCTIONS(desk::MailParser)

public:
    static ParsedMail parse(const QByteArray &raw, qint64 receivedAtMs);
};

} // namespace desk
