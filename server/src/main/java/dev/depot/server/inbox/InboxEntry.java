package dev.depot.server.inbox;

import dev.depot.model.views.InboxEntryView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One entry in a person's inbox: written once, then only ever marked read. */
@Entity
@Table(name = "inbox_entry")
public class InboxEntry {

    /** The longest title kept; longer ones are shortened rather than refused, since the news must get through. */
    static final int TITLE_LENGTH = 200;
    static final int NEXT_STEP_LENGTH = 500;

    @Id
    private UUID id;
    @Column(name = "user_id")
    private UUID userId;
    private String kind;
    @Enumerated(EnumType.STRING)
    private InboxEntryView.Attention attention;
    private String title;
    private String explanation;
    @Column(name = "next_step")
    private String nextStep;
    @Column(name = "order_id")
    private UUID orderId;
    @Column(name = "order_number")
    private String orderNumber;
    @Column(name = "task_id")
    private UUID taskId;
    @Column(name = "customer_id")
    private UUID customerId;
    @Column(name = "command_id")
    private UUID commandId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;
    @Version
    private long version;

    protected InboxEntry() {
    }

    InboxEntry(UUID id, UUID userId, InboxNotice notice, Instant createdAt) {
        this.id = id;
        this.userId = userId;
        this.kind = notice.kind();
        this.attention = notice.attention();
        this.title = shortened(notice.title(), TITLE_LENGTH);
        this.explanation = notice.explanation();
        this.nextStep = shortened(notice.nextStep(), NEXT_STEP_LENGTH);
        this.orderId = notice.about().orderId();
        this.orderNumber = notice.about().orderNumber();
        this.taskId = notice.about().taskId();
        this.customerId = notice.about().customerId();
        this.commandId = notice.commandId();
        this.createdAt = createdAt;
    }

    /** Marks the entry read; reading it again changes nothing. */
    boolean markRead(Instant at) {
        if (readAt != null) {
            return false;
        }
        readAt = at;
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public long version() {
        return version;
    }

    public InboxEntryView view() {
        return new InboxEntryView(id, userId, kind, attention, title, explanation, nextStep,
                new InboxEntryView.About(orderId, orderNumber, taskId, customerId), createdAt, readAt != null);
    }

    private static String shortened(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
