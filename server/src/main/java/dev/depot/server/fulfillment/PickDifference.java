package dev.depot.server.fulfillment;

/** One way a pick differed from its task: what was expected, what happened, and the picker's note about it. */
record PickDifference(ExceptionKind kind, String expected, String happened, String note) {
}
