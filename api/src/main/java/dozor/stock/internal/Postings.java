package dozor.stock.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dozor.api.audit.AuditLog;
import dozor.api.outbox.Outbox;
import dozor.events.stock.StockMovementRecorded;
import dozor.shared.Ids;
import dozor.stock.ItemView;
import dozor.stock.MovementKind;
import dozor.stock.MovementView;
import dozor.stock.StockException;

/**
 * Posts one movement to the ledger: the serial unit and the balance row are locked (in that order, always), the
 * balance is changed by {@link Balance}, and the ledger line, the new balance, the unit's place, the audit record
 * and the event are written in the caller's transaction. A refusal throws before anything is written.
 */
@Component
public class Postings {

    private static final Set<String> NOT_HERE = Set.of("IN_STOCK", "IN_TRANSIT");

    private final Balances balances;

    private final Movements movements;

    private final SerialUnits serials;

    private final AuditLog audit;

    private final Outbox outbox;

    private final Clock clock;

    Postings(Balances balances, Movements movements, SerialUnits serials, AuditLog audit, Outbox outbox, Clock clock) {
        this.balances = balances;
        this.movements = movements;
        this.serials = serials;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What to post; {@code quantity} is positive, the kind gives the direction. */
    public record Posting(ItemView item, UUID warehouseId, MovementKind kind, BigDecimal quantity, BigDecimal unitCost,
            String serial, UUID requestId, UUID taskId, UUID transferId, String reason, boolean reserved) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public MovementView post(Posting p) {
        BigDecimal quantity = checkQuantity(p.item(), p.quantity(), p.serial());
        Instant now = clock.instant();
        UUID itemId = p.item().id();
        BigDecimal serialCost = p.serial() == null ? null : checkSerial(p, now);
        Balance before = balances.lock(itemId, p.warehouseId());
        Applied applied = apply(p, quantity, before, serialCost);
        balances.write(itemId, p.warehouseId(), before, applied.after());
        String actor = AuditLog.currentActor();
        MovementView movement = movements.append(line(p, quantity, applied, actor, now));
        if (p.serial() != null) {
            String status = p.kind().serialStatusAfter();
            serials.put(itemId, p.serial(), new SerialUnits.Place(status,
                    "IN_STOCK".equals(status) ? p.warehouseId() : null), now);
        }
        audit.record(action(p), "StockMovement", movement.id().toString(), before, movement);
        outbox.append(event(p, movement, now));
        return movement;
    }

    /** The balance after a posting and the cost the line moves at. */
    record Applied(Balance after, BigDecimal unitCost) {
    }

    /**
     * The one rule of a posting, for single lines and batches alike: incoming stock comes at its given cost (or the
     * unit's last, or the average) and re-averages; outgoing stock leaves at the average, only what is available.
     */
    static Applied apply(Posting p, BigDecimal quantity, Balance before, BigDecimal serialCost) {
        if (p.kind().incoming()) {
            BigDecimal unitCost = p.unitCost() != null ? p.unitCost()
                    : serialCost != null ? serialCost : before.averageCost();
            return new Applied(before.receive(quantity, unitCost), unitCost);
        }
        return new Applied(p.reserved() ? before.takeReserved(quantity) : before.take(quantity),
                before.averageCost());
    }

    /** The ledger line of a posting, before the database gives it its {@code seq}. */
    static MovementView line(Posting p, BigDecimal quantity, Applied applied, String actor, Instant now) {
        return new MovementView(Ids.newId(), 0, p.item().id(), p.warehouseId(), p.kind(),
                quantity.multiply(BigDecimal.valueOf(p.kind().sign())), applied.unitCost().setScale(
                        Balance.COST_SCALE, java.math.RoundingMode.HALF_UP), applied.after().onHand(),
                applied.after().averageCost(), p.serial(), p.requestId(), p.taskId(), p.transferId(), p.reason(), actor,
                now);
    }

    static String action(Posting p) {
        return "STOCK_" + p.kind().name();
    }

    static StockMovementRecorded event(Posting p, MovementView movement, Instant now) {
        return new StockMovementRecorded(Ids.newId(), now, StockMovementRecorded.CURRENT_VERSION, movement.id(),
                movement.itemId(), movement.warehouseId(), p.kind().name(), movement.quantity(), p.serial(),
                movement.unitCost(), movement.onHandAfter(), movement.averageCostAfter(), p.requestId(), p.taskId(),
                p.transferId(), p.reason(), movement.actor(), movement.seq());
    }

    /** Whole units for pieces and sets, exactly one unit with its serial for a serial-tracked item. */
    static BigDecimal checkQuantity(ItemView item, BigDecimal quantity, String serial) {
        if (quantity == null || quantity.signum() <= 0) {
            throw StockException.invalid("quantity", "Количество должно быть больше нуля");
        }
        if (quantity.stripTrailingZeros().scale() > Balance.QUANTITY_SCALE) {
            throw StockException.invalid("quantity", "Не больше трёх знаков после запятой");
        }
        if (item.unit().whole() && quantity.stripTrailingZeros().scale() > 0) {
            throw StockException.invalid("quantity", "Товар в единицах " + item.unit() + " считается целыми числами");
        }
        if (item.serialTracked()) {
            if (serial == null || serial.isBlank()) {
                throw StockException.invalid("serial", "Для «" + item.name() + "» нужен серийный номер");
            }
            if (quantity.compareTo(BigDecimal.ONE) != 0) {
                throw StockException.invalid("quantity", "Единица с серийным номером движется по одной");
            }
        }
        else if (serial != null) {
            throw StockException.invalid("serial", "«" + item.name() + "» учитывается без серийных номеров");
        }
        return quantity.setScale(Balance.QUANTITY_SCALE);
    }

    /** The unit must be where the movement says it is; returns the cost it last moved at, for a return. */
    private BigDecimal checkSerial(Posting p, Instant now) {
        Optional<SerialUnits.Place> place = serials.lock(p.item().id(), p.serial(), now);
        String where = place.map(SerialUnits.Place::status).orElse(null);
        if (p.kind() == MovementKind.TRANSFER_IN) {
            if (!"IN_TRANSIT".equals(where)) {
                throw StockException.conflict("Единица " + p.serial() + " не в пути");
            }
        }
        else if (p.kind().incoming()) {
            if (where != null && NOT_HERE.contains(where)) {
                throw StockException.conflict("Единица " + p.serial() + " уже числится на складе или в пути");
            }
        }
        else if (!"IN_STOCK".equals(where) || !p.warehouseId().equals(place.get().warehouseId())) {
            throw StockException.conflict("Единицы " + p.serial() + " нет на этом складе");
        }
        return p.kind().incoming() && p.kind() != MovementKind.RECEIPT
                ? movements.lastOfSerial(p.item().id(), p.serial()).map(MovementView::unitCost).orElse(null)
                : null;
    }
}
