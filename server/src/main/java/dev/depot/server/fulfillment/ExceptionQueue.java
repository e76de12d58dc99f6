package dev.depot.server.fulfillment;

/** The supervisors' exceptions queue: the exceptions picks raised, and closing one with a note. */
public record ExceptionQueue(WarehouseExceptions exceptions, ResolveWarehouseException resolve) {
}
