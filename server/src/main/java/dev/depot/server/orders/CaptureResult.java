package dev.depot.server.orders;

import dev.depot.model.commands.Outcome;

/** A captured order and what the person who placed it must be told. */
public record CaptureResult(SalesOrder order, Outcome outcome, String code, String message) {
}
