package cn.hoist.crm.addressbook;

import java.util.List;

/**
 * What an import did; rows skipped for errors are listed with their line numbers, rows that filled
 * in customers already in the CRM with the headings of the fields they filled.
 */
public record ImportReport(String fileName, int rowsRead, int customersCreated, int customersMatched,
        int vehiclesCreated, int vehiclesMatched, int linksCreated, List<Integer> skippedLines,
        int rowsWithWarnings, List<Filled> filled) {

    public record Filled(int line, String name, List<String> fields) {
    }
}
