package cn.hoist.agent.reporting;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The protocol's size limits (docs/protocol/v1). Texts from the field (printer supply names, interface descriptions)
 * can be long or many, and a report the console refuses is a report lost, so bodies cut them rather than fail.
 */
final class Limits {

    static final int MAX_TEXT = 1000;
    static final int MAX_PROPERTIES = 50;

    private Limits() {
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** At most {@link #MAX_PROPERTIES} entries, each value at most {@link #MAX_TEXT} characters; order kept. */
    static Map<String, String> texts(Map<String, String> map) {
        Map<String, String> out = new LinkedHashMap<>();
        if (map != null) {
            map.entrySet().stream().limit(MAX_PROPERTIES).forEach(e -> out.put(e.getKey(), cut(e.getValue(),
                    MAX_TEXT)));
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
