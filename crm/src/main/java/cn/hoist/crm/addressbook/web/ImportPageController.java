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
            ImportPlan plan = imports.read(uploaded);
            session.setAttribute(SESSION_KEY, uploaded);
            model.addAttribute("plan", plan);
            model.addAttribute("sample", plan.rows().stream().limit(PREVIEW_ROWS).toList());
            model.addAttribute("problems", plan.problemRows().stream().limit(LISTED_ROWS).toList());
            model.addAttribute("fills", plan.fillingRows().stream().limit(LISTED_ROWS).toList());
            return "imports/preview";
        } catch (ProblemException e) {
            model.addAttribute("problem", e.messageKey());
            model.addAttribute("problemArgs", e.arguments());
            return "imports/upload";
        }
    }

    @PostMapping("/imports/{id}/commit")
    String commit(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean skipInvalid,
            HttpSession session, Model model) {
        Object pending = session.getAttribute(SESSION_KEY);
        if (!(pending instanceof UploadedFile file) || !file.id().equals(id)) {
            model.addAttribute("problem", "import.expired");
            return "imports/upload";
        }
        try {
            model.addAttribute("report", imports.commit(file, skipInvalid));
            session.removeAttribute(SESSION_KEY);
            return "imports/report";
        } catch (ProblemException e) {
            model.addAttribute("problem", e.messageKey());
            model.addAttribute("problemArgs", e.arguments());
            return "imports/upload";
        }
    }
}
