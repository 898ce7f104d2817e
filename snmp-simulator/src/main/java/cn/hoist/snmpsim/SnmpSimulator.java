package cn.hoist.snmpsim;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.snmp4j.mp.MPv3;
import org.snmp4j.smi.OctetString;

/**
 * Runs simulated SNMP devices on UDP ports. Start on port 0 to get free ports (tests), or on fixed consecutive ports
 * (local runs). {@link Mode#AGENT} gives every device its own snmp4j-agent engine; {@link Mode#LIGHT} serves many
 * devices from one session for benchmarks.
 */
public final class SnmpSimulator implements AutoCloseable {

    /** How devices are served. */
    public enum Mode {
        /** One snmp4j-agent CommandProcessor and SNMP engine (own engine ID) per device. */
        AGENT,
        /** One shared SNMP4J session and engine ID, a small worker pool, a sorted map per port. */
        LIGHT
    }

    private static final AtomicInteger ENGINE_SEQ = new AtomicInteger();

    private final List<Endpoint> endpoints;
    private final LightServer light;
    private final Access access;
    private TrapSender trapSender;

    private SnmpSimulator(List<Endpoint> endpoints, LightServer light, Access access) {
        this.endpoints = endpoints;
        this.light = light;
        this.access = access;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int size() {
        return endpoints.size();
    }

    /** The UDP port device {@code i} (in the order added) listens on. */
    public int port(int i) {
        return endpoints.get(i).port();
    }

    public SimulatedDevice device(int i) {
        return endpoints.get(i).device();
    }

    public <T extends SimulatedDevice> T device(int i, Class<T> type) {
        return type.cast(device(i));
    }

    public byte[] engineId(int i) {
        return endpoints.get(i).engineId();
    }

    /** A trap sender with this simulator's v3 users (and the first device's engine ID as its own). */
    public synchronized TrapSender traps() {
        if (trapSender == null) {
            trapSender = new TrapSender(newEngineId("traps"), access.users());
        }
        return trapSender;
    }

    @Override
    public synchronized void close() {
        if (trapSender != null) {
            trapSender.close();
        }
        endpoints.forEach(Endpoint::close);
        if (light != null) {
            light.close();
        }
    }

    static byte[] newEngineId(String label) {
        return MPv3.createLocalEngineID(new OctetString("hoist-sim-" + label + "-" + ENGINE_SEQ.incrementAndGet()));
    }

    /** Collects devices, then binds them all in {@link #start()}. */
    public static final class Builder {
        private record Planned(SimulatedDevice device, int port, byte[] engineId) {
        }

        private final List<Planned> planned = new ArrayList<>();
        private SimClock clock = SimClock.system();
        private InetAddress bind = InetAddress.getLoopbackAddress();
        private Access access = Access.community("public");
        private Mode mode = Mode.AGENT;
        private int lightThreads = 4;

        public Builder clock(SimClock c) {
            this.clock = c;
            return this;
        }

        public Builder bind(InetAddress address) {
            this.bind = address;
            return this;
        }

        public Builder access(Access a) {
            this.access = a;
            return this;
        }

        public Builder mode(Mode m) {
            this.mode = m;
            return this;
        }

        public Builder lightThreads(int n) {
            this.lightThreads = n;
            return this;
        }

        /** A device of {@code kind} on a free port. */
        public Builder add(DeviceKind kind) {
            return add(kind, 0);
        }

        public Builder add(DeviceKind kind, int port) {
            return add(kind.create(kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + (planned.size() + 1), clock),
                    port, null);
        }

        /** A device built by the caller (sharing this builder's clock), with an explicit engine ID if not null. */
        public Builder add(SimulatedDevice device, int port, byte[] engineId) {
            planned.add(new Planned(device, port, engineId));
            return this;
        }

        public SimClock clock() {
            return clock;
        }

        public SnmpSimulator start() {
            List<Endpoint> endpoints = new ArrayList<>();
            LightServer light = mode == Mode.LIGHT
                    ? new LightServer(newEngineId("light"), access.users(), lightThreads) : null;
            try {
                for (Planned p : planned) {
                    if (light != null) {
                        endpoints.add(light.add(p.device(), bind, p.port(), access));
                    } else {
                        byte[] id = p.engineId() != null ? p.engineId() : newEngineId(p.device().name());
                        endpoints.add(new AgentEndpoint(p.device(), bind, p.port(), access, id));
                    }
                }
            } catch (RuntimeException e) {
                endpoints.forEach(Endpoint::close);
                if (light != null) {
                    light.close();
                }
                throw e;
            }
            return new SnmpSimulator(List.copyOf(endpoints), light, access);
        }
    }
}
