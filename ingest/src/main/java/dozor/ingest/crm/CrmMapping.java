package dozor.ingest.crm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dozor.ingest.intake.RequestFields;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Where each of our fields sits in the CRM's JSON: configuration ({@code dozor.ingest.crm.mapping.<field>=<JSON
 * pointer>}), not code, so another CRM or a changed payload needs no release. By default every field is read from
 * the top level under our own name, as {@code POST /api/v1/requests} takes it, plus {@code externalId}.
 */
public final class CrmMapping {

    public static final String EXTERNAL_ID = "externalId";

    /** Every field that can be mapped. */
    public static final List<String> FIELDS;

    static {
        List<String> fields = new ArrayList<>(RequestFields.NAMES);
        fields.add(EXTERNAL_ID);
        FIELDS = List.copyOf(fields);
    }

    private final Map<String, JsonPointer> pointers;

    private CrmMapping(Map<String, JsonPointer> pointers) {
        this.pointers = Collections.unmodifiableMap(pointers);
    }

    /**
     * The default mapping with the configured entries laid over it. Keys are matched to our field names ignoring
     * case, dashes and underscores (so that {@code CUSTOMER_NAME} from an environment variable works too); an
     * unknown field or a pointer that does not start with {@code /} stops the start with a message naming it.
     */
    public static CrmMapping of(Map<String, String> configured) {
        Map<String, JsonPointer> pointers = new LinkedHashMap<>();
        for (String field : FIELDS) {
            pointers.put(field, JsonPointer.compile("/" + field));
        }
        configured.forEach((key, pointer) -> {
            String field = FIELDS.stream().filter(f -> canonical(f).equals(canonical(key))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("dozor.ingest.crm.mapping." + key
                            + ": no such field; mappable fields are " + FIELDS));
            if (pointer == null || pointer.isBlank()) {
                pointers.remove(field);
                return;
            }
            try {
                pointers.put(field, JsonPointer.compile(pointer.strip()));
            }
            catch (IllegalArgumentException ex) {
                throw new IllegalStateException("dozor.ingest.crm.mapping." + key + "=" + pointer
                        + ": not a JSON pointer (RFC 6901, e.g. /client/title)", ex);
            }
        });
        if (!pointers.containsKey(EXTERNAL_ID)) {
            throw new IllegalStateException("dozor.ingest.crm.mapping.externalId must point at the CRM's own id: "
                    + "it is what makes a repeated delivery register nothing");
        }
        return new CrmMapping(pointers);
    }

    /** The values the payload holds for our fields (absent, JSON null: no entry), and the fields that were no value. */
    public Mapped map(JsonNode payload) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> notScalar = new ArrayList<>();
        pointers.forEach((field, pointer) -> {
            JsonNode node = payload.at(pointer);
            if (node == null || node.isMissingNode() || node.isNull()) {
                return;
            }
            if (!node.isValueNode()) {
                notScalar.add(field);
                return;
            }
            values.put(field, node.asString());
        });
        return new Mapped(values, notScalar);
    }

    /** Our field → the pointer it is read from. */
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        pointers.forEach((field, pointer) -> d.put(field, pointer.toString()));
        return d;
    }

    private static String canonical(String name) {
        return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    /**
     * @param values our field → the value found (as text; numbers and booleans as JSON writes them)
     * @param notScalar fields whose pointer found an object or an array
     */
    public record Mapped(Map<String, String> values, List<String> notScalar) {

        public String value(String field) {
            String v = values.get(field);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }
}
