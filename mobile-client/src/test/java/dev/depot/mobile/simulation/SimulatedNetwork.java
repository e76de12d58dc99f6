package dev.depot.mobile.simulation;

import dev.depot.sync.client.SyncRefusedException;
import dev.depot.sync.client.SyncTransport;
import dev.depot.sync.client.SyncUnavailableException;
import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.PullResponse;
import dev.depot.sync.protocol.PushRequest;
import dev.depot.sync.protocol.PushResponse;
import dev.depot.sync.protocol.RegisterDevice;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * One device's way to the real server, as a warehouse's dead zones and a rep's car make it: off
 * altogether, requests that never arrive, answers that never come back, requests sent twice and
 * an old push arriving late. Every fault is drawn from the simulation's seeded random.
 */
final class SimulatedNetwork implements SyncTransport {

    enum Fault { REQUEST_LOST, ANSWER_LOST, SENT_TWICE, OLD_PUSH_ARRIVES_LATE, SERVER_RESTARTS }

    /** What restarts the server the device talks to, while one of its pushes is on the way. */
    interface Restart {
        void during(Runnable push);
    }

    private final SyncTransport server;
    private final Random random;
    private final Restart restart;
    private final Map<Fault, Integer> counts;
    private final Runnable resyncRequired;
    private boolean online = true;
    private boolean faulty = true;
    private PushRequest earlierPush;

    /** @param resyncRequired told when the server answered that the device's cursor is older than the log */
    SimulatedNetwork(SyncTransport server, Random random, Restart restart, Map<Fault, Integer> counts, Runnable resyncRequired) {
        this.server = server;
        this.random = random;
        this.restart = restart;
        this.counts = counts;
        this.resyncRequired = resyncRequired;
    }

    static Map<Fault, Integer> counter() {
        return new EnumMap<>(Fault.class);
    }

    boolean online() {
        return online;
    }

    void online(boolean now) {
        online = now;
    }

    /** The settling at the end of a run: always on, nothing lost. */
    void heal() {
        online = true;
        faulty = false;
    }

    @Override
    public DeviceRegistration register(RegisterDevice request) {
        return server.register(request);
    }

    @Override
    public PushResponse push(String token, PushRequest request) {
        reachable();
        if (faulty && earlierPush != null && (chance(0.1) || !counts.containsKey(Fault.OLD_PUSH_ARRIVES_LATE))) {
            count(Fault.OLD_PUSH_ARRIVES_LATE);
            server.push(token, earlierPush); // the answer goes nowhere; the server must take it as a retry
        }
        if (earlierPush == null || chance(0.3)) {
            earlierPush = request;
        }
        Fault fault = drawFault(true);
        if (fault == null) {
            return server.push(token, request);
        }
        return switch (fault) {
            case REQUEST_LOST -> throw lost();
            case ANSWER_LOST -> {
                server.push(token, request);
                throw lost();
            }
            case SENT_TWICE -> {
                server.push(token, request);
                yield server.push(token, request);
            }
            case SERVER_RESTARTS -> {
                PushResponse[] answer = new PushResponse[1];
                restart.during(() -> answer[0] = server.push(token, request));
                yield answer[0];
            }
            case OLD_PUSH_ARRIVES_LATE -> throw new IllegalStateException("drawn before the push");
        };
    }

    @Override
    public PullResponse pull(String token, String cursor, long resultsAfter, Duration wait) {
        reachable();
        Fault fault = drawFault(false);
        if (fault == null) {
            return serverPull(token, cursor, resultsAfter, wait);
        }
        return switch (fault) {
            case REQUEST_LOST -> throw lost();
            case ANSWER_LOST -> {
                serverPull(token, cursor, resultsAfter, wait);
                throw lost();
            }
            case SENT_TWICE -> {
                PullResponse first = serverPull(token, cursor, resultsAfter, wait);
                serverPull(token, cursor, resultsAfter, wait);
                yield first; // the answers cross: the device gets the older one
            }
            case SERVER_RESTARTS, OLD_PUSH_ARRIVES_LATE -> throw new IllegalStateException("not drawn for a pull");
        };
    }

    private PullResponse serverPull(String token, String cursor, long resultsAfter, Duration wait) {
        try {
            return server.pull(token, cursor, resultsAfter, wait);
        } catch (SyncRefusedException e) {
            if (e.isResyncRequired()) {
                resyncRequired.run();
            }
            throw e;
        }
    }

    private void reachable() {
        if (!online) {
            throw new SyncUnavailableException("no network");
        }
    }

    private Fault drawFault(boolean push) {
        if (!faulty) {
            return null;
        }
        double roll = random.nextDouble();
        Fault fault = push && roll < 0.3 && !counts.containsKey(Fault.SERVER_RESTARTS) ? Fault.SERVER_RESTARTS // every run has one
                : roll < 0.05 ? Fault.REQUEST_LOST
                : roll < 0.12 ? Fault.ANSWER_LOST
                : roll < 0.17 ? Fault.SENT_TWICE
                : push && roll < 0.19 ? Fault.SERVER_RESTARTS
                : null;
        if (fault != null) {
            count(fault);
        }
        return fault;
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private void count(Fault fault) {
        counts.merge(fault, 1, Integer::sum);
    }

    private static SyncUnavailableException lost() {
        return new SyncUnavailableException("the network lost it");
    }
}
