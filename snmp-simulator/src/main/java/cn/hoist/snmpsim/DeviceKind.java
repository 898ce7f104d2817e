package cn.hoist.snmpsim;

/** Kinds of device the simulator can play. */
public enum DeviceKind {
    SWITCH, PRINTER, UPS, SERVER;

    SimulatedDevice create(String name, SimClock clock) {
        return switch (this) {
            case SWITCH -> new SwitchDevice(name, clock, 24);
            case PRINTER -> new PrinterDevice(name, clock);
            case UPS -> new UpsDevice(name, clock);
            case SERVER -> new ServerDevice(name, clock);
        };
    }
}
