package cn.hoist.agent.snmp.profile;

import cn.hoist.agent.snmp.ProfileResult;
import cn.hoist.agent.snmp.SnmpClient;
import cn.hoist.agent.snmp.SnmpOid;
import cn.hoist.agent.snmp.SnmpTable;
import cn.hoist.agent.snmp.SnmpTarget;
import cn.hoist.agent.snmp.SnmpValue;
import cn.hoist.agent.snmp.SnmpVarbind;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * HOST-RESOURCES-MIB: CPU load (hrProcessorLoad) and storage (hrStorageTable, sizes in bytes via the allocation
 * unit, RAM and disks told apart by hrStorageType).
 *
 * <p>Metrics: {@code snmp_hr_cpu_load_percent} (%, label cpu), {@code snmp_hr_cpu_load_average_percent} (%),
 * {@code snmp_hr_storage_size_bytes}, {@code snmp_hr_storage_used_bytes} (bytes) and
 * {@code snmp_hr_storage_used_percent} (%), labels index, description, type (ram, virtual_memory, fixed_disk,
 * removable_disk, flash, network_disk, compact_disc, ram_disk, floppy, other).
 */
public final class HostResourcesProfile implements SnmpProfile {

    static final SnmpOid PROCESSOR_LOAD = SnmpOid.of("1.3.6.1.2.1.25.3.3.1.2");
    static final SnmpOid STORAGE_ENTRY = SnmpOid.of("1.3.6.1.2.1.25.2.3.1");
    static final SnmpOid TYPE = STORAGE_ENTRY.append(2);
    static final SnmpOid DESCR = STORAGE_ENTRY.append(3);
    static final SnmpOid UNITS = STORAGE_ENTRY.append(4);
    static final SnmpOid SIZE = STORAGE_ENTRY.append(5);
    static final SnmpOid USED = STORAGE_ENTRY.append(6);
    private static final SnmpOid STORAGE_TYPES = SnmpOid.of("1.3.6.1.2.1.25.2.1");
    private static final Map<Long, String> TYPES = Map.of(1L, "other", 2L, "ram", 3L, "virtual_memory",
            4L, "fixed_disk", 5L, "removable_disk", 6L, "floppy", 7L, "compact_disc", 8L, "ram_disk", 9L, "flash",
            10L, "network_disk");

    @Override
    public String name() {
        return "host-resources";
    }

    @Override
    public CompletableFuture<ProfileResult> poll(SnmpClient client, SnmpTarget target, DeviceState state) {
        return client.walk(target, PROCESSOR_LOAD).thenCompose(cpus -> client.table(target,
                List.of(TYPE, DESCR, UNITS, SIZE, USED)).thenApply(storage -> evaluate(cpus, storage)));
    }

    ProfileResult evaluate(List<SnmpVarbind> cpus, SnmpTable storage) {
        ProfileResult.Builder r = new ProfileResult.Builder(name());
        double sum = 0;
        int n = 0;
        for (SnmpVarbind vb : cpus) {
            if (vb.value().number().isPresent() && vb.oid().size() > PROCESSOR_LOAD.size()) {
                double load = vb.value().number().getAsDouble();
                r.metric("snmp_hr_cpu_load_percent", Map.of("cpu", vb.oid().suffixAfter(PROCESSOR_LOAD).toString()),
                        load, "%");
                sum += load;
                n++;
            }
        }
        if (n > 0) {
            r.metric("snmp_hr_cpu_load_average_percent", Map.of(), sum / n, "%");
        }
        for (SnmpTable.Row row : storage.rows().values()) {
            String type = row.get(TYPE).filter(v -> v instanceof SnmpValue.ObjectId)
                    .map(v -> ((SnmpValue.ObjectId) v).oid())
                    .filter(o -> o.startsWith(STORAGE_TYPES) && o.size() == STORAGE_TYPES.size() + 1)
                    .map(o -> TYPES.getOrDefault(o.last(), "other")).orElse("other");
            Map<String, String> labels = Map.of("index", row.index().toString(),
                    "description", row.get(DESCR).map(SnmpValue::text).orElse(""), "type", type);
            // hrStorage columns are Integer32; agents with big disks overflow them, so read them unsigned.
            double units = unsigned(row, UNITS);
            double size = unsigned(row, SIZE) * units;
            double used = unsigned(row, USED) * units;
            r.metric("snmp_hr_storage_size_bytes", labels, size, "bytes");
            r.metric("snmp_hr_storage_used_bytes", labels, used, "bytes");
            if (size > 0) {
                r.metric("snmp_hr_storage_used_percent", labels, used * 100 / size, "%");
            }
        }
        return r.build();
    }

    private static double unsigned(SnmpTable.Row row, SnmpOid column) {
        return row.get(column).filter(v -> v instanceof SnmpValue.Integer32)
                .map(v -> (double) (((SnmpValue.Integer32) v).value() & 0xFFFF_FFFFL))
                .orElseGet(() -> row.get(column).flatMap(v -> v.number().isPresent()
                        ? java.util.Optional.of(v.number().getAsDouble()) : java.util.Optional.empty()).orElse(0.0));
    }
}
