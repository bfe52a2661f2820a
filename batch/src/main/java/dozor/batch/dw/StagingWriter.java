package dozor.batch.dw;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes landed events and the next offset of each partition in the chunk's transaction: either both are
 * committed or neither. Events already landed (same event id, e.g. a relay re-send) are ignored.
 */
class StagingWriter implements ItemWriter<LandedEvent> {

    private final JdbcTemplate jdbc;

    StagingWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void write(Chunk<? extends LandedEvent> chunk) {
        List<LandedEvent> readable = chunk.getItems().stream().filter(LandedEvent::readable)
                .map(e -> (LandedEvent) e).toList();
        jdbc.batchUpdate("""
                INSERT INTO dw.stg_event (event_id, topic, kafka_partition, kafka_offset, event_type, aggregate_id,
                    occurred_at, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
                ON CONFLICT (event_id) DO NOTHING
                """, readable, 500, (ps, e) -> {
            ps.setObject(1, e.eventId());
            ps.setString(2, e.topic());
            ps.setInt(3, e.partition());
            ps.setLong(4, e.offset());
            ps.setString(5, e.type());
            ps.setString(6, e.aggregateId());
            ps.setTimestamp(7, Timestamp.from(e.occurredAt()));
            ps.setString(8, e.payload());
        });
        Map<String, Long> next = new HashMap<>();
        for (LandedEvent e : chunk.getItems()) {
            next.merge(e.topic() + "\u0000" + e.partition(), e.offset() + 1, Math::max);
        }
        for (var entry : next.entrySet()) {
            String[] key = entry.getKey().split("\u0000");
            jdbc.update("""
                    INSERT INTO dw.load_offset (topic, kafka_partition, next_offset) VALUES (?, ?, ?)
                    ON CONFLICT (topic, kafka_partition) DO UPDATE
                       SET next_offset = GREATEST(dw.load_offset.next_offset, EXCLUDED.next_offset),
                           updated_at = clock_timestamp()
                    """, key[0], Integer.parseInt(key[1]), entry.getValue());
        }
    }
}
