package cn.hoist.console.runbook.web;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Code;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import cn.hoist.console.runbook.Runbooks;

/**
 * {@code /runbooks}: the list, and one runbook rendered from its Markdown, both in the reader's
 * language (the request's locale: Chinese by default, {@code ?lang=en} for English).
 */
@Controller
class RunbookPageController {

    /** A link from one runbook file to another ({@code agent-offline.md}, {@code agent-offline.zh-CN.md#x}). */
    private static final Pattern RUNBOOK_LINK = Pattern.compile("([a-z0-9][a-z0-9-]{0,63})(?:\\.zh-CN)?\\.md(#.*)?");

    private final Runbooks runbooks;
    private final Parser parser = Parser.builder().build();
    // Runbooks are our own files, but raw HTML in them is still shown as text, never run.
    // Links between runbook files become links between runbook pages (shown in the reader's language).
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link && attributes.get("href") != null) {
                    Matcher m = RUNBOOK_LINK.matcher(attributes.get("href"));
                    if (m.matches()) {
                        attributes.put("href", m.group(1) + (m.group(2) == null ? "" : m.group(2)));
                    }
                }
            })
            .nodeRendererFactory(context -> new NodeRenderer() {
                @Override
                public Set<Class<? extends Node>> getNodeTypes() {
                    return Set.of(SoftLineBreak.class);
                }

                @Override
                public void render(Node node) {
                    if (!betweenChinese(node)) {
                        context.getWriter().raw(context.getSoftbreak());
                    }
                }
            })
            .build();

    RunbookPageController(Runbooks runbooks) {
        this.runbooks = runbooks;
    }

    @GetMapping("/runbooks")
    String list(Locale locale, Model model) {
        model.addAttribute("runbooks", runbooks.all(locale));
        return "runbooks";
    }

    @GetMapping("/runbooks/{name}")
    String show(@PathVariable String name, Locale locale, Model model) {
        Runbooks.Text text = runbooks.read(name, locale)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no runbook " + name));
        model.addAttribute("name", name);
        model.addAttribute("runbook", text);
        model.addAttribute("otherLanguage", text.otherLanguage().map(Locale::toLanguageTag).orElse(null));
        model.addAttribute("html", renderer.render(parser.parse(text.markdown())));
        return "runbook";
    }

    /**
     * A line break in the Markdown source is a space in English, but a browser shows it as a space
     * in Chinese too, where there should be none: a break next to a Chinese character is dropped.
     */
    static boolean betweenChinese(Node softBreak) {
        int before = edge(softBreak.getPrevious(), true);
        int after = edge(softBreak.getNext(), false);
        return isChinese(before) || isChinese(after);
    }

    /** The last (or first) character of a node's text, or -1. */
    private static int edge(Node node, boolean last) {
        while (node != null) {
            String text = node instanceof Text t ? t.getLiteral() : node instanceof Code c ? c.getLiteral() : null;
            if (text != null) {
                return text.isEmpty() ? -1 : last ? text.codePointBefore(text.length()) : text.codePointAt(0);
            }
            node = last ? node.getLastChild() : node.getFirstChild();
        }
        return -1;
    }

    private static boolean isChinese(int codePoint) {
        if (codePoint < 0) {
            return false;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && "“”‘’—…".indexOf(codePoint) >= 0;
    }
}
