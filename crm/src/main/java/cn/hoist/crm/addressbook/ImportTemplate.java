package cn.hoist.crm.addressbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.hoist.crm.addressbook.internal.CsvFormat;
import cn.hoist.crm.addressbook.internal.XlsxFormat;

/**
 * The empty file a shop fills in to import: every column the import understands, under the heading the import and
 * the export use, in CSV (UTF-8 with a byte-order mark, for Excel) and Excel (columns formatted as text). It holds no
 * example row, which would be imported as a customer when left in.
 */
@Component
public class ImportTemplate {

    public static List<String> headings() {
        return Arrays.stream(Column.values()).map(Column::heading).toList();
    }

    public void csv(OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CsvFormat.write(headings(), List.of(), writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void xlsx(OutputStream out) {
        XlsxFormat.template("客户与车辆", headings(), out);
    }
}
