-- Issue 4: purchasing at work (requests → orders → receipts). Adds to V43 what the flow needs to number its
-- documents, to tell returns of rejected goods from returns of accepted stock, to know when a line arrived in full
-- (supplier on-time %) and to announce a late line once.
CREATE TABLE purchase_number (
    prefix text    NOT NULL,
    year   integer NOT NULL,
    last   bigint  NOT NULL,
    PRIMARY KEY (prefix, year)
);

ALTER TABLE purchase_order_line
    ADD COLUMN completed_at     timestamptz,   -- when received_qty reached quantity
    ADD COLUMN late_notified_at timestamptz,   -- when procurement was told that the line is late
    -- never more than ordered: the order row lock is the rule, this the last line of defence
    ADD CONSTRAINT purchase_order_line_not_over CHECK (received_qty <= quantity);

-- REJECTED: goods that failed inspection go back (no stock movement); ACCEPTED: stock found defective later goes
-- back (a WRITE_OFF movement).
ALTER TABLE purchase_return
    ADD COLUMN source text NOT NULL DEFAULT 'REJECTED' CHECK (source IN ('REJECTED', 'ACCEPTED'));
ALTER TABLE purchase_return ALTER COLUMN source DROP DEFAULT;
CREATE INDEX purchase_return_line ON purchase_return (order_line_id);

CREATE INDEX purchase_order_line_order ON purchase_order_line (order_id);
CREATE INDEX purchase_request_line_request ON purchase_request_line (request_id);
