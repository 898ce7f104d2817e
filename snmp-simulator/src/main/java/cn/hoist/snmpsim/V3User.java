package cn.hoist.snmpsim;

import java.util.Locale;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthMD5;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.PrivAES256;
import org.snmp4j.security.PrivDES;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;

/**
 * An SNMPv3 USM user of a simulated device.
 *
 * @param name     user name
 * @param auth     NONE, MD5, SHA1 or SHA256
 * @param authPass authentication pass phrase
 * @param priv     NONE, DES, AES128 or AES256
 * @param privPass privacy pass phrase
 */
public record V3User(String name, String auth, String authPass, String priv, String privPass) {

    public V3User {
        auth = auth == null ? "NONE" : auth.toUpperCase(Locale.ROOT).replace("-", "");
        priv = priv == null ? "NONE" : priv.toUpperCase(Locale.ROOT).replace("-", "");
        authId(auth);
        privId(priv);
    }

    /** Parses "name:SHA256:authpass:AES128:privpass" (priv part optional), the CLI form. */
    public static V3User parse(String spec) {
        String[] p = spec.split(":", -1);
        if (p.length != 3 && p.length != 5) {
            throw new IllegalArgumentException("v3 user must be name:AUTH:authpass[:PRIV:privpass]: " + p[0]);
        }
        return new V3User(p[0], p[1], p[2], p.length == 5 ? p[3] : "NONE", p.length == 5 ? p[4] : null);
    }

    UsmUser toUsmUser() {
        OID a = authId(auth);
        OID p = privId(priv);
        return new UsmUser(new OctetString(name), a, a == null ? null : new OctetString(authPass),
                p, p == null ? null : new OctetString(privPass));
    }

    int securityLevel() {
        if (authId(auth) == null) {
            return SecurityLevel.NOAUTH_NOPRIV;
        }
        return privId(priv) == null ? SecurityLevel.AUTH_NOPRIV : SecurityLevel.AUTH_PRIV;
    }

    static OID authId(String auth) {
        return switch (auth) {
            case "NONE" -> null;
            case "MD5" -> AuthMD5.ID;
            case "SHA", "SHA1" -> AuthSHA.ID;
            case "SHA256" -> AuthHMAC192SHA256.ID;
            default -> throw new IllegalArgumentException("unsupported auth protocol " + auth);
        };
    }

    static OID privId(String priv) {
        return switch (priv) {
            case "NONE" -> null;
            case "DES" -> PrivDES.ID;
            case "AES", "AES128" -> PrivAES128.ID;
            case "AES256" -> PrivAES256.ID;
            default -> throw new IllegalArgumentException("unsupported privacy protocol " + priv);
        };
    }

    @Override
    public String toString() {
        return "V3User[" + name + " " + auth + "/" + priv + "]";
    }
}
