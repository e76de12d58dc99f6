-- catalog: what Depot sells and stocks
CREATE TABLE item (
    id               UUID PRIMARY KEY,
    sku              VARCHAR(40)   NOT NULL UNIQUE,
    gtin             CHAR(14)      NOT NULL UNIQUE,
    name             VARCHAR(200)  NOT NULL,
    eaches_per_case  INT           NOT NULL,
    cases_per_pallet INT           NOT NULL,
    standard_cost    NUMERIC(18, 4) NOT NULL,
    currency         CHAR(3)       NOT NULL,
    active           BOOLEAN       NOT NULL,
    version          BIGINT        NOT NULL
);

-- pricing: price lists and their quantity breaks, one row per item per list
CREATE TABLE price_list (
    code     VARCHAR(20) PRIMARY KEY,
    name     VARCHAR(120) NOT NULL,
    currency CHAR(3)      NOT NULL
);

CREATE TABLE item_price (
    id         UUID PRIMARY KEY,
    price_list VARCHAR(20) NOT NULL REFERENCES price_list (code),
    item_id    UUID        NOT NULL REFERENCES item (id),
    breaks     TEXT        NOT NULL,
    version    BIGINT      NOT NULL,
    CONSTRAINT item_price_per_list UNIQUE (price_list, item_id)
);

-- partners: customers, with the rep who serves them and their running credit exposure
CREATE TABLE customer (
    id                UUID PRIMARY KEY,
    code              VARCHAR(20)    NOT NULL UNIQUE,
    name              VARCHAR(200)   NOT NULL,
    city              VARCHAR(120)   NOT NULL,
    price_list        VARCHAR(20)    NOT NULL REFERENCES price_list (code),
    tax_rate          NUMERIC(7, 4)  NOT NULL,
    currency          CHAR(3)        NOT NULL,
    credit_limit      NUMERIC(18, 2) NOT NULL,
    open_orders       NUMERIC(18, 2) NOT NULL,
    open_receivables  NUMERIC(18, 2) NOT NULL,
    rep_user_id       UUID,
    home_warehouse_id UUID           NOT NULL,
    version           BIGINT         NOT NULL
);
CREATE INDEX customer_rep ON customer (rep_user_id);
