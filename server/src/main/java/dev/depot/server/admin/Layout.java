package dev.depot.server.admin;

import dev.depot.server.identity.Caller;
import dev.depot.server.identity.DeviceOversight;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the frame of every admin page shows: the page title, the section the nav marks as current,
 * the sections this person may open, who is signed in (nobody on the sign-in page), and the CSRF
 * token of the sign-out form.
 */
public record Layout(String title, Section section, Set<Section> offered, String userName, String roleTitle, String csrf) {

    /** The nav's sections; OTHER pages show the nav with nothing current, NO_NAV pages (sign-in, handheld notice) none. */
    public enum Section { ORDERS, STOCK, WAVES, PACKING, TRANSFERS, EXCEPTIONS, COUNTS, CONFLICTS, DEVICES, OTHER, NO_NAV }

    static Layout signedOut(String title) {
        return new Layout(title, Section.NO_NAV, Set.of(), null, null, null);
    }

    static Layout of(String title, Section section, AdminSession session) {
        Caller caller = session.caller();
        Set<Section> offered = EnumSet.of(Section.ORDERS, Section.STOCK);
        if (WavePages.ROLES.contains(caller.role())) {
            offered.add(Section.WAVES);
        }
        if (PackingPages.ROLES.contains(caller.role())) {
            offered.add(Section.PACKING);
        }
        if (TransferPages.ROLES.contains(caller.role())) {
            offered.add(Section.TRANSFERS);
        }
        if (ExceptionQueuePage.ROLES.contains(caller.role())) {
            offered.add(Section.EXCEPTIONS);
        }
        if (CountPages.ROLES.contains(caller.role())) {
            offered.add(Section.COUNTS);
        }
        if (ConflictPages.ROLES.contains(caller.role())) {
            offered.add(Section.CONFLICTS);
        }
        if (DeviceOversight.of(caller).oversees()) {
            offered.add(Section.DEVICES);
        }
        return new Layout(title, section, offered, caller.displayName(), caller.role().title(), session.csrf());
    }

    /** Whether the nav links to this section for the person signed in. */
    public boolean offers(Section candidate) {
        return offered.contains(candidate);
    }

    public boolean signedIn() {
        return userName != null;
    }

    public boolean showsNav() {
        return signedIn() && section != Section.NO_NAV;
    }

    public String stylesheet() {
        return AdminAssets.STYLESHEET;
    }

    public String htmx() {
        return AdminAssets.HTMX;
    }

    public String icon() {
        return AdminAssets.ICON;
    }

    public String signOutAction() {
        return SignInPages.LOGOUT;
    }

    public String csrfField() {
        return Csrf.FIELD;
    }
}
