package dev.depot.server.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A signed-in browser or API client; expires, and ends at sign-out. */
@Entity
@Table(name = "user_session")
public class UserSession {

    @Id
    private UUID id;
    @Column(name = "user_id")
    private UUID userId;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "ended_at")
    private Instant endedAt;

    protected UserSession() {
    }

    public UserSession(UUID id, UUID userId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.id = id;
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public UUID userId() {
        return userId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean isValidAt(Instant now) {
        return endedAt == null && now.isBefore(expiresAt);
    }

    /** Expired without being signed out: the person is told to sign in again, not that the token is unknown. */
    public boolean hasExpiredAt(Instant now) {
        return endedAt == null && !now.isBefore(expiresAt);
    }

    public void end(Instant at) {
        if (endedAt == null) {
            endedAt = at;
        }
    }
}
