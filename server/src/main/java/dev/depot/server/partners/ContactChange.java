package dev.depot.server.partners;

import dev.depot.model.contact.ContactField;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One contact field of a customer set to a value, at the customer version that change made, and by whom. */
@Entity
@Table(name = "customer_contact_change")
public class ContactChange {

    @Id
    private UUID id;
    @Column(name = "customer_id")
    private UUID customerId;
    @Enumerated(EnumType.STRING)
    private ContactField field;
    @Column(name = "new_value")
    private String newValue;
    private long version;
    @Column(name = "changed_by")
    private UUID changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected ContactChange() {
    }

    ContactChange(UUID id, UUID customerId, ContactField field, String newValue, long version, UUID changedBy, Instant changedAt) {
        this.id = id;
        this.customerId = customerId;
        this.field = field;
        this.newValue = newValue;
        this.version = version;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    ContactField field() {
        return field;
    }

    String newValue() {
        return newValue;
    }

    long version() {
        return version;
    }

    UUID changedBy() {
        return changedBy;
    }
}
