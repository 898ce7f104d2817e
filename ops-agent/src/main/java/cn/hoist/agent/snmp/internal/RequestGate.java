package cn.hoist.agent.snmp.internal;

import cn.hoist.agent.snmp.SnmpException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Non-blocking admission of requests: at most {@code global} in flight and {@code perDevice} per device. Uncapped
 * bursts of UDP requests get dropped by socket buffers and small agents, so callers queue here instead of
 * blocking a thread. A waiter for a device at its cap does not hold up waiters for other devices.
 */
final class RequestGate {

    private final int global;
    private final int perDevice;
    private final Map<String, Integer> byDevice = new HashMap<>();
    private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
    /** Waiters per device, so admission need not scan the queue (thousands wait at the start of a cycle). */
    private final Map<String, Integer> waitingByDevice = new HashMap<>();
    private int inFlight;
    private boolean closed;

    private record Waiter(String device, CompletableFuture<Permit> future) {
    }

    RequestGate(int global, int perDevice) {
        this.global = global;
        this.perDevice = perDevice;
    }

    /** A granted slot; release it exactly once when the response (or timeout) has arrived. */
    final class Permit {
        private final String device;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(String device) {
            this.device = device;
        }

        void release() {
            if (released.compareAndSet(false, true)) {
                RequestGate.this.release(device);
            }
        }
    }

    CompletableFuture<Permit> acquire(String device) {
        CompletableFuture<Permit> f = new CompletableFuture<>();
        Permit granted = null;
        synchronized (this) {
            if (closed) {
                f.completeExceptionally(new SnmpException("SNMP client is closed"));
                return f;
            }
            // Waiters only ever wait for their own device's cap (release() starts all others), so a device with no
            // waiter of its own may start at once; one with waiters queues behind them to stay first-come first-served.
            if (canStart(device) && !waitingByDevice.containsKey(device)) {
                granted = start(device);
            } else {
                waiting.add(new Waiter(device, f));
                waitingByDevice.merge(device, 1, Integer::sum);
            }
        }
        if (granted != null) {
            f.complete(granted);
        }
        return f;
    }

    synchronized int inFlight() {
        return inFlight;
    }

    synchronized int waiting() {
        return waiting.size();
    }

    void close() {
        List<Waiter> dropped;
        synchronized (this) {
            closed = true;
            dropped = new ArrayList<>(waiting);
            waiting.clear();
            waitingByDevice.clear();
        }
        dropped.forEach(w -> w.future().completeExceptionally(new SnmpException("SNMP client is closed")));
    }

    private void release(String device) {
        List<Map.Entry<Waiter, Permit>> toGrant = new ArrayList<>();
        synchronized (this) {
            inFlight--;
            byDevice.merge(device, -1, RequestGate::decrement);
            Iterator<Waiter> it = waiting.iterator();
            while (it.hasNext() && inFlight < global) {
                Waiter w = it.next();
                if (canStart(w.device())) {
                    it.remove();
                    waitingByDevice.merge(w.device(), -1, RequestGate::decrement);
                    toGrant.add(Map.entry(w, start(w.device())));
                }
            }
        }
        // Complete outside the lock: completion runs the caller's next stage, which may acquire again.
        for (Map.Entry<Waiter, Permit> e : toGrant) {
            if (!e.getKey().future().complete(e.getValue())) {
                e.getValue().release();
            }
        }
    }

    /** Counts that reach zero leave the map. */
    private static Integer decrement(Integer count, Integer minusOne) {
        int left = count + minusOne;
        return left == 0 ? null : left;
    }

    private boolean canStart(String device) {
        return inFlight < global && byDevice.getOrDefault(device, 0) < perDevice;
    }

    private Permit start(String device) {
        inFlight++;
        byDevice.merge(device, 1, Integer::sum);
        return new Permit(device);
    }
}
