package cn.hoist.agent.snmp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RequestGateTests {

    @Test
    void capsPerDeviceAndGloballyWithoutBlockingOtherDevices() {
        RequestGate gate = new RequestGate(3, 1);
        CompletableFuture<RequestGate.Permit> a1 = gate.acquire("a");
        CompletableFuture<RequestGate.Permit> a2 = gate.acquire("a");
        CompletableFuture<RequestGate.Permit> b1 = gate.acquire("b");
        CompletableFuture<RequestGate.Permit> c1 = gate.acquire("c");
        CompletableFuture<RequestGate.Permit> d1 = gate.acquire("d");
        assertThat(a1).isDone();
        assertThat(a2).isNotDone();
        assertThat(b1).isDone();
        assertThat(c1).isDone();
        assertThat(d1).isNotDone();
        assertThat(gate.inFlight()).isEqualTo(3);
        b1.join().release();
        b1.join().release();  // a second release is ignored
        assertThat(a2).isNotDone();
        assertThat(d1).isDone();
        assertThat(gate.inFlight()).isEqualTo(3);
        a1.join().release();
        assertThat(a2).isDone();
        // Once its waiters have gone, a device is admitted at once again.
        a2.join().release();
        assertThat(gate.waiting()).isZero();
        assertThat(gate.acquire("a")).isDone();
        gate.close();
        assertThat(gate.acquire("e")).isCompletedExceptionally();
    }
}
