package cn.hoist.crm.addressbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import cn.hoist.crm.addressbook.internal.CsvFormat;
import cn.hoist.crm.addressbook.internal.XlsxFormat;
import cn.hoist.crm.customer.AddressBook;
import cn.hoist.crm.customer.AddressBookEntry;
import cn.hoist.crm.security.Permissions;

/**
 * Writes the address book as CSV or Excel, streamed, with the import's column headings, so an
 * export can be edited and imported again. Who may export, and the audit entry, is the address
 * book's business.
 */
@Service
public class ExportService {

    static final List<Column> COLUMNS = List.of(Column.NAME, Column.KIND, Column.MOBILE, Column.LANDLINE,
            Column.EMAIL, Column.ADDRESS, Column.CREDIT_CODE, Column.SOURCE, Column.PLATE);

    private final AddressBook addressBook;
    private final MessageSource messages;

    ExportService(AddressBook addressBook, MessageSource messages) {
        this.addressBook = addressBook;
        this.messages = messages;
    }

    /** Fails before anything is written when the caller may not export. */
    @PreAuthorize(Permissions.MANAGE_CUSTOMERS)
    public void checkAllowed() {
        // the annotation does the check
    }

    public void csv(OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            CsvFormat.write(headings(), List.of(), writer);
            addressBook.export("csv", entry -> rows(entry).forEach(row -> {
                try {
                    CsvFormat.writeRecord(row, writer);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void xlsx(OutputStream out) {
        XlsxFormat.write(headings(), sink -> addressBook.export("xlsx", entry -> rows(entry).forEach(sink)), out);
    }

    private List<String> headings() {
        return COLUMNS.stream().map(Column::heading).toList();
    }

    /** One row per vehicle (the customer repeated), so the import matches them up again by mobile. */
    private List<List<String>> rows(AddressBookEntry e) {
        List<String> plates = e.plates().isEmpty() ? List.of("") : e.plates();
        List<List<String>> rows = new ArrayList<>();
        for (String plate : plates) {
            rows.add(List.of(e.name(), label("customer.kind." + e.kind()), nullToEmpty(e.mobile()),
                    nullToEmpty(e.landline()), nullToEmpty(e.email()), nullToEmpty(e.address()),
                    nullToEmpty(e.creditCode()), label("customer.source." + e.source()), nullToEmpty(plate)));
        }
        return rows;
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
