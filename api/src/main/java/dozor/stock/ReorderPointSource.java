package dozor.stock;

/** Where a reorder point comes from: typed by a person, or written by procurement's reorder plan. */
public enum ReorderPointSource {
    MANUAL, PLAN
}
