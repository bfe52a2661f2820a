-- Issue 4: purchasing. A purchase request (what a warehouse needs, approved by role and amount) becomes purchase
-- orders to suppliers; receipts against an order line post RECEIPT movements to the stock ledger. The reorder plan
-- reads "on order" from here so it never proposes the same quantity twice:
--   on order (item, warehouse) = Σ open request lines not yet ordered + Σ (ordered − received) of open order lines.
CREATE TABLE purchase_request (
    id           uuid PRIMARY KEY,
    number       text          NOT NULL UNIQUE,
    warehouse_id uuid          NOT NULL REFERENCES stock_warehouse (id),
    status       text          NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'ORDERED',
                     'CANCELLED')),
    amount       numeric(16,2) NOT NULL DEFAULT 0 CHECK (amount >= 0),   -- estimated, in BYN
    reason       text,
    created_by   text          NOT NULL,
    created_at   timestamptz   NOT NULL,
    decided_by   text,
    decided_at   timestamptz,
    decision_note text,
    version      integer       NOT NULL DEFAULT 0
);
CREATE INDEX purchase_request_status ON purchase_request (status, created_at DESC);

CREATE TABLE purchase_request_line (
    id             uuid PRIMARY KEY,
    request_id     uuid          NOT NULL REFERENCES purchase_request (id),
    item_id        uuid          NOT NULL REFERENCES stock_item (id),
    quantity       numeric(14,3) NOT NULL CHECK (quantity > 0),
    estimated_price numeric(16,4) NOT NULL DEFAULT 0 CHECK (estimated_price >= 0),
    supplier_id    uuid REFERENCES supplier (id),
    demand_id      uuid REFERENCES stock_demand (id),   -- a reservation's shortfall this line covers
    plan_line_key  text,                                -- the reorder plan proposal this line came from
    ordered_qty    numeric(14,3) NOT NULL DEFAULT 0 CHECK (ordered_qty >= 0)
);
CREATE INDEX purchase_request_line_item ON purchase_request_line (item_id);
CREATE UNIQUE INDEX purchase_request_line_demand ON purchase_request_line (demand_id) WHERE demand_id IS NOT NULL;

CREATE TABLE purchase_order (
    id            uuid PRIMARY KEY,
    number        text          NOT NULL UNIQUE,
    supplier_id   uuid          NOT NULL REFERENCES supplier (id),
    contract_id   uuid REFERENCES supplier_contract (id),
    status        text          NOT NULL CHECK (status IN ('DRAFT', 'SENT', 'PARTIALLY_RECEIVED', 'RECEIVED',
                      'CLOSED', 'CANCELLED')),
    currency      text          NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    expected_date date,
    created_by    text          NOT NULL,
    created_at    timestamptz   NOT NULL,
    sent_at       timestamptz,
    closed_at     timestamptz,
    version       integer       NOT NULL DEFAULT 0
);
CREATE INDEX purchase_order_supplier ON purchase_order (supplier_id, created_at DESC);
CREATE INDEX purchase_order_open ON purchase_order (expected_date) WHERE status IN ('SENT', 'PARTIALLY_RECEIVED');

CREATE TABLE purchase_order_line (
    id               uuid PRIMARY KEY,
    order_id         uuid          NOT NULL REFERENCES purchase_order (id),
    request_line_id  uuid REFERENCES purchase_request_line (id),
    item_id          uuid          NOT NULL REFERENCES stock_item (id),
    warehouse_id     uuid          NOT NULL REFERENCES stock_warehouse (id),
    quantity         numeric(14,3) NOT NULL CHECK (quantity > 0),
    price            numeric(16,4) NOT NULL CHECK (price >= 0),
    expected_date    date,
    received_qty     numeric(14,3) NOT NULL DEFAULT 0 CHECK (received_qty >= 0),  -- arrived (accepted + rejected)
    accepted_qty     numeric(14,3) NOT NULL DEFAULT 0 CHECK (accepted_qty >= 0),  -- posted to stock
    rejected_qty     numeric(14,3) NOT NULL DEFAULT 0 CHECK (rejected_qty >= 0),  -- failed inspection
    returned_qty     numeric(14,3) NOT NULL DEFAULT 0 CHECK (returned_qty >= 0),  -- sent back to the supplier
    CHECK (accepted_qty + rejected_qty = received_qty),
    CHECK (returned_qty <= rejected_qty + accepted_qty)
);
CREATE INDEX purchase_order_line_item ON purchase_order_line (item_id, warehouse_id);

-- One row per delivery against an order line: what arrived, what passed inspection and what did not, and the
-- stock movement it posted.
CREATE TABLE purchase_receipt (
    id            uuid PRIMARY KEY,
    order_line_id uuid          NOT NULL REFERENCES purchase_order_line (id),
    received_qty  numeric(14,3) NOT NULL CHECK (received_qty > 0),
    accepted_qty  numeric(14,3) NOT NULL CHECK (accepted_qty >= 0),
    rejected_qty  numeric(14,3) NOT NULL CHECK (rejected_qty >= 0),
    reject_reason text,
    serials       text[],
    movement_id   uuid REFERENCES stock_movement (id),
    received_by   text          NOT NULL,
    received_at   timestamptz   NOT NULL,
    CHECK (accepted_qty + rejected_qty = received_qty)
);
CREATE INDEX purchase_receipt_line ON purchase_receipt (order_line_id);

-- Goods sent back to the supplier (rejected at inspection, or found defective later).
CREATE TABLE purchase_return (
    id            uuid PRIMARY KEY,
    order_line_id uuid          NOT NULL REFERENCES purchase_order_line (id),
    quantity      numeric(14,3) NOT NULL CHECK (quantity > 0),
    reason        text          NOT NULL,
    movement_id   uuid REFERENCES stock_movement (id),  -- a WRITE_OFF when accepted stock goes back
    returned_by   text          NOT NULL,
    returned_at   timestamptz   NOT NULL
);
