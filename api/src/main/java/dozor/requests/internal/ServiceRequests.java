package dozor.requests.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.requests.Category;
import dozor.requests.Channel;
import dozor.requests.DeviceType;
import dozor.requests.Priority;
import dozor.requests.PrioritySource;
import dozor.requests.RequestStatus;
import dozor.shared.Minsk;

/** The stored service requests (table {@code ops.service_request}). */
@Repository
public class ServiceRequests {

    private final JdbcClient jdbc;

    ServiceRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next human number of the Minsk year of {@code at}, e.g. З-2026-000042. Gaps are possible. */
    public String nextNumber(Instant at) {
        int year = at.atZone(Minsk.ZONE).getYear();
        long n = jdbc.sql("SELECT ops.next_request_number(:year)").param("year", year).query(Long.class).single();
        return String.format("З-%d-%06d", year, n);
    }

    public void insert(ServiceRequest r) {
        jdbc.sql("""
                INSERT INTO ops.service_request (id, number, customer_id, customer_name, unp, contact_phone,
                    contact_email, device_model, serial_number, problem_description, category, device_type, region,
                    priority, priority_source, priority_reason, status, status_changed_at, channel, external_source,
                    external_id, duplicate_of, duplicate_state, registered_at, registered_by)
                VALUES (:id, :number, :customerId, :customerName, :unp, :contactPhone, :contactEmail, :deviceModel,
                    :serialNumber, :problemDescription, :category, :deviceType, :region, :priority, :prioritySource,
                    :priorityReason, :status, :statusChangedAt, :channel, :externalSource, :externalId, :duplicateOf,
                    :duplicateState, :registeredAt, :registeredBy)
                """)
                .param("id", r.id()).param("number", r.number()).param("customerId", r.customerId())
                .param("customerName", r.customerName()).param("unp", r.unp()).param("contactPhone", r.contactPhone())
                .param("contactEmail", r.contactEmail()).param("deviceModel", r.deviceModel())
                .param("serialNumber", r.serialNumber()).param("problemDescription", r.problemDescription())
                .param("category", r.category().name()).param("deviceType", r.deviceType().name())
                .param("region", r.region()).param("priority", r.priority().name())
                .param("prioritySource", r.prioritySource().name()).param("priorityReason", r.priorityReason())
                .param("status", r.status().name()).param("statusChangedAt", Timestamp.from(r.statusChangedAt()))
                .param("channel", r.channel().name()).param("externalSource", r.externalSource())
                .param("externalId", r.externalId()).param("duplicateOf", r.duplicateOf())
                .param("duplicateState", r.duplicateState()).param("registeredAt", Timestamp.from(r.registeredAt()))
                .param("registeredBy", r.registeredBy())
                .update();
    }

    /**
     * Writes the mutable state if nobody changed the row since it was read (optimistic lock on {@code version});
     * false when somebody did.
     */
    public boolean update(ServiceRequest r) {
        return jdbc.sql("""
                UPDATE ops.service_request
                   SET status = :status, status_changed_at = :statusChangedAt, priority = :priority,
                       priority_source = :prioritySource, priority_reason = :priorityReason,
                       duplicate_of = :duplicateOf, duplicate_state = :duplicateState, version = version + 1
                 WHERE id = :id AND version = :version
                """).param("id", r.id()).param("version", r.version()).param("status", r.status().name())
                .param("statusChangedAt", Timestamp.from(r.statusChangedAt())).param("priority", r.priority().name())
                .param("prioritySource", r.prioritySource().name()).param("priorityReason", r.priorityReason())
                .param("duplicateOf", r.duplicateOf()).param("duplicateState", r.duplicateState()).update() == 1;
    }

    public Optional<ServiceRequest> findById(UUID id) {
        return jdbc.sql("SELECT * FROM ops.service_request WHERE id = :id").param("id", id)
                .query(ServiceRequests::map).optional();
    }

    /** Reads the row and locks it until the end of the transaction. */
    public Optional<ServiceRequest> lock(UUID id) {
        return jdbc.sql("SELECT * FROM ops.service_request WHERE id = :id FOR UPDATE").param("id", id)
                .query(ServiceRequests::map).optional();
    }

    public Optional<ServiceRequest> findByExternal(String source, String externalId) {
        return jdbc.sql("SELECT * FROM ops.service_request WHERE external_source = :s AND external_id = :e")
                .param("s", source).param("e", externalId).query(ServiceRequests::map).optional();
    }

    /**
     * An open request this new one probably repeats: the same device serial number, or the same customer with a
     * similar description (trigram similarity) registered within {@code window}; the earliest of them. One branch
     * per index (a serial number has few requests; a customer's are read in time order up to the first similar
     * one): as a single OR the planner walked the whole table in registration order whenever nothing matched, the
     * usual case, so every registration got slower as the table grew.
     */
    public Optional<UUID> probableDuplicate(UUID customerId, String serialNumber, String description, Instant at,
            Duration window, double similarity) {
        return jdbc.sql("""
                SELECT id FROM (
                    (SELECT id, registered_at FROM ops.service_request
                      WHERE status NOT IN ('CLOSED', 'CANCELLED') AND serial_number IS NOT NULL
                        AND CAST(:serial AS text) IS NOT NULL AND upper(serial_number) = upper(CAST(:serial AS text))
                    )
                    UNION ALL
                    (SELECT id, registered_at FROM ops.service_request
                      WHERE customer_id = :customer AND registered_at >= :since
                        AND status NOT IN ('CLOSED', 'CANCELLED')
                        AND ops.similarity(problem_description, :description) >= :similarity
                      ORDER BY registered_at LIMIT 1)
                ) candidates
                 ORDER BY registered_at LIMIT 1
                """).param("serial", serialNumber).param("customer", customerId).param("description", description)
                .param("since", Timestamp.from(at.minus(window))).param("similarity", similarity)
                .query(UUID.class).optional();
    }

    public List<ServiceRequest> page(int page, int size) {
        return jdbc.sql("""
                SELECT * FROM ops.service_request ORDER BY registered_at DESC, id DESC LIMIT :size OFFSET :offset
                """).param("size", size).param("offset", (long) page * size).query(ServiceRequests::map).list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM ops.service_request").query(Long.class).single();
    }

    static ServiceRequest map(ResultSet rs, int row) throws SQLException {
        return new ServiceRequest(rs.getObject("id", UUID.class), rs.getString("number"),
                rs.getObject("customer_id", UUID.class), rs.getString("customer_name"), rs.getString("unp"),
                rs.getString("contact_phone"), rs.getString("contact_email"), rs.getString("device_model"),
                rs.getString("serial_number"), rs.getString("problem_description"),
                Category.valueOf(rs.getString("category")), DeviceType.valueOf(rs.getString("device_type")),
                rs.getString("region"), Priority.valueOf(rs.getString("priority")),
                PrioritySource.valueOf(rs.getString("priority_source")), rs.getString("priority_reason"),
                RequestStatus.valueOf(rs.getString("status")), rs.getTimestamp("status_changed_at").toInstant(),
                Channel.valueOf(rs.getString("channel")), rs.getString("external_source"), rs.getString("external_id"),
                rs.getObject("duplicate_of", UUID.class), rs.getString("duplicate_state"),
                rs.getTimestamp("registered_at").toInstant(), rs.getString("registered_by"), rs.getInt("version"));
    }
}
