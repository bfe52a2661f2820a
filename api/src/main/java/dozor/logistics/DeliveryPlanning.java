package dozor.logistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dozor.logistics.internal.PlanPrint;
import dozor.logistics.internal.ShipmentRows;

/** The day's delivery plan: shipments planned for a date (not cancelled), by carrier and route, and its print. */
@Service
public class DeliveryPlanning {

    private final ShipmentRows rows;

    private final PlanPrint print;

    DeliveryPlanning(ShipmentRows rows, PlanPrint print) {
        this.rows = rows;
        this.print = print;
    }

    @Transactional(readOnly = true)
    public DayPlan plan(LocalDate date) {
        if (date == null) {
            throw LogisticsException.invalid("date", "Укажите дату");
        }
        Map<String, String> names = new LinkedHashMap<>();
        rows.carriers().forEach(c -> names.put(c.code(), c.name()));
        List<ShipmentView> shipments = rows.plannedFor(date);
        List<DayPlan.Group> groups = new ArrayList<>();
        for (ShipmentView s : shipments) {
            DayPlan.Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last == null || !last.carrier().equals(s.carrier()) || !Objects.equals(last.route(), s.route())) {
                last = new DayPlan.Group(s.carrier(), names.get(s.carrier()), s.route(), new ArrayList<>());
                groups.add(last);
            }
            last.shipments().add(s);
        }
        return new DayPlan(date, shipments.size(), groups.stream()
                .map(g -> new DayPlan.Group(g.carrier(), g.carrierName(), g.route(), List.copyOf(g.shipments())))
                .toList());
    }

    /** The plan as a printable PDF (Russian headings, one table per carrier and route). */
    @Transactional(readOnly = true)
    public byte[] pdf(LocalDate date) {
        return print.pdf(plan(date));
    }
}
