-- Issue 4: logistics. Shipments to and from customers and between warehouses, by a carrier, with their status
-- history; carriers' tracking webhooks are recorded once per event (carrier + event key) whatever they changed.
CREATE TABLE carrier (
    code   text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    name   text    NOT NULL,
    active boolean NOT NULL DEFAULT true
);
INSERT INTO carrier (code, name) VALUES
    ('BELPOCHTA', 'Белпочта'), ('EVROPOCHTA', 'Европочта'), ('CDEK', 'СДЭК'), ('DPD', 'DPD'),
    ('OWN_COURIER', 'Свой курьер');

CREATE SEQUENCE shipment_number;

CREATE TABLE shipment (
    id                uuid PRIMARY KEY,
    number            text        NOT NULL UNIQUE,
    kind              text        NOT NULL CHECK (kind IN ('REPAIRED_DEVICE', 'NEW_EQUIPMENT', 'SWAP_REPLACEMENT',
                          'PICKUP', 'CUSTOMER_RETURN', 'TRANSFER')),
    request_id        uuid,
    purchase_order_id uuid,
    from_warehouse_id uuid REFERENCES stock_warehouse (id),
    to_warehouse_id   uuid REFERENCES stock_warehouse (id),
    address           text,
    recipient         text,
    recipient_phone   text,
    carrier_code      text        NOT NULL REFERENCES carrier (code),
    tracking_number   text,
    route             text,
    planned_date      date        NOT NULL,
    status            text        NOT NULL CHECK (status IN ('PLANNED', 'DISPATCHED', 'IN_TRANSIT', 'DELIVERED',
                          'FAILED', 'RETURNED', 'CANCELLED')),
    replaces_id       uuid REFERENCES shipment (id),
    return_of_id      uuid REFERENCES shipment (id),
    swap_id           uuid,
    created_by        text        NOT NULL,
    created_at        timestamptz NOT NULL,
    dispatched_at     timestamptz,
    delivered_at      timestamptz,
    received_at       timestamptz,
    status_at         timestamptz NOT NULL,
    -- to a customer: from a warehouse to an address; from a customer: to a warehouse; a transfer: both warehouses
    CHECK (kind NOT IN ('REPAIRED_DEVICE', 'NEW_EQUIPMENT', 'SWAP_REPLACEMENT')
           OR (from_warehouse_id IS NOT NULL AND address IS NOT NULL)),
    CHECK (kind NOT IN ('PICKUP', 'CUSTOMER_RETURN') OR (to_warehouse_id IS NOT NULL AND address IS NOT NULL)),
    CHECK (kind <> 'TRANSFER' OR (from_warehouse_id IS NOT NULL AND to_warehouse_id IS NOT NULL
           AND from_warehouse_id <> to_warehouse_id))
);
CREATE UNIQUE INDEX shipment_tracking ON shipment (carrier_code, tracking_number) WHERE tracking_number IS NOT NULL;
CREATE INDEX shipment_planned ON shipment (planned_date);
CREATE INDEX shipment_request ON shipment (request_id) WHERE request_id IS NOT NULL;
CREATE INDEX shipment_delivered ON shipment (delivered_at) WHERE delivered_at IS NOT NULL;

CREATE TABLE shipment_line (
    shipment_id uuid          NOT NULL REFERENCES shipment (id),
    line_no     integer       NOT NULL,
    item_id     uuid          NOT NULL REFERENCES stock_item (id),
    quantity    numeric(14,3) NOT NULL CHECK (quantity > 0),
    serial      text,
    transfer_id uuid REFERENCES stock_transfer (id),
    PRIMARY KEY (shipment_id, line_no)
);

CREATE TABLE shipment_status (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shipment_id     uuid        NOT NULL REFERENCES shipment (id),
    status          text        NOT NULL,
    at              timestamptz NOT NULL,
    source          text        NOT NULL CHECK (source IN ('USER', 'CARRIER')),
    actor           text        NOT NULL,
    carrier_status  text,
    note            text
);
CREATE INDEX shipment_status_of ON shipment_status (shipment_id, id);

-- Every signed delivery of a carrier's tracking webhook, once: the key is the carrier's event id, or tracking
-- number + status + time when the carrier sends none. A repeat finds its row and changes nothing.
CREATE TABLE carrier_tracking_event (
    id              uuid PRIMARY KEY,
    carrier_code    text        NOT NULL REFERENCES carrier (code),
    event_key       text        NOT NULL,
    tracking_number text        NOT NULL,
    carrier_status  text        NOT NULL,
    mapped_status   text,
    occurred_at     timestamptz NOT NULL,
    received_at     timestamptz NOT NULL,
    shipment_id     uuid REFERENCES shipment (id),
    outcome         text        NOT NULL CHECK (outcome IN ('APPLIED', 'UNMAPPED', 'UNKNOWN_TRACKING', 'NO_CHANGE',
                        'OUT_OF_ORDER', 'NOT_DISPATCHED')),
    UNIQUE (carrier_code, event_key)
);
