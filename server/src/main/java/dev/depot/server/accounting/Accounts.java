package dev.depot.server.accounting;

/** The accounts the posting rules use; the chart itself is in the database (migration V5). */
public final class Accounts {

    public static final String RECEIVABLES = "1200";
    public static final String INVENTORY = "1300";
    public static final String INVENTORY_IN_TRANSIT = "1350";
    public static final String GOODS_RECEIVED_NOT_INVOICED = "2100";
    public static final String SALES_TAX_PAYABLE = "2200";
    public static final String OPENING_BALANCE_EQUITY = "3900";
    public static final String SALES_REVENUE = "4000";
    public static final String COST_OF_GOODS_SOLD = "5000";
    public static final String INVENTORY_ADJUSTMENTS = "5100";

    private Accounts() {
    }
}
