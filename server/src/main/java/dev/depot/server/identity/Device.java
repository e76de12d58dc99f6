package dev.depot.server.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A handheld or phone registered by a person's sign-in. Holds a revocable token (hashed) and the
 * device's sync position: {@code lastSeq}, the last of its commands the server applied.
 */
@Entity
@Table(name = "device")
public class Device {

    /**
     * Calls closer together than this share one last-seen time: a device syncs every few seconds, and
     * writing each call down would put a database write on every request.
     */
    static final Duration SEEN_PRECISION = Duration.ofMinutes(1);

    @Id
    private UUID id;
    @Column(name = "user_id")
    private UUID userId;
    private String name;
    @Column(name = "app_version")
    private String appVersion;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Column(name = "last_seen_at")
    private Instant lastSeenAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "last_seq")
    private long lastSeq;
    @Version
    private long version;

    protected Device() {
    }

    public Device(UUID id, UUID userId, String name, String appVersion, String tokenHash, Instant registeredAt) {
        this.id = id;
        this.userId = userId;
        this.name = name;
        this.appVersion = appVersion;
        this.tokenHash = tokenHash;
        this.registeredAt = registeredAt;
        this.lastSeenAt = registeredAt;
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public String appVersion() {
        return appVersion;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    /** Whether a call at {@code now} is worth writing down: a new app version, or the last-seen time is stale. */
    boolean needsCheckIn(Instant now, Optional<String> reportedVersion) {
        boolean newVersion = reportedVersion.isPresent() && !reportedVersion.get().equals(appVersion);
        return newVersion || !lastSeenAt.isAfter(now.minus(SEEN_PRECISION));
    }

    public long lastSeq() {
        return lastSeq;
    }

    /** Records that the server applied the device's next command. */
    public void advanceTo(long seq) {
        if (seq != lastSeq + 1) {
            throw new IllegalStateException("device " + id + " expects seq " + (lastSeq + 1) + ", got " + seq);
        }
        lastSeq = seq;
    }

    public void seenAt(Instant at) {
        lastSeenAt = at;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
