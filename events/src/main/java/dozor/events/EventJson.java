package dozor.events;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of events on the wire: ISO-8601 instants, a {@code type} property, unknown
 * properties ignored so that an added field (a minor version) never breaks an older consumer.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventJson() {
    }

    public static String write(DozorEvent event) {
        return MAPPER.writerFor(DozorEvent.class).writeValueAsString(event);
    }

    public static DozorEvent read(String json) {
        return MAPPER.readValue(json, DozorEvent.class);
    }

    public static <T extends DozorEvent> T read(String json, Class<T> type) {
        return type.cast(read(json));
    }
}
