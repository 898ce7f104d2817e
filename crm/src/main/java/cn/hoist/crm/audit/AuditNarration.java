package cn.hoist.crm.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.hoist.crm.audit.internal.AuditRepository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells audit entries in words, in the reader's language (the request's locale). Entity types, actions, fields and
 * coded values are translated through message keys ({@code audit.entity.*}, {@code audit.verb.*},
 * {@code audit.field.*} and the modules' own labels); a field without a label falls back to its name in words,
 * never to a key or an id.
 */
@Component
public class AuditNarration {

    /** Internal ids and bookkeeping times: the entry's own time and links say these. */
    private static final Set<String> HIDDEN = Set.of("id", "customerId", "vehicleId", "contactId", "modelId",
            "mergeId", "createdAt", "updatedAt", "recordedAt", "recordedBy", "mergedInto", "moved", "dropped");

    /** Fields labelled by a message the pages already use. */
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("kind", "customer.kind"),
            Map.entry("name", "customer.name"), Map.entry("gender", "customer.gender"),
            Map.entry("birthday", "customer.birthday"), Map.entry("creditCode", "customer.creditCode"),
            Map.entry("mobile", "customer.mobile"), Map.entry("idNumber", "customer.idNumber"),
            Map.entry("landline", "customer.landline"), Map.entry("email", "customer.email"),
            Map.entry("address", "customer.address"), Map.entry("source", "customer.source"),
            Map.entry("storeId", "customer.store"), Map.entry("store", "customer.store"),
            Map.entry("notes", "customer.notes"), Map.entry("vin", "vehicle.vin"), Map.entry("plate", "vehicle.plate"),
            Map.entry("modelYear", "vehicle.modelYear"), Map.entry("color", "vehicle.color"),
            Map.entry("engineNo", "vehicle.engineNo"), Map.entry("energy", "vehicle.energy"),
            Map.entry("purchaseDate", "vehicle.purchaseDate"),
            Map.entry("registrationDate", "vehicle.registrationDate"),
            Map.entry("insurer", "vehicle.insurer"), Map.entry("insuranceExpiry", "vehicle.insuranceExpiry"),
            Map.entry("inspectionDue", "vehicle.inspectionDue"), Map.entry("km", "vehicle.km"),
            Map.entry("role", "vehicle.role"), Map.entry("username", "staff.username"),
            Map.entry("displayName", "staff.displayName"), Map.entry("roles", "staff.roles"),
            Map.entry("enabled", "staff.enabled"), Map.entry("code", "stores.code"));

    /** Coded values and the message prefix that names them. */
    private static final Map<String, String> CODES = Map.of("kind", "customer.kind.", "gender", "customer.gender.",
            "energy", "vehicle.energy.", "role", "vehicle.role.", "roles", "role.", "purpose", "consent.purpose.",
            "channel", "consent.channel.");

    private static final String CUSTOMERS = "/customers/";

    private final MessageSource messages;
    private final JsonMapper json;
    private final ObjectProvider<AuditPeople> people;
    private final AuditRepository repository;

    AuditNarration(MessageSource messages, JsonMapper json, ObjectProvider<AuditPeople> people,
            AuditRepository repository) {
        this.messages = messages;
        this.json = json;
        this.people = people;
        this.repository = repository;
    }

    /** The entries in words; links to customers deleted since lead nowhere, so they are left out. */
    public List<AuditLine> lines(List<AuditEntry> entries) {
        Map<String, String> actors = new HashMap<>();
        List<AuditLine> lines = entries.stream()
                .map(e -> line(e, actors.computeIfAbsent(e.actor() == null ? "" : e.actor(), this::actor))).toList();
        Set<String> customers = new HashSet<>();
        lines.stream().map(AuditLine::href).filter(h -> h != null && h.startsWith(CUSTOMERS))
                .forEach(h -> customers.add(h.substring(CUSTOMERS.length())));
        Set<String> deleted = repository.deleted("CUSTOMER", customers);
        if (deleted.isEmpty()) {
            return lines;
        }
        return lines.stream().map(l -> l.href() != null && l.href().startsWith(CUSTOMERS)
                && deleted.contains(l.href().substring(CUSTOMERS.length())) ? withoutLink(l) : l).toList();
    }

    private static AuditLine withoutLink(AuditLine l) {
        return new AuditLine(l.entry(), l.actor(), l.verb(), l.objectType(), l.object(), null, l.detail(),
                l.changes());
    }

    /** The label of an entity type as the object filter shows it. */
    public String entityLabel(String entityType) {
        return message("audit.entity." + entityType, words(entityType));
    }

    /** A member of staff as the log names them: role and name ("前台 小李"), else the username. */
    public String actor(String username) {
        if (username == null || username.isEmpty() || AuditLog.SYSTEM.equals(username)) {
            return message("audit.actor.system", "system");
        }
        return people.stream().findFirst().flatMap(p -> p.person(username)).map(this::named).orElse(username);
    }

    public String named(AuditPeople.Person person) {
        String name = person.displayName() == null || person.displayName().isBlank() ? person.username()
                : person.displayName();
        return person.roles().isEmpty() ? name : message("role." + person.roles().get(0), "") + " " + name;
    }

    public AuditLine line(AuditEntry e) {
        return line(e, actor(e.actor()));
    }

    private AuditLine line(AuditEntry e, String actor) {
        JsonNode before = tree(e.before());
        JsonNode after = tree(e.after());
        String type = e.entityType() == null ? "" : e.entityType();
        String verb = message("audit.verb." + type + "." + e.action(), message("audit.verb." + e.action(),
                words(e.action().name())));
        String customerHref = e.entityId() == null ? null : "/customers/" + e.entityId();
        String vehicleHref = e.entityId() == null ? null : "/vehicles/" + e.entityId();
        String typeLabel = entityLabel(type);
        String summary = e.summary() == null ? "" : e.summary();
        return switch (type) {
            case "CUSTOMER" -> switch (e.action()) {
                case REVEAL -> line(e, actor, verb, typeLabel, "", customerHref,
                        message("audit.detail.reveal", "", fieldLabel(type, field(summary))), List.of());
                case MERGE, UNMERGE -> line(e, actor, verb, typeLabel, summary, customerHref, "", List.of());
                case DELETE -> line(e, actor, verb, typeLabel, summary, null, "", changes(type, before, after));
                default -> line(e, actor, verb, typeLabel, summary, customerHref, "", changes(type, before, after));
            };
            case "CONTACT" -> e.action() == AuditAction.REVEAL
                    ? line(e, actor, verb, typeLabel, summary.replaceFirst("^MOBILE ", ""), customerHref,
                            message("audit.detail.reveal", "", fieldLabel(type, "mobile")), List.of())
                    : line(e, actor, verb, typeLabel, summary, customerHref, "", changes(type, before, after));
            case "ADDRESS" -> line(e, actor, verb, typeLabel, summary, customerHref, "", changes(type, before, after));
            case "CONSENT" -> line(e, actor, verb, typeLabel, "", customerHref, consent(after), List.of());
            case "VEHICLE" -> line(e, actor, verb, typeLabel, vehicle(after.isMissingNode() ? before : after, summary),
                    vehicleHref, "", changes(type, before, after));
            case "ODOMETER" -> line(e, actor, verb, typeLabel, text(after, "km") + " km",
                    after.path("vehicleId").isString() ? "/vehicles/" + after.path("vehicleId").asString() : null,
                    code("source", "odometer.source.", after.path("source")), List.of());
            case "VEHICLE_LINK" -> e.action() == AuditAction.MERGE || e.action() == AuditAction.UNMERGE
                    ? line(e, actor, verb, typeLabel, "", customerHref, message("audit.detail.linksMoved", ""),
                            List.of())
                    : linkLine(e, actor, verb, after.isMissingNode() ? before : after);
            case "ADDRESS_BOOK" -> e.action() == AuditAction.EXPORT
                    ? line(e, actor, verb, typeLabel, "", null, message("audit.detail.export",
                            "", text(after, "format").toUpperCase(Locale.ROOT), text(after, "customers")), List.of())
                    : line(e, actor, verb, typeLabel, summary, null, "", List.of());
            case "USER" -> line(e, actor, verb, typeLabel, actor(summary), "/admin/users/" + summary, "",
                    changes(type, before, after));
            default -> line(e, actor, verb, typeLabel, summary, null, "", changes(type, before, after));
        };
    }

    /** "前台 小李 关联了 车辆，身份：车主", linking the car; the customer's page shows the same link from its side. */
    private AuditLine linkLine(AuditEntry e, String actor, String verb, JsonNode link) {
        String href = e.entityId() == null ? null : "/vehicles/" + e.entityId();
        String role = code("role", "vehicle.role.", link.path("role"));
        return new AuditLine(e, actor, verb, "", entityLabel("VEHICLE"), href,
                role.isEmpty() ? "" : message("audit.detail.linkRole", "", role), List.of());
    }

    private static AuditLine line(AuditEntry e, String actor, String verb, String typeLabel, String object,
            String href, String detail, List<AuditLine.Change> changes) {
        return new AuditLine(e, actor, verb, typeLabel, object, href, detail, changes);
    }

    private String consent(JsonNode consent) {
        String state = consent.path("granted").asBoolean() ? message("audit.consent.granted", "granted")
                : message("audit.consent.withdrawn", "withdrawn");
        return state + " " + code("purpose", "consent.purpose.", consent.path("purpose")) + " · "
                + code("channel", "consent.channel.", consent.path("channel"));
    }

    /** A vehicle as staff name it: its plate, else the end of its VIN with a "no plate" mark. */
    private String vehicle(JsonNode vehicle, String summary) {
        String plate = text(vehicle, "plate");
        if (!plate.isEmpty()) {
            return plate;
        }
        String vin = text(vehicle, "vin");
        return vin.length() == 17 ? message("vehicle.noPlate", "", vin.substring(11)) : summary;
    }

    /** Each field whose value differs between the two snapshots, in the order the snapshot lists them. */
    private List<AuditLine.Change> changes(String type, JsonNode before, JsonNode after) {
        Set<String> names = new LinkedHashSet<>();
        if (before.isObject()) {
            before.propertyNames().forEach(names::add);
        }
        if (after.isObject()) {
            after.propertyNames().forEach(names::add);
        }
        List<AuditLine.Change> changes = new ArrayList<>();
        for (String name : names) {
            if (HIDDEN.contains(name)) {
                continue;
            }
            String was = value(type, name, before.path(name));
            String is = value(type, name, after.path(name));
            if (!Objects.equals(was, is)) {
                changes.add(new AuditLine.Change(fieldLabel(type, name), was, is));
            }
        }
        return changes;
    }

    private String value(String type, String field, JsonNode node) {
        if (node.isMissingNode() || node.isNull() || node.isString() && node.asString().isBlank()) {
            return "";
        }
        if (node.isBoolean()) {
            return message(node.asBoolean() ? "common.yes" : "common.no", node.asString());
        }
        if (node.isArray()) {
            List<String> values = new ArrayList<>();
            node.forEach(n -> values.add(value(type, field, n)));
            return String.join("、", values);
        }
        if ("storeId".equals(field)) {
            return people.stream().findFirst().flatMap(p -> p.storeName(node.asString()))
                    .orElse(message("audit.value.unknownStore", ""));
        }
        if ("password".equals(field)) {
            return message("audit.value.changed", "");
        }
        if ("source".equals(field)) {
            return code(field, ("ODOMETER".equals(type) ? "odometer.source." : "customer.source."), node);
        }
        String prefix = CODES.get(field);
        return prefix == null ? node.asString() : code(field, prefix, node);
    }

    private String code(String field, String prefix, JsonNode node) {
        String value = node.isMissingNode() || node.isNull() ? "" : node.asString();
        return value.isEmpty() ? "" : message(prefix + value, words(value));
    }

    /** A field's label: for this entity type, else the page's own label, else the field's name in words. */
    public String fieldLabel(String type, String field) {
        String general = message("audit.field." + field, null);
        if (general == null && LABELS.containsKey(field)) {
            general = message(LABELS.get(field), null);
        }
        return message("audit.field." + type + "." + field, general != null ? general : words(field));
    }

    private static String field(String code) {
        // stored as a constant (ID_NUMBER) in older entries: the field name (idNumber)
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char ch : code.toLowerCase(Locale.ROOT).toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return name.toString();
    }

    /** {@code policyVersion} → "policy version", {@code ADDRESS_BOOK} → "address book". */
    static String words(String name) {
        if (name == null) {
            return "";
        }
        String spaced = name.replace('_', ' ').replaceAll("([a-z0-9])([A-Z])", "$1 $2");
        return spaced.toLowerCase(Locale.ROOT).trim();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asString();
    }

    private JsonNode tree(String state) {
        if (state == null || state.isBlank()) {
            return json.missingNode();
        }
        try {
            return json.readTree(state);
        } catch (JacksonException e) {
            // a plain string (a merged customer's id) or a clipped snapshot: nothing to compare
            return json.missingNode();
        }
    }

    private String message(String key, String fallback, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, fallback, locale);
    }
}
