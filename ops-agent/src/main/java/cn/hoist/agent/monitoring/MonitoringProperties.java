package cn.hoist.agent.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Monitoring settings (prefix {@code hoist.agent.monitoring}); what is monitored lives in agent.yml.
 *
 * @param maxInFlight          SNMP requests in flight over all devices
 * @param maxInFlightPerDevice SNMP requests in flight per device
 * @param snmpThreads          threads that decode SNMP responses; 0: the thread that receives them
 * @param checkThreads         threads for checks without SNMP (they block on sockets)
 */
@ConfigurationProperties("hoist.agent.monitoring")
public record MonitoringProperties(Integer maxInFlight,
        Integer maxInFlightPerDevice, Integer snmpThreads, Integer checkThreads) {

    public MonitoringProperties {
        maxInFlight = maxInFlight == null ? 64 : maxInFlight;
        maxInFlightPerDevice = maxInFlightPerDevice == null ? 2 : maxInFlightPerDevice;
        snmpThreads = snmpThreads == null ? 0 : snmpThreads;
        checkThreads = checkThreads == null ? 8 : checkThreads;
    }
}
