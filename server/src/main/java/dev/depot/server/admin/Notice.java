package dev.depot.server.admin;

/** A message at the top of a page or panel: what just happened, or why it did not. */
public record Notice(Kind kind, String text) {

    /** Success is green and polite; an error is red and announced at once. */
    public enum Kind { SUCCESS, ERROR }

    static Notice success(String text) {
        return new Notice(Kind.SUCCESS, text);
    }

    static Notice error(String text) {
        return new Notice(Kind.ERROR, text);
    }

    public boolean isError() {
        return kind == Kind.ERROR;
    }
}
