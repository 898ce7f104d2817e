package cn.hoist.agent.checks;

/**
 * One check that runs on a thread of its own and returns within its timeout (it blocks: sockets, HTTP). It never
 * throws for a failure of the thing checked: that is a status.
 */
public interface Check {

    /** The check's name in reports: icmp, tcp.22, http, ntp, host, crm-health, ... */
    String name();

    CheckOutcome run();
}
