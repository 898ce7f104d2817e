package cn.hoist.agent.snmp.cli;

import cn.hoist.agent.snmp.SnmpValue;
import cn.hoist.agent.snmp.SnmpVarbind;
import java.io.PrintWriter;
import java.util.List;

/** Aligned OID / type / value lines; strings decoded when printable, else hex; Counter64 unsigned. */
final class VarbindTable {

    private VarbindTable() {
    }

    static void print(PrintWriter out, List<SnmpVarbind> vbs) {
        int oidWidth = vbs.stream().mapToInt(vb -> vb.oid().toString().length()).max().orElse(0);
        int typeWidth = vbs.stream().mapToInt(vb -> vb.value().typeName().length()).max().orElse(0);
        for (SnmpVarbind vb : vbs) {
            String value = vb.value().text();
            if (vb.value() instanceof SnmpValue.OctetString s && s.printable() != null) {
                value = "\"" + value + "\"";
            }
            out.printf("%-" + oidWidth + "s  %-" + typeWidth + "s  %s%n", vb.oid(), vb.value().typeName(), value);
        }
    }
}
