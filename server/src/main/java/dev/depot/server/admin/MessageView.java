package dev.depot.server.admin;

/** A page that only says something: the handheld notice, a refused form, a missing order, an incident. */
public record MessageView(Layout layout, String heading, String text, String linkHref, String linkText) {
}
