package dozor.procurement.purchasing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.security.AppUsers;
import dozor.api.security.Role;
import dozor.notifications.Notice;
import dozor.notifications.NoticeType;
import dozor.notifications.Notifications;
import dozor.procurement.purchasing.internal.Reports;
import dozor.procurement.purchasing.internal.Reports.Quality;
import dozor.procurement.purchasing.internal.Reports.TimedLine;
import dozor.shared.Minsk;

/** Late deliveries (listed, and announced to procurement once per line) and suppliers' performance over a period. */
@Service
public class SupplierReports {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Reports reports;

    private final Notifications notifications;

    private final AppUsers users;

    private final Clock clock;

    SupplierReports(Reports reports, Notifications notifications, AppUsers users, Clock clock) {
        this.reports = reports;
        this.notifications = notifications;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<LateLine> late(int limit) {
        return reports.late(today(), false, limit);
    }

    /**
     * Tells every procurement user about each open line that has become late since the last look, once per line
     * (the line is marked, and the notice is keyed by the line). Returns how many lines were announced.
     */
    @Transactional
    public int announceLate() {
        List<String> buyers = users.withRole(Role.PROCUREMENT);
        List<LateLine> late = reports.late(today(), true, 500);
        Instant now = clock.instant();
        for (LateLine l : late) {
            if (!buyers.isEmpty()) {
                String owed = l.outstanding().stripTrailingZeros().toPlainString();
                notifications.notify(Notice.of(NoticeType.PURCHASE_LATE, "purchase-late:" + l.orderLineId(), buyers,
                        "Просрочена поставка по заказу " + l.orderNumber(),
                        "Поставщик «" + l.supplierName() + "» должен был поставить " + owed + " ед. к "
                                + l.expectedDate() + "; опоздание " + l.daysLate() + " дн.")
                        .withEnglish("Late delivery on order " + l.orderNumber(), "Supplier " + l.supplierName()
                                + " owes " + owed + " units due " + l.expectedDate() + ", " + l.daysLate()
                                + " day(s) late.")
                        .withEntity("PurchaseOrder", l.orderId().toString()));
            }
            reports.notified(l.orderLineId(), now);
        }
        return late.size();
    }

    @Transactional(readOnly = true)
    public List<SupplierPerformance> performance(int days) {
        if (days < 1 || days > 366) {
            throw PurchasingException.invalid("days", "Период — от 1 до 366 дней");
        }
        LocalDate today = today();
        Instant since = clock.instant().minus(Duration.ofDays(days));
        return compute(reports.timedLines(today.minusDays(days), today, since), reports.quality(since), today);
    }

    /** The figures from the lines and the deliveries of the period; pure, so the arithmetic is tested alone. */
    static List<SupplierPerformance> compute(List<TimedLine> lines, List<Quality> quality, LocalDate today) {
        record Acc(String name, int[] counts, long[] delay, Quality quality) {
        }
        Map<UUID, Acc> bySupplier = new LinkedHashMap<>();
        for (TimedLine l : lines) {
            Acc a = bySupplier.computeIfAbsent(l.supplierId(),
                    id -> new Acc(l.supplierName(), new int[2], new long[1], null));
            LocalDate done = l.completedAt() == null ? today : LocalDate.ofInstant(l.completedAt(), Minsk.ZONE);
            long late = Math.max(0, done.toEpochDay() - l.expected().toEpochDay());
            a.counts()[0]++;
            if (l.completedAt() != null && late == 0) {
                a.counts()[1]++;
            }
            a.delay()[0] += late;
        }
        for (Quality q : quality) {
            Acc a = bySupplier.get(q.supplierId());
            bySupplier.put(q.supplierId(), a == null ? new Acc(q.supplierName(), new int[2], new long[1], q)
                    : new Acc(a.name(), a.counts(), a.delay(), q));
        }
        List<SupplierPerformance> result = new ArrayList<>();
        bySupplier.forEach((id, a) -> {
            int n = a.counts()[0];
            Quality q = a.quality();
            BigDecimal received = q == null ? BigDecimal.ZERO : q.received();
            BigDecimal rejected = q == null ? BigDecimal.ZERO : q.rejected();
            BigDecimal returned = q == null ? BigDecimal.ZERO : q.returned();
            result.add(new SupplierPerformance(id, a.name(), n, a.counts()[1],
                    n == 0 ? null : percent(BigDecimal.valueOf(a.counts()[1]), BigDecimal.valueOf(n)),
                    n == 0 ? null : BigDecimal.valueOf(a.delay()[0]).divide(BigDecimal.valueOf(n), 2,
                            RoundingMode.HALF_UP),
                    received, rejected, returned,
                    received.signum() == 0 ? null : percent(rejected.add(returned), received)));
        });
        result.sort(Comparator.comparing(SupplierPerformance::supplierName));
        return result;
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Minsk.ZONE);
    }
}
