-- An advance ship notice: the supplier's word of what is on each pallet of a delivery, by the
-- pallet's SSCC. A pallet is received once a receipt on its order carries its SSCC.
CREATE TABLE asn_pallet (
    id                UUID PRIMARY KEY,
    purchase_order_id UUID     NOT NULL REFERENCES purchase_order (id),
    sscc              CHAR(18) NOT NULL UNIQUE,
    announced_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX asn_pallet_order ON asn_pallet (purchase_order_id);

CREATE TABLE asn_pallet_line (
    id                     UUID PRIMARY KEY,
    pallet_id              UUID           NOT NULL REFERENCES asn_pallet (id),
    purchase_order_line_id UUID           NOT NULL REFERENCES purchase_order_line (id),
    quantity               NUMERIC(18, 3) NOT NULL CHECK (quantity > 0),
    lot                    VARCHAR(20),
    expires_on             DATE
);
CREATE INDEX asn_pallet_line_pallet ON asn_pallet_line (pallet_id);
