package cn.hoist.crm.addressbook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An uploaded file read and checked, not yet imported: what the preview shows. */
public record ImportPlan(UUID id, String fileName, OffsetDateTime readAt, List<String> ignoredColumns,
        List<ImportRow> rows) {

    public long count(ImportRow.Match match, boolean customers) {
        return rows.stream().filter(ImportRow::valid)
                .filter(r -> (customers ? r.customerMatch() : r.vehicleMatch()) == match).count();
    }

    public long invalidRows() {
        return rows.stream().filter(r -> !r.valid()).count();
    }

    public long rowsWithWarnings() {
        return rows.stream().filter(r -> !r.warnings().isEmpty()).count();
    }

    public List<ImportRow> fillingRows() {
        return rows.stream().filter(r -> r.valid() && !r.fills().isEmpty()).toList();
    }

    public List<ImportRow> problemRows() {
        return rows.stream().filter(r -> !r.valid() || !r.warnings().isEmpty()).toList();
    }
}
