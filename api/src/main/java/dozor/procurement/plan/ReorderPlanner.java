package dozor.procurement.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import dozor.procurement.plan.PlanInput.SupplierSource;
import dozor.procurement.plan.PlanInput.SupplierTerms;
import dozor.procurement.plan.PlanLine.Step;
import dozor.stock.AbcClass;
import dozor.stock.UnitOfMeasure;

/**
 * The reorder plan's arithmetic, pure: from an item's weekly consumption and stock position to a proposed quantity.
 * Every figure is rounded to 3 decimals (the ledger's scale) as it is computed and the next step uses the rounded
 * figure, so a buyer can redo the plan by hand from the explanation.
 * <ol>
 * <li>forecast = mean weekly consumption; σ = sample standard deviation (n − 1); CV = σ / forecast → XYZ;</li>
 * <li>safety stock = z(XYZ) × σ × √(lead time weeks);</li>
 * <li>reorder point = forecast × lead time weeks + safety stock;</li>
 * <li>target = forecast × target weeks(ABC) + safety stock (raised to the reorder point if it is below it, else a
 * long lead time would never be covered);</li>
 * <li>position = on hand − reserved + on order + in transit; open shortfalls are demand beyond it;</li>
 * <li>order if position − shortfalls ≤ reorder point: target + shortfalls − position, at least the minimum order,
 * rounded up to whole packs.</li>
 * </ol>
 */
public final class ReorderPlanner {

    static final int SCALE = 3;

    private static final BigDecimal SEVEN = BigDecimal.valueOf(7);

    private final PlanProperties settings;

    public ReorderPlanner(PlanProperties settings) {
        this.settings = settings;
    }

    public PlanLine plan(PlanInput in) {
        List<Step> steps = new ArrayList<>();
        String u = unitLabel(in.unit());
        int n = in.weeklyConsumption().size();

        BigDecimal sum = in.weeklyConsumption().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal forecast = n == 0 ? zero() : sum.divide(BigDecimal.valueOf(n), SCALE, RoundingMode.HALF_UP);
        BigDecimal sigma = stdDev(in.weeklyConsumption());
        BigDecimal cv = null;
        XyzClass xyz = null;
        BigDecimal z = BigDecimal.ZERO;
        if (forecast.signum() > 0) {
            cv = sigma.divide(forecast, SCALE, RoundingMode.HALF_UP);
            xyz = cv.compareTo(settings.xMaxCv()) <= 0 ? XyzClass.X
                    : cv.compareTo(settings.yMaxCv()) <= 0 ? XyzClass.Y : XyzClass.Z;
            z = settings.serviceLevelZ().get(xyz);
            steps.add(new Step("forecast", "Средний спрос " + num(forecast) + " " + u + "/нед. за " + n + " нед. ("
                    + "всего " + num(sum) + "); σ = " + num(sigma) + "; CV = σ / спрос = " + num(cv) + " → класс " + xyz
                    + " (X ≤ " + num(settings.xMaxCv()) + " < Y ≤ " + num(settings.yMaxCv())
                    + " < Z), коэффициент сервиса z = " + num(z) + "."));
        } else {
            steps.add(new Step("forecast", "Расхода за " + n + " нед. не было: прогноз 0 " + u
                    + "/нед., класс XYZ не определён, страховой запас не нужен."));
        }

        SupplierTerms supplier = in.supplier();
        int leadDays = supplier == null ? settings.defaultLeadTimeDays() : supplier.leadTimeDays();
        BigDecimal minOrder = supplier == null ? BigDecimal.ONE : supplier.minOrderQty();
        BigDecimal pack = supplier == null ? BigDecimal.ONE : supplier.packSize();
        BigDecimal leadWeeks = BigDecimal.valueOf(leadDays).divide(SEVEN, SCALE, RoundingMode.HALF_UP);
        if (supplier == null) {
            steps.add(new Step("supplier", "Поставщик не указан и никто не предлагает эту позицию: срок поставки по "
                    + "умолчанию " + leadDays + " дн., упаковка и минимальный заказ — 1 " + u + "."));
        } else {
            steps.add(new Step("supplier", (supplier.source() == SupplierSource.PREFERRED ? "Основной поставщик «"
                    : "Основной поставщик не задан, выбран самый дешёвый — «") + supplier.supplierName() + "» ("
                    + num(supplier.price()) + " " + supplier.currency() + "): срок поставки " + leadDays + " дн. = "
                    + num(leadWeeks) + " нед., упаковка " + num(pack) + " " + u + ", минимальный заказ "
                    + num(minOrder) + " " + u + "."));
        }

        BigDecimal safety = round(z.multiply(sigma).multiply(BigDecimal.valueOf(leadDays).divide(SEVEN,
                MathContext.DECIMAL64).sqrt(MathContext.DECIMAL64)));
        if (forecast.signum() > 0) {
            steps.add(new Step("safetyStock", "Страховой запас = z × σ × √(срок, нед.) = " + num(z) + " × "
                    + num(sigma) + " × √" + num(leadWeeks) + " = " + num(safety) + " " + u + "."));
        }
        BigDecimal leadDemand = round(forecast.multiply(BigDecimal.valueOf(leadDays)).divide(SEVEN, SCALE,
                RoundingMode.HALF_UP));
        BigDecimal reorderPoint = leadDemand.add(safety);
        steps.add(new Step("reorderPoint", "Точка заказа = спрос за срок поставки + страховой запас = " + num(forecast)
                + " × " + leadDays + "/7 + " + num(safety) + " = " + num(reorderPoint) + " " + u + "."));

        AbcClass abc = in.abcClass() == null ? settings.unclassifiedAs() : in.abcClass();
        int weeks = settings.targetWeeks().get(abc);
        BigDecimal target = round(forecast.multiply(BigDecimal.valueOf(weeks))).add(safety);
        String abcText = in.abcClass() == null ? "класс ABC не задан, планируем как " + abc : "класс ABC " + abc;
        if (target.compareTo(reorderPoint) < 0) {
            steps.add(new Step("target", "Целевой запас (" + abcText + ": " + weeks + " нед.) = " + num(forecast)
                    + " × " + weeks + " + " + num(safety) + " = " + num(target) + " " + u
                    + " — меньше точки заказа, поэтому заказываем до точки заказа, " + num(reorderPoint) + " " + u
                    + "."));
            target = reorderPoint;
        } else {
            steps.add(new Step("target", "Целевой запас (" + abcText + ": " + weeks + " нед.) = " + num(forecast)
                    + " × " + weeks + " + " + num(safety) + " = " + num(target) + " " + u + "."));
        }

        BigDecimal available = in.onHand().subtract(in.reserved());
        BigDecimal position = available.add(in.onOrder()).add(in.inTransit());
        steps.add(new Step("position", "Позиция = на складе " + num(in.onHand()) + " − в резерве "
                + num(in.reserved()) + " + заказано и запрошено " + num(in.onOrder()) + " + в пути "
                + num(in.inTransit()) + " = " + num(position) + " " + u + "; непокрытая потребность по резервам "
                + num(in.shortfalls()) + " " + u + "."));

        BigDecimal net = position.subtract(in.shortfalls());
        boolean reorder = net.compareTo(reorderPoint) <= 0;
        BigDecimal need = target.add(in.shortfalls()).subtract(position);
        BigDecimal proposed = zero();
        if (!reorder) {
            steps.add(new Step("proposal", "Позиция за вычетом потребности " + num(net) + " выше точки заказа "
                    + num(reorderPoint) + " — заказывать не нужно."));
        } else if (need.signum() <= 0) {
            steps.add(new Step("proposal", "Позиция за вычетом потребности " + num(net) + " не выше точки заказа "
                    + num(reorderPoint) + ", но уже покрывает целевой запас — заказывать не нужно."));
        } else {
            BigDecimal atLeast = need.max(minOrder);
            proposed = atLeast.divide(pack, 0, RoundingMode.CEILING).multiply(pack).setScale(SCALE);
            steps.add(new Step("proposal", "Позиция за вычетом потребности " + num(net) + " не выше точки заказа "
                    + num(reorderPoint) + ": нужно целевой запас + потребность − позиция = " + num(target) + " + "
                    + num(in.shortfalls()) + " − " + num(position) + " = " + num(need) + " " + u
                    + (need.compareTo(minOrder) < 0 ? ", не меньше минимального заказа " + num(minOrder) : "")
                    + ", с округлением вверх до упаковки " + num(pack) + " → заказать " + num(proposed) + " " + u
                    + "."));
        }

        BigDecimal daysOfCover = null;
        if (forecast.signum() > 0) {
            BigDecimal daily = forecast.divide(SEVEN, MathContext.DECIMAL64);
            daysOfCover = available.signum() <= 0 ? BigDecimal.ZERO.setScale(1)
                    : available.divide(daily, 1, RoundingMode.HALF_UP);
            steps.add(new Step("daysOfCover", "Дней покрытия = доступно / дневной спрос = " + num(available) + " / ("
                    + num(forecast) + " / 7) = " + num(daysOfCover) + "."));
        } else {
            steps.add(new Step("daysOfCover", "Дней покрытия: без расхода запас не убывает."));
        }

        return new PlanLine(in.itemId(), in.sku(), in.name(), in.unit(), in.warehouseId(),
                PlanLine.key(in.itemId(), in.warehouseId()), n, forecast, sigma, cv, xyz, z, abc, weeks,
                supplier == null ? null : supplier.supplierId(), supplier == null ? null : supplier.supplierName(),
                supplier == null ? null : supplier.source(), leadDays, leadWeeks, minOrder, pack, safety,
                reorderPoint, target, in.onHand(), in.reserved(), available, in.onOrder(), in.inTransit(),
                in.shortfalls(), position, need, reorder && proposed.signum() > 0, proposed, daysOfCover,
                List.copyOf(steps));
    }

    /** Sample standard deviation (n − 1), rounded; 0 for fewer than two weeks. */
    static BigDecimal stdDev(List<BigDecimal> values) {
        int n = values.size();
        if (n < 2) {
            return zero();
        }
        BigDecimal mean = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(n),
                MathContext.DECIMAL64);
        BigDecimal squares = values.stream().map(v -> v.subtract(mean).pow(2)).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        return round(squares.divide(BigDecimal.valueOf(n - 1), MathContext.DECIMAL64).sqrt(MathContext.DECIMAL64));
    }

    static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE);
    }

    /** A number as a Russian reader writes it: decimal comma, no trailing zeros. */
    static String num(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static String unitLabel(UnitOfMeasure unit) {
        return switch (unit) {
            case PCS -> "шт.";
            case SET -> "компл.";
            case M -> "м";
            case L -> "л";
            case KG -> "кг";
        };
    }
}
