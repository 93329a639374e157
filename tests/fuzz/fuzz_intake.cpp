// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_intake: every body a stranger can send to POST /v1/reports, and every e-mail the support
// mailbox can hold, through the same parsers the service uses. The first byte picks the kind;
// the rest is the body. Nothing may crash, hang, leak out of bounds or make a report without a
// reference.
#include "intake/intakeitem.h"
#include "intake/mailparser.h"
#include "intake/submission.h"

#include <cstdint>
#include <cstdlib>

using namespace desk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    static const QHash<QString, Id> services{{QStringLiteral("checkout"), 1}, {QStringLiteral("login"), 2}};
    static const QByteArray types[] = {"application/json", "application/x-www-form-urlencoded; charset=utf-8",
                                       "multipart/form-data; boundary=XyZ", "text/plain"};
    const unsigned kind = data[0] % 5;
    if (kind < 4) {
        Submission::Parsed parsed = Submission::parse(types[kind], body);
        if (parsed.ok()) {
            IntakeItem item;
            Submission::check(parsed.fields, services, &item.row, {});
            item.files = parsed.files;
            // What the spool keeps reads back the same.
            const auto back = IntakeItem::decode(item.encode());
            if (!back || back->row.body != item.row.body || back->files.size() != item.files.size())
                std::abort();
        }
        return 0;
    }
    const ParsedMail mail = MailParser::parse(body, 1764633600000);
    if (mail.item.row.externalRef.isEmpty())
        std::abort(); // every mail gets a reference, or a second pass would store it again
    if (mail.kind == ParsedMail::Kind::Report && mail.item.row.body.size() > Submission::kMaxBodyChars)
        std::abort();
    return 0;
}
