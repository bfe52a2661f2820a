-- Issue 4: purchasing in foreign currencies. The official rates of the National Bank (курсы НБ РБ): BYN for `scale`
-- units of a currency (1 USD, 100 RUB, 10 CNY) on a day. The rate on a day is the latest published on or before it
-- (the bank does not publish on every day). Receipts post their cost in BYN at the receipt day's rate; purchase
-- requests are estimated in BYN at the request day's rate.
CREATE TABLE exchange_rate (
    currency   text          NOT NULL CHECK (currency ~ '^[A-Z]{3}$' AND currency <> 'BYN'),
    rate_date  date          NOT NULL,
    scale      integer       NOT NULL CHECK (scale IN (1, 10, 100, 1000, 10000, 100000, 1000000)),
    rate       numeric(18,4) NOT NULL CHECK (rate > 0),   -- BYN for `scale` units
    source     text          NOT NULL CHECK (source IN ('MANUAL', 'IMPORT', 'NBRB')),
    updated_by text          NOT NULL,
    updated_at timestamptz   NOT NULL,
    PRIMARY KEY (currency, rate_date)
);

-- A request line estimated from a foreign price list keeps what the list said; estimated_price stays in BYN.
ALTER TABLE purchase_request_line
    ADD COLUMN original_price    numeric(16,4) CHECK (original_price >= 0),
    ADD COLUMN original_currency text CHECK (original_currency ~ '^[A-Z]{3}$' AND original_currency <> 'BYN'),
    ADD CONSTRAINT purchase_request_line_original CHECK ((original_price IS NULL) = (original_currency IS NULL));
