-- Where customers take deliveries. An order keeps the ship-to it went to and the address as it was
-- then, so a later change of the customer's addresses never rewrites a shipped order.
CREATE TABLE customer_ship_to (
    id          UUID PRIMARY KEY,
    customer_id UUID         NOT NULL REFERENCES customer (id),
    position    INT          NOT NULL,
    name        VARCHAR(200) NOT NULL,
    street      VARCHAR(200) NOT NULL,
    postal_code VARCHAR(20)  NOT NULL,
    city        VARCHAR(120) NOT NULL,
    country     CHAR(2)      NOT NULL,
    is_default  BOOLEAN      NOT NULL,
    UNIQUE (customer_id, position)
);

ALTER TABLE sales_order ADD COLUMN ship_to_id UUID;
ALTER TABLE sales_order ADD COLUMN ship_to VARCHAR(600);
