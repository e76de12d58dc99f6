-- lots on the shelf: what each location holds of an item, lot by lot with its expiry. Stock that
-- came in without a lot is not here: the lots of a location add up to at most its balance.
CREATE TABLE stock_lot_balance (
    item_id     UUID           NOT NULL REFERENCES item (id),
    location_id UUID           NOT NULL REFERENCES location (id),
    lot         VARCHAR(20)    NOT NULL,
    expires_on  DATE,
    quantity    NUMERIC(18, 3) NOT NULL CHECK (quantity >= 0),
    PRIMARY KEY (item_id, location_id, lot)
);
CREATE INDEX stock_lot_balance_expiry ON stock_lot_balance (item_id, expires_on);

-- which lots a ledger line moved (none for stock without a lot)
CREATE TABLE stock_movement_lot (
    movement_id UUID           NOT NULL REFERENCES stock_movement (id),
    lot         VARCHAR(20)    NOT NULL,
    expires_on  DATE,
    quantity    NUMERIC(18, 3) NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (movement_id, lot)
);
