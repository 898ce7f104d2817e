package cn.hoist.crm.addressbook;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.hoist.crm.addressbook.internal.CsvFormat;
import cn.hoist.crm.addressbook.internal.Table;
import cn.hoist.crm.addressbook.internal.XlsxFormat;
import cn.hoist.crm.audit.AuditAction;
import cn.hoist.crm.audit.AuditLog;
import cn.hoist.crm.security.Permissions;
import cn.hoist.platform.Timestamps;
import cn.hoist.platform.web.ProblemException;

/**
 * Imports customers and vehicles from a CSV or Excel file in two steps: {@link #read} checks every
 * row and shows what would happen (nothing is written), {@link #commit} does it in one transaction,
 * so a failure part-way changes nothing. Rows are deduplicated on mobile (customers) and plate or
 * VIN (vehicles), against the CRM and against earlier rows of the same file.
 */
@Service
@PreAuthorize(Permissions.MANAGE_CUSTOMERS)
public class ImportService {

    private final ImportPlanner planner;
    private final ImportWriter writer;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxRows;

    ImportService(ImportPlanner planner, ImportWriter writer, AuditLog audit, Clock clock,
            @Value("${hoist.crm.import.max-rows:50000}") int maxRows) {
        this.planner = planner;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
        this.maxRows = maxRows;
    }

    /** The uploaded file as a table; a file that is not CSV or .xlsx, or too long, is refused. */
    public UploadedFile upload(String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "import" : fileName.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        Table table;
        try {
            table = lower.endsWith(".xlsx") ? XlsxFormat.read(content, maxRows)
                    : lower.endsWith(".csv") || lower.endsWith(".txt") ? CsvFormat.read(content, maxRows) : null;
        } catch (XlsxFormat.UnreadableFileException e) {
            throw ProblemException.invalid("import.unreadable", name);
        }
        if (table == null) {
            throw ProblemException.invalid("import.unsupportedType", name);
        }
        if (table.rows().size() > maxRows) {
            throw ProblemException.invalid("import.tooManyRows", maxRows);
        }
        if (table.headings().stream().map(Column::forHeading).noneMatch(c -> c.orElse(null) == Column.NAME)) {
            throw ProblemException.invalid("import.noNameColumn", Column.NAME.heading());
        }
        return new UploadedFile(UUID.randomUUID(), name, table);
    }

    /** What importing the file would do. Writes nothing. */
    @Transactional(readOnly = true)
    public ImportPlan read(UploadedFile file) {
        return planner.plan(file, Timestamps.now(clock));
    }

    /**
     * Imports the file. With invalid rows it is refused unless {@code skipInvalid}, and then those
     * rows are left out and listed in the report. Planned again here, so rows entered by someone
     * else since the preview are matched rather than duplicated.
     */
    @Transactional
    public ImportReport commit(UploadedFile file, boolean skipInvalid) {
        ImportPlan plan = planner.plan(file, Timestamps.now(clock));
        if (plan.invalidRows() > 0 && !skipInvalid) {
            throw ProblemException.invalid("import.hasInvalidRows", plan.invalidRows());
        }
        ImportReport report = writer.write(plan);
        audit.record(AuditAction.IMPORT, "ADDRESS_BOOK", plan.id(), file.fileName(), null, report);
        return report;
    }

    /** An uploaded file, kept between the preview and the import (in the user's session, never on disk). */
    public record UploadedFile(UUID id, String fileName, Table table) {
    }
}
