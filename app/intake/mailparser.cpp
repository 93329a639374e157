// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailparser.h"

#include "export/emlwriter.h"
#include "mailtext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <vmime/vmime.hpp>

namespace desk {

namespace {
QString fromUtf8(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString textOf(const vmime::text &t)
{
    // Raw 8-bit header text (no RFC 2047 encoding) comes as "us-ascii" words: read it as UTF-8
    // when it is valid UTF-8, as Latin-1 otherwise, instead of losing every accented letter.
    QString out;
    for (size_t i = 0; i < t.getWordCount(); ++i) {
        auto word = t.getWordAt(i);
        const std::string &bytes = word->getBuffer();
        const bool eightBit = std::any_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
        if (eightBit && word->getCharset() == vmime::charset(vmime::charsets::US_ASCII)) {
            QString decoded;
            const QByteArray raw = QByteArray::fromStdString(bytes);
            out += Submission::decodeUtf8(raw, &decoded) ? decoded : QString::fromLatin1(raw);
        } else {
            out += fromUtf8(word->getConvertedText(vmime::charset(vmime::charsets::UTF_8)));
        }
    }
    return out.trimmed();
}

/** A header's value as raw text ("" when absent). */
QString headerText(const vmime::shared_ptr<vmime::header> &header, const char *name)
{
    auto field = header->findField(name);
    if (!field)
        return {};
    return fromUtf8(field->getValue()->generate()).simplified();
}

/** Decoded bytes of a content handler, in its charset converted to UTF-8 when it is text. */
QString decodedText(const vmime::shared_ptr<const vmime::contentHandler> &content, const vmime::charset &charset)
{
    std::string bytes;
    vmime::utility::outputStreamStringAdapter out(bytes);
    content->extract(out);
    std::string utf8;
    try {
        vmime::charset::convert(bytes, utf8, charset, vmime::charset(vmime::charsets::UTF_8));
    } catch (const vmime::exception &) {
        utf8 = bytes; // an unknown charset: keep what is valid
    }
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

QByteArray decodedBytes(const vmime::shared_ptr<const vmime::contentHandler> &content)
{
    std::string bytes;
    vmime::utility::outputStreamStringAdapter out(bytes);
    content->extract(out);
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

/** The reference of a mail without a Message-ID: the same bytes always get the same one. */
QString referenceOfBytes(const QByteArray &raw)
{
    return QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex().left(40))
           + QStringLiteral("@no-message-id.invalid");
}

/** A Message-ID without its angle brackets; empty when it is none. */
QString cleanId(QString id)
{
    id = id.trimmed();
    if (id.startsWith(u'<'))
        id.remove(0, 1);
    if (id.endsWith(u'>'))
        id.chop(1);
    return id.size() <= 250 && id.contains(u'@') && !id.contains(u' ') ? id : QString();
}

QStringList idsIn(const QString &header)
{
    static const QRegularExpression bracketed(QStringLiteral("<([^<>\\s]{3,250})>"));
    QStringList ids;
    for (auto it = bracketed.globalMatch(header); it.hasNext();)
        ids.append(it.next().captured(1));
    return ids;
}

/** Auto-replies, bounces and bulk mail are not reports (RFC 3834 and what mail programs send). */
QString automaticReason(const vmime::shared_ptr<vmime::header> &header, const QString &from)
{
    const QString autoSubmitted = headerText(header, "Auto-Submitted").toLower();
    if (!autoSubmitted.isEmpty() && autoSubmitted != QLatin1String("no"))
        return QStringLiteral("Auto-Submitted: ") + autoSubmitted;
    const QString precedence = headerText(header, "Precedence").toLower();
    if (precedence == QLatin1String("bulk") || precedence == QLatin1String("list") || precedence == QLatin1String("junk"))
        return QStringLiteral("Precedence: ") + precedence;
    for (const char *name : {"X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress"}) {
        const QString value = headerText(header, name);
        if (!value.isEmpty() && !(QByteArray(name) == "X-Auto-Response-Suppress" && value.toLower() == QLatin1String("none")))
            return QString::fromLatin1(name) + QStringLiteral(": ") + value;
    }
    if (!headerText(header, "List-Id").isEmpty() || !headerText(header, "List-Unsubscribe").isEmpty())
        return QStringLiteral("a mailing list's message");
    const QString local = from.section(u'@', 0, 0).toLower();
    if (local == QLatin1String("mailer-daemon") || local == QLatin1String("postmaster") || local.startsWith(QLatin1String("no-reply"))
        || local.startsWith(QLatin1String("noreply")))
        return QStringLiteral("sent by ") + from;
    return {};
}
} // namespace

ParsedMail MailParser::parse(const QByteArray &raw, qint64 receivedAtMs)
{
    Eml::ensurePlatform();
    ParsedMail mail;
    ReportRow &row = mail.item.row;
    row.channel = QStringLiteral("email");
    row.receivedAtMs = receivedAtMs;
    row.status = QStringLiteral("new");
    QStringList notes; // what could not be kept, said in the body
    try {
        auto message = vmime::make_shared<vmime::message>();
        message->parse(vmime::string(raw.constData(), size_t(raw.size())));
        auto header = message->getHeader();

        row.externalRef = cleanId(headerText(header, "Message-ID"));
        if (row.externalRef.isEmpty())
            row.externalRef = referenceOfBytes(raw);

        if (auto from = header->findField(vmime::fields::FROM)) {
            auto mailbox = vmime::dynamicCast<const vmime::mailbox>(from->getValue());
            if (mailbox) {
                row.customerEmail = fromUtf8(mailbox->getEmail().toString()).trimmed().left(254);
                row.customerName = textOf(mailbox->getName()).left(200);
            }
        }
        if (!row.customerEmail.contains(u'@') || row.customerEmail.contains(u' ')) {
            mail.kind = ParsedMail::Kind::NoSender;
            mail.reason = tr("no sender address (From) to answer");
            return mail;
        }
        row.customerRef = row.customerEmail;
        if (const QString why = automaticReason(header, row.customerEmail); !why.isEmpty()) {
            mail.kind = ParsedMail::Kind::Automatic;
            mail.reason = why;
            return mail;
        }
        if (auto subject = header->findField(vmime::fields::SUBJECT)) {
            if (auto text = vmime::dynamicCast<const vmime::text>(subject->getValue()))
                row.subject = textOf(*text).simplified();
        }
        if (auto date = header->findField(vmime::fields::DATE)) {
            if (auto d = vmime::dynamicCast<const vmime::datetime>(date->getValue())) {
                const QDateTime sent(QDate(d->getYear(), d->getMonth(), d->getDay()), QTime(d->getHour(), d->getMinute(), d->getSecond()),
                                     QTimeZone(d->getZone() * 60));
                // A sender's clock can be anything: a date in the future or long past is not believed.
                if (sent.isValid() && sent.toMSecsSinceEpoch() <= receivedAtMs && sent.toMSecsSinceEpoch() > receivedAtMs - 30LL * 86400000)
                    row.receivedAtMs = sent.toMSecsSinceEpoch();
            }
        }
        mail.item.threadRefs = idsIn(headerText(header, "In-Reply-To")) + idsIn(headerText(header, "References"));
        static const QRegularExpression reportRef(QStringLiteral("\\b(WEB-[0-9A-F]{12})\\b"));
        static const QRegularExpression incidentRef(QStringLiteral("\\b(INC-[0-9]{4}-[0-9]{1,6})\\b"));
        for (auto it = reportRef.globalMatch(row.subject); it.hasNext();)
            mail.item.threadRefs.append(it.next().captured(1));
        for (auto it = incidentRef.globalMatch(row.subject); it.hasNext();)
            mail.item.incidentRefs.append(it.next().captured(1));
        mail.item.threadRefs.removeDuplicates();

        // The text: the plain part, else the HTML part as text.
        vmime::messageParser parser(message);
        QString plain, html;
        for (size_t i = 0; i < parser.getTextPartCount(); ++i) {
            auto part = parser.getTextPartAt(i);
            const auto type = part->getType();
            if (type.getSubType() == vmime::mediaTypes::TEXT_HTML) {
                auto htmlPart = vmime::dynamicCast<const vmime::htmlTextPart>(part);
                if (htmlPart && plain.isEmpty() && !htmlPart->getPlainText()->isEmpty())
                    plain = decodedText(htmlPart->getPlainText(), part->getCharset());
                if (html.isEmpty())
                    html = decodedText(part->getText(), part->getCharset());
            } else if (plain.isEmpty()) {
                plain = decodedText(part->getText(), part->getCharset());
            }
        }
        QString text = plain.trimmed().isEmpty() ? MailText::fromHtml(html) : plain;
        text.remove(QChar(0)).replace(QLatin1String("\r\n"), QLatin1String("\n"));
        row.body = MailText::trimQuoted(text);

        for (size_t i = 0; i < parser.getAttachmentCount(); ++i) {
            auto attachment = parser.getAttachmentAt(i);
            QString name = QString::fromUtf8(attachment->getName().getBuffer().c_str()).section(u'/', -1).section(u'\\', -1).trimmed();
            if (name.isEmpty())
                name = tr("attachment %1").arg(i + 1);
            const QByteArray data = decodedBytes(attachment->getData());
            if (data.size() > Submission::kMaxFileBytes)
                notes.append(tr("[The attachment “%1” (%2 bytes) was not kept: files are kept up to 10 MiB.]").arg(name.left(100)).arg(data.size()));
            else if (mail.item.files.size() >= Submission::kMaxFiles)
                notes.append(tr("[The attachment “%1” was not kept: a report keeps %2 files.]").arg(name.left(100)).arg(Submission::kMaxFiles));
            else
                mail.item.files.append({name.left(255), QByteArray::fromStdString(attachment->getType().generate()).left(100), data});
        }
        const QString language = headerText(header, "Content-Language").section(u',', 0, 0).section(u'-', 0, 0).trimmed().toLower();
        if (fromKey<Language>(language))
            row.language = language;
        else if (auto guessed = MailText::guessLanguage(row.subject + u'\n' + row.body))
            row.language = toKey(*guessed);
        else
            row.language = toKey(Language::En);
    } catch (const std::exception &e) {
        notes.append(tr("[Part of this e-mail could not be read: %1]").arg(QString::fromUtf8(e.what()).left(200)));
        if (row.externalRef.isEmpty())
            row.externalRef = referenceOfBytes(raw);
        if (row.language.isEmpty())
            row.language = toKey(Language::En);
        if (!row.customerEmail.contains(u'@')) {
            mail.kind = ParsedMail::Kind::NoSender;
            mail.reason = tr("not a readable e-mail: %1").arg(QString::fromUtf8(e.what()).left(200));
            return mail;
        }
    }
    if (row.body.size() > Submission::kMaxBodyChars && mail.item.files.size() < Submission::kMaxFiles) {
        const QString fileName = tr("full message.txt");
        mail.item.files.append({fileName, "text/plain; charset=utf-8", row.body.toUtf8()});
        notes.append(tr("[The text was longer than a report holds; all of it is in the attached “%1”.]").arg(fileName));
    }
    row.body = row.body.left(Submission::kMaxBodyChars - 1000);
    if (!notes.isEmpty())
        row.body += QStringLiteral("\n\n") + notes.join(u'\n');
    if (row.subject.isEmpty())
        row.subject = row.body.simplified().left(80);
    row.subject = row.subject.left(Submission::kMaxSubjectChars);
    if (row.subject.isEmpty())
        row.subject = tr("(no subject)");
    row.attachments = mail.item.attachmentsJson();
    return mail;
}

} // namespace desk
