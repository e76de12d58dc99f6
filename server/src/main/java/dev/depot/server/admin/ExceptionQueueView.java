package dev.depot.server.admin;

import java.util.List;

/** The exceptions queue: its frame and the panel a resolution swaps. */
public record ExceptionQueueView(Layout layout, Panel panel) {

    public static final String PATH = "/admin/exceptions";

    /** The open exceptions, oldest first, and the latest resolved ones; re-rendered alone after an htmx resolution. */
    public record Panel(List<OpenRow> open, List<ResolvedRow> resolved, Notice notice, Failed failed, String csrf) {

        public String csrfField() {
            return Csrf.FIELD;
        }

        /** The note field's error, shown under the form of the exception that failed. */
        public String noteErrorFor(OpenRow row) {
            return failed != null && failed.id().equals(row.id()) ? failed.error() : null;
        }
    }

    /** A resolution that was refused: which exception, and why. */
    public record Failed(String id, String error) {
    }

    /** One exception waiting to be reconciled. {@code overdue} when it has waited more than a shift. */
    public record OpenRow(String id, String kind, String age, String raisedAt, String isoRaisedAt, boolean overdue, String expected,
                          String happened, String bin, String sku, String orderNumber, String orderHref, String raisedBy) {

        public String resolvePath() {
            return PATH + "/" + id + "/resolve";
        }
    }

    /** One exception already reconciled, and how. */
    public record ResolvedRow(String kind, String bin, String sku, String orderNumber, String happened, String note, String resolvedBy,
                              String resolvedAt) {
    }
}
