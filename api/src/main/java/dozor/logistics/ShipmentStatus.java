package dozor.logistics;

import java.util.Set;

/**
 * PLANNED → DISPATCHED → IN_TRANSIT → DELIVERED, or FAILED / RETURNED on the way, or CANCELLED before dispatch.
 * The rank orders them along the way: a report can only move a shipment to a higher rank, so a late "in transit"
 * never takes a delivered shipment back.
 */
public enum ShipmentStatus {
    PLANNED(0, "запланирована"), DISPATCHED(1, "отправлена"), IN_TRANSIT(2, "в пути"), DELIVERED(3, "доставлена"),
    FAILED(3, "не доставлена"), RETURNED(3, "возвращена"), CANCELLED(3, "отменена");

    /** What a carrier (or a user reporting for it) may say about a shipment on its way. */
    public static final Set<ShipmentStatus> ON_THE_WAY = Set.of(IN_TRANSIT, DELIVERED, FAILED, RETURNED);

    private final int rank;

    private final String russian;

    ShipmentStatus(int rank, String russian) {
        this.rank = rank;
        this.russian = russian;
    }

    /** The status in a Russian sentence: «Отгрузка ОТ-2026-000001 уже отправлена». */
    public String russian() {
        return russian;
    }

    public int rank() {
        return rank;
    }

    public boolean finished() {
        return rank == 3;
    }

    /** Whether {@code to} follows this status on the way (dispatch and cancellation have their own actions). */
    public boolean movesOnTo(ShipmentStatus to) {
        return (this == DISPATCHED || this == IN_TRANSIT) && ON_THE_WAY.contains(to) && to.rank > rank;
    }
}
