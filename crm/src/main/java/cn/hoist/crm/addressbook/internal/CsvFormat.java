package cn.hoist.crm.addressbook.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 (quotes, doubled quotes, line breaks in quoted cells). Files from Excel on a
 * Chinese Windows are GB18030 rather than UTF-8, so text that is not valid UTF-8 is read as that.
 */
public final class CsvFormat {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvFormat() {
    }

    public static Table read(byte[] content, int maxRows) {
        List<List<String>> records = parse(decode(content), maxRows + 1);
        if (records.isEmpty()) {
            return new Table(List.of(), List.of());
        }
        return new Table(records.get(0), records.subList(1, records.size()));
    }

    static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, start, content.length - start, GB18030);
        }
    }

    private static List<List<String>> parse(String text, int maxRecords) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length() && records.size() <= maxRecords; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(records, record, cell);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        endRecord(records, record, cell);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> record, StringBuilder cell) {
        record.add(cell.toString());
        cell.setLength(0);
        if (!(record.size() == 1 && record.get(0).isBlank())) {
            records.add(record);
        }
    }

    /** Writes UTF-8 with a byte-order mark, which Excel needs to show Chinese correctly. */
    public static void write(List<String> headings, Iterable<List<String>> rows, Writer out) throws IOException {
        out.write('\uFEFF');
        writeRecord(headings, out);
        for (List<String> row : rows) {
            writeRecord(row, out);
        }
        out.flush();
    }

    public static void writeRecord(List<String> cells, Writer out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(escape(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** Quotes where needed, and defuses cells a spreadsheet would run as a formula (CSV injection). */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("[+-]?\\d.*")
                ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
