package cn.hoist.console.ingest;

/**
 * An object or array of a report body kept as the JSON text the agent sent (metrics, properties,
 * attributes), so that storing it needs no second serialisation; it passed the protocol schema.
 */
public record JsonText(String json) {

    public JsonText {
        if (json == null || json.isEmpty()) {
            throw new IllegalArgumentException("JSON text must not be empty");
        }
    }

    /** The text, or null for an absent field. */
    public static String of(JsonText text) {
        return text == null ? null : text.json();
    }
}
