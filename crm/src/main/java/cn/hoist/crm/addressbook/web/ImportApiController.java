package cn.hoist.crm.addressbook.web;

import java.io.IOException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.hoist.crm.addressbook.ImportService;
import cn.hoist.crm.addressbook.ImportService.UploadedFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/imports}: the address book import for integrations (a dry run first, then for real). */
@RestController
@Tag(name = "Import and export")
class ImportApiController {

    private final ImportService imports;

    ImportApiController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import customers and vehicles from CSV or .xlsx",
            description = "dryRun=true (the default) returns the plan: each row's matches, errors and warnings."
                    + " dryRun=false imports in one transaction, refused while rows have errors unless skipInvalid.")
    Object importFile(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean skipInvalid) throws IOException {
        UploadedFile uploaded = imports.upload(file.getOriginalFilename(), file.getBytes());
        return dryRun ? imports.read(uploaded) : imports.commit(uploaded, skipInvalid);
    }
}
