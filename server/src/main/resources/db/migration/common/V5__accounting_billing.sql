-- accounting: chart of accounts and the double-entry journal
CREATE TABLE account (
    code VARCHAR(10) PRIMARY KEY,
    name VARCHAR(120) NOT NULL,
    type VARCHAR(20)  NOT NULL
);

CREATE TABLE journal_entry (
    id          UUID PRIMARY KEY,
    number      BIGINT       NOT NULL UNIQUE,
    posted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    source_type VARCHAR(30)  NOT NULL,
    source_id   UUID         NOT NULL,
    memo        VARCHAR(200) NOT NULL,
    currency    CHAR(3)      NOT NULL
);
CREATE SEQUENCE journal_entry_number;

CREATE TABLE journal_line (
    id           UUID PRIMARY KEY,
    entry_id     UUID           NOT NULL REFERENCES journal_entry (id),
    line_number  INT            NOT NULL,
    account_code VARCHAR(10)    NOT NULL REFERENCES account (code),
    debit        NUMERIC(18, 2) NOT NULL CHECK (debit >= 0),
    credit       NUMERIC(18, 2) NOT NULL CHECK (credit >= 0)
);
CREATE INDEX journal_line_entry ON journal_line (entry_id);

-- billing: invoices. Numbers come from a locked counter row, so they have no gaps.
CREATE TABLE document_counter (
    kind VARCHAR(20) PRIMARY KEY,
    next_number BIGINT NOT NULL
);
INSERT INTO document_counter (kind, next_number) VALUES ('INVOICE', 1);

CREATE TABLE invoice (
    id          UUID PRIMARY KEY,
    number      VARCHAR(20)    NOT NULL UNIQUE,
    order_id    UUID           NOT NULL UNIQUE,
    customer_id UUID           NOT NULL REFERENCES customer (id),
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    currency    CHAR(3)        NOT NULL,
    subtotal    NUMERIC(18, 2) NOT NULL,
    tax         NUMERIC(18, 2) NOT NULL,
    total       NUMERIC(18, 2) NOT NULL,
    open_amount NUMERIC(18, 2) NOT NULL
);
CREATE INDEX invoice_customer ON invoice (customer_id);

CREATE TABLE invoice_line (
    id          UUID PRIMARY KEY,
    invoice_id  UUID           NOT NULL REFERENCES invoice (id),
    line_number INT            NOT NULL,
    item_id     UUID           NOT NULL,
    description VARCHAR(200)   NOT NULL,
    quantity    NUMERIC(18, 3) NOT NULL,
    unit_price  NUMERIC(18, 2) NOT NULL,
    net         NUMERIC(18, 2) NOT NULL
);

-- The default chart of accounts the posting rules use (dev.depot.server.accounting.PostingRules).
INSERT INTO account (code, name, type) VALUES
    ('1200', 'Accounts receivable', 'ASSET'),
    ('1300', 'Inventory', 'ASSET'),
    ('2100', 'Goods received not invoiced', 'LIABILITY'),
    ('2200', 'Sales tax payable', 'LIABILITY'),
    ('3900', 'Opening balance equity', 'EQUITY'),
    ('4000', 'Sales revenue', 'REVENUE'),
    ('5000', 'Cost of goods sold', 'EXPENSE');
