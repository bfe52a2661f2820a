package dozor.procurement.purchasing.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Human numbers of purchasing documents per prefix and year: ЗК-2026-00001, ЗП-2026-00001. */
@Repository
public class Numbers {

    private final JdbcClient jdbc;

    Numbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number; the counter row is locked until the transaction ends, so a rolled-back one leaves no gap. */
    public String next(String prefix, int year) {
        long n = jdbc.sql("""
                INSERT INTO ops.purchase_number (prefix, year, last) VALUES (:prefix, :year, 1)
                ON CONFLICT (prefix, year) DO UPDATE SET last = ops.purchase_number.last + 1
                RETURNING last""").param("prefix", prefix).param("year", year).query(Long.class).single();
        return String.format("%s-%d-%05d", prefix, year, n);
    }
}
