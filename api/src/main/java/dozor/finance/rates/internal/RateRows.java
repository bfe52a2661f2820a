package dozor.finance.rates.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dozor.finance.rates.ExchangeRateView;

/** Table {@code ops.exchange_rate}. */
@Repository
public class RateRows {

    private final JdbcClient jdbc;

    RateRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void upsert(ExchangeRateView r) {
        jdbc.sql("""
                INSERT INTO ops.exchange_rate (currency, rate_date, scale, rate, source, updated_by, updated_at)
                VALUES (:currency, :date, :scale, :rate, :source, :by, :at)
                ON CONFLICT (currency, rate_date) DO UPDATE SET scale = EXCLUDED.scale, rate = EXCLUDED.rate,
                    source = EXCLUDED.source, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at""")
                .param("currency", r.currency()).param("date", Date.valueOf(r.rateDate())).param("scale", r.scale())
                .param("rate", r.rate()).param("source", r.source()).param("by", r.updatedBy())
                .param("at", Timestamp.from(r.updatedAt())).update();
    }

    public Optional<ExchangeRateView> exactly(String currency, LocalDate date) {
        return jdbc.sql("SELECT * FROM ops.exchange_rate WHERE currency = :currency AND rate_date = :date")
                .param("currency", currency).param("date", Date.valueOf(date)).query(RateRows::map).optional();
    }

    /** The latest rate of the currency published on or before {@code date}. */
    public Optional<ExchangeRateView> on(String currency, LocalDate date) {
        return jdbc.sql("""
                SELECT * FROM ops.exchange_rate WHERE currency = :currency AND rate_date <= :date
                 ORDER BY rate_date DESC LIMIT 1""").param("currency", currency).param("date", Date.valueOf(date))
                .query(RateRows::map).optional();
    }

    /** Of every currency, the rate in force on {@code date}. */
    public List<ExchangeRateView> allOn(LocalDate date) {
        return jdbc.sql("""
                SELECT DISTINCT ON (currency) * FROM ops.exchange_rate WHERE rate_date <= :date
                 ORDER BY currency, rate_date DESC""").param("date", Date.valueOf(date)).query(RateRows::map).list();
    }

    /** The rates of one currency published in {@code [from, to]}, newest first. */
    public List<ExchangeRateView> history(String currency, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT * FROM ops.exchange_rate WHERE currency = :currency AND rate_date BETWEEN :from AND :to
                 ORDER BY rate_date DESC""").param("currency", currency).param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to)).query(RateRows::map).list();
    }

    private static ExchangeRateView map(ResultSet rs, int row) throws SQLException {
        return new ExchangeRateView(rs.getString("currency"), rs.getDate("rate_date").toLocalDate(),
                rs.getInt("scale"), rs.getBigDecimal("rate"), rs.getString("source"), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
