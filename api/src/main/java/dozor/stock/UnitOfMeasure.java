package dozor.stock;

/** Units of the catalogue; pieces and sets are counted in whole numbers, metres, litres and kilograms are not. */
public enum UnitOfMeasure {
    PCS(true), SET(true), M(false), L(false), KG(false);

    private final boolean whole;

    UnitOfMeasure(boolean whole) {
        this.whole = whole;
    }

    public boolean whole() {
        return whole;
    }
}
