package dev.depot.server.syncapi;

import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.Outcome;
import dev.depot.sync.protocol.SyncJson;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A command a device pushed, as applied: what it said (and its hash) and the result it got. */
@Entity
@Table(name = "device_command")
public class PushedCommand {

    @Id
    @Column(name = "command_id")
    private UUID commandId;
    @Column(name = "device_id")
    private UUID deviceId;
    private long seq;
    private String type;
    private String payload;
    @Column(name = "payload_hash")
    private String payloadHash;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private String result;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "applied_at")
    private Instant appliedAt;
    @Column(name = "feed_position")
    private long feedPosition;

    protected PushedCommand() {
    }

    PushedCommand(CommandFingerprint command, CommandResult result, Instant appliedAt, long feedPosition) {
        this.commandId = command.envelope().commandId();
        this.deviceId = command.envelope().deviceId();
        this.seq = command.envelope().seq();
        this.type = command.envelope().command().typeName();
        this.payload = command.json();
        this.payloadHash = command.hash();
        this.outcome = result.outcome();
        this.result = SyncJson.toJson(result);
        this.occurredAt = command.envelope().occurredAt();
        this.appliedAt = appliedAt;
        this.feedPosition = feedPosition;
    }

    public long seq() {
        return seq;
    }

    public String payloadHash() {
        return payloadHash;
    }

    public CommandResult result() {
        return SyncJson.fromJson(result, CommandResult.class);
    }
}
