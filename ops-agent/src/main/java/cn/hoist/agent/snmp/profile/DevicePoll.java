package cn.hoist.agent.snmp.profile;

import cn.hoist.agent.snmp.ProfileResult;
import cn.hoist.agent.snmp.SnmpClient;
import cn.hoist.agent.snmp.SnmpException;
import cn.hoist.agent.snmp.SnmpTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One poll of one device: the system profile first, and only if the device answered it, the other profiles. A dead
 * device thus costs one timed-out GET per cycle, not one per walk; callers put it in their slow lane.
 */
public final class DevicePoll {

    /** Outcome: {@code unreachable} is set (and results hold only what ran) when sysUpTime could not be read. */
    public record Outcome(List<ProfileResult> results, SnmpException unreachable, List<Failure> failures) {
        public boolean reachable() {
            return unreachable == null;
        }
    }

    /** A profile that failed after the device answered the system profile (a broken walk, an error status). */
    public record Failure(String profile, SnmpException error) {
    }

    private final SystemProfile system = new SystemProfile();
    private final List<SnmpProfile> others;

    public DevicePoll(List<SnmpProfile> others) {
        this.others = List.copyOf(others);
    }

    public CompletableFuture<Outcome> poll(SnmpClient client, SnmpTarget target, DeviceState state) {
        return system.poll(client, target, state).handle((sys, ex) -> {
            if (ex != null) {
                return CompletableFuture.completedFuture(new Outcome(List.of(), asSnmp(ex), List.of()));
            }
            // Other profiles run one after another: per-device politeness matters more than speed here.
            CompletableFuture<Outcome> chain = CompletableFuture.completedFuture(
                    new Outcome(List.of(sys), null, List.of()));
            for (SnmpProfile p : others) {
                chain = chain.thenCompose(o -> p.poll(client, target, state).handle((res, pex) -> {
                    List<ProfileResult> results = new ArrayList<>(o.results());
                    List<Failure> failures = new ArrayList<>(o.failures());
                    if (pex != null) {
                        failures.add(new Failure(p.name(), asSnmp(pex)));
                    } else {
                        results.add(res);
                    }
                    return new Outcome(results, null, failures);
                }));
            }
            return chain;
        }).thenCompose(f -> f);
    }

    private static SnmpException asSnmp(Throwable ex) {
        Throwable t = ex;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof SnmpException s ? s : new SnmpException(String.valueOf(t.getMessage()), t);
    }
}
