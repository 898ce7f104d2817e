package cn.hoist.snmpsim;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar snmp-simulator.jar --port 11161 --device switch --device printer ...} */
@Command(name = "snmp-simulator", mixinStandardHelpOptions = true,
        description = "Simulated SNMP devices (switch, printer, UPS, server) on consecutive UDP ports.")
public final class SimulatorMain implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "11161", description = "First UDP port, 0 for free ports (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to bind (default ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--device", split = ",", defaultValue = "switch",
            description = "Device kinds in port order: switch, printer, ups, server (repeat or comma-separate).")
    List<String> devices;

    @Option(names = "--count", defaultValue = "1", description = "Repeat the device list this many times.")
    int count;

    @Option(names = "--community", defaultValue = "public", description = "v1/v2c community (default ${DEFAULT-VALUE}).")
    String community;

    @Option(names = "--v3-user", description = "name:AUTH:authpass[:PRIV:privpass], AUTH = SHA1|SHA256|MD5, "
            + "PRIV = AES128|AES256|DES. Repeatable.")
    List<String> v3Users = new ArrayList<>();

    @Option(names = "--mode", defaultValue = "agent", description = "agent (snmp4j-agent per device) or light "
            + "(one session for many devices; use for hundreds of devices).")
    String mode;

    @Option(names = "--broken-order", description = "Printers return supplies rows out of order (HP firmware bug).")
    boolean brokenOrder;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SimulatorMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Access access = Access.community(community);
        for (String u : v3Users) {
            access = access.withUser(V3User.parse(u));
        }
        SnmpSimulator.Builder builder = SnmpSimulator.builder().bind(InetAddress.getByName(bind)).access(access)
                .mode(SnmpSimulator.Mode.valueOf(mode.toUpperCase(java.util.Locale.ROOT)));
        int next = port;
        for (int i = 0; i < count; i++) {
            for (String d : devices) {
                builder.add(DeviceKind.valueOf(d.strip().toUpperCase(java.util.Locale.ROOT)), port == 0 ? 0 : next++);
            }
        }
        SnmpSimulator sim = builder.start();
        for (int i = 0; i < sim.size(); i++) {
            if (brokenOrder && sim.device(i) instanceof PrinterDevice p) {
                p.setBrokenOidOrder(true);
            }
            if (i < 20) {
                System.out.printf("%-8s %-12s udp:%s:%d%n", sim.device(i).kind(), sim.device(i).name(), bind,
                        sim.port(i));
            }
        }
        System.out.printf("%d simulated device(s) on %s ports %d-%d, community '%s', %d v3 user(s). Ctrl-C stops.%n",
                sim.size(), bind, sim.port(0), sim.port(sim.size() - 1), community, access.users().size());
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stop.countDown();
        }));
        stop.await();
        return 0;
    }
}
