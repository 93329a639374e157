// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QList>

#include <cstdlib>
#include <mutex>

namespace desk::Markdown {

QString toHtml(const QString &markdown)
{
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });

    // No CMARK_OPT_UNSAFE: raw HTML and dangerous URLs are left out of the output.
    const int options = CMARK_OPT_DEFAULT | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;
    cmark_parser *parser = cmark_parser_new(options);
    for (const char *name : {"table", "strikethrough", "autolink", "tagfilter"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, extension);
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    cmark_node *document = cmark_parser_finish(parser);

    // Raw HTML written in an update is text the author typed: show it as text, never as markup.
    QList<cmark_node *> rawHtml;
    cmark_iter *iter = cmark_iter_new(document);
    for (cmark_event_type ev = cmark_iter_next(iter); ev != CMARK_EVENT_DONE; ev = cmark_iter_next(iter)) {
        cmark_node *node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        if (ev == CMARK_EVENT_ENTER && (type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK))
            rawHtml.append(node);
    }
    cmark_iter_free(iter);
    for (cmark_node *node : std::as_const(rawHtml)) {
        QByteArray literal(cmark_node_get_literal(node));
        cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
        if (cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK) {
            while (literal.endsWith('\n'))
                literal.chop(1);
            cmark_node_set_literal(text, literal.constData());
            cmark_node *paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
            cmark_node_append_child(paragraph, text);
            cmark_node_replace(node, paragraph);
        } else {
            cmark_node_set_literal(text, literal.constData());
            cmark_node_replace(node, text);
        }
        cmark_node_free(node);
    }

    char *html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser));
    const QString out = QString::fromUtf8(html);
    free(html);
    cmark_node_free(document);
    cmark_parser_free(parser);
    return out;
}

QString escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'&')
            out += QStringLiteral("&amp;");
        else if (c == u'<')
            out += QStringLiteral("&lt;");
        else if (c == u'>')
            out += QStringLiteral("&gt;");
        else
            out += c;
    }
    return out;
}

} // namespace desk::Markdown
