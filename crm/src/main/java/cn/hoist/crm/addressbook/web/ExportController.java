package cn.hoist.crm.addressbook.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import cn.hoist.crm.addressbook.ExportService;

/**
 * The address book as a download (managers only; each export is audit-logged). Written straight
 * to the response as it is read, in the request's thread, so the role check comes first.
 */
@Controller
class ExportController {

    private final ExportService exports;
    private final Clock clock;

    ExportController(ExportService exports, Clock clock) {
        this.exports = exports;
        this.clock = clock;
    }

    @GetMapping("/customers/export.csv")
    void csv(HttpServletResponse response) throws IOException {
        download(response, "csv", "text/csv;charset=UTF-8", exports::csv);
    }

    @GetMapping("/customers/export.xlsx")
    void xlsx(HttpServletResponse response) throws IOException {
        download(response, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", exports::xlsx);
    }

    private void download(HttpServletResponse response, String extension, String type, Consumer<OutputStream> writer)
            throws IOException {
        exports.checkAllowed();
        String name = "客户通讯录-" + LocalDate.now(clock) + "." + extension;
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        writer.accept(response.getOutputStream());
        response.flushBuffer();
    }
}
