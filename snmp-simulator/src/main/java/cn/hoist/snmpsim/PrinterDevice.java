package cn.hoist.snmpsim;

import java.util.List;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;

/**
 * A colour laser printer with a Printer-MIB prtMarkerSuppliesTable (RFC 3805) that shows the special values real
 * printers use: black toner with a level, cyan at -3 ("some remaining"), magenta at -2 ("unknown"), yellow at -1
 * ("other"/unrestricted), and a waste toner box that fills up (class receptacleThatIsFilled).
 */
public final class PrinterDevice extends SimulatedDevice {

    public static final String SUPPLIES_ENTRY = "1.3.6.1.2.1.43.11.1.1";
    public static final int CLASS_CONSUMED = 3;
    public static final int CLASS_FILLED = 4;

    public PrinterDevice(String name, SimClock clock) {
        super(DeviceKind.PRINTER, name, clock, "HP LaserJet Pro M454dw (simulated), FW 20230512",
                "1.3.6.1.4.1.11.2.3.9.1");
        supply(1, CLASS_CONSUMED, 3, "Black Toner Cartridge HP W2030A", 19, 2400, 600);
        supply(2, CLASS_CONSUMED, 3, "Cyan Toner Cartridge HP W2031A", 19, 2100, -3);
        supply(3, CLASS_CONSUMED, 3, "Magenta Toner Cartridge HP W2033A", 19, 2100, -2);
        supply(4, CLASS_CONSUMED, 3, "Yellow Toner Cartridge HP W2032A", 19, -1, -1);
        supply(5, CLASS_FILLED, 4, "Toner Collection Unit", 19, 100, 92);
        // prtMarkerLifeCount: pages printed.
        mib.put(new OID("1.3.6.1.2.1.43.10.2.1.4.1.1"), new org.snmp4j.smi.Counter32(48_211));
    }

    private void supply(int i, int supplyClass, int type, String descr, int unit, int max, int level) {
        mib.put(oid(1, i), new Integer32(i));
        mib.put(oid(2, i), new Integer32(1));
        mib.put(oid(3, i), new Integer32(supplyClass == CLASS_FILLED ? 0 : i));
        mib.put(oid(4, i), new Integer32(supplyClass));
        mib.put(oid(5, i), new Integer32(type));
        mib.put(oid(6, i), new OctetString(descr));
        mib.put(oid(7, i), new Integer32(unit));
        mib.put(oid(8, i), new Integer32(max));
        mib.put(oid(9, i), new Integer32(level));
    }

    /** Sets prtMarkerSuppliesLevel of supply {@code index} (1 black, 2 cyan, 3 magenta, 4 yellow, 5 waste box). */
    public void setLevel(int index, int level) {
        mib.put(oid(9, index), new Integer32(level));
    }

    /** Like broken HP firmware: GETNEXT/GETBULK return rows 2 and 3 of every supplies column in swapped order. */
    public void setBrokenOidOrder(boolean broken) {
        mib.clearSwaps();
        if (broken) {
            for (int column : List.of(1, 2, 3, 4, 5, 6, 7, 8, 9)) {
                mib.swapOrder(oid(column, 2), oid(column, 3));
            }
        }
    }

    static OID oid(int column, int index) {
        return new OID(SUPPLIES_ENTRY + "." + column + ".1." + index);
    }
}
