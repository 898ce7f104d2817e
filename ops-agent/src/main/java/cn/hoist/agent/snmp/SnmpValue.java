package cn.hoist.agent.snmp;

import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.OptionalDouble;

/**
 * A typed SNMP value. Unsigned SMI types (Counter32, Gauge32, TimeTicks, Counter64) are kept as their raw bits in a
 * long and exposed as unsigned numbers, so a Counter64 above 2^63 never turns negative.
 */
public sealed interface SnmpValue {

    /** SMI type name as engineers know it from net-snmp ("INTEGER", "Counter64", ...). */
    String typeName();

    /** Human-readable value: decoded text for printable strings, unsigned decimal for counters. */
    String text();

    /** Numeric value for metrics, empty for non-numeric types. Counter64 above 2^53 loses precision as a double. */
    default OptionalDouble number() {
        return OptionalDouble.empty();
    }

    /** True for noSuchObject, noSuchInstance and endOfMibView: the agent has no value here. */
    default boolean isException() {
        return false;
    }

    record Integer32(int value) implements SnmpValue {
        public String typeName() { return "INTEGER"; }
        public String text() { return Integer.toString(value); }
        public OptionalDouble number() { return OptionalDouble.of(value); }
    }

    /** Counter32: 0..2^32-1, wraps to 0. */
    record Counter32(long value) implements SnmpValue {
        public Counter32 { value &= 0xFFFF_FFFFL; }
        public String typeName() { return "Counter32"; }
        public String text() { return Long.toString(value); }
        public OptionalDouble number() { return OptionalDouble.of(value); }
    }

    /** Counter64: the long holds the raw 64 bits; read it with unsigned arithmetic. */
    record Counter64(long rawBits) implements SnmpValue {
        public String typeName() { return "Counter64"; }
        public String text() { return Long.toUnsignedString(rawBits); }
        public BigInteger unsigned() { return new BigInteger(Long.toUnsignedString(rawBits)); }
        public OptionalDouble number() { return OptionalDouble.of(unsigned().doubleValue()); }
    }

    /** Gauge32 (also Unsigned32): 0..2^32-1, does not wrap. */
    record Gauge32(long value) implements SnmpValue {
        public Gauge32 { value &= 0xFFFF_FFFFL; }
        public String typeName() { return "Gauge32"; }
        public String text() { return Long.toString(value); }
        public OptionalDouble number() { return OptionalDouble.of(value); }
    }

    /** TimeTicks in hundredths of a second, 0..2^32-1 (wraps after about 497 days). */
    record TimeTicks(long hundredths) implements SnmpValue {
        public TimeTicks { hundredths &= 0xFFFF_FFFFL; }
        public String typeName() { return "Timeticks"; }
        public String text() {
            long s = hundredths / 100;
            return String.format("(%d) %dd %02d:%02d:%02d.%02d", hundredths, s / 86400, s / 3600 % 24, s / 60 % 60,
                    s % 60, hundredths % 100);
        }
        public OptionalDouble number() { return OptionalDouble.of(hundredths); }
    }

    /** OCTET STRING: raw bytes; {@link #text()} decodes UTF-8 when printable, else shows hex. */
    record OctetString(byte[] bytes) implements SnmpValue {
        public OctetString { bytes = bytes.clone(); }
        public static OctetString of(String s) { return new OctetString(s.getBytes(StandardCharsets.UTF_8)); }
        public byte[] bytes() { return bytes.clone(); }
        public String typeName() { return "STRING"; }
        public String hex() { return HexFormat.ofDelimiter(":").withUpperCase().formatHex(bytes); }
        /** Decoded text if the bytes are printable UTF-8 (trailing NULs dropped), else null. */
        public String printable() {
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] == 0) {
                end--;
            }
            try {
                String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes, 0, end)).toString();
                return s.chars().allMatch(c -> c >= 0x20 || c == '\n' || c == '\r' || c == '\t') ? s : null;
            } catch (CharacterCodingException e) {
                return null;
            }
        }
        public String text() {
            String s = printable();
            return s != null ? s : hex();
        }
        @Override public boolean equals(Object o) { return o instanceof OctetString other && Arrays.equals(bytes, other.bytes); }
        @Override public int hashCode() { return Arrays.hashCode(bytes); }
        @Override public String toString() { return "OctetString[" + text() + "]"; }
    }

    record IpAddress(String address) implements SnmpValue {
        public String typeName() { return "IpAddress"; }
        public String text() { return address; }
    }

    record ObjectId(SnmpOid oid) implements SnmpValue {
        public String typeName() { return "OID"; }
        public String text() { return oid.toString(); }
    }

    /** Opaque and other rarely used types, shown as hex. */
    record Other(String typeName, String text) implements SnmpValue {
    }

    record Null() implements SnmpValue {
        public String typeName() { return "NULL"; }
        public String text() { return ""; }
    }

    record NoSuchObject() implements SnmpValue {
        public String typeName() { return "noSuchObject"; }
        public String text() { return "No Such Object available on this agent at this OID"; }
        public boolean isException() { return true; }
    }

    record NoSuchInstance() implements SnmpValue {
        public String typeName() { return "noSuchInstance"; }
        public String text() { return "No Such Instance currently exists at this OID"; }
        public boolean isException() { return true; }
    }

    record EndOfMibView() implements SnmpValue {
        public String typeName() { return "endOfMibView"; }
        public String text() { return "No more variables left in this MIB View"; }
        public boolean isException() { return true; }
    }
}
