package dozor.logistics;

import java.time.LocalDate;
import java.util.List;

/** A day's shipments grouped by carrier and route, in the order a dispatcher hands them out. */
public record DayPlan(LocalDate date, int total, List<Group> groups) {

    public record Group(String carrier, String carrierName, String route, List<ShipmentView> shipments) {
    }
}
