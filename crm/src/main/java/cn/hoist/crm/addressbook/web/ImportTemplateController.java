package cn.hoist.crm.addressbook.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import cn.hoist.crm.addressbook.ImportTemplate;

/** The import template as a download, from the import page (as the import itself, for managers). */
@Controller
class ImportTemplateController {

    private final ImportTemplate template;
    private final MessageSource messages;

    ImportTemplateController(ImportTemplate template, MessageSource messages) {
        this.template = template;
        this.messages = messages;
    }

    @GetMapping("/imports/template.csv")
    void csv(HttpServletResponse response) throws IOException {
        download(response, "csv", "text/csv;charset=UTF-8", template::csv);
    }

    @GetMapping("/imports/template.xlsx")
    void xlsx(HttpServletResponse response) throws IOException {
        download(response, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                template::xlsx);
    }

    private void download(HttpServletResponse response, String extension, String type, Consumer<OutputStream> writer)
            throws IOException {
        String name = messages.getMessage("imports.templateFile", null, LocaleContextHolder.getLocale()) + "."
                + extension;
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        writer.accept(response.getOutputStream());
        response.flushBuffer();
    }
}
