package cn.hoist.agent.snmp.cli;

import cn.hoist.agent.snmp.SnmpOid;
import cn.hoist.agent.snmp.SnmpTable;
import cn.hoist.agent.snmp.SnmpValue;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code snmp table -H HOST COLUMN...}: columns of one table read together (GETBULK unless --no-bulk) and shown as
 * rows by index, e.g. {@code 1.3.6.1.2.1.2.2.1.2 1.3.6.1.2.1.2.2.1.8} for ifDescr and ifOperStatus.
 */
@Command(name = "table", mixinStandardHelpOptions = true,
        description = "Read table columns (numeric OIDs) and print them as rows by index.")
final class TableCommand extends SnmpCommand.Query {

    @Parameters(arity = "1..*", paramLabel = "COLUMN")
    List<String> columns;

    @Override
    public Integer call() {
        List<SnmpOid> oids = new ArrayList<>();
        for (String c : columns) {
            try {
                oids.add(SnmpOid.of(c));
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return 2;
            }
        }
        return execute((client, target) -> client.table(target, oids).thenApply(table -> out -> {
            print(out, table);
            return table.rows().size() + " row(s)";
        }));
    }

    static void print(PrintWriter out, SnmpTable table) {
        List<String[]> lines = new ArrayList<>();
        String[] header = new String[table.columns().size() + 1];
        header[0] = "INDEX";
        for (int i = 0; i < table.columns().size(); i++) {
            header[i + 1] = table.columns().get(i).toString();
        }
        lines.add(header);
        for (SnmpTable.Row row : table.rows().values()) {
            String[] line = new String[header.length];
            line[0] = row.index().toString();
            for (int i = 0; i < table.columns().size(); i++) {
                line[i + 1] = row.get(table.columns().get(i)).map(TableCommand::text).orElse("-");
            }
            lines.add(line);
        }
        int[] widths = new int[header.length];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (String[] line : lines) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                s.append(i == 0 ? "" : "  ").append(i == line.length - 1 ? line[i]
                        : String.format("%-" + widths[i] + "s", line[i]));
            }
            out.println(s);
        }
    }

    private static String text(SnmpValue v) {
        return v instanceof SnmpValue.OctetString s && s.printable() != null ? "\"" + v.text() + "\"" : v.text();
    }
}
