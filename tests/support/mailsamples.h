// SPDX-License-Identifier: GPL-3.0-or-later
// E-mails as customers' mail programs send them, for the mail parser's tests and the IMAP tests
// (placed in a real Dovecot mailbox): several charsets and transfer encodings, HTML only,
// attachments, a reply, auto-replies and bulk mail, no sender, malformed MIME.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace desk::test {

struct MailSample
{
    const char *name;
    QByteArray raw;
};

inline QByteArray crlf(QByteArray text)
{
    return text.replace("\r\n", "\n").replace("\n", "\r\n");
}

inline QList<MailSample> mailSamples()
{
    return {
        {"latin1-qp", crlf("From: =?ISO-8859-1?Q?Jos=E9_Garc=EDa?= <jose@example.es>\n"
                           "To: support@example.org\nSubject: =?ISO-8859-1?Q?No_puedo_pagar_con_tarjeta?=\n"
                           "Message-ID: <latin1-1@example.es>\nDate: Wed, 02 Dec 2026 09:15:00 +0100\n"
                           "MIME-Version: 1.0\nContent-Type: text/plain; charset=ISO-8859-1\n"
                           "Content-Transfer-Encoding: quoted-printable\n\n"
                           "Hola, no puedo pagar con la tarjeta desde esta ma=F1ana. El pago se queda en =\n"
                           "\"procesando\" y luego da error. Gracias por la ayuda.\n")},
        {"utf8-base64", crlf("From: Zoe Rossi <zoe@example.it>\nTo: support@example.org\n"
                             "Subject: =?UTF-8?B?UGFnYW1lbnRvIHJpZml1dGF0byDigJQgZXJyb3JlIDUwMA==?=\n"
                             "Message-ID: <utf8-1@example.it>\nContent-Language: it\nMIME-Version: 1.0\n"
                             "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
                             + QString::fromUtf8("Buongiorno, il pagamento non va a buon fine: «errore 500». Perché?\n")
                                   .toUtf8()
                                   .toBase64()
                             + "\n")},
        {"html-only", crlf("From: Marie <marie@example.fr>\nTo: support@example.org\nSubject: Connexion impossible\n"
                           "Message-ID: <html-1@example.fr>\nMIME-Version: 1.0\nContent-Type: text/html; charset=UTF-8\n\n"
                           "<html><head><style>p{color:red}</style><script>alert('x')</script></head><body>"
                           "<p>Bonjour,</p><p>je ne peux pas me connecter depuis ce matin &mdash; le site affiche "
                           "&laquo;erreur&raquo; et je suis bloqu&eacute;e.</p><p>Merci <b>beaucoup</b></p></body></html>\n")},
        {"attachment", crlf("From: Hans Meier <hans@example.de>\nTo: support@example.org\nSubject: Fehler beim Bezahlen\n"
                            "Message-ID: <attach-1@example.de>\nMIME-Version: 1.0\n"
                            "Content-Type: multipart/mixed; boundary=\"XYZ\"\n\n--XYZ\n"
                            "Content-Type: text/plain; charset=UTF-8\n\nHallo, ich kann nicht bezahlen. Der Screenshot ist im Anhang.\n"
                            "--XYZ\nContent-Type: image/png; name=\"screen.png\"\n"
                            "Content-Disposition: attachment; filename=\"screen.png\"\nContent-Transfer-Encoding: base64\n\n"
                            + QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR fake image bytes", 33).toBase64() + "\n--XYZ--\n")},
        {"reply", crlf("From: Zoe Rossi <zoe@example.it>\nTo: support@example.org\nSubject: Re: [INC-2026-0042] Pagamenti\n"
                       "Message-ID: <reply-1@example.it>\nIn-Reply-To: <utf8-1@example.it>\nReferences: <utf8-1@example.it>\n"
                       "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
                       "Ora funziona di nuovo, grazie!\n\nIl giorno mer 2 dic 2026 alle 10:00 Supporto ha scritto:\n"
                       "> Stiamo lavorando al problema.\n> Vi aggiorneremo presto.\n")},
        {"auto-reply", crlf("From: Luca <luca@example.it>\nTo: support@example.org\nSubject: Fuori ufficio\n"
                            "Message-ID: <auto-1@example.it>\nAuto-Submitted: auto-replied\n\nSono in ferie fino al 10.\n")},
        {"bulk", crlf("From: news@example.com\nTo: support@example.org\nSubject: Our newsletter\n"
                      "Message-ID: <bulk-1@example.com>\nPrecedence: bulk\n\nBuy now.\n")},
        {"no-from", crlf("To: support@example.org\nSubject: Who am I\nMessage-ID: <nofrom-1@example.org>\n\nNo sender here.\n")},
        {"malformed", crlf("From: broken@example.org\nSubject: Broken MIME\nMIME-Version: 1.0\n"
                           "Content-Type: multipart/mixed; boundary=\"never-closed\"\n\n--never-closed\n"
                           "Content-Type: text/plain; charset=x-unknown-charset\nContent-Transfer-Encoding: base64\n\n"
                           "!!!not base64 at all\x01\x02\n")},
        {"8bit-headers", QByteArray("From: \xc3\x89lise <elise@example.fr>\r\nSubject: Probl\xc3\xa8me de paiement \xe2\x82\xac\r\n"
                                    "Message-ID: <8bit-1@example.fr>\r\nContent-Type: text/plain; charset=utf-8\r\n"
                                    "Content-Transfer-Encoding: 8bit\r\n\r\nLe paiement ne marche pas et je suis tr\xc3\xa8s inqui\xc3\xa8te.")
                             + QByteArray(1, '\0') + QByteArray(" Merci.\r\n")},
    };
}

} // namespace desk::test
