-- inventory: warehouses and locations, the movement ledger, balances kept with it, reservations
CREATE TABLE warehouse (
    id   UUID PRIMARY KEY,
    code VARCHAR(20)  NOT NULL UNIQUE,
    name VARCHAR(120) NOT NULL
);

CREATE TABLE location (
    id            UUID PRIMARY KEY,
    warehouse_id  UUID        NOT NULL REFERENCES warehouse (id),
    code          VARCHAR(40) NOT NULL,
    type          VARCHAR(20) NOT NULL,
    walk_sequence INT         NOT NULL,
    CONSTRAINT location_code_per_warehouse UNIQUE (warehouse_id, code)
);

-- Append-only. A receipt has no from-location, a goods issue no to-location.
CREATE TABLE stock_movement (
    id               UUID PRIMARY KEY,
    item_id          UUID           NOT NULL REFERENCES item (id),
    from_location_id UUID REFERENCES location (id),
    to_location_id   UUID REFERENCES location (id),
    quantity         NUMERIC(18, 3) NOT NULL CHECK (quantity > 0),
    reason           VARCHAR(30)    NOT NULL,
    source_type      VARCHAR(30)    NOT NULL,
    source_id        UUID,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by      UUID,
    CHECK (from_location_id IS NOT NULL OR to_location_id IS NOT NULL)
);
CREATE INDEX stock_movement_item ON stock_movement (item_id, recorded_at);

-- On hand per item and location; always equal to the sum of the ledger (a test says so).
CREATE TABLE stock_balance (
    item_id     UUID           NOT NULL REFERENCES item (id),
    location_id UUID           NOT NULL REFERENCES location (id),
    quantity    NUMERIC(18, 3) NOT NULL,
    PRIMARY KEY (item_id, location_id)
);

-- Per item and warehouse: sellable on hand and open reservations. Its row is the lock that keeps
-- two orders from promising the same last units.
CREATE TABLE stock_position (
    item_id      UUID           NOT NULL REFERENCES item (id),
    warehouse_id UUID           NOT NULL REFERENCES warehouse (id),
    on_hand      NUMERIC(18, 3) NOT NULL,
    reserved     NUMERIC(18, 3) NOT NULL,
    PRIMARY KEY (item_id, warehouse_id)
);

CREATE TABLE reservation (
    id            UUID PRIMARY KEY,
    order_id      UUID           NOT NULL,
    order_line_id UUID           NOT NULL UNIQUE,
    item_id       UUID           NOT NULL REFERENCES item (id),
    warehouse_id  UUID           NOT NULL REFERENCES warehouse (id),
    open_quantity NUMERIC(18, 3) NOT NULL CHECK (open_quantity >= 0),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX reservation_item ON reservation (item_id, warehouse_id);

-- Moving-average cost per item, the value goods issues are posted at.
CREATE TABLE item_valuation (
    item_id      UUID PRIMARY KEY REFERENCES item (id),
    quantity     NUMERIC(18, 3) NOT NULL,
    average_cost NUMERIC(18, 4) NOT NULL,
    currency     CHAR(3)        NOT NULL
);
