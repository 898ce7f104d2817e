package cn.hoist.agent.snmp.internal;

import cn.hoist.agent.snmp.AuthProtocol;
import cn.hoist.agent.snmp.PrivProtocol;
import org.snmp4j.security.AuthHMAC128SHA224;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthHMAC256SHA384;
import org.snmp4j.security.AuthHMAC384SHA512;
import org.snmp4j.security.AuthMD5;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.PrivAES192;
import org.snmp4j.security.PrivAES256;
import org.snmp4j.security.PrivDES;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.smi.OID;

/** Maps our protocol enums to SNMP4J's USM protocol OIDs. */
final class Security {

    private Security() {
    }

    static OID authId(AuthProtocol p) {
        return switch (p) {
            case NONE -> null;
            case MD5 -> AuthMD5.ID;
            case SHA1 -> AuthSHA.ID;
            case SHA224 -> AuthHMAC128SHA224.ID;
            case SHA256 -> AuthHMAC192SHA256.ID;
            case SHA384 -> AuthHMAC256SHA384.ID;
            case SHA512 -> AuthHMAC384SHA512.ID;
        };
    }

    static OID privId(PrivProtocol p) {
        return switch (p) {
            case NONE -> null;
            case DES -> PrivDES.ID;
            case AES128 -> PrivAES128.ID;
            case AES192 -> PrivAES192.ID;
            case AES256 -> PrivAES256.ID;
        };
    }

    static int level(AuthProtocol auth, PrivProtocol priv) {
        if (auth == AuthProtocol.NONE) {
            return SecurityLevel.NOAUTH_NOPRIV;
        }
        return priv == PrivProtocol.NONE ? SecurityLevel.AUTH_NOPRIV : SecurityLevel.AUTH_PRIV;
    }
}
