package cn.hoist.agent.snmp;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A table read column by column: rows keyed by their index (the OID suffix after the column OID), in index order.
 * A row may lack a column the agent does not implement for it.
 */
public record SnmpTable(List<SnmpOid> columns, SortedMap<SnmpOid, Row> rows) {

    public SnmpTable {
        columns = List.copyOf(columns);
        rows = Collections.unmodifiableSortedMap(rows);
    }

    /** One row: values by column OID. */
    public record Row(SnmpOid index, Map<SnmpOid, SnmpValue> values) {
        public Row {
            values = Map.copyOf(values);
        }

        public Optional<SnmpValue> get(SnmpOid column) {
            SnmpValue v = values.get(column);
            return v == null || v.isException() ? Optional.empty() : Optional.of(v);
        }
    }
}
