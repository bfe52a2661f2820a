package dozor.stock.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dozor.events.stock.StockLowAlert;
import dozor.stock.AbcClass;
import dozor.stock.ItemCategory;
import dozor.stock.ItemView;
import dozor.stock.UnitOfMeasure;
import dozor.stock.WarehouseKind;
import dozor.stock.WarehouseView;

/** The words of a low-stock notice: the item, its SKU, the warehouse, available against the point, the cover. */
class LowStockNoticesTests {

    static final ItemView DISK = new ItemView(UUID.randomUUID(), "HDD-2TB", "Жёсткий диск 2 ТБ",
            ItemCategory.SPARE_PART, UnitOfMeasure.PCS, false, AbcClass.A, null, Instant.now());

    static final ItemView CABLE = new ItemView(UUID.randomUUID(), "CAB-UTP", "Кабель UTP", ItemCategory.SPARE_PART,
            UnitOfMeasure.M, false, AbcClass.C, null, Instant.now());

    static final WarehouseView CENTRAL = new WarehouseView(UUID.randomUUID(), "MSK-1", "Центральный склад",
            WarehouseKind.CENTRAL, "Минск", null, Instant.now());

    static StockLowAlert alert(ItemView item, String available, String reorderPoint, String coverage) {
        return new StockLowAlert(UUID.randomUUID(), Instant.now(), 1, item.id(), CENTRAL.id(),
                new BigDecimal(available), new BigDecimal(reorderPoint),
                coverage == null ? null : new BigDecimal(coverage));
    }

    static String ru(ItemView item, String available, String reorderPoint, String coverage) {
        return LowStockNotices.texts(item, CENTRAL, alert(item, available, reorderPoint, coverage)).textRu();
    }

    @Test
    void namesTheItemSkuWarehouseAvailableAgainstThePointAndTheCover() {
        var texts = LowStockNotices.texts(DISK, CENTRAL, alert(DISK, "3.000", "5.000", "1.46"));
        assertThat(texts.titleRu()).isEqualTo("Мало на складе: Жёсткий диск 2 ТБ");
        assertThat(texts.textRu()).isEqualTo("«Жёсткий диск 2 ТБ», арт. HDD-2TB: на складе «Центральный склад» "
                + "(MSK-1) доступно 3 шт. — ниже точки заказа (5 шт.). При нынешнем расходе запаса хватит примерно "
                + "на 1,5 недели.");
        assertThat(texts.titleEn()).isEqualTo("Low stock: Жёсткий диск 2 ТБ");
        assertThat(texts.textEn()).isEqualTo("Жёсткий диск 2 ТБ (SKU HDD-2TB) at Центральный склад (MSK-1): 3 pcs "
                + "available, below the reorder point of 5 pcs. About 1.5 weeks of cover at the current rate.");
    }

    @Test
    void fractionalQuantitiesTakeADecimalCommaAndTheirUnit() {
        assertThat(ru(CABLE, "12.500", "40.000", null)).contains("доступно 12,5 м — ниже точки заказа (40 м).")
                .as("without consumption there is no cover to tell").doesNotContain("расходе");
    }

    @Test
    void weeksAndDaysOfCoverTakeTheirRussianPluralForms() {
        assertThat(ru(DISK, "3", "5", "1.0")).endsWith("хватит примерно на 1 неделю.");
        assertThat(ru(DISK, "3", "5", "2.04")).endsWith("хватит примерно на 2 недели.");
        assertThat(ru(DISK, "3", "5", "5")).endsWith("хватит примерно на 5 недель.");
        assertThat(ru(DISK, "3", "5", "21")).endsWith("хватит примерно на 21 неделю.");
        assertThat(ru(DISK, "3", "5", "12")).endsWith("хватит примерно на 12 недель.");
        assertThat(ru(DISK, "1", "5", "0.43")).endsWith("хватит примерно на 3 дня.");
        assertThat(ru(DISK, "1", "5", "0.72")).endsWith("хватит примерно на 5 дней.");
        assertThat(ru(DISK, "1", "5", "0.14")).endsWith("хватит примерно на 1 день.");
        assertThat(ru(DISK, "1", "5", "0.05")).endsWith("запаса не хватит и на день.");
    }

    @Test
    void nothingAvailableIsSaidSoWithoutACover() {
        assertThat(ru(DISK, "0", "5", "0")).isEqualTo("«Жёсткий диск 2 ТБ», арт. HDD-2TB: на складе «Центральный "
                + "склад» (MSK-1) не осталось доступного запаса (точка заказа — 5 шт.).");
    }

    @Test
    void aVeryLongNameStillMakesAValidTitle() {
        ItemView longName = new ItemView(UUID.randomUUID(), "X-1", "Д".repeat(300), ItemCategory.SPARE_PART,
                UnitOfMeasure.PCS, false, AbcClass.C, null, Instant.now());
        var texts = LowStockNotices.texts(longName, CENTRAL, alert(longName, "1", "2", null));
        assertThat(texts.titleRu()).hasSize(200).endsWith("…");
        assertThat(texts.titleEn()).hasSize(200);
    }
}
