package cn.hoist.crm.addressbook.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel (.xlsx) through Apache POI: the first sheet is read, dates become ISO dates, numbers are
 * read as shown (a mobile typed as a number stays 11 digits); exports are written streaming.
 */
public final class XlsxFormat {

    private XlsxFormat() {
    }

    public static Table read(byte[] content, int maxRows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            int last = Math.min(sheet.getLastRowNum(), maxRows + 1);
            for (int i = sheet.getFirstRowNum(); i <= last; i++) {
                Row row = sheet.getRow(i);
                rows.add(row == null ? List.of() : cells(row, formatter));
            }
            if (rows.isEmpty()) {
                return new Table(List.of(), List.of());
            }
            return new Table(rows.get(0), rows.subList(1, rows.size()));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(e);
        }
    }

    private static List<String> cells(Row row, DataFormatter formatter) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : text(cell, formatter));
        }
        return cells;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate date = cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
            return date.toString();
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
        }
        return formatter.formatCellValue(cell);
    }

    /** Writes the rows the producer hands over; only a window of them is held in memory. */
    public static void write(List<String> headings, Consumer<Consumer<List<String>>> producer, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("客户通讯录");
            writeRow(sheet.createRow(0), headings);
            int[] index = {1};
            producer.accept(row -> writeRow(sheet.createRow(index[0]++), row));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An empty sheet with these headings whose columns are formatted as text, so that a mobile or ID number typed
     * into it keeps its digits.
     */
    public static void template(String sheetName, List<String> headings, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            for (int i = 0; i < headings.size(); i++) {
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, 16 * 256);
            }
            writeRow(sheet.createRow(0), headings);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            // Text cells only: a mobile or ID number as a number would lose digits in Excel.
            row.createCell(i, CellType.STRING).setCellValue(cells.get(i) == null ? "" : cells.get(i));
        }
    }

    /** The upload is not a readable .xlsx file. */
    public static class UnreadableFileException extends RuntimeException {

        UnreadableFileException(Throwable cause) {
            super("Not a readable .xlsx file", cause);
        }
    }
}
