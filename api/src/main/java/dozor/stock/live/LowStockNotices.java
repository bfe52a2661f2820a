package dozor.stock.live;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dozor.api.security.AppUsers;
import dozor.api.security.Role;
import dozor.events.stock.StockLowAlert;
import dozor.events.stock.StockLowAlertCleared;
import dozor.notifications.Notice;
import dozor.notifications.NoticeType;
import dozor.notifications.Notifications;
import dozor.stock.ItemView;
import dozor.stock.UnitOfMeasure;
import dozor.stock.WarehouseView;
import dozor.stock.internal.Items;
import dozor.stock.internal.Warehouses;

/**
 * Low-stock alerts become notices ({@link NoticeType#STOCK_LOW}) to the people who buy and keep stock: every
 * PROCUREMENT and WAREHOUSE user, and the engineer who holds the warehouse (a van). The key is the item, the
 * warehouse and the alert's event id, so a re-delivered alert notifies once and each new fall below the point (a
 * new alert) notifies again. A cleared alert sends nothing; it marks the row's unread low-stock notices read,
 * because what they asked for is done. Alerts older than a day (a replay of the topic's history) are not announced.
 */
@Component
class LowStockNotices {

    private static final Logger log = LoggerFactory.getLogger(LowStockNotices.class);

    static final Duration STALE = Duration.ofHours(24);

    private final Notifications notifications;

    private final Items items;

    private final Warehouses warehouses;

    private final AppUsers users;

    private final Clock clock;

    LowStockNotices(Notifications notifications, Items items, Warehouses warehouses, AppUsers users, Clock clock) {
        this.notifications = notifications;
        this.items = items;
        this.warehouses = warehouses;
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    void on(StockLowAlert alert) {
        if (alert.occurredAt() != null && alert.occurredAt().isBefore(clock.instant().minus(STALE))) {
            return;
        }
        ItemView item = items.find(alert.itemId()).orElse(null);
        WarehouseView warehouse = warehouses.find(alert.warehouseId()).orElse(null);
        if (item == null || warehouse == null) {
            log.warn("Low-stock alert {} names an unknown item {} or warehouse {}", alert.eventId(), alert.itemId(),
                    alert.warehouseId());
            return;
        }
        Set<String> to = new LinkedHashSet<>(users.withRole(Role.PROCUREMENT));
        to.addAll(users.withRole(Role.WAREHOUSE));
        if (warehouse.holder() != null && !warehouse.holder().isBlank()) {
            to.add(warehouse.holder());
        }
        if (to.isEmpty()) {
            return;
        }
        Texts t = texts(item, warehouse, alert);
        notifications.notify(Notice.of(NoticeType.STOCK_LOW, keyPrefix(alert.itemId(), alert.warehouseId())
                + alert.eventId(), to, t.titleRu(), t.textRu()).withEnglish(t.titleEn(), t.textEn())
                .withLink("/stock/items/" + item.id()).withEntity("StockItem", item.id().toString()));
    }

    @EventListener
    void on(StockLowAlertCleared cleared) {
        notifications.resolve(NoticeType.STOCK_LOW, keyPrefix(cleared.itemId(), cleared.warehouseId()));
    }

    static String keyPrefix(UUID itemId, UUID warehouseId) {
        return "stock-low:" + itemId + ":" + warehouseId + ":";
    }

    record Texts(String titleRu, String textRu, String titleEn, String textEn) {
    }

    /** The notice's words; pure, so the Russian is tested alone. */
    static Texts texts(ItemView item, WarehouseView warehouse, StockLowAlert alert) {
        String unitRu = unitRu(item.unit());
        String unitEn = unitEn(item.unit());
        String reorderRu = number(alert.reorderPoint(), ',') + " " + unitRu;
        String reorderEn = number(alert.reorderPoint(), '.') + " " + unitEn;
        String where = "«" + warehouse.name() + "» (" + warehouse.code() + ")";
        String whereEn = warehouse.name() + " (" + warehouse.code() + ")";
        String ru = "«" + item.name() + "», арт. " + item.sku() + ": на складе " + where;
        String en = item.name() + " (SKU " + item.sku() + ") at " + whereEn + ": ";
        if (alert.available().signum() <= 0) {
            ru += " не осталось доступного запаса (точка заказа — " + reorderRu + ").";
            en += "nothing available (reorder point " + reorderEn + ").";
        }
        else {
            ru += " доступно " + number(alert.available(), ',') + " " + unitRu + " — ниже точки заказа ("
                    + reorderRu + ")." + coverRu(alert.coverageWeeks());
            en += number(alert.available(), '.') + " " + unitEn + " available, below the reorder point of "
                    + reorderEn + "." + coverEn(alert.coverageWeeks());
        }
        return new Texts(title("Мало на складе: ", item.name()), ru, title("Low stock: ", item.name()), en);
    }

    private static String title(String prefix, String name) {
        String title = prefix + name;
        return title.length() <= 200 ? title : title.substring(0, 199) + "…";
    }

    /** How long the rest lasts at the last 4 weeks' rate: in weeks from one week up, else in days. */
    private static String coverRu(BigDecimal weeks) {
        if (weeks == null) {
            return "";
        }
        if (weeks.compareTo(BigDecimal.ONE) >= 0) {
            BigDecimal w = weeks.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
            return " При нынешнем расходе запаса хватит примерно на " + number(w, ',') + " " + weeksAccusative(w)
                    + ".";
        }
        long days = weeks.multiply(BigDecimal.valueOf(7)).setScale(0, RoundingMode.HALF_UP).longValue();
        return days < 1 ? " При нынешнем расходе запаса не хватит и на день."
                : " При нынешнем расходе запаса хватит примерно на " + days + " " + daysAccusative(days) + ".";
    }

    private static String coverEn(BigDecimal weeks) {
        if (weeks == null) {
            return "";
        }
        if (weeks.compareTo(BigDecimal.ONE) >= 0) {
            BigDecimal w = weeks.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
            return " About " + number(w, '.') + (w.compareTo(BigDecimal.ONE) == 0 ? " week" : " weeks")
                    + " of cover at the current rate.";
        }
        long days = weeks.multiply(BigDecimal.valueOf(7)).setScale(0, RoundingMode.HALF_UP).longValue();
        return days < 1 ? " Less than a day of cover at the current rate."
                : " About " + days + (days == 1 ? " day" : " days") + " of cover at the current rate.";
    }

    /** «на 1 неделю», «на 2 недели», «на 5 недель»; a fraction takes the genitive singular: «на 1,5 недели». */
    static String weeksAccusative(BigDecimal weeks) {
        if (weeks.stripTrailingZeros().scale() > 0) {
            return "недели";
        }
        return plural(weeks.longValue(), "неделю", "недели", "недель");
    }

    static String daysAccusative(long days) {
        return plural(days, "день", "дня", "дней");
    }

    private static String plural(long n, String one, String few, String many) {
        long tens = n % 100;
        long units = n % 10;
        if (tens >= 11 && tens <= 14) {
            return many;
        }
        if (units == 1) {
            return one;
        }
        return units >= 2 && units <= 4 ? few : many;
    }

    private static String number(BigDecimal value, char decimalSeparator) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return v.toPlainString().replace('.', decimalSeparator);
    }

    private static String unitRu(UnitOfMeasure unit) {
        return switch (unit) {
            case PCS -> "шт.";
            case SET -> "компл.";
            case M -> "м";
            case L -> "л";
            case KG -> "кг";
        };
    }

    private static String unitEn(UnitOfMeasure unit) {
        return switch (unit) {
            case PCS -> "pcs";
            case SET -> "sets";
            case M -> "m";
            case L -> "l";
            case KG -> "kg";
        };
    }
}
