// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailtext.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace desk::MailText {

namespace {
const QHash<QString, QChar> kEntities{
    {QStringLiteral("amp"), u'&'},     {QStringLiteral("lt"), u'<'},      {QStringLiteral("gt"), u'>'},
    {QStringLiteral("quot"), u'"'},    {QStringLiteral("apos"), u'\''},   {QStringLiteral("nbsp"), QChar(0x00a0)},
    {QStringLiteral("egrave"), QChar(0x00e8)}, {QStringLiteral("eacute"), QChar(0x00e9)}, {QStringLiteral("agrave"), QChar(0x00e0)},
    {QStringLiteral("ograve"), QChar(0x00f2)}, {QStringLiteral("ugrave"), QChar(0x00f9)}, {QStringLiteral("igrave"), QChar(0x00ec)},
    {QStringLiteral("ccedil"), QChar(0x00e7)}, {QStringLiteral("uuml"), QChar(0x00fc)},   {QStringLiteral("ouml"), QChar(0x00f6)},
    {QStringLiteral("auml"), QChar(0x00e4)},   {QStringLiteral("szlig"), QChar(0x00df)},  {QStringLiteral("ntilde"), QChar(0x00f1)},
    {QStringLiteral("euro"), QChar(0x20ac)},   {QStringLiteral("hellip"), QChar(0x2026)}, {QStringLiteral("rsquo"), QChar(0x2019)},
    {QStringLiteral("lsquo"), QChar(0x2018)},  {QStringLiteral("rdquo"), QChar(0x201d)},  {QStringLiteral("ldquo"), QChar(0x201c)},
    {QStringLiteral("ndash"), QChar(0x2013)},  {QStringLiteral("mdash"), QChar(0x2014)},  {QStringLiteral("laquo"), QChar(0x00ab)},
    {QStringLiteral("raquo"), QChar(0x00bb)},  {QStringLiteral("copy"), QChar(0x00a9)},   {QStringLiteral("reg"), QChar(0x00ae)},
    {QStringLiteral("aacute"), QChar(0x00e1)}, {QStringLiteral("iacute"), QChar(0x00ed)}, {QStringLiteral("oacute"), QChar(0x00f3)},
    {QStringLiteral("uacute"), QChar(0x00fa)}, {QStringLiteral("Eacute"), QChar(0x00c9)}, {QStringLiteral("Egrave"), QChar(0x00c8)},
    {QStringLiteral("Agrave"), QChar(0x00c0)}, {QStringLiteral("ecirc"), QChar(0x00ea)},  {QStringLiteral("acirc"), QChar(0x00e2)},
    {QStringLiteral("ocirc"), QChar(0x00f4)},  {QStringLiteral("icirc"), QChar(0x00ee)},  {QStringLiteral("ucirc"), QChar(0x00fb)},
    {QStringLiteral("Uuml"), QChar(0x00dc)},   {QStringLiteral("Ouml"), QChar(0x00d6)},   {QStringLiteral("Auml"), QChar(0x00c4)},
    {QStringLiteral("iquest"), QChar(0x00bf)}, {QStringLiteral("iexcl"), QChar(0x00a1)},  {QStringLiteral("deg"), QChar(0x00b0)},
    {QStringLiteral("bull"), QChar(0x2022)},
};

QString decodeEntities(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(at, m.capturedStart() - at);
        const QString name = m.captured(1);
        bool ok = false;
        uint code = 0;
        if (name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X")))
            code = name.mid(2).toUInt(&ok, 16);
        else if (name.startsWith(u'#'))
            code = name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff))
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        else if (!ok && kEntities.contains(name))
            out += kEntities.value(name);
        else
            out += m.captured(0);
        at = m.capturedEnd();
    }
    out += QStringView(text).mid(at);
    return out;
}
} // namespace

QString fromHtml(const QString &html)
{
    static const QRegularExpression hidden(QStringLiteral("<(script|style|head|title)\\b[^>]*>.*?</\\1\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(QStringLiteral("<(br|/p|/div|/li|/tr|/h[1-6]|/blockquote|p|div|li|tr|h[1-6]|hr)\\b[^>]*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\f\\x{00a0}]+"));
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n(\\s*\\n)+"));
    QString text = html;
    text.remove(comment);
    text.remove(hidden);
    text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" ")); // HTML's own white space means nothing
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tag);
    text = decodeEntities(text);
    text.replace(spaces, QStringLiteral(" "));
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    return lines.join(u'\n').replace(blankLines, QStringLiteral("\n\n")).trimmed();
}

QString trimQuoted(const QString &text)
{
    static const QRegularExpression attribution(
        QStringLiteral("^(On .+ wrote:|Il giorno .+ ha scritto:|.+ ha scritto:|Le .+ a écrit ?:|Am .+ schrieb .*:|El .+ escribió:|"
                       "-{2,} ?(Original Message|Messaggio originale|Message d'origine|Ursprüngliche Nachricht|Mensaje original) ?-{2,})\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n")).split(u'\n');
    QStringList kept;
    for (const QString &line : lines) {
        if (attribution.match(line.trimmed()).hasMatch())
            break;
        if (line.trimmed().startsWith(u'>'))
            continue;
        kept.append(line);
    }
    const QString trimmed = kept.join(u'\n').trimmed();
    return trimmed.isEmpty() ? text.trimmed() : trimmed;
}

std::optional<Language> guessLanguage(const QString &text)
{
    static const QHash<Language, QSet<QString>> words{
        {Language::It, {QStringLiteral("il"), QStringLiteral("non"), QStringLiteral("che"), QStringLiteral("di"), QStringLiteral("la"),
                        QStringLiteral("per"), QStringLiteral("sono"), QStringLiteral("è"), QStringLiteral("una"), QStringLiteral("riesco"),
                        QStringLiteral("grazie"), QStringLiteral("buongiorno"), QStringLiteral("ho"), QStringLiteral("mi"), QStringLiteral("con")}},
        {Language::En, {QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("is"), QStringLiteral("not"), QStringLiteral("i"),
                        QStringLiteral("to"), QStringLiteral("my"), QStringLiteral("it"), QStringLiteral("can't"), QStringLiteral("cannot"),
                        QStringLiteral("please"), QStringLiteral("thanks"), QStringLiteral("hello"), QStringLiteral("with"), QStringLiteral("of")}},
        {Language::Fr, {QStringLiteral("le"), QStringLiteral("les"), QStringLiteral("je"), QStringLiteral("pas"), QStringLiteral("est"),
                        QStringLiteral("et"), QStringLiteral("une"), QStringLiteral("des"), QStringLiteral("vous"), QStringLiteral("merci"),
                        QStringLiteral("bonjour"), QStringLiteral("ne"), QStringLiteral("mon"), QStringLiteral("avec"), QStringLiteral("pour")}},
        {Language::De, {QStringLiteral("der"), QStringLiteral("die"), QStringLiteral("das"), QStringLiteral("und"), QStringLiteral("ich"),
                        QStringLiteral("nicht"), QStringLiteral("ist"), QStringLiteral("ein"), QStringLiteral("eine"), QStringLiteral("mit"),
                        QStringLiteral("danke"), QStringLiteral("hallo"), QStringLiteral("kann"), QStringLiteral("mein"), QStringLiteral("bitte")}},
        {Language::Es, {QStringLiteral("el"), QStringLiteral("los"), QStringLiteral("que"), QStringLiteral("no"), QStringLiteral("es"),
                        QStringLiteral("y"), QStringLiteral("puedo"), QStringLiteral("una"), QStringLiteral("por"), QStringLiteral("gracias"),
                        QStringLiteral("hola"), QStringLiteral("mi"), QStringLiteral("con"), QStringLiteral("para"), QStringLiteral("las")}},
    };
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}']+"));
    QHash<Language, int> score;
    int counted = 0;
    for (const QString &word : text.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (++counted > 2000)
            break;
        for (auto it = words.cbegin(); it != words.cend(); ++it) {
            if (it->contains(word))
                ++score[it.key()];
        }
    }
    std::optional<Language> best;
    int bestScore = 0, second = 0;
    for (auto it = score.cbegin(); it != score.cend(); ++it) {
        if (it.value() > bestScore) {
            second = bestScore;
            bestScore = it.value();
            best = it.key();
        } else if (it.value() > second) {
            second = it.value();
        }
    }
    // Two common words at least, and clearly ahead of the next language.
    if (bestScore < 2 || bestScore < second + 2)
        return std::nullopt;
    return best;
}

} // namespace desk::MailText
