package dev.depot.server.identity;

import dev.depot.model.identity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person who signs in to Depot, with one role; pickers and receivers belong to a warehouse. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    private UUID id;
    private String username;
    @Column(name = "display_name")
    private String displayName;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "warehouse_id")
    private UUID warehouseId;
    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(UUID id, String username, String displayName, Role role, String passwordHash, UUID warehouseId,
                       Instant createdAt) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
        this.warehouseId = warehouseId;
        this.active = true;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    String passwordHash() {
        return passwordHash;
    }

    public UUID warehouseId() {
        return warehouseId;
    }

    public boolean isActive() {
        return active;
    }
}
