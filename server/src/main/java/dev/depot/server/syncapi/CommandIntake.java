package dev.depot.server.syncapi;

import dev.depot.model.commands.CommandResult;
import dev.depot.model.commands.Outcome;
import dev.depot.model.commands.Violation;
import dev.depot.model.identity.Role;
import dev.depot.server.identity.Caller;
import dev.depot.server.identity.Device;
import dev.depot.server.identity.Devices;
import dev.depot.server.inbox.Inbox;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import dev.depot.server.platform.Transactions;
import dev.depot.sync.feed.CommandOrder;
import dev.depot.sync.protocol.CommandEnvelope;
import dev.depot.sync.protocol.PushRequest;
import dev.depot.sync.protocol.PushResponse;
import jakarta.persistence.EntityManager;
import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies a device's pushed commands exactly once, strictly in {@code seq} order. Each command is
 * one transaction: the command record, its result, the device's new {@code lastSeq} and all the
 * command's effects commit together, so a crash anywhere means all or nothing and a retry is safe.
 * A refused command still advances {@code lastSeq} (with its REJECTED result): one bad command never
 * wedges a device's queue. Only a passing database failure is answered with "try again". A result
 * the person must see (adjusted, waiting, rejected) also lands in their inbox, in the same transaction.
 */
public final class CommandIntake {

    /** Commands per push; a device with more sends several pushes. */
    public static final int MAX_BATCH = 500;

    private static final System.Logger LOG = System.getLogger(CommandIntake.class.getName());

    private final Transactions transactions;
    private final CommandHandlers handlers;
    private final ChangeFeed feed;
    private final Inbox inbox;
    private final Clock clock;

    CommandIntake(Transactions transactions, CommandHandlers handlers, ChangeFeed feed, Inbox inbox, Clock clock) {
        this.transactions = transactions;
        this.handlers = handlers;
        this.feed = feed;
        this.inbox = inbox;
        this.clock = clock;
    }

    public PushResponse push(Caller caller, PushRequest request) {
        if (!caller.isDevice()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "only a registered device can push commands");
        }
        if (request.deviceId() == null || !request.deviceId().equals(caller.deviceId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "a device can only push as itself");
        }
        if (request.commands().size() > MAX_BATCH) {
            throw new ProblemException(ProblemType.BATCH_TOO_LARGE, request.commands().size() + " commands in one push; send at most "
                    + MAX_BATCH + " at a time");
        }
        request.commands().forEach(envelope -> checkEnvelope(caller, envelope));
        if (request.commands().isEmpty()) {
            return new PushResponse(List.of(), transactions.inTransaction(em -> new Devices(em).byId(caller.deviceId()).orElseThrow().lastSeq()));
        }
        List<CommandResult> results = new ArrayList<>();
        long lastSeq = 0;
        for (CommandEnvelope envelope : request.commands()) {
            Applied applied = applyOnce(caller, CommandFingerprint.of(envelope));
            results.add(applied.result());
            lastSeq = applied.lastSeq();
        }
        return new PushResponse(results, lastSeq);
    }

    /** A command's result, and the device's last applied seq as the same transaction left it. */
    private record Applied(CommandResult result, long lastSeq) {
    }

    private Applied applyOnce(Caller caller, CommandFingerprint command) {
        CommandEnvelope envelope = command.envelope();
        try {
            return inOrder(caller, command, em -> decide(em, caller, envelope));
        } catch (ProblemException refused) {
            if (refused.type() == ProblemType.SYNC_PROTOCOL) {
                throw refused;
            }
            // the command's effects were rolled back; record the refusal alone, so the queue moves on
            return inOrder(caller, command, em -> rejected(envelope, refusalCode(refused), refused.getMessage(), nextStep(refused)));
        } catch (RuntimeException failure) {
            if (isPassing(failure)) {
                throw failure; // the device retries the same seq later; nothing was applied
            }
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.ERROR, "incident " + incident + ": device " + envelope.deviceId() + " seq " + envelope.seq()
                    + " (" + envelope.command().typeName() + ") could not be applied", failure);
            return inOrder(caller, command, em -> rejected(envelope, "INTERNAL", "The server could not apply this (incident "
                    + incident + "); it is kept for the back office to resolve.", "Nothing to do now; the back office will follow up."));
        }
    }

    /** Applies the outcome as the device's next command, or answers a retry with the stored result. */
    private Applied inOrder(Caller caller, CommandFingerprint command, Function<EntityManager, CommandResult> outcome) {
        return transactions.inTransaction(em -> {
            Device device = new Devices(em).lockForCommands(caller.deviceId());
            CommandEnvelope envelope = command.envelope();
            CommandResult result = switch (CommandOrder.of(envelope.seq(), device.lastSeq())) {
                case REPLAY -> storedResult(em, command);
                case GAP -> throw gap(device, envelope);
                case NEXT -> record(em, device, command, outcome.apply(em), caller);
            };
            return new Applied(result, device.lastSeq());
        });
    }

    private CommandResult decide(EntityManager em, Caller caller, CommandEnvelope envelope) {
        Set<Role> allowed = CommandHandlers.rolesFor(envelope.command());
        if (!allowed.contains(caller.role())) {
            throw new ProblemException(ProblemType.FORBIDDEN, caller.role().title() + " may not send "
                    + envelope.command().typeName() + "; it needs " + allowed.stream().map(Role::title).collect(Collectors.joining(" or ")));
        }
        List<Violation> violations = envelope.command().violations();
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return handlers.apply(em, envelope, caller);
    }

    /** Stores the result with the command, and puts a result the person must see in their inbox, in the same transaction. */
    private CommandResult record(EntityManager em, Device device, CommandFingerprint command, CommandResult result, Caller caller) {
        ResultNotices.about(command.envelope(), result).ifPresent(notice -> inbox.tell(em, caller.userId(), notice));
        em.persist(new PushedCommand(command, result, clock.instant(), feed.position(em)));
        device.advanceTo(command.envelope().seq());
        device.seenAt(clock.instant());
        return result;
    }

    private static CommandResult rejected(CommandEnvelope envelope, String code, String message, String nextStep) {
        return new CommandResult(envelope.commandId(), envelope.seq(), Outcome.REJECTED, code, message, nextStep, Map.of());
    }

    private static CommandResult storedResult(EntityManager em, CommandFingerprint command) {
        PushedCommand stored = em.createQuery("select c from PushedCommand c where c.deviceId = :device and c.seq = :seq",
                        PushedCommand.class)
                .setParameter("device", command.envelope().deviceId())
                .setParameter("seq", command.envelope().seq())
                .getSingleResult();
        if (!stored.payloadHash().equals(command.hash())) {
            throw new ProblemException(ProblemType.SYNC_PROTOCOL, "seq " + command.envelope().seq()
                    + " was already used for a different command; a retry must resend the same command");
        }
        return stored.result();
    }

    private static ProblemException gap(Device device, CommandEnvelope envelope) {
        return new ProblemException(ProblemType.SYNC_PROTOCOL, "expected seq " + (device.lastSeq() + 1) + " next, got "
                + envelope.seq() + "; push the outbox from seq " + (device.lastSeq() + 1));
    }

    private static void checkEnvelope(Caller caller, CommandEnvelope envelope) {
        if (envelope == null || envelope.commandId() == null || envelope.command() == null || envelope.seq() < 1
                || envelope.occurredAt() == null) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST,
                    "every command needs a commandId, a seq of 1 or more, the time it occurred and a command");
        }
        if (!caller.deviceId().equals(envelope.deviceId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "a device can only push its own commands");
        }
    }

    /** A deadlock, serialization failure or lost connection: nothing was applied, and the same push may work soon. */
    private static boolean isPassing(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }

    private static String refusalCode(ProblemException refused) {
        return switch (refused.type()) {
            case VALIDATION_FAILED -> "INVALID";
            case UNKNOWN_REFERENCE -> "UNKNOWN_REFERENCE";
            case FORBIDDEN -> "FORBIDDEN";
            case INVALID_STATE -> "NOT_POSSIBLE_NOW";
            default -> refused.type().name();
        };
    }

    private static String nextStep(ProblemException refused) {
        return switch (refused.type()) {
            case VALIDATION_FAILED -> "Correct the entry and send it again.";
            case UNKNOWN_REFERENCE -> "Sync to get current data, then try again.";
            case FORBIDDEN -> "Ask a supervisor: your role may not do this.";
            default -> "Ask the back office.";
        };
    }
}
