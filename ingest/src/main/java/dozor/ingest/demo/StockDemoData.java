package dozor.ingest.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dozor.api.settings.AppSettings;
import dozor.api.time.EventTimeClock;
import dozor.finance.rates.ExchangeRates;
import dozor.finance.rates.NbrbRate;
import dozor.procurement.suppliers.SupplierCommands.ItemTerms;
import dozor.procurement.suppliers.SupplierCommands.NewContract;
import dozor.procurement.suppliers.SupplierCommands.NewSupplier;
import dozor.procurement.suppliers.Suppliers;
import dozor.shared.Minsk;
import dozor.stock.Catalogue;
import dozor.stock.Commands.ItemChange;
import dozor.stock.Commands.NewItem;
import dozor.stock.Commands.NewMovement;
import dozor.stock.Commands.NewTransfer;
import dozor.stock.Commands.NewWarehouse;
import dozor.stock.ItemCategory;
import dozor.stock.MovementKind;
import dozor.stock.StockLedger;
import dozor.stock.UnitOfMeasure;
import dozor.stock.WarehouseKind;

/**
 * Demo stock for a new installation: warehouses, a catalogue of parts, equipment, consumables and tools, and 13
 * weeks of history lived through at the times it would have happened, through the stock feature's public API —
 * receipts whenever an item ran below two weeks of demand, sales shipments and consumables used up week by week
 * (steady, uneven and occasional items, so ABC/XYZ and the reorder plan have something to say), transfers to the
 * regional warehouse, the van and the swap pool, and one transfer still on its way. One item is left short on
 * purpose: its last order was never placed. Boards come from a supplier in China priced in USD, with the National
 * Bank's USD, EUR and RUB rates of those weeks. Loaded once: the flag and everything it creates commit together.
 */
@Component
@Order(11)
@ConditionalOnProperty(name = "dozor.demo.enabled", havingValue = "true")
class StockDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StockDemoData.class);

    static final String FLAG = "demo.stock.loaded";

    static final int WEEKS = 13;

    /** How an item is consumed week by week. */
    enum Pattern {
        STEADY, UNEVEN, OCCASIONAL, NONE
    }

    record Spec(String sku, String name, ItemCategory category, UnitOfMeasure unit, boolean serial, String price,
            double weekly, Pattern pattern, MovementKind consumedAs) {
    }

    static final List<Spec> CATALOGUE = List.of(
            new Spec("HDD-1TB", "Жёсткий диск 1 ТБ WD Purple", ItemCategory.SPARE_PART, UnitOfMeasure.PCS, false,
                    "165.00", 6, Pattern.STEADY, MovementKind.SHIPMENT),
            new Spec("HDD-2TB", "Жёсткий диск 2 ТБ WD Purple", ItemCategory.SPARE_PART, UnitOfMeasure.PCS, false,
                    "230.00", 4, Pattern.STEADY, MovementKind.SHIPMENT),
            new Spec("HDD-4TB", "Жёсткий диск 4 ТБ Seagate SkyHawk", ItemCategory.SPARE_PART, UnitOfMeasure.PCS, false,
                    "390.00", 2, Pattern.UNEVEN, MovementKind.SHIPMENT),
            new Spec("PSU-12V5A", "Блок питания 12 В 5 А", ItemCategory.SPARE_PART, UnitOfMeasure.PCS, false, "38.00", 8,
                    Pattern.STEADY, MovementKind.SHIPMENT),
            new Spec("SD-128", "Карта памяти microSD 128 ГБ", ItemCategory.SPARE_PART, UnitOfMeasure.PCS, false,
                    "45.00", 5, Pattern.UNEVEN, MovementKind.SHIPMENT),
            new Spec("MB-DVR8", "Плата видеорегистратора, 8 каналов", ItemCategory.SPARE_PART, UnitOfMeasure.PCS,
                    false, "260.00", 1, Pattern.OCCASIONAL, MovementKind.SHIPMENT),
            new Spec("FAN-40", "Вентилятор 40 мм", ItemCategory.SPARE_PART, UnitOfMeasure.PCS, false, "9.00", 10,
                    Pattern.STEADY, MovementKind.SHIPMENT),
            new Spec("DVR-HIK8", "Видеорегистратор Hikvision DS-7608NI-K2", ItemCategory.EQUIPMENT, UnitOfMeasure.PCS,
                    true, "820.00", 1, Pattern.OCCASIONAL, MovementKind.SHIPMENT),
            new Spec("DVR-MOB4", "Автомобильный видеорегистратор, 4 канала", ItemCategory.EQUIPMENT,
                    UnitOfMeasure.PCS, true, "1150.00", 1, Pattern.OCCASIONAL, MovementKind.SHIPMENT),
            new Spec("CAM-IP4", "IP-камера 4 Мп Dahua", ItemCategory.EQUIPMENT, UnitOfMeasure.PCS, false, "210.00", 3,
                    Pattern.UNEVEN, MovementKind.SHIPMENT),
            new Spec("CBL-UTP5E", "Кабель UTP 5e", ItemCategory.CONSUMABLE, UnitOfMeasure.M, false, "0.85", 150,
                    Pattern.STEADY, MovementKind.WRITE_OFF),
            new Spec("CON-BNC", "Разъём BNC", ItemCategory.CONSUMABLE, UnitOfMeasure.PCS, false, "1.20", 40,
                    Pattern.STEADY, MovementKind.WRITE_OFF),
            new Spec("TUBE-HS", "Термоусадочная трубка", ItemCategory.CONSUMABLE, UnitOfMeasure.M, false, "0.60", 20,
                    Pattern.UNEVEN, MovementKind.WRITE_OFF),
            new Spec("TOOL-SOLDER", "Паяльная станция", ItemCategory.TOOL, UnitOfMeasure.PCS, false, "320.00", 0,
                    Pattern.NONE, null),
            new Spec("TOOL-METER", "Мультиметр", ItemCategory.TOOL, UnitOfMeasure.PCS, false, "95.00", 0,
                    Pattern.NONE, null));

    /**
     * Suppliers: code, name, УНП, lead time in days, contract's payment terms in days, the SKUs they sell, and
     * country and currency (a Belarusian one invoices in BYN).
     */
    record SupplierSpec(String code, String name, String unp, int leadDays, int paymentDays, List<String> skus,
            String country, String currency) {

        SupplierSpec(String code, String name, String unp, int leadDays, int paymentDays, List<String> skus) {
            this(code, name, unp, leadDays, paymentDays, skus, "BY", "BYN");
        }
    }

    static final List<SupplierSpec> SUPPLIERS = List.of(
            new SupplierSpec("TEHNOSNAB", "ООО «ТехноСнаб»", "192245025", 5, 30,
                    List.of("HDD-1TB", "HDD-2TB", "HDD-4TB", "PSU-12V5A", "SD-128", "FAN-40", "TOOL-SOLDER",
                            "TOOL-METER")),
            new SupplierSpec("VIDEOSYS", "ООО «ВидеоСистемы Дистрибуция»", "100882010", 14, 14,
                    List.of("DVR-HIK8", "DVR-MOB4", "CAM-IP4")),
            new SupplierSpec("KABEL", "ЧТУП «КабельЦентр»", "690555125", 3, 7,
                    List.of("CBL-UTP5E", "CON-BNC", "TUBE-HS")),
            // Boards come from the maker in China, priced in USD: the plan shows the dollar price, a receipt costs
            // it in BYN at the National Bank's rate of the day.
            new SupplierSpec("SZ-BOARDS", "Shenzhen DVR Boards Co., Ltd.", null, 30, 0, List.of("MB-DVR8"), "CN",
                    "USD"));

    /** Official rates loaded with the demo (BYN per scale units), around which they move day by day. */
    record RateSpec(String currency, int scale, String around) {
    }

    static final List<RateSpec> RATES = List.of(new RateSpec("USD", 1, "3.2518"), new RateSpec("EUR", 1, "3.5487"),
            new RateSpec("RUB", 100, "3.9874"));

    /** Packs the suppliers sell in (default 1); the minimum order is two packs. */
    static final Map<String, Integer> PACKS = Map.of("FAN-40", 10, "SD-128", 5, "PSU-12V5A", 5, "CBL-UTP5E", 305,
            "CON-BNC", 100, "TUBE-HS", 10, "CAM-IP4", 2);

    /** Left short: its orders of the last six weeks were never placed, so it has run out. */
    static final String SHORT = "HDD-4TB";

    private final Catalogue catalogue;

    private final StockLedger ledger;

    private final Suppliers suppliers;

    private final AppSettings settings;

    private final TransactionTemplate tx;

    private final EventTimeClock clock;

    private final Random random = new Random(20261126L);

    private final Map<String, UUID> items = new HashMap<>();

    private final Map<String, BigDecimal> central = new HashMap<>();

    private final Map<String, List<String>> serialsInStock = new HashMap<>();

    private int serialCounter;

    private int movements;

    private final ExchangeRates rates;

    StockDemoData(Catalogue catalogue, StockLedger ledger, Suppliers suppliers, AppSettings settings,
            TransactionTemplate tx, EventTimeClock clock, ExchangeRates rates) {
        this.rates = rates;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.suppliers = suppliers;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean loaded = tx.execute(status -> {
            if (!settings.putIfAbsent(FLAG, clock.instant().toString())) {
                return false;
            }
            DemoData.asTheAdministrator(this::load);
            return true;
        });
        if (Boolean.TRUE.equals(loaded)) {
            log.info("Loaded demo stock: {} items, {} movements over {} weeks", items.size(), movements, WEEKS);
        }
    }

    private void load() {
        Instant now = clock.instant();
        LocalDate thisWeek = LocalDate.now(Minsk.ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate start = thisWeek.minusWeeks(WEEKS);
        Instant opening = at(start.minusDays(3), 10);
        UUID msk = at(opening, () -> catalogue.createWarehouse(new NewWarehouse("MSK", "Центральный склад (Минск)",
                WarehouseKind.CENTRAL, "Минск", null))).id();
        UUID gml = at(opening, () -> catalogue.createWarehouse(new NewWarehouse("GML", "Региональный склад (Гомель)",
                WarehouseKind.REGIONAL, "Гомель", null))).id();
        at(opening, () -> catalogue.createWarehouse(new NewWarehouse("RL", "Ремонтный участок", WarehouseKind.REPAIR_LINE,
                "Минск", null)));
        UUID van = at(opening, () -> catalogue.createWarehouse(new NewWarehouse("VAN-1", "Автомобиль выездного инженера",
                WarehouseKind.VAN, "Минск", "engineer"))).id();
        UUID swap = at(opening, () -> catalogue.createWarehouse(new NewWarehouse("SWAP", "Подменный фонд",
                WarehouseKind.SWAP_POOL, "Минск", null))).id();
        for (Spec spec : CATALOGUE) {
            UUID id = at(opening, () -> catalogue.createItem(new NewItem(spec.sku(), spec.name(), spec.category(),
                    spec.unit(), spec.serial(), null, null))).id();
            items.put(spec.sku(), id);
            central.put(spec.sku(), BigDecimal.ZERO);
            serialsInStock.put(spec.sku(), new ArrayList<>());
            // Opening stock: five weeks of demand (tools: a couple each).
            double opening5 = spec.pattern() == Pattern.NONE ? 2 : Math.max(3, spec.weekly() * 5);
            receive(spec, msk, (int) Math.round(opening5), at(start.minusDays(2), 11));
        }

        for (SupplierSpec supplier : SUPPLIERS) {
            UUID id = at(opening, () -> suppliers.create(new NewSupplier(supplier.code(), supplier.name(),
                    supplier.unp(), supplier.country(), supplier.currency(), null, null))).id();
            at(opening, () -> suppliers.addContract(id, new NewContract("Д-" + supplier.code() + "-1",
                    start.minusMonths(6), null, supplier.paymentDays(), 12, supplier.currency(), null)));
            for (String sku : supplier.skus()) {
                Spec spec = spec(sku);
                BigDecimal pack = BigDecimal.valueOf(PACKS.getOrDefault(sku, 1));
                // A foreign list price is the BYN one at the usual rate, in whole cents.
                BigDecimal price = "BYN".equals(supplier.currency()) ? new BigDecimal(spec.price())
                        : new BigDecimal(spec.price()).divide(new BigDecimal(rate(supplier.currency()).around()), 2,
                                RoundingMode.HALF_UP);
                at(opening, () -> suppliers.putItem(id, items.get(sku), new ItemTerms(null,
                        price, supplier.currency(), supplier.leadDays(), pack.multiply(BigDecimal.valueOf(2)),
                        pack)));
                at(opening, () -> catalogue.changeItem(items.get(sku), new ItemChange(null, null, id)));
            }
        }

        for (int week = 0; week < WEEKS; week++) {
            LocalDate monday = start.plusWeeks(week);
            for (Spec spec : CATALOGUE) {
                int demand = demand(spec);
                for (int day = 0; day < 5 && demand > 0; day++) {
                    int share = day == 4 ? demand : Math.min(demand, (int) Math.ceil(demand / (5.0 - day)));
                    if (share == 0) {
                        continue;
                    }
                    Instant t = at(monday.plusDays(day), 10 + random.nextInt(7));
                    if (t.isAfter(now)) {
                        break;
                    }
                    demand -= consume(spec, msk, share, t);
                }
                // Reorder when below two weeks of demand: four weeks arrive on Thursday.
                boolean lastWeeks = week >= WEEKS - 6;
                if (spec.pattern() != Pattern.NONE && !(spec.sku().equals(SHORT) && lastWeeks)
                        && central.get(spec.sku()).doubleValue() < spec.weekly() * 2) {
                    Instant t = at(monday.plusDays(3), 15);
                    if (t.isBefore(now)) {
                        receive(spec, msk, (int) Math.max(2, Math.round(spec.weekly() * 4)), t);
                    }
                }
            }
            if (week % 4 == 1) {
                for (String sku : List.of("HDD-1TB", "PSU-12V5A", "SD-128", "CON-BNC")) {
                    Spec spec = spec(sku);
                    transfer(spec, msk, gml, (int) Math.max(2, Math.round(spec.weekly())), at(monday, 9), at(monday.plusDays(2), 12));
                }
            }
        }
        LocalDate lastWeek = thisWeek.minusWeeks(1);
        transfer(spec("CBL-UTP5E"), msk, van, 50, at(lastWeek, 9), at(lastWeek, 11));
        transfer(spec("CON-BNC"), msk, van, 20, at(lastWeek, 9), at(lastWeek, 11));
        transfer(spec("DVR-HIK8"), msk, swap, 1, at(lastWeek.plusDays(1), 9), at(lastWeek.plusDays(1), 14));
        transfer(spec("DVR-MOB4"), msk, swap, 1, at(lastWeek.plusDays(1), 9), at(lastWeek.plusDays(1), 14));
        // On its way to Gomel now.
        Instant yesterday = DemoData.working(now.minusSeconds(26 * 3600), random);
        if (yesterday.isBefore(now)) {
            transfer(spec("HDD-2TB"), msk, gml, 2, yesterday, null);
        }
        loadRates(opening, now);
    }

    /**
     * The National Bank's rates of USD, EUR and 100 RUB for every working day from the opening until today, moving
     * gently around their usual level (a formula, not the demo's random numbers, so the history above stays as it
     * was); weekends have none, so their rate is Friday's.
     */
    private void loadRates(Instant from, Instant now) {
        List<NbrbRate> published = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(now, Minsk.ZONE);
        int n = 0;
        for (LocalDate day = LocalDate.ofInstant(from, Minsk.ZONE); !day.isAfter(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            n++;
            for (RateSpec r : RATES) {
                double drift = 1 + 0.012 * Math.sin(n / 6.0 + r.currency().hashCode() % 5);
                published.add(new NbrbRate(r.currency(), r.scale(), new BigDecimal(r.around())
                        .multiply(BigDecimal.valueOf(drift)).setScale(4, RoundingMode.HALF_UP), day + "T00:00:00"));
            }
        }
        rates.importRates(published, "IMPORT");
    }

    private static RateSpec rate(String currency) {
        return RATES.stream().filter(r -> r.currency().equals(currency)).findFirst().orElseThrow();
    }

    private int demand(Spec spec) {
        return switch (spec.pattern()) {
            case STEADY -> (int) Math.round(spec.weekly() * (0.85 + 0.3 * random.nextDouble()));
            case UNEVEN -> (int) Math.round(spec.weekly() * (0.3 + 1.4 * random.nextDouble()));
            case OCCASIONAL -> random.nextDouble() < 0.45 ? 1 + random.nextInt(2) : 0;
            case NONE -> 0;
        };
    }

    private void receive(Spec spec, UUID warehouse, int quantity, Instant t) {
        BigDecimal price = new BigDecimal(spec.price()).multiply(BigDecimal.valueOf(0.95 + 0.1 * random.nextDouble()))
                .setScale(2, RoundingMode.HALF_UP);
        if (spec.serial()) {
            for (int i = 0; i < quantity; i++) {
                String serial = spec.sku() + "-" + String.format("%05d", ++serialCounter);
                post(new NewMovement(MovementKind.RECEIPT, items.get(spec.sku()), warehouse, BigDecimal.ONE, price,
                        serial, null, null, null), t);
                serialsInStock.get(spec.sku()).add(serial);
            }
        }
        else {
            post(new NewMovement(MovementKind.RECEIPT, items.get(spec.sku()), warehouse, BigDecimal.valueOf(quantity),
                    price, null, null, null, null), t);
        }
        central.merge(spec.sku(), BigDecimal.valueOf(quantity), BigDecimal::add);
    }

    /** Consumes what is there (never more); returns the quantity consumed. */
    private int consume(Spec spec, UUID warehouse, int wanted, Instant t) {
        int quantity = Math.min(wanted, central.get(spec.sku()).intValue());
        if (quantity <= 0) {
            return wanted; // nothing left: the demand of this week is lost (a stock-out)
        }
        String reason = spec.consumedAs() == MovementKind.WRITE_OFF ? "Израсходовано на монтаже" : null;
        if (spec.serial()) {
            for (int i = 0; i < quantity; i++) {
                String serial = serialsInStock.get(spec.sku()).remove(0);
                post(new NewMovement(spec.consumedAs(), items.get(spec.sku()), warehouse, BigDecimal.ONE, null,
                        serial, null, null, reason), t);
            }
        }
        else {
            post(new NewMovement(spec.consumedAs(), items.get(spec.sku()), warehouse, BigDecimal.valueOf(quantity),
                    null, null, null, null, reason), t);
        }
        central.merge(spec.sku(), BigDecimal.valueOf(-quantity), BigDecimal::add);
        return quantity;
    }

    private void transfer(Spec spec, UUID from, UUID to, int wanted, Instant sent, Instant received) {
        int quantity = Math.min(wanted, central.get(spec.sku()).intValue());
        if (quantity <= 0 || sent.isAfter(clock.instant())) {
            return;
        }
        List<UUID> transfers = new ArrayList<>();
        if (spec.serial()) {
            for (int i = 0; i < quantity; i++) {
                String serial = serialsInStock.get(spec.sku()).remove(0);
                transfers.add(at(sent, () -> ledger.dispatch(new NewTransfer(items.get(spec.sku()), from, to,
                        BigDecimal.ONE, serial))).id());
            }
        }
        else {
            transfers.add(at(sent, () -> ledger.dispatch(new NewTransfer(items.get(spec.sku()), from, to,
                    BigDecimal.valueOf(quantity), null))).id());
        }
        movements += transfers.size();
        central.merge(spec.sku(), BigDecimal.valueOf(-quantity), BigDecimal::add);
        if (received != null && received.isBefore(clock.instant())) {
            for (UUID id : transfers) {
                at(received, () -> ledger.receive(id));
                movements++;
            }
        }
    }

    private void post(NewMovement movement, Instant t) {
        at(t, () -> ledger.record(movement));
        movements++;
    }

    private <T> T at(Instant t, Supplier<T> work) {
        return clock.at(t, work);
    }

    private static Spec spec(String sku) {
        return CATALOGUE.stream().filter(s -> s.sku().equals(sku)).findFirst().orElseThrow();
    }

    /** A working moment of a Minsk day at the given hour. */
    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(Minsk.ZONE).toInstant();
    }
}
