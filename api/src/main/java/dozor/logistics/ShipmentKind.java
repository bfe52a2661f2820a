package dozor.logistics;

/** What a shipment carries and which way: to a customer, from a customer, or between our warehouses. */
public enum ShipmentKind {
    REPAIRED_DEVICE(Direction.TO_CUSTOMER), NEW_EQUIPMENT(Direction.TO_CUSTOMER),
    SWAP_REPLACEMENT(Direction.TO_CUSTOMER), PICKUP(Direction.FROM_CUSTOMER), CUSTOMER_RETURN(Direction.FROM_CUSTOMER),
    TRANSFER(Direction.BETWEEN_WAREHOUSES);

    public enum Direction {
        TO_CUSTOMER, FROM_CUSTOMER, BETWEEN_WAREHOUSES
    }

    private final Direction direction;

    ShipmentKind(Direction direction) {
        this.direction = direction;
    }

    public Direction direction() {
        return direction;
    }

    public boolean toCustomer() {
        return direction == Direction.TO_CUSTOMER;
    }

    public boolean fromCustomer() {
        return direction == Direction.FROM_CUSTOMER;
    }
}
