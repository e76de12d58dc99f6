package dev.depot.server.orders;

/** The back-office steps of an order after capture, for the API and the admin to offer side by side. */
public record OrderSteps(ReleaseOrder release, ReleaseCreditHold releaseHold, PackOrder pack, ShipOrder ship, InvoiceOrder invoice) {
}
