package cn.hoist.agent.snmp.internal;

import cn.hoist.agent.snmp.SnmpAuthenticationException;
import cn.hoist.agent.snmp.SnmpException;
import cn.hoist.agent.snmp.SnmpTarget;
import cn.hoist.agent.snmp.SnmpTimeoutException;
import cn.hoist.agent.snmp.SnmpVersion;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.Target;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.event.ResponseListener;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.USM;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request/response exchange with a device: admission through the {@link RequestGate}, an asynchronous send
 * whose listener cancels the request in SNMP4J (else it leaks), and translation of timeouts and USM reports into our
 * exceptions. For SNMPv3 it discovers and caches the engine ID per address and re-discovers once when the device
 * seems to have changed (reboot with a new engine ID, replaced hardware).
 */
final class Exchange {

    private static final Logger log = LoggerFactory.getLogger(Exchange.class);

    private final Snmp snmp;
    private final RequestGate gate;
    private final V3Targets v3Targets;
    private final Map<String, byte[]> engineIds = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<byte[]>> discoveries = new ConcurrentHashMap<>();
    private final Executor discoveryPool;
    private final java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();

    Exchange(Snmp snmp, RequestGate gate, V3Targets v3Targets, Executor discoveryPool) {
        this.snmp = snmp;
        this.gate = gate;
        this.v3Targets = v3Targets;
        this.discoveryPool = discoveryPool;
    }

    /** Sends and returns the response PDU; error status is left to the caller (walks treat v1 noSuchName as end). */
    CompletableFuture<PDU> send(SnmpTarget t, Pdus what) {
        if (t.version() != SnmpVersion.V3) {
            return address(t).thenCompose(a -> exchange(t, what, communityTarget(t, a)));
        }
        return sendV3(t, what).exceptionallyCompose(ex -> {
            Throwable cause = unwrap(ex);
            if (cause instanceof SnmpAuthenticationException auth && auth.reason().startsWith("wrongDigest")
                    || cause instanceof SnmpAuthenticationException a2 && a2.reason().equals("notInTimeWindow")
                    || cause instanceof SnmpAuthenticationException a3 && a3.reason().equals("unknownEngineID")) {
                // The engine ID may have changed (device replaced or reset); find it again once.
                log.debug("SNMPv3 {} for {}: discovering its engine ID again", ((SnmpAuthenticationException) cause)
                        .reason(), t.address());
                forgetEngine(t);
                return sendV3(t, what);
            }
            return CompletableFuture.failedFuture(cause);
        });
    }

    private CompletableFuture<PDU> sendV3(SnmpTarget t, Pdus what) {
        return address(t).thenCompose(a -> engineId(t, a)
                .thenCompose(engineId -> exchange(t, what, v3Targets.target(t, a, engineId))));
    }

    void forgetEngine(SnmpTarget t) {
        byte[] old = engineIds.remove(t.address());
        if (old != null) {
            MPv3 mpv3 = (MPv3) snmp.getMessageProcessingModel(MPv3.ID);
            address(t).thenAccept(mpv3::removeEngineID);
            USM usm = snmp.getUSM();
            if (usm != null) {
                usm.removeEngineTime(new OctetString(old));
            }
        }
    }

    private CompletableFuture<byte[]> engineId(SnmpTarget t, UdpAddress address) {
        byte[] known = engineIds.get(t.address());
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        // One discovery per address at a time; concurrent polls of the same device share it.
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> running = discoveries.putIfAbsent(t.address(), mine);
        if (running != null) {
            return running;
        }
        discover(t, address).whenComplete((id, ex) -> {
            if (id != null) {
                engineIds.put(t.address(), id);
            }
            discoveries.remove(t.address(), mine);
            if (ex != null) {
                mine.completeExceptionally(unwrap(ex));
            } else {
                mine.complete(id);
            }
        });
        return mine;
    }

    /**
     * RFC 3414 §4 discovery. SNMP4J only offers it blocking, so it runs on a small pool of its own (once per device,
     * then cached), holding a request permit like any other exchange.
     */
    private CompletableFuture<byte[]> discover(SnmpTarget t, UdpAddress address) {
        long waitMillis = t.timeout().toMillis() * (t.retries() + 1);
        return gate.acquire(t.address()).thenApplyAsync(permit -> {
            try {
                byte[] id = snmp.discoverAuthoritativeEngineID(address, waitMillis);
                if (id == null || id.length == 0) {
                    throw new CompletionException(new SnmpTimeoutException("no answer from " + t.address()
                            + " to SNMPv3 engine discovery within " + waitMillis + " ms (timeout, device down,"
                            + " or not speaking SNMPv3)"));
                }
                log.debug("SNMPv3 engine ID of {} is {}", t.address(), new OctetString(id).toHexString());
                return id;
            } finally {
                permit.release();
            }
        }, discoveryPool);
    }

    private CompletableFuture<PDU> exchange(SnmpTarget t, Pdus what, Target<UdpAddress> target) {
        return sendRaw(t, what.build(t), target).thenApply(response -> Responses.checkReport(t, response));
    }

    private CompletableFuture<PDU> sendRaw(SnmpTarget t, PDU pdu, Target<UdpAddress> target) {
        return gate.acquire(t.address()).thenCompose(permit -> {
            CompletableFuture<PDU> result = new CompletableFuture<>();
            ResponseListener listener = new ResponseListener() {
                @Override
                public <A extends org.snmp4j.smi.Address> void onResponse(ResponseEvent<A> event) {
                    ((Snmp) event.getSource()).cancel(event.getRequest(), this);
                    permit.release();
                    if (event.getError() != null) {
                        result.completeExceptionally(new SnmpException("SNMP request to " + t.address()
                                + " failed: " + event.getError().getMessage(), event.getError()));
                    } else if (event.getResponse() == null) {
                        result.completeExceptionally(timeout(t));
                    } else {
                        result.complete(event.getResponse());
                    }
                }
            };
            try {
                snmp.send(pdu, target, null, listener);
                sent.incrementAndGet();
            } catch (IOException | RuntimeException e) {
                permit.release();
                result.completeExceptionally(new SnmpException("cannot send SNMP request to " + t.address() + ": "
                        + e.getMessage(), e));
            }
            return result;
        });
    }

    /** Requests sent so far (SNMP4J's own retransmissions not counted). */
    long sent() {
        return sent.get();
    }

    static SnmpTimeoutException timeout(SnmpTarget t) {
        String hint = t.version() == SnmpVersion.V3 ? "timeout, or wrong SNMPv3 privacy pass phrase"
                : "timeout, or wrong community";
        return new SnmpTimeoutException("no answer from " + t.address() + " within " + t.timeout().toMillis()
                + " ms x " + (t.retries() + 1) + " tries (" + hint + ")");
    }

    private static CommunityTarget<UdpAddress> communityTarget(SnmpTarget t, UdpAddress address) {
        CommunityTarget<UdpAddress> target = new CommunityTarget<>(address, new OctetString(t.community()));
        target.setVersion(t.version() == SnmpVersion.V1 ? SnmpConstants.version1 : SnmpConstants.version2c);
        target.setTimeout(t.timeout().toMillis());
        target.setRetries(t.retries());
        return target;
    }

    private static CompletableFuture<UdpAddress> address(SnmpTarget t) {
        try {
            // Literal IPs resolve without DNS; names are resolved per request so a changed DHCP entry is followed.
            return CompletableFuture.completedFuture(new UdpAddress(InetAddress.getByName(t.host()), t.port()));
        } catch (UnknownHostException e) {
            return CompletableFuture.failedFuture(new SnmpException("unknown host " + t.host()));
        }
    }

    static Throwable unwrap(Throwable ex) {
        while (ex instanceof CompletionException && ex.getCause() != null) {
            ex = ex.getCause();
        }
        return ex;
    }
}
