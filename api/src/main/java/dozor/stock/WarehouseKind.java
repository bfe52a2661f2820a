package dozor.stock;

/** Where stock is kept: the central and regional warehouses, the repair line, an engineer's van, the swap pool. */
public enum WarehouseKind {
    CENTRAL, REGIONAL, REPAIR_LINE, VAN, SWAP_POOL
}
