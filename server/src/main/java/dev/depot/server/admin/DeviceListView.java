package dev.depot.server.admin;

import java.util.List;

/** The devices page: the devices this person oversees, what each has done, and which may be revoked. */
public record DeviceListView(Layout layout, Notice notice, List<DeviceRow> rows, PageLinks paging, String emptyMessage) {

    public static final String PATH = "/admin/devices";

    /**
     * One device in the table.
     *
     * @param revokedAt  when it was revoked, null while it is active
     * @param revokePath where its revocation is confirmed, null once it is revoked
     */
    public record DeviceRow(String id, String name, String appVersion, Person person, Activity activity, String revokedAt,
                            String revokePath) {

        public boolean isRevoked() {
            return revokedAt != null;
        }
    }

    /** Whose device it is. */
    public record Person(String name, String username, String role) {
    }

    /** What the device has done: registered, last seen, the last command applied, commands pushed and rejected. */
    public record Activity(String registered, String lastSeen, long lastSeq, long pushed, long rejected) {
    }
}
