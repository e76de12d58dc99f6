package dev.depot.server.partners;

/** The ways a customer's contact details change, and the conflicts they leave, for sync, the API and the admin to share. */
public record ContactEdits(MergeContactEdit merge, ChangeCustomerContact change, ResolveContactConflict resolve,
                           ContactConflicts conflicts) {
}
