package dozor.stock.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;

import dozor.stock.StockException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The arithmetic of one item in one warehouse: the ledger's invariants and the moving average. */
class BalanceTests {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void movingAverageReAveragesOnReceiptAndKeepsTheAverageOnIssue() {
        Balance b = Balance.EMPTY.receive(d("10"), d("5.00"));
        assertThat(b.averageCost()).isEqualByComparingTo("5");
        b = b.receive(d("10"), d("7.00"));
        assertThat(b.averageCost()).as("(10 × 5 + 10 × 7) / 20").isEqualByComparingTo("6");
        b = b.take(d("15"));
        assertThat(b.onHand()).isEqualByComparingTo("5");
        assertThat(b.averageCost()).as("an issue leaves at the average").isEqualByComparingTo("6");
        b = b.receive(d("15"), d("10"));
        assertThat(b.averageCost()).as("(5 × 6 + 15 × 10) / 20").isEqualByComparingTo("9");
        b = b.take(d("20"));
        assertThat(b.onHand()).isEqualByComparingTo("0");
        b = b.receive(d("1"), d("2.5"));
        assertThat(b.averageCost()).as("an empty balance takes the new cost").isEqualByComparingTo("2.5");
    }

    @Test
    void roundsTheAverageToFourDecimalsHalfUp() {
        Balance b = Balance.EMPTY.receive(d("3"), d("1")).receive(d("3"), d("2")).receive(d("1"), d("2"));
        assertThat(b.averageCost()).as("11 / 7 = 1.571428…").isEqualByComparingTo("1.5714");
        assertThat(b.averageCost().scale()).isEqualTo(4);
    }

    @Test
    void rejectsIssueBeyondAvailableStockAndLeavesReservedStockAlone() {
        Balance b = Balance.EMPTY.receive(d("3"), d("10")).reserve(d("2"));
        assertThat(b.available()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> b.take(d("2"))).isInstanceOfSatisfying(StockException.class, ex -> {
            assertThat(ex.insufficient()).isTrue();
            assertThat(ex.available()).isEqualByComparingTo("1");
        });
        assertThat(b.takeReserved(d("2")).onHand()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> b.reserve(d("1.5"))).isInstanceOf(StockException.class);
    }

    /** One step of a random sequence: the kind of operation and its quantity and cost. */
    record Op(int kind, BigDecimal quantity, BigDecimal cost) {
    }

    @Provide
    Arbitrary<List<Op>> sequences() {
        return Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.bigDecimals().between(d("0.001"), d("50")).ofScale(3),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, d("1000")).ofScale(2)).as(Op::new).list()
                .ofMaxSize(60);
    }

    @Property(tries = 500)
    void onHandIsTheSumOfAcceptedMovementsAndNeverNegative(@ForAll("sequences") List<Op> ops) {
        Balance b = Balance.EMPTY;
        BigDecimal sumOfMovements = BigDecimal.ZERO;
        BigDecimal reservedTotal = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO; // what the stock cost, by the costs it moved at
        BigDecimal minCost = null;
        BigDecimal maxCost = null;
        for (Op op : ops) {
            Balance before = b;
            try {
                switch (op.kind()) {
                    case 0 -> {
                        b = b.receive(op.quantity(), op.cost());
                        sumOfMovements = sumOfMovements.add(op.quantity());
                        value = value.add(op.quantity().multiply(op.cost()));
                        minCost = minCost == null ? op.cost() : minCost.min(op.cost());
                        maxCost = maxCost == null ? op.cost() : maxCost.max(op.cost());
                    }
                    case 1 -> {
                        b = b.take(op.quantity());
                        sumOfMovements = sumOfMovements.subtract(op.quantity());
                        value = value.subtract(op.quantity().multiply(before.averageCost()));
                    }
                    case 2 -> {
                        b = b.reserve(op.quantity());
                        reservedTotal = reservedTotal.add(op.quantity());
                    }
                    case 3 -> {
                        BigDecimal q = op.quantity().min(b.reserved());
                        if (q.signum() > 0) {
                            b = b.release(q);
                            reservedTotal = reservedTotal.subtract(q);
                        }
                    }
                    default -> {
                        BigDecimal q = op.quantity().min(b.reserved());
                        if (q.signum() > 0) {
                            b = b.takeReserved(q);
                            reservedTotal = reservedTotal.subtract(q);
                            sumOfMovements = sumOfMovements.subtract(q);
                            value = value.subtract(q.multiply(before.averageCost()));
                        }
                    }
                }
            }
            catch (StockException refused) {
                assertThat(refused.insufficient()).isTrue();
                assertThat(b).as("a refused movement changes nothing").isEqualTo(before);
                assertThat(op.quantity()).isGreaterThan(before.available());
            }
            assertThat(b.onHand()).isEqualByComparingTo(sumOfMovements);
            assertThat(b.onHand().signum()).isGreaterThanOrEqualTo(0);
            assertThat(b.reserved()).isEqualByComparingTo(reservedTotal);
            assertThat(b.reserved()).isBetween(BigDecimal.ZERO, b.onHand());
            if (minCost != null && b.onHand().signum() > 0) {
                assertThat(b.averageCost()).as("an average lies between the costs averaged")
                        .isBetween(minCost.setScale(4, RoundingMode.DOWN), maxCost.setScale(4, RoundingMode.UP));
            }
        }
        // The value by the average agrees with the value by the costs moved at, up to the average's rounding.
        BigDecimal tolerance = d("0.0001").multiply(BigDecimal.valueOf(ops.size() + 1)).multiply(d("3000"));
        assertThat(b.onHand().multiply(b.averageCost()).subtract(value).abs()).isLessThanOrEqualTo(tolerance);
    }
}
