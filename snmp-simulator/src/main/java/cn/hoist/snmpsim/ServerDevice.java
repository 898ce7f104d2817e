package cn.hoist.snmpsim;

import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;

/**
 * The shop's Linux server as net-snmp shows it: HOST-RESOURCES hrProcessorTable (4 CPUs) and hrStorageTable with RAM,
 * virtual memory, two fixed disks and a CD-ROM.
 */
public final class ServerDevice extends SimulatedDevice {

    public static final String STORAGE_ENTRY = "1.3.6.1.2.1.25.2.3.1";
    public static final String PROCESSOR_LOAD = "1.3.6.1.2.1.25.3.3.1.2";
    private static final String STORAGE_TYPES = "1.3.6.1.2.1.25.2.1.";
    private static final int FIRST_CPU = 196608;

    public ServerDevice(String name, SimClock clock) {
        super(DeviceKind.SERVER, name, clock, "Linux shop-server 6.1.0-18-amd64 #1 SMP Debian x86_64",
                "1.3.6.1.4.1.8072.3.2.10");
        mib.put(new OID("1.3.6.1.2.1.25.1.1.0"), () -> new TimeTicks(uptimeTicks()));
        int[] loads = {12, 35, 7, 50};
        for (int i = 0; i < loads.length; i++) {
            setCpuLoad(i, loads[i]);
        }
        storage(1, "2", "Physical memory", 1024, 16_303_428, 9_782_056);
        storage(3, "3", "Virtual memory", 1024, 18_400_580, 9_900_000);
        storage(31, "4", "/", 4096, 25_600_000, 11_520_000);
        storage(36, "4", "/var/lib/postgresql", 4096, 51_200_000, 46_080_000);
        storage(40, "7", "/media/cdrom", 2048, 0, 0);
    }

    /** hrProcessorLoad of CPU {@code cpu} (0-based) in percent. */
    public void setCpuLoad(int cpu, int percent) {
        mib.put(new OID(PROCESSOR_LOAD + "." + (FIRST_CPU + cpu)), new Integer32(percent));
    }

    /** hrStorageUsed of storage row {@code index} in allocation units. */
    public void setStorageUsed(int index, int units) {
        mib.put(new OID(STORAGE_ENTRY + ".6." + index), new Integer32(units));
    }

    private void storage(int index, String type, String descr, int unit, int size, int used) {
        mib.put(new OID(STORAGE_ENTRY + ".1." + index), new Integer32(index));
        mib.put(new OID(STORAGE_ENTRY + ".2." + index), new OID(STORAGE_TYPES + type));
        mib.put(new OID(STORAGE_ENTRY + ".3." + index), new OctetString(descr));
        mib.put(new OID(STORAGE_ENTRY + ".4." + index), new Integer32(unit));
        mib.put(new OID(STORAGE_ENTRY + ".5." + index), new Integer32(size));
        mib.put(new OID(STORAGE_ENTRY + ".6." + index), new Integer32(used));
    }
}
