package dev.depot.server.partners;

import dev.depot.model.contact.ContactField;
import dev.depot.server.platform.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A contact field a rep and the office both changed since the rep last synced. The office's value
 * stands until someone in the back office looks at both and chooses; the choice is kept here.
 */
@Entity
@Table(name = "customer_contact_conflict")
public class ContactConflict {

    /** Which value the back office chose. */
    public enum Choice {
        OFFICE_VALUE("the office's"), REP_VALUE("the rep's");

        private final String whose;

        Choice(String whose) {
            this.whose = whose;
        }

        /** Whose value it is, as the audit log says it. */
        public String whose() {
            return whose;
        }
    }

    @Id
    private UUID id;
    @Column(name = "customer_id")
    private UUID customerId;
    @Enumerated(EnumType.STRING)
    private ContactField field;
    @Column(name = "device_value")
    private String deviceValue;
    @Column(name = "server_value")
    private String serverValue;
    @Column(name = "base_value")
    private String baseValue;
    @Column(name = "base_version")
    private long baseVersion;
    @Column(name = "raised_by")
    private UUID raisedBy;
    @Column(name = "raised_by_name")
    private String raisedByName;
    @Column(name = "device_id")
    private UUID deviceId;
    @Column(name = "command_id")
    private UUID commandId;
    @Column(name = "raised_at")
    private Instant raisedAt;
    private String status;
    @Enumerated(EnumType.STRING)
    private Choice chosen;
    @Column(name = "resolved_by")
    private String resolvedBy;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Version
    private long version;

    protected ContactConflict() {
    }

    ContactConflict(UUID id, UUID customerId, ContactMerge.KeepServer kept, MergeContactEdit.Edit edit, Instant raisedAt) {
        this.id = id;
        this.customerId = customerId;
        this.field = kept.field();
        this.deviceValue = kept.deviceValue();
        this.serverValue = kept.serverValue();
        this.baseValue = kept.baseValue();
        this.baseVersion = edit.command().baseVersion();
        this.raisedBy = edit.editor().userId();
        this.raisedByName = edit.editor().displayName();
        this.deviceId = edit.editor().deviceId();
        this.commandId = edit.commandId();
        this.raisedAt = raisedAt;
        this.status = "OPEN";
    }

    void resolve(Choice choice, String by, Instant at) {
        if (!isOpen()) {
            throw ProblemException.invalidState("this conflict was already resolved by " + resolvedBy);
        }
        status = "RESOLVED";
        chosen = choice;
        resolvedBy = by;
        resolvedAt = at;
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public ContactField field() {
        return field;
    }

    public String deviceValue() {
        return deviceValue;
    }

    public String serverValue() {
        return serverValue;
    }

    public String baseValue() {
        return baseValue;
    }

    public UUID raisedBy() {
        return raisedBy;
    }

    public String raisedByName() {
        return raisedByName;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Choice chosen() {
        return chosen;
    }
}
