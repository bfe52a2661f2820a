package dozor.stock;

import java.util.Set;

/**
 * Every change of stock is one of these movements; on hand is their sum. The sign says which way the quantity goes,
 * and for a serial-tracked unit each kind says where the unit is afterwards.
 */
public enum MovementKind {
    RECEIPT(1, "IN_STOCK"), ISSUE_TO_WORK(-1, "IN_WORK"), RETURN_FROM_WORK(1, "IN_STOCK"),
    TRANSFER_OUT(-1, "IN_TRANSIT"), TRANSFER_IN(1, "IN_STOCK"), WRITE_OFF(-1, "WRITTEN_OFF"),
    ADJUSTMENT_SURPLUS(1, "IN_STOCK"), ADJUSTMENT_SHORTAGE(-1, "WRITTEN_OFF"), SHIPMENT(-1, "WITH_CUSTOMER"),
    RETURN_FROM_CUSTOMER(1, "IN_STOCK");

    /** Kinds a logistics clerk may record (transfers have their own endpoint). */
    public static final Set<MovementKind> LOGISTICS = Set.of(SHIPMENT, RETURN_FROM_CUSTOMER);

    /** Kinds that need a reason: the inventory count and write-offs are explained. */
    public static final Set<MovementKind> WITH_REASON = Set.of(WRITE_OFF, ADJUSTMENT_SURPLUS, ADJUSTMENT_SHORTAGE);

    private final int sign;

    private final String serialStatusAfter;

    MovementKind(int sign, String serialStatusAfter) {
        this.sign = sign;
        this.serialStatusAfter = serialStatusAfter;
    }

    public int sign() {
        return sign;
    }

    public boolean incoming() {
        return sign > 0;
    }

    /** Where a serial-tracked unit is afterwards: IN_STOCK, IN_WORK, IN_TRANSIT, WITH_CUSTOMER, WRITTEN_OFF. */
    public String serialStatusAfter() {
        return serialStatusAfter;
    }
}
