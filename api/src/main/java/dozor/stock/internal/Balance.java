package dozor.stock.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import dozor.stock.StockException;

/**
 * The running total of one item in one warehouse, and the only arithmetic that changes it. Pure, so the ledger's
 * invariants (never negative, reserved within on hand, the moving average) are property-tested on this very code.
 *
 * <p>Cost is a <em>moving average</em> per item and warehouse: an incoming quantity re-averages the cost
 * ({@code (onHand × average + quantity × unitCost) / (onHand + quantity)}), an outgoing one leaves at the current
 * average and does not change it. Why not FIFO: see {@code dozor/stock/README.md}.
 */
public record Balance(BigDecimal onHand, BigDecimal reserved, BigDecimal averageCost) {

    /** Quantities keep 3 decimals (metres of cable), costs 4. */
    public static final int QUANTITY_SCALE = 3;

    public static final int COST_SCALE = 4;

    public static final Balance EMPTY = new Balance(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public Balance {
        onHand = onHand.setScale(QUANTITY_SCALE, RoundingMode.UNNECESSARY);
        reserved = reserved.setScale(QUANTITY_SCALE, RoundingMode.UNNECESSARY);
        averageCost = averageCost.setScale(COST_SCALE, RoundingMode.HALF_UP);
    }

    public BigDecimal available() {
        return onHand.subtract(reserved);
    }

    /** Stock comes in at {@code unitCost}: on hand grows and the average moves towards that cost. */
    public Balance receive(BigDecimal quantity, BigDecimal unitCost) {
        requirePositive(quantity);
        if (unitCost.signum() < 0) {
            throw StockException.invalid("unitCost", "Себестоимость не может быть отрицательной");
        }
        BigDecimal after = onHand.add(quantity);
        BigDecimal value = onHand.multiply(averageCost).add(quantity.multiply(unitCost));
        return new Balance(after, reserved, value.divide(after, COST_SCALE, RoundingMode.HALF_UP));
    }

    /** Stock nobody reserved goes out: only what is available (on hand − reserved) may leave. */
    public Balance take(BigDecimal quantity) {
        requirePositive(quantity);
        if (available().compareTo(quantity) < 0) {
            throw StockException.insufficient("Недостаточно свободного остатка: доступно "
                    + available().toPlainString() + ", требуется " + quantity.toPlainString(), available(), quantity);
        }
        return new Balance(onHand.subtract(quantity), reserved, averageCost);
    }

    /** Reserved stock goes out to the work it was reserved for. */
    public Balance takeReserved(BigDecimal quantity) {
        requirePositive(quantity);
        if (reserved.compareTo(quantity) < 0 || onHand.compareTo(quantity) < 0) {
            throw new IllegalStateException("Reserved " + reserved + " / on hand " + onHand + " below " + quantity);
        }
        return new Balance(onHand.subtract(quantity), reserved.subtract(quantity), averageCost);
    }

    /** Sets aside available stock for a task. */
    public Balance reserve(BigDecimal quantity) {
        requirePositive(quantity);
        if (available().compareTo(quantity) < 0) {
            throw StockException.insufficient("Недостаточно свободного остатка для резерва: доступно "
                    + available().toPlainString(), available(), quantity);
        }
        return new Balance(onHand, reserved.add(quantity), averageCost);
    }

    public Balance release(BigDecimal quantity) {
        requirePositive(quantity);
        if (reserved.compareTo(quantity) < 0) {
            throw new IllegalStateException("Reserved " + reserved + " below " + quantity);
        }
        return new Balance(onHand, reserved.subtract(quantity), averageCost);
    }

    private static void requirePositive(BigDecimal quantity) {
        if (quantity.signum() <= 0) {
            throw StockException.invalid("quantity", "Количество должно быть больше нуля");
        }
    }
}
