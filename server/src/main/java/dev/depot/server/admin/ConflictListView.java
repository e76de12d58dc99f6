package dev.depot.server.admin;

import java.util.List;

/** The contact conflicts page: its frame and the panel a decision swaps. */
public record ConflictListView(Layout layout, Panel panel) {

    public static final String PATH = "/admin/conflicts";

    /** The conflicts waiting for a decision, oldest first; re-rendered alone after an htmx decision. */
    public record Panel(List<Row> rows, Notice notice, String csrf) {

        public String csrfField() {
            return Csrf.FIELD;
        }
    }

    /**
     * One field a rep and the office both changed: both values side by side, the value before either
     * change, who sent the rep's and when.
     */
    public record Row(String id, String customer, String customerCode, String field, String officeValue, String repValue,
                      String baseValue, String repName, String age, String raisedAt, String isoRaisedAt) {

        public String resolvePath() {
            return PATH + "/" + id + "/resolve";
        }
    }
}
