package dozor.batch.stock;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ABC/XYZ analysis for the api, which fills the catalogue's ABC classes from it (the api never reads the
 * warehouse schema). Internal: behind the internal token, like the jobs endpoints.
 */
@RestController
class StockAnalyticsController {

    /** One item's classes and the figures behind them. */
    record ItemClasses(UUID itemId, String sku, String abcClass, String xyzClass, BigDecimal consumedValue,
            BigDecimal valueSharePercent, BigDecimal variation) {
    }

    private final JdbcClient jdbc;

    StockAnalyticsController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/internal/v1/stock/abc-xyz")
    List<ItemClasses> abcXyz() {
        return jdbc.sql("""
                SELECT item_id, sku, abc_class, xyz_class, consumed_value, value_share_percent, variation
                  FROM mart.stock_abc_xyz ORDER BY consumed_value DESC, sku
                """).query((rs, i) -> new ItemClasses(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7))).list();
    }
}
