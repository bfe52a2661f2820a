package dozor.ingest.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a file holds. Columns are named by our field names (as in the REST API) or by the Russian headers people
 * give them; the required ones must be there or the file is refused before any row is read.
 */
enum ImportKind {

    REQUESTS("requests", List.of("customerName", "contactPhone", "deviceModel", "problemDescription", "registeredAt",
            "externalId"), Map.ofEntries(
                    Map.entry("customerName", List.of("клиент", "заказчик", "контрагент")),
                    Map.entry("unp", List.of("унп")),
                    Map.entry("contactPhone", List.of("телефон", "phone")),
                    Map.entry("contactEmail", List.of("email", "почта", "электроннаяпочта")),
                    Map.entry("deviceModel", List.of("модель", "модельустройства")),
                    Map.entry("serialNumber", List.of("серийныйномер")),
                    Map.entry("problemDescription", List.of("описание", "неисправность")),
                    Map.entry("priority", List.of("приоритет")),
                    Map.entry("category", List.of("категория")),
                    Map.entry("deviceType", List.of("типустройства")),
                    Map.entry("region", List.of("регион")),
                    Map.entry("registeredAt", List.of("датарегистрации")),
                    Map.entry("externalId", List.of("внешнийномер")))),

    CUSTOMERS("customers", List.of("customerName"), Map.ofEntries(
            Map.entry("customerName", List.of("name", "клиент", "наименование", "контрагент")),
            Map.entry("unp", List.of("унп")),
            Map.entry("contactPhone", List.of("phone", "телефон")),
            Map.entry("contactEmail", List.of("email", "почта", "электроннаяпочта")),
            Map.entry("tier", List.of("уровень", "уровеньобслуживания", "тариф"))));

    private final String parameter;

    private final List<String> required;

    /** Our field → the other headers that mean it (already in {@link Columns#canonical} form). */
    private final Map<String, List<String>> aliases;

    ImportKind(String parameter, List<String> required, Map<String, List<String>> aliases) {
        this.parameter = parameter;
        this.required = required;
        this.aliases = aliases;
    }

    static Optional<ImportKind> of(String parameter) {
        for (ImportKind kind : values()) {
            if (kind.parameter.equals(parameter)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    String parameter() {
        return parameter;
    }

    List<String> required() {
        return required;
    }

    Map<String, List<String>> aliases() {
        return aliases;
    }
}
