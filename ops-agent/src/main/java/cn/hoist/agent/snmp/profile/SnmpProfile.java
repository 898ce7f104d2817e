package cn.hoist.agent.snmp.profile;

import cn.hoist.agent.snmp.ProfileResult;
import cn.hoist.agent.snmp.SnmpClient;
import cn.hoist.agent.snmp.SnmpTarget;
import java.util.concurrent.CompletableFuture;

/** Reads one MIB area of a device and turns it into metrics and observations. */
public interface SnmpProfile {

    String name();

    /** Polls the device; {@code state} carries what the previous poll of this device left (counters, uptime). */
    CompletableFuture<ProfileResult> poll(SnmpClient client, SnmpTarget target, DeviceState state);
}
