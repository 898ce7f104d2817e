package cn.hoist.console.runbook.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import cn.hoist.console.runbook.Runbooks;

/** {@code /runbooks}: the list, and one runbook rendered from its Markdown. */
@Controller
class RunbookPageController {

    private final Runbooks runbooks;
    private final Parser parser = Parser.builder().build();
    // Runbooks are our own files, but raw HTML in them is still shown as text, never run.
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    RunbookPageController(Runbooks runbooks) {
        this.runbooks = runbooks;
    }

    @GetMapping("/runbooks")
    String list(Model model) {
        model.addAttribute("names", runbooks.names());
        return "runbooks";
    }

    @GetMapping("/runbooks/{name}")
    String show(@PathVariable String name, Model model) {
        String markdown = runbooks.markdown(name)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no runbook " + name));
        model.addAttribute("name", name);
        model.addAttribute("html", renderer.render(parser.parse(markdown)));
        return "runbook";
    }
}
