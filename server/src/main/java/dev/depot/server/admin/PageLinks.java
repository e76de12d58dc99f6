package dev.depot.server.admin;

/** Previous and next links of a paged table (null where there is no such page), and which rows this page shows. */
public record PageLinks(String previous, String next, String range) {

    static PageLinks of(PageRequest page, int rowsShown, boolean hasMore, Query query) {
        String previous = page.offset() == 0 ? null : query.withOffset(Math.max(0, page.offset() - page.limit()));
        String next = hasMore ? query.withOffset(page.offset() + page.limit()) : null;
        String range = rowsShown == 0 ? "" : (page.offset() + 1) + "–" + (page.offset() + rowsShown);
        return new PageLinks(previous, next, range);
    }

    public boolean any() {
        return previous != null || next != null;
    }

    /** The address of the same list at another offset. */
    interface Query {
        String withOffset(int offset);
    }
}
