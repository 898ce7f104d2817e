package cn.hoist.agent.snmp;

import java.time.Duration;
import java.util.Objects;

/**
 * One device as the SNMP client sees it: address, credentials and per-device protocol settings.
 * Devices differ a lot (broken GETBULK, out-of-order OIDs, slow agents), so every knob is per target.
 *
 * @param host                     host name or IP address
 * @param port                     UDP port, usually 161
 * @param version                  protocol version
 * @param community                community for v1/v2c (ignored for v3)
 * @param user                     USM user name (v3)
 * @param authProtocol             USM authentication protocol (v3)
 * @param authPassword             USM authentication pass phrase (v3)
 * @param privProtocol             USM privacy protocol (v3)
 * @param privPassword             USM privacy pass phrase (v3)
 * @param contextName              SNMPv3 context name, empty for the default context
 * @param timeout                  time to wait for one response before a retry
 * @param retries                  retries after the first request
 * @param bulk                     use GETBULK for walks (v2c/v3); GETNEXT otherwise
 * @param maxRepetitions           GETBULK max-repetitions (rows per request)
 * @param allowNonIncreasingOids   tolerate agents that return OIDs out of order (some HP printers)
 */
public record SnmpTarget(String host, int port, SnmpVersion version, String community,
                         String user, AuthProtocol authProtocol, String authPassword,
                         PrivProtocol privProtocol, String privPassword, String contextName,
                         Duration timeout, int retries, boolean bulk, int maxRepetitions,
                         boolean allowNonIncreasingOids) {

    public static final int DEFAULT_PORT = 161;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);
    public static final int DEFAULT_RETRIES = 1;
    public static final int DEFAULT_MAX_REPETITIONS = 20;

    public SnmpTarget {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(version, "version");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535: " + port);
        }
        community = community == null ? "" : community;
        user = user == null ? "" : user;
        authProtocol = authProtocol == null ? AuthProtocol.NONE : authProtocol;
        authPassword = authPassword == null ? "" : authPassword;
        privProtocol = privProtocol == null ? PrivProtocol.NONE : privProtocol;
        privPassword = privPassword == null ? "" : privPassword;
        contextName = contextName == null ? "" : contextName;
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be >= 0: " + retries);
        }
        if (maxRepetitions < 1) {
            throw new IllegalArgumentException("maxRepetitions must be >= 1: " + maxRepetitions);
        }
        if (version == SnmpVersion.V3) {
            if (user.isEmpty()) {
                throw new IllegalArgumentException("SNMPv3 needs a user name");
            }
            if (privProtocol != PrivProtocol.NONE && authProtocol == AuthProtocol.NONE) {
                throw new IllegalArgumentException("SNMPv3 privacy needs an authentication protocol too");
            }
            // USM derives keys from pass phrases of at least 8 characters (RFC 3414 §11.2).
            if (authProtocol != AuthProtocol.NONE && authPassword.length() < 8) {
                throw new IllegalArgumentException("SNMPv3 authentication pass phrase must have at least 8 characters");
            }
            if (privProtocol != PrivProtocol.NONE && privPassword.length() < 8) {
                throw new IllegalArgumentException("SNMPv3 privacy pass phrase must have at least 8 characters");
            }
        }
    }

    /** SNMPv2c target with default timeout, retries and GETBULK on. */
    public static SnmpTarget v2c(String host, int port, String community) {
        return new SnmpTarget(host, port, SnmpVersion.V2C, community, null, null, null, null, null, null,
                DEFAULT_TIMEOUT, DEFAULT_RETRIES, true, DEFAULT_MAX_REPETITIONS, false);
    }

    /** SNMPv1 target (walks always use GETNEXT: v1 has no GETBULK). */
    public static SnmpTarget v1(String host, int port, String community) {
        return new SnmpTarget(host, port, SnmpVersion.V1, community, null, null, null, null, null, null,
                DEFAULT_TIMEOUT, DEFAULT_RETRIES, false, DEFAULT_MAX_REPETITIONS, false);
    }

    /** SNMPv3 USM target; use {@link AuthProtocol#NONE}/{@link PrivProtocol#NONE} for lower security levels. */
    public static SnmpTarget v3(String host, int port, String user, AuthProtocol auth, String authPassword,
                                PrivProtocol priv, String privPassword) {
        return new SnmpTarget(host, port, SnmpVersion.V3, null, user, auth, authPassword, priv, privPassword, null,
                DEFAULT_TIMEOUT, DEFAULT_RETRIES, true, DEFAULT_MAX_REPETITIONS, false);
    }

    public SnmpTarget withTimeout(Duration newTimeout) {
        return new SnmpTarget(host, port, version, community, user, authProtocol, authPassword, privProtocol,
                privPassword, contextName, newTimeout, retries, bulk, maxRepetitions, allowNonIncreasingOids);
    }

    public SnmpTarget withRetries(int newRetries) {
        return new SnmpTarget(host, port, version, community, user, authProtocol, authPassword, privProtocol,
                privPassword, contextName, timeout, newRetries, bulk, maxRepetitions, allowNonIncreasingOids);
    }

    public SnmpTarget withBulk(boolean newBulk, int newMaxRepetitions) {
        return new SnmpTarget(host, port, version, community, user, authProtocol, authPassword, privProtocol,
                privPassword, contextName, timeout, retries, newBulk, newMaxRepetitions, allowNonIncreasingOids);
    }

    public SnmpTarget withAllowNonIncreasingOids(boolean allow) {
        return new SnmpTarget(host, port, version, community, user, authProtocol, authPassword, privProtocol,
                privPassword, contextName, timeout, retries, bulk, maxRepetitions, allow);
    }

    public SnmpTarget withContextName(String newContextName) {
        return new SnmpTarget(host, port, version, community, user, authProtocol, authPassword, privProtocol,
                privPassword, newContextName, timeout, retries, bulk, maxRepetitions, allowNonIncreasingOids);
    }

    /** Whether walks of this target use GETBULK (v1 cannot). */
    public boolean usesBulk() {
        return bulk && version != SnmpVersion.V1;
    }

    /** host:port, the key for per-device caps and caches. */
    public String address() {
        return host + ":" + port;
    }

    /** Never prints community or pass phrases: targets end up in logs and error messages. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("SnmpTarget[").append(address()).append(' ').append(version);
        if (version == SnmpVersion.V3) {
            s.append(" user=").append(user).append(" auth=").append(authProtocol).append(" priv=").append(privProtocol);
            if (!contextName.isEmpty()) {
                s.append(" context=").append(contextName);
            }
        } else {
            s.append(" community=***");
        }
        s.append(" timeout=").append(timeout.toMillis()).append("ms retries=").append(retries);
        s.append(usesBulk() ? " bulk=" + maxRepetitions : " getnext");
        if (allowNonIncreasingOids) {
            s.append(" allowNonIncreasingOids");
        }
        return s.append(']').toString();
    }
}
