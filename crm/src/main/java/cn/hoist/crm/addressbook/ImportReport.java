package cn.hoist.crm.addressbook;

import java.util.List;

/** What an import did; rows skipped for errors are listed with their line numbers. */
public record ImportReport(String fileName, int rowsRead, int customersCreated, int customersMatched,
        int vehiclesCreated, int vehiclesMatched, int linksCreated, List<Integer> skippedLines,
        int rowsWithWarnings) {
}
