package dozor.stock;

/** What an item is for: spare parts and equipment (recorders, cameras, storage) are sold or fitted, the rest used. */
public enum ItemCategory {
    SPARE_PART, EQUIPMENT, CONSUMABLE, TOOL
}
