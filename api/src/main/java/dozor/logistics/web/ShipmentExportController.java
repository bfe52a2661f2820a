package dozor.logistics.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import dozor.logistics.CarrierView;
import dozor.logistics.ShipmentKind;
import dozor.logistics.ShipmentStatus;
import dozor.logistics.ShipmentView;
import dozor.logistics.Shipments;
import dozor.shared.ExportTable;
import dozor.shared.Minsk;
import dozor.stock.Catalogue;
import dozor.stock.ItemView;
import dozor.stock.WarehouseView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The shipments board of the web UI as XLSX or CSV, with the board's filters: status and planned day (as the list
 * endpoint), carrier, kind and a number / tracking number search. Column titles and values are Russian.
 */
@RestController
@Tag(name = "Логистика: выгрузка", description = "The shipments list as XLSX or CSV")
class ShipmentExportController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(Minsk.ZONE);

    /** As many as the list endpoint answers at most, so the file holds what the board can show. */
    static final int MAX_ROWS = 500;

    static final Map<ShipmentKind, String> KIND = Map.of(ShipmentKind.REPAIRED_DEVICE, "Отремонтированный аппарат",
            ShipmentKind.NEW_EQUIPMENT, "Новое оборудование", ShipmentKind.SWAP_REPLACEMENT, "Подменный аппарат",
            ShipmentKind.PICKUP, "Забор у клиента", ShipmentKind.CUSTOMER_RETURN, "Возврат от клиента",
            ShipmentKind.TRANSFER, "Перемещение между складами");

    static final Map<ShipmentStatus, String> STATUS = Map.of(ShipmentStatus.PLANNED, "Запланирована",
            ShipmentStatus.DISPATCHED, "Отправлена", ShipmentStatus.IN_TRANSIT, "В пути", ShipmentStatus.DELIVERED,
            "Доставлена", ShipmentStatus.FAILED, "Не доставлена", ShipmentStatus.RETURNED, "Возвращена",
            ShipmentStatus.CANCELLED, "Отменена");

    private static final List<String> COLUMNS = List.of("Номер", "Вид", "Статус", "Дата", "Перевозчик", "Трек-номер",
            "Маршрут", "Откуда", "Куда", "Получатель", "Телефон", "Состав", "Количество", "Отправлена", "Доставлена");

    private final Shipments shipments;

    private final Catalogue catalogue;

    ShipmentExportController(Shipments shipments, Catalogue catalogue) {
        this.shipments = shipments;
        this.catalogue = catalogue;
    }

    @GetMapping("/api/v1/logistics/export/shipments")
    @Operation(summary = "The shipments list as XLSX or CSV, filtered as on the board")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(defaultValue = "xlsx") @Pattern(regexp = "xlsx|csv") String format,
            @RequestParam(required = false) ShipmentStatus status,
            @RequestParam(required = false) LocalDate plannedDate,
            @RequestParam(required = false) @Size(max = 40) String carrier,
            @RequestParam(required = false) ShipmentKind kind, @RequestParam(required = false) @Size(max = 100) String q) {
        Map<String, String> carriers = shipments.carriers().stream()
                .collect(Collectors.toMap(CarrierView::code, CarrierView::name));
        Map<UUID, String> warehouses = catalogue.warehouses(null).stream()
                .collect(Collectors.toMap(WarehouseView::id, w -> w.code() + " · " + w.name()));
        Map<UUID, String> items = new HashMap<>();
        String text = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
        List<List<Object>> rows = new ArrayList<>();
        for (ShipmentView s : shipments.shipments(null, status, plannedDate, MAX_ROWS)) {
            if ((carrier != null && !carrier.isBlank() && !carrier.equals(s.carrier())) || (kind != null && s.kind() != kind)
                    || (text != null && !matches(s, text))) {
                continue;
            }
            String contents = s.lines().stream().map(l -> itemName(items, l.itemId()) + " × " + plain(l.quantity())
                    + (l.serial() == null ? "" : " (" + l.serial() + ")")).collect(Collectors.joining("; "));
            BigDecimal quantity = s.lines().stream().map(ShipmentView.Line::quantity).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            String from = s.fromWarehouseId() != null ? warehouses.getOrDefault(s.fromWarehouseId(), "") : nz(s.address());
            String to = s.toWarehouseId() != null ? warehouses.getOrDefault(s.toWarehouseId(), "") : nz(s.address());
            rows.add(List.of(s.number(), KIND.get(s.kind()), STATUS.get(s.status()), DAY.format(s.plannedDate()),
                    carriers.getOrDefault(s.carrier(), s.carrier()), nz(s.trackingNumber()), nz(s.route()), from, to,
                    nz(s.recipient()), nz(s.recipientPhone()), contents, quantity, time(s.dispatchedAt()),
                    time(s.deliveredAt())));
        }
        return new ExportTable("Отгрузки", "otgruzki", COLUMNS, rows).response(format);
    }

    private static boolean matches(ShipmentView s, String text) {
        return s.number().toLowerCase(Locale.ROOT).contains(text)
                || (s.trackingNumber() != null && s.trackingNumber().toLowerCase(Locale.ROOT).contains(text));
    }

    private String itemName(Map<UUID, String> names, UUID id) {
        return names.computeIfAbsent(id, key -> {
            try {
                ItemView item = catalogue.item(key);
                return item.name();
            }
            catch (RuntimeException gone) {
                return key.toString();
            }
        });
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String time(Instant at) {
        return at == null ? "" : HUMAN.format(at);
    }
}
