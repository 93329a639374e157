// SPDX-License-Identifier: GPL-3.0-or-later
#include "emlwriter.h"

#include <QTimeZone>

#include <vmime/platforms/posix/posixHandler.hpp>
#include <vmime/vmime.hpp>

#include <mutex>
#include <sstream>

namespace desk::Eml {

namespace {
std::string utf8(const QString &s)
{
    return s.toStdString();
}

vmime::text words(const QString &s)
{
    // One word in UTF-8: vmime encodes it (RFC 2047) as a whole when it is not plain ASCII.
    // Splitting into words would let spaces next to encoded words be lost on the way.
    return vmime::text(vmime::word(utf8(s), vmime::charset(vmime::charsets::UTF_8)));
}
} // namespace

void ensurePlatform()
{
    static std::once_flag once;
    std::call_once(once, [] { vmime::platform::setHandler<vmime::platforms::posix::posixHandler>(); });
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at >= 0 ? address.mid(at + 1) : QStringLiteral("incident-desk.invalid");
}

QByteArray build(const EmlMessage &m)
{
    ensurePlatform();
    vmime::messageBuilder mb;
    mb.setExpeditor(vmime::mailbox(words(m.fromName), vmime::emailAddress(utf8(m.fromAddress))));
    vmime::addressList to;
    to.appendAddress(vmime::make_shared<vmime::mailbox>(words(m.toName), vmime::emailAddress(utf8(m.toAddress))));
    mb.setRecipients(to);
    mb.setSubject(words(m.subject));
    mb.constructTextPart(vmime::mediaType(vmime::mediaTypes::TEXT, vmime::mediaTypes::TEXT_HTML));
    auto html = vmime::dynamicCast<vmime::htmlTextPart>(mb.getTextPart());
    html->setCharset(vmime::charset(vmime::charsets::UTF_8));
    const QString page = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") + m.subject.toHtmlEscaped()
                         + QStringLiteral("</title></head><body>\n") + m.html + QStringLiteral("</body></html>\n");
    html->setText(vmime::make_shared<vmime::stringContentHandler>(utf8(page)));
    html->setPlainText(vmime::make_shared<vmime::stringContentHandler>(utf8(m.text)));
    vmime::shared_ptr<vmime::message> message = mb.construct();

    vmime::shared_ptr<vmime::header> header = message->getHeader();
    const QDateTime date = m.date.isValid() ? m.date : QDateTime::currentDateTimeUtc();
    const QDateTime local = date.toTimeZone(QTimeZone::utc());
    header->Date()->setValue(vmime::datetime(local.date().year(), local.date().month(), local.date().day(),
                                             local.time().hour(), local.time().minute(), local.time().second(),
                                             vmime::datetime::GMT));
    header->MessageId()->setValue(vmime::messageId(utf8(m.messageIdLeft), utf8(m.messageIdRight)));
    if (!m.inReplyTo.isEmpty()) {
        const QString id = m.inReplyTo.trimmed().remove(u'<').remove(u'>');
        const qsizetype at = id.indexOf(u'@');
        auto sequence = vmime::make_shared<vmime::messageIdSequence>();
        sequence->appendMessageId(vmime::make_shared<vmime::messageId>(utf8(id.left(at)), utf8(id.mid(at + 1))));
        header->InReplyTo()->setValue(*sequence);
        header->References()->setValue(*sequence);
    }
    std::ostringstream out;
    vmime::utility::outputStreamAdapter adapter(out);
    message->generate(adapter);
    return QByteArray::fromStdString(out.str());
}

} // namespace desk::Eml
