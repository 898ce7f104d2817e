package cn.hoist.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends bad input to every operation of a program's OpenAPI document, the way a careless integrator or an attacker
 * would: malformed JSON, wrong types, unknown fields, over-long strings, boundary numbers, out-of-range dates, NUL,
 * unpaired surrogates, injection strings, invalid UTF-8 and percent-encoding, an over-large body. Each request
 * starts from a plausible body built from the schema and changes one thing. It collects every answer that breaks a
 * promise of docs/security.md: a 5xx, an error that is not a problem detail, a stack trace or a file path in an
 * answer, and a value accepted (2xx) that the rules say must be refused.
 */
public final class OpenApiProbe {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Lone surrogates must reach the server as JSON escapes: as UTF-8 bytes they cannot be written at all. */
    private static final JsonMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    /** What must never be in an answer: a stack trace, a class name of ours or a library's, a file path. */
    static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |\\bat (java|org|cn)\\.|/work/|/root/|/home/|/tmp/|org\\.springframework|java\\.lang");

    private final int port;
    private final String authorization;
    private java.util.function.Function<String, String> authorizationFor = path -> null;
    private final boolean strictText;
    private final List<Finding> findings = new ArrayList<>();
    private int requests;

    /**
     * @param strictText whether the program refuses NUL and unpaired surrogates in JSON text and any non-text value
     *                   for a text field (the CRM does; the console's ingest passes on what devices say)
     */
    public OpenApiProbe(int port, String user, String password, boolean strictText) {
        this.port = port;
        this.authorization = "Authorization: Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.strictText = strictText;
    }

    /** A broken promise: what was sent, what came back, and why it is wrong. */
    public record Finding(String request, int status, String reason, String answer) {

        @Override
        public String toString() {
            return request + " -> " + status + ": " + reason + "\n    "
                    + (answer.length() > 300 ? answer.substring(0, 300) + "…" : answer);
        }
    }

    /** Probes every operation whose path the filter accepts; returns the findings. */
    public List<Finding> probe(JsonNode document, Predicate<String> paths) {
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            if (!paths.test(path.getKey())) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    probeOperation(document, method, path.getKey(), operation.getValue());
                }
            }
        }
        return findings;
    }

    /**
     * Another {@code Authorization} header value for the paths this answers (non-null), such as an agent's bearer
     * credential for the agent protocol.
     */
    public OpenApiProbe authorizeWith(java.util.function.Function<String, String> authorization) {
        this.authorizationFor = authorization;
        return this;
    }

    /** How many requests the probe sent (so a test can tell it probed something). */
    public int requests() {
        return requests;
    }

    private void probeOperation(JsonNode document, String method, String template, JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        if (operation.has("parameters")) {
            operation.get("parameters").forEach(p -> parameters.add(resolve(document, p)));
        }
        String path = fillPath(template, parameters, null);
        String query = plausibleQuery(document, parameters);
        JsonNode bodySchema = operation.path("requestBody").path("content").path("application/json").path("schema");
        JsonNode body = bodySchema.isMissingNode() ? null : example(document, bodySchema, 0);

        // hostile path parameters, one at a time
        for (JsonNode parameter : parameters) {
            if ("path".equals(parameter.path("in").asString())) {
                for (String hostile : List.of("%00", "%ff%fe", "..%2F..%2Fetc", "'%20OR%20'1'='1", "x".repeat(3000),
                        "-1", "99999999999999999999999")) {
                    send(method, fillPath(template, parameters, Map.of(parameter.get("name").asString(), hostile)),
                            query, body == null ? null : write(body), false, "path " + parameter.get("name"));
                }
            }
        }
        // hostile query parameters, one at a time
        for (JsonNode parameter : parameters) {
            if ("query".equals(parameter.path("in").asString())) {
                String name = parameter.get("name").asString();
                for (String hostile : List.of("%ff%fe", "%E4%B8", "%zz", "%00", "'%20OR%201=1--", "x".repeat(20_000),
                        "-99999999999999999999", "%3Cscript%3E")) {
                    send(method, path, name + "=" + hostile, body == null ? null : write(body), false,
                            "query " + name);
                }
            }
        }
        if (body == null) {
            send(method, path, query, null, false, "plain");
            return;
        }
        send(method, path, query, write(body), false, "plausible body");
        // the body as a whole
        for (String broken : List.of("{", "[]", "null", "\"text\"", "{\"a\":", "{}}", "")) {
            // "{}}" has a trailing brace Jackson may leave unread: only the rest must be refused
            send(method, path, query, broken.getBytes(StandardCharsets.UTF_8), !broken.equals("{}}"),
                    "body " + broken);
        }
        send(method, path, query, new byte[] {'{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'}, true,
                "invalid UTF-8");
        if (body instanceof ObjectNode object) {
            ObjectNode unknown = object.deepCopy();
            unknown.put("zzUnknownField", 1);
            send(method, path, query, write(unknown), true, "unknown field");
            ObjectNode huge = object.deepCopy();
            huge.put("zzUnknownField", "x".repeat(3_000_000));
            send(method, path, query, write(huge), true, "3 MB body");
            JsonNode properties = resolve(document, bodySchema).path("properties");
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                for (Mutation mutation : mutations(resolve(document, property.getValue()))) {
                    ObjectNode changed = object.deepCopy();
                    changed.set(property.getKey(), mutation.value());
                    send(method, path, query, write(changed), mutation.mustRefuse(),
                            property.getKey() + " = " + mutation.label());
                }
            }
        }
    }

    private record Mutation(String label, JsonNode value, boolean mustRefuse) {
    }

    private List<Mutation> mutations(JsonNode schema) {
        List<Mutation> list = new ArrayList<>();
        String type = type(schema);
        String format = schema.path("format").asString("");
        list.add(new Mutation("an object", NODES.objectNode().put("a", 1), !"object".equals(type)));
        list.add(new Mutation("an array", NODES.arrayNode().add(1), !"array".equals(type)));
        switch (type) {
            case "string" -> {
                list.add(new Mutation("a number", NODES.numberNode(12), strictText || format.equals("date")));
                list.add(new Mutation("true", NODES.booleanNode(true), strictText));
                int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
                list.add(new Mutation("100,000 characters", NODES.stringNode("长".repeat(100_000)),
                        max < 100_000));
                list.add(new Mutation("NUL", NODES.stringNode("a\u0000b"), strictText));
                list.add(new Mutation("a lone surrogate", NODES.stringNode("a\ud800b"), strictText));
                list.add(new Mutation("SQL", NODES.stringNode("' OR '1'='1'; drop table customer; --"),
                        false));
                list.add(new Mutation("a script", NODES.stringNode("<script>alert(1)</script>"), false));
                list.add(new Mutation("JNDI", NODES.stringNode("${jndi:ldap://127.0.0.1:1/a}"), false));
                list.add(new Mutation("a path", NODES.stringNode("../../../../etc/passwd"), false));
                if (format.equals("date")) {
                    for (String date : List.of("-999999999-01-01", "+999999999-12-31", "0000-01-01",
                            "9999-12-31", "2026-02-30", "20260101")) {
                        list.add(new Mutation("date " + date, NODES.stringNode(date), true));
                    }
                    list.add(new Mutation("date 20260101 as a number", NODES.numberNode(20260101), true));
                }
                if (format.equals("date-time")) {
                    list.add(new Mutation("a 10-digit fraction", NODES.stringNode("2026-01-01T00:00:00.1234567891Z"),
                            false));
                    list.add(new Mutation("year 9999", NODES.stringNode("9999-12-31T23:59:59Z"), false));
                }
                if (format.equals("uuid")) {
                    list.add(new Mutation("not a UUID", NODES.stringNode("not-a-uuid"), true));
                }
                if (schema.has("enum")) {
                    list.add(new Mutation("not one of its values", NODES.stringNode("NO_SUCH_VALUE"), true));
                }
            }
            case "integer" -> {
                list.add(new Mutation("1.5", NODES.numberNode(1.5), true));
                list.add(new Mutation("\"12\"", NODES.stringNode("12"), true));
                list.add(new Mutation("2^63", NODES.numberNode(new java.math.BigInteger("9223372036854775808")),
                        true));
                list.add(new Mutation("-2^63-1", NODES.numberNode(new java.math.BigInteger("-9223372036854775809")),
                        true));
                list.add(new Mutation("2^31", NODES.numberNode(2_147_483_648L),
                        !"int64".equals(format)));
                list.add(new Mutation("-1", NODES.numberNode(-1), schema.path("minimum").asDouble(-1) >= 0));
                list.add(new Mutation("true", NODES.booleanNode(true), true));
            }
            case "number" -> {
                list.add(new Mutation("\"1.5\"", NODES.stringNode("1.5"), true));
                list.add(new Mutation("1e400", NODES.numberNode(new java.math.BigDecimal("1e400")), false));
                list.add(new Mutation("true", NODES.booleanNode(true), true));
            }
            case "boolean" -> {
                list.add(new Mutation("1", NODES.numberNode(1), true));
                list.add(new Mutation("\"yes\"", NODES.stringNode("yes"), true));
            }
            default -> {
                list.add(new Mutation("a string", NODES.stringNode("x"), "object".equals(type)
                        || "array".equals(type)));
            }
        }
        return list;
    }

    private JsonNode example(JsonNode document, JsonNode schemaOrRef, int depth) {
        JsonNode schema = resolve(document, schemaOrRef);
        if (schema.has("example") && !schema.get("example").isNull() && depth > 0) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String format = schema.path("format").asString("");
        return switch (type(schema)) {
            case "string" -> NODES.stringNode(switch (format) {
                case "date" -> "2026-01-15";
                case "date-time" -> "2026-01-15T08:00:00Z";
                case "uuid" -> UUID.randomUUID().toString();
                default -> "测试";
            });
            case "integer" -> NODES.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
            case "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> depth > 3 ? NODES.arrayNode()
                    : NODES.arrayNode().add(example(document, schema.path("items"), depth + 1));
            default -> {
                ObjectNode object = NODES.objectNode();
                if (depth <= 3) {
                    for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
                        object.set(p.getKey(), example(document, p.getValue(), depth + 1));
                    }
                }
                yield object;
            }
        };
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asString())) {
                    return t.asString();
                }
            }
        }
        return type.asString(schema.has("properties") ? "object" : schema.has("items") ? "array" : "any");
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asString();
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            current = target;
        }
        if (current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(document, current.get("allOf").get(0));
        }
        return current;
    }

    private String fillPath(String template, List<JsonNode> parameters, Map<String, String> overrides) {
        String path = template;
        for (JsonNode parameter : parameters) {
            if (!"path".equals(parameter.path("in").asString())) {
                continue;
            }
            String name = parameter.get("name").asString();
            String value = overrides != null && overrides.containsKey(name) ? overrides.get(name)
                    : UUID.randomUUID().toString();
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    private String plausibleQuery(JsonNode document, List<JsonNode> parameters) {
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : parameters) {
            if ("query".equals(parameter.path("in").asString()) && parameter.path("required").asBoolean(false)) {
                JsonNode value = example(document, parameter.path("schema"), 1);
                query.append(query.isEmpty() ? "" : "&").append(parameter.get("name").asString()).append('=')
                        .append(java.net.URLEncoder.encode(value.isString() ? value.asString() : value.toString(),
                                StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    private static byte[] write(JsonNode body) {
        return ESCAPING.writeValueAsBytes(body);
    }

    private void send(String method, String path, String query, byte[] body, boolean mustRefuse, String what) {
        String target = path + (query == null || query.isEmpty() ? "" : "?" + query);
        String other = authorizationFor.apply(path);
        String head = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                + (other != null ? "Authorization: " + other : authorization)
                + "\r\nAccept: application/json" + (body == null ? ""
                        : "\r\nContent-Type: application/json\r\nContent-Length: " + body.length);
        RawHttp.Response response;
        try {
            response = RawHttp.send(port, head, body == null ? new byte[0] : body);
        } catch (RuntimeException e) {
            findings.add(new Finding(method + " " + shorten(target) + " [" + what + "]", -1,
                    "no answer: " + e.getMessage(), ""));
            return;
        }
        requests++;
        String label = method + " " + shorten(target) + " [" + what + "]";
        String problem = null;
        if (response.status() >= 500 || response.status() < 100) {
            problem = "a server error";
        } else if (response.status() >= 400 && !response.header("Content-Type").orElse("")
                .startsWith("application/problem+json")) {
            problem = "an error that is not a problem detail (" + response.header("Content-Type").orElse("none")
                    + ")";
        } else if (LEAK.matcher(response.body()).find()) {
            problem = "a stack trace, class name or file path in the answer";
        } else if (mustRefuse && response.status() < 300) {
            problem = "accepted a value that must be refused";
        }
        if (problem != null) {
            findings.add(new Finding(label, response.status(), problem, response.body()));
        }
    }

    private static String shorten(String target) {
        return target.length() > 120 ? target.substring(0, 120) + "…" : target;
    }

    /** For a report: the findings, one per line, at most {@code limit}. */
    public static String describe(List<Finding> findings, int limit) {
        StringBuilder text = new StringBuilder(findings.size() + " findings:\n");
        Iterator<Finding> each = findings.iterator();
        for (int i = 0; i < limit && each.hasNext(); i++) {
            text.append(each.next()).append('\n');
        }
        return text.toString();
    }
}
