package dozor.procurement.plan;

/** How steady an item's weekly consumption is, by its coefficient of variation: X steady, Y fluctuating, Z erratic. */
public enum XyzClass {
    X, Y, Z
}
