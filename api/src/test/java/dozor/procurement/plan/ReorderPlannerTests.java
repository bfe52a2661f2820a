package dozor.procurement.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dozor.procurement.plan.PlanInput.SupplierSource;
import dozor.procurement.plan.PlanInput.SupplierTerms;
import dozor.stock.AbcClass;
import dozor.stock.UnitOfMeasure;

/**
 * The hand-computed dataset (the same one {@code ReorderPlanIntegrationTests} checks through the API), 12 weeks of
 * history, default settings (X ≤ 0,25 < Y ≤ 0,5 < Z; z = 1,65 / 1,28 / 0,84; target weeks A 2, B 3, C 4):
 *
 * <pre>
 * A1 recorder, class A, weekly 10 12 10 8 ×3: mean 10; deviations 0 ±2 → Σ² = 6 × 4 = 24; σ = √(24/11) = 1,477;
 *    CV = 0,148 → X, z 1,65. Preferred supplier: 7 days (1 week), min 5, pack 5.
 *    SS = 1,65 × 1,477 × √1 = 2,437; ROP = 10 × 1 + 2,437 = 12,437; target = 10 × 2 + 2,437 = 22,437.
 *    Position = 15 on hand − 3 reserved = 12 ≤ 12,437 → need 22,437 − 12 = 10,437 → ⌈10,437 / 5⌉ × 5 = 15.
 *    Days of cover = 12 / (10 / 7) = 8,4.
 * B1 disk, class B, weekly 4 6 2 8 ×3: mean 5; deviations −1 1 −3 3 → Σ² = 3 × 20 = 60; σ = √(60/11) = 2,335;
 *    CV = 0,467 → Y, z 1,28. No preferred supplier: the cheapest offer, 14 days (2 weeks), min 10, pack 1.
 *    SS = 1,28 × 2,335 × √2 = 4,227; ROP = 5 × 2 + 4,227 = 14,227; target = 5 × 3 + 4,227 = 19,227.
 *    Position = 8 on hand + 3 on order + 2 in transit = 13 ≤ 14,227 → need 6,227 → minimum order 10.
 *    Days of cover = 8 / (5 / 7) = 11,2.
 * C1 cable (metres), class C, weekly 0 0 30 0 0 0 25 0 0 0 35 0: mean 7,5; Σ² = 9 × 56,25 + 506,25 + 306,25 + 756,25
 *    = 2075; σ = √(2075/11) = 13,734; CV = 1,831 → Z, z 0,84. Nobody offers it: default 14 days, pack 1.
 *    SS = 0,84 × 13,734 × √2 = 16,315; ROP = 7,5 × 2 + 16,315 = 31,315; target = 7,5 × 4 + 16,315 = 46,315.
 *    Position 40 > 31,315 → nothing. Days of cover = 40 / (7,5 / 7) = 37,3.
 * D1 power supply, no class (planned as C), no consumption: forecast 0, SS 0, ROP 0, target 0. Open shortfall 7,
 *    nothing on hand; preferred supplier 10 days, min 1, pack 4. Position − shortfall = −7 ≤ 0 →
 *    need 0 + 7 − 0 = 7 → ⌈7 / 4⌉ × 4 = 8. Days of cover undefined.
 * </pre>
 */
class ReorderPlannerTests {

    static final UUID WAREHOUSE = UUID.randomUUID();

    final ReorderPlanner planner = new ReorderPlanner(PlanProperties.defaults());

    static List<BigDecimal> weeks(int... values) {
        return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static SupplierTerms terms(SupplierSource source, int leadDays, String min, String pack) {
        return new SupplierTerms(UUID.randomUUID(), "ООО «Поставщик»", source, leadDays, d(min), d(pack), d("10"),
                "BYN");
    }

    static PlanInput a1() {
        return new PlanInput(UUID.randomUUID(), "A1", "Видеорегистратор", UnitOfMeasure.PCS, AbcClass.A, WAREHOUSE,
                weeks(10, 12, 10, 8, 10, 12, 10, 8, 10, 12, 10, 8), d("15"), d("3"), d("0"), d("0"), d("0"),
                terms(SupplierSource.PREFERRED, 7, "5", "5"));
    }

    static PlanInput b1() {
        return new PlanInput(UUID.randomUUID(), "B1", "Жёсткий диск", UnitOfMeasure.PCS, AbcClass.B, WAREHOUSE,
                weeks(4, 6, 2, 8, 4, 6, 2, 8, 4, 6, 2, 8), d("8"), d("0"), d("3"), d("2"), d("0"),
                terms(SupplierSource.CHEAPEST, 14, "10", "1"));
    }

    static PlanInput c1() {
        return new PlanInput(UUID.randomUUID(), "C1", "Кабель питания", UnitOfMeasure.M, AbcClass.C, WAREHOUSE,
                weeks(0, 0, 30, 0, 0, 0, 25, 0, 0, 0, 35, 0), d("40"), d("0"), d("0"), d("0"), d("0"), null);
    }

    static PlanInput d1(String onOrder) {
        return new PlanInput(UUID.randomUUID(), "D1", "Блок питания 12 В", UnitOfMeasure.PCS, null, WAREHOUSE,
                weeks(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), d("0"), d("0"), d(onOrder), d("0"), d("7"),
                terms(SupplierSource.PREFERRED, 10, "1", "4"));
    }

    @Test
    void aSteadyCostlyItemIsOrderedUpToTwoWeeksInWholePacks() {
        PlanLine line = planner.plan(a1());
        assertThat(line.weeklyForecast()).isEqualByComparingTo("10");
        assertThat(line.weeklyStdDev()).isEqualByComparingTo("1.477");
        assertThat(line.cv()).isEqualByComparingTo("0.148");
        assertThat(line.xyzClass()).isEqualTo(XyzClass.X);
        assertThat(line.safetyStock()).isEqualByComparingTo("2.437");
        assertThat(line.reorderPoint()).isEqualByComparingTo("12.437");
        assertThat(line.targetStock()).isEqualByComparingTo("22.437");
        assertThat(line.position()).isEqualByComparingTo("12");
        assertThat(line.need()).isEqualByComparingTo("10.437");
        assertThat(line.proposedQuantity()).isEqualByComparingTo("15");
        assertThat(line.daysOfCover()).isEqualByComparingTo("8.4");
        assertThat(line.explanation()).extracting(PlanLine.Step::text).first().asString()
                .startsWith("Средний спрос 10 шт./нед. за 12 нед.").contains("σ = 1,477", "CV = σ / спрос = 0,148",
                        "класс X");
        assertThat(line.explanation()).extracting(PlanLine.Step::text).anySatisfy(t -> assertThat(t)
                .contains("Страховой запас = z × σ × √(срок, нед.) = 1,65 × 1,477 × √1 = 2,437 шт."));
        assertThat(line.explanation()).extracting(PlanLine.Step::text).last().asString()
                .isEqualTo("Дней покрытия = доступно / дневной спрос = 12 / (10 / 7) = 8,4.");
    }

    @Test
    void aFluctuatingItemFromTheCheapestSupplierIsOrderedAtLeastItsMinimum() {
        PlanLine line = planner.plan(b1());
        assertThat(line.weeklyStdDev()).isEqualByComparingTo("2.335");
        assertThat(line.xyzClass()).isEqualTo(XyzClass.Y);
        assertThat(line.serviceLevelZ()).isEqualByComparingTo("1.28");
        assertThat(line.safetyStock()).isEqualByComparingTo("4.227");
        assertThat(line.reorderPoint()).isEqualByComparingTo("14.227");
        assertThat(line.targetStock()).isEqualByComparingTo("19.227");
        assertThat(line.position()).as("on order and in transit count").isEqualByComparingTo("13");
        assertThat(line.need()).isEqualByComparingTo("6.227");
        assertThat(line.proposedQuantity()).isEqualByComparingTo("10");
        assertThat(line.daysOfCover()).isEqualByComparingTo("11.2");
        assertThat(line.explanation()).extracting(PlanLine.Step::text)
                .anySatisfy(t -> assertThat(t).contains("самый дешёвый"))
                .anySatisfy(t -> assertThat(t).contains("не меньше минимального заказа 10"));
    }

    @Test
    void anErraticItemAboveItsReorderPointIsNotOrdered() {
        PlanLine line = planner.plan(c1());
        assertThat(line.weeklyForecast()).isEqualByComparingTo("7.5");
        assertThat(line.weeklyStdDev()).isEqualByComparingTo("13.734");
        assertThat(line.cv()).isEqualByComparingTo("1.831");
        assertThat(line.xyzClass()).isEqualTo(XyzClass.Z);
        assertThat(line.leadTimeDays()).as("default without a supplier").isEqualTo(14);
        assertThat(line.safetyStock()).isEqualByComparingTo("16.315");
        assertThat(line.reorderPoint()).isEqualByComparingTo("31.315");
        assertThat(line.targetStock()).isEqualByComparingTo("46.315");
        assertThat(line.reorder()).isFalse();
        assertThat(line.proposedQuantity()).isZero();
        assertThat(line.daysOfCover()).isEqualByComparingTo("37.3");
        assertThat(line.explanation()).extracting(PlanLine.Step::text)
                .anySatisfy(t -> assertThat(t).contains("7,5 м/нед."))
                .anySatisfy(t -> assertThat(t).contains("выше точки заказа 31,315 — заказывать не нужно"));
    }

    @Test
    void aShortfallWithoutHistoryIsOrderedInWholePacks() {
        PlanLine line = planner.plan(d1("0"));
        assertThat(line.xyzClass()).isNull();
        assertThat(line.cv()).isNull();
        assertThat(line.abcClass()).as("unclassified planned as C").isEqualTo(AbcClass.C);
        assertThat(line.reorderPoint()).isZero();
        assertThat(line.need()).isEqualByComparingTo("7");
        assertThat(line.proposedQuantity()).isEqualByComparingTo("8");
        assertThat(line.daysOfCover()).isNull();
        assertThat(line.explanation()).extracting(PlanLine.Step::text)
                .anySatisfy(t -> assertThat(t).contains("Расхода за 12 нед. не было"));
    }

    @Test
    void whatIsAlreadyRequestedIsNotProposedAgain() {
        assertThat(planner.plan(d1("8")).proposedQuantity()).as("the shortfall's request line").isZero();
        PlanInput a1 = a1();
        PlanInput requested = new PlanInput(a1.itemId(), a1.sku(), a1.name(), a1.unit(), a1.abcClass(),
                a1.warehouseId(), a1.weeklyConsumption(), a1.onHand(), a1.reserved(), d("15"), a1.inTransit(),
                a1.shortfalls(), a1.supplier());
        assertThat(planner.plan(requested).proposedQuantity()).isZero();
        assertThat(planner.plan(requested).position()).isEqualByComparingTo("27");
    }

    @Test
    void aLongLeadTimeRaisesTheTargetToTheReorderPoint() {
        PlanInput a1 = a1();
        // Lead 28 days = 4 weeks: SS = 1,65 × 1,477 × 2 = 4,874; ROP = 40 + 4,874 = 44,874 > target 24,874.
        PlanInput slow = new PlanInput(a1.itemId(), a1.sku(), a1.name(), a1.unit(), a1.abcClass(), a1.warehouseId(),
                a1.weeklyConsumption(), a1.onHand(), a1.reserved(), a1.onOrder(), a1.inTransit(), a1.shortfalls(),
                terms(SupplierSource.PREFERRED, 28, "1", "1"));
        PlanLine line = planner.plan(slow);
        assertThat(line.safetyStock()).isEqualByComparingTo("4.874");
        assertThat(line.reorderPoint()).isEqualByComparingTo("44.874");
        assertThat(line.targetStock()).isEqualByComparingTo("44.874");
        assertThat(line.proposedQuantity()).isEqualByComparingTo("33");
    }

    @Test
    void theThresholdsAndFactorsAreSettings() {
        PlanProperties strict = new PlanProperties(null, new BigDecimal("0.1"), new BigDecimal("0.2"), null,
                java.util.Map.of(AbcClass.A, 3), null, null, null);
        PlanLine line = new ReorderPlanner(strict).plan(a1());
        assertThat(line.xyzClass()).isEqualTo(XyzClass.Y);
        // z 1,28: SS = 1,28 × 1,477 = 1,891; target = 10 × 3 + 1,891 = 31,891.
        assertThat(line.safetyStock()).isEqualByComparingTo("1.891");
        assertThat(line.targetStock()).isEqualByComparingTo("31.891");
    }
}
