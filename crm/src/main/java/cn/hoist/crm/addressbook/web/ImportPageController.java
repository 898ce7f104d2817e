package cn.hoist.crm.addressbook.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import cn.hoist.crm.addressbook.ImportPlan;
import cn.hoist.crm.addressbook.ImportService;
import cn.hoist.crm.addressbook.ImportService.UploadedFile;
import cn.hoist.platform.web.ProblemException;

/**
 * Import in three pages: upload, preview (what would happen, row by row problems), report. The
 * uploaded file waits in the user's session between preview and import, never on disk.
 */
@Controller
class ImportPageController {

    static final String SESSION_KEY = "hoist.crm.pendingImport";
    private static final int PREVIEW_ROWS = 100;
    private static final int LISTED_ROWS = 500;

    private final ImportService imports;

    ImportPageController(ImportService imports) {
        this.imports = imports;
    }

    @GetMapping("/imports")
    String upload() {
        return "imports/upload";
    }

    @PostMapping("/imports")
    String preview(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        try {
            UploadedFile uploaded = imports.upload(file.getOriginalFilename(), file.getBytes());
            String page = showPreview(uploaded, model);
            session.setAttribute(SESSION_KEY, uploaded);
            return page;
        } catch (ProblemException e) {
            return problem(e, model);
        }
    }

    /** The file waiting in the session checked again (after an import the CRM refused, say). */
    @GetMapping("/imports/{id}")
    String previewAgain(@PathVariable UUID id, HttpSession session, Model model) {
        UploadedFile file = pending(id, session);
        return file == null ? expired(model) : showPreview(file, model);
    }

    /** A refused import leaves the file in the session, and the page links to checking it again. */
    @PostMapping("/imports/{id}/commit")
    String commit(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean skipInvalid,
            HttpSession session, Model model) {
        UploadedFile file = pending(id, session);
        if (file == null) {
            return expired(model);
        }
        try {
            model.addAttribute("report", imports.commit(file, skipInvalid));
            session.removeAttribute(SESSION_KEY);
            return "imports/report";
        } catch (ProblemException e) {
            model.addAttribute("pending", file);
            return problem(e, model);
        }
    }

    private String showPreview(UploadedFile file, Model model) {
        ImportPlan plan = imports.read(file);
        model.addAttribute("plan", plan);
        model.addAttribute("sample", plan.rows().stream().limit(PREVIEW_ROWS).toList());
        model.addAttribute("problems", plan.problemRows().stream().limit(LISTED_ROWS).toList());
        model.addAttribute("fills", plan.fillingRows().stream().limit(LISTED_ROWS).toList());
        return "imports/preview";
    }

    private static UploadedFile pending(UUID id, HttpSession session) {
        return session.getAttribute(SESSION_KEY) instanceof UploadedFile file && file.id().equals(id) ? file : null;
    }

    private static String expired(Model model) {
        model.addAttribute("problem", "import.expired");
        return "imports/upload";
    }

    private static String problem(ProblemException e, Model model) {
        model.addAttribute("problem", e.messageKey());
        model.addAttribute("problemArgs", e.arguments());
        return "imports/upload";
    }
}
