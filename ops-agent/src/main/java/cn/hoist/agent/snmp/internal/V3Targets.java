package cn.hoist.agent.snmp.internal;

import cn.hoist.agent.snmp.AuthProtocol;
import cn.hoist.agent.snmp.PrivProtocol;
import cn.hoist.agent.snmp.SnmpTarget;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.snmp4j.DirectUserTarget;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;

/**
 * SNMPv3 targets with keys localized to the device's engine ID, carried on the target itself
 * ({@link DirectUserTarget}) instead of in the session's USM user table. That way two devices cloned with the same
 * engine ID but different pass phrases both work, and no poll ever adds users to a shared table.
 * Key localization hashes about a megabyte per pass phrase, so keys are cached per engine ID and credentials.
 */
final class V3Targets {

    private final SecurityProtocols protocols;
    private final Map<KeyId, Keys> keys = new ConcurrentHashMap<>();

    V3Targets(SecurityProtocols protocols) {
        this.protocols = protocols;
    }

    DirectUserTarget<UdpAddress> target(SnmpTarget t, UdpAddress address, byte[] engineId) {
        Keys k = keys.computeIfAbsent(new KeyId(engineId, t.authProtocol(), t.authPassword(), t.privProtocol(),
                t.privPassword()), this::localize);
        OID authId = Security.authId(t.authProtocol());
        OID privId = Security.privId(t.privProtocol());
        DirectUserTarget<UdpAddress> target = new DirectUserTarget<>(address, new OctetString(t.user()), engineId,
                authId == null ? null : protocols.getAuthenticationProtocol(authId), k.auth(),
                privId == null ? null : protocols.getPrivacyProtocol(privId), k.priv());
        target.setSecurityLevel(Security.level(t.authProtocol(), t.privProtocol()));
        target.setTimeout(t.timeout().toMillis());
        target.setRetries(t.retries());
        return target;
    }

    /** Drops cached keys for an engine, e.g. after its engine ID was found to have changed. */
    void forget(byte[] engineId) {
        keys.keySet().removeIf(k -> Arrays.equals(k.engineId, engineId));
    }

    private Keys localize(KeyId id) {
        OID authId = Security.authId(id.auth);
        OID privId = Security.privId(id.priv);
        OctetString authKey = null;
        OctetString privKey = null;
        if (authId != null) {
            authKey = new OctetString(protocols.passwordToKey(authId, new OctetString(id.authPass), id.engineId));
            if (privId != null) {
                privKey = new OctetString(protocols.passwordToKey(privId, authId, new OctetString(id.privPass),
                        id.engineId));
            }
        }
        return new Keys(authKey, privKey);
    }

    private record Keys(OctetString auth, OctetString priv) {
        @Override
        public String toString() {
            return "Keys[***]";
        }
    }

    /** Cache key; a plain class so that no generated toString can print pass phrases. */
    private static final class KeyId {
        private final byte[] engineId;
        private final AuthProtocol auth;
        private final String authPass;
        private final PrivProtocol priv;
        private final String privPass;

        KeyId(byte[] engineId, AuthProtocol auth, String authPass, PrivProtocol priv, String privPass) {
            this.engineId = engineId.clone();
            this.auth = auth;
            this.authPass = authPass;
            this.priv = priv;
            this.privPass = privPass;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof KeyId k && Arrays.equals(engineId, k.engineId) && auth == k.auth
                    && authPass.equals(k.authPass) && priv == k.priv && privPass.equals(k.privPass);
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(engineId), auth, authPass, priv, privPass);
        }
    }
}
