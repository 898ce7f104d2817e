package cn.hoist.console.monitoring.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import cn.hoist.console.monitoring.MetricValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the JSON kept in the database (metrics arrays, string maps) back for the views and exports. */
@Component
public class MetricsJson {

    private final JsonMapper json;

    public MetricsJson(JsonMapper json) {
        this.json = json;
    }

    public List<MetricValue> metrics(String metricsJson) {
        List<MetricValue> values = new ArrayList<>();
        each(metricsJson, values::add);
        return values;
    }

    /** Calls {@code consumer} for each metric of a stored array (nothing for null). */
    public void each(String metricsJson, Consumer<MetricValue> consumer) {
        if (metricsJson == null) {
            return;
        }
        for (JsonNode metric : json.readTree(metricsJson)) {
            JsonNode unit = metric.get("unit");
            consumer.accept(new MetricValue(metric.get("name").asString(), strings(metric.get("labels")),
                    metric.get("value").asDouble(), unit == null ? null : unit.asString()));
        }
    }

    /** A stored JSON object of strings (properties, attributes); empty for null. */
    public Map<String, String> strings(String objectJson) {
        return objectJson == null ? Map.of() : strings(json.readTree(objectJson));
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        if (object != null) {
            object.properties().forEach(e -> map.put(e.getKey(), e.getValue().asString()));
        }
        return map;
    }
}
