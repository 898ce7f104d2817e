package cn.hoist.agent.monitoring;

import java.util.ArrayList;
import java.util.List;

import cn.hoist.agent.snmp.profile.DevicePoll;
import cn.hoist.agent.snmp.profile.HostResourcesProfile;
import cn.hoist.agent.snmp.profile.InterfaceProfile;
import cn.hoist.agent.snmp.profile.PrinterProfile;
import cn.hoist.agent.snmp.profile.SnmpProfile;
import cn.hoist.agent.snmp.profile.UpsProfile;

/** Profile names in the configuration to the SNMP library's profiles. */
final class SnmpProfiles {

    private SnmpProfiles() {
    }

    /** A poll of the named profiles; system always runs first inside {@link DevicePoll}. */
    static DevicePoll poll(List<String> names) {
        List<SnmpProfile> profiles = new ArrayList<>();
        for (String name : names) {
            switch (name) {
                case "interfaces" -> profiles.add(new InterfaceProfile());
                case "host-resources" -> profiles.add(new HostResourcesProfile());
                case "printer" -> profiles.add(new PrinterProfile());
                case "ups" -> profiles.add(new UpsProfile());
                case "system" -> { }
                default -> throw new IllegalArgumentException("unknown SNMP profile " + name);
            }
        }
        return new DevicePoll(profiles);
    }
}
