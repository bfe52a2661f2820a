package dozor.requests.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.requests.Priority;
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
                INSERT INTO ops.service_request (id, number, customer_name, unp, contact_phone, device_model,
                    serial_number, problem_description, priority, status, registered_at, registered_by)
                VALUES (:id, :number, :customerName, :unp, :contactPhone, :deviceModel, :serialNumber,
                    :problemDescription, :priority, :status, :registeredAt, :registeredBy)
                """)
                .param("id", r.id())
                .param("number", r.number())
                .param("customerName", r.customerName())
                .param("unp", r.unp())
                .param("contactPhone", r.contactPhone())
                .param("deviceModel", r.deviceModel())
                .param("serialNumber", r.serialNumber())
                .param("problemDescription", r.problemDescription())
                .param("priority", r.priority().name())
                .param("status", r.status().name())
                .param("registeredAt", Timestamp.from(r.registeredAt()))
                .param("registeredBy", r.registeredBy())
                .update();
    }

    public Optional<ServiceRequest> findById(UUID id) {
        return jdbc.sql("SELECT * FROM ops.service_request WHERE id = :id").param("id", id)
                .query(ServiceRequests::map).optional();
    }

    public List<ServiceRequest> page(int page, int size) {
        return jdbc.sql("""
                SELECT * FROM ops.service_request ORDER BY registered_at DESC, id DESC LIMIT :size OFFSET :offset
                """).param("size", size).param("offset", (long) page * size).query(ServiceRequests::map).list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM ops.service_request").query(Long.class).single();
    }

    private static ServiceRequest map(ResultSet rs, int row) throws SQLException {
        return new ServiceRequest(rs.getObject("id", UUID.class), rs.getString("number"),
                rs.getString("customer_name"), rs.getString("unp"), rs.getString("contact_phone"),
                rs.getString("device_model"), rs.getString("serial_number"), rs.getString("problem_description"),
                Priority.valueOf(rs.getString("priority")), RequestStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("registered_at").toInstant(), rs.getString("registered_by"));
    }
}
