package cn.hoist.agent.monitoring.config;

import java.util.regex.Pattern;

/** Host names and IP literals, checked by form only: resolving names at parse time would make validity depend on DNS. */
final class Addresses {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[A-Za-z0-9]+)?");

    private Addresses() {
    }

    /** Null when {@code address} is a valid IPv4, IPv6 or host name, else why not. */
    static String problem(String address) {
        String a = address.strip();
        if (a.isEmpty()) {
            return "is empty";
        }
        var v4 = IPV4.matcher(a);
        if (v4.matches()) {
            for (int i = 1; i <= 4; i++) {
                if (Integer.parseInt(v4.group(i)) > 255) {
                    return "is not a valid IPv4 address";
                }
            }
            return null;
        }
        if (a.contains(":")) {
            return IPV6.matcher(a).matches() && a.chars().filter(c -> c == ':').count() >= 2 ? null
                    : "is not a valid IPv6 address (give the port separately)";
        }
        if (a.length() > 253) {
            return "is longer than 253 characters";
        }
        if (a.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return "is not a valid IPv4 address";
        }
        for (String label : a.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return "is not a valid host name (letters, digits and '-' between dots)";
            }
        }
        return null;
    }
}
