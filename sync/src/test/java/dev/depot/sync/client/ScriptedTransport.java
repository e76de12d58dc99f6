package dev.depot.sync.client;

import dev.depot.model.changes.ChangeEntry;
import dev.depot.model.commands.CommandResult;
import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.PullResponse;
import dev.depot.sync.protocol.PushRequest;
import dev.depot.sync.protocol.PushResponse;
import dev.depot.sync.protocol.RegisterDevice;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * A server that answers from a script, for unit tests of the sync engine: each push and pull takes
 * the next scripted answer (a response, or a failure to throw) and every request is recorded.
 * An unscripted call fails the test. Thread-safe, so a test may sync on another thread.
 */
final class ScriptedTransport implements SyncTransport {

    /** One pull as the device sent it. */
    record Pull(String token, String cursor, long resultsAfter) {
    }

    private final Deque<Function<PushRequest, PushResponse>> pushAnswers = new ArrayDeque<>();
    private final Deque<Function<Pull, PullResponse>> pullAnswers = new ArrayDeque<>();
    private final List<PushRequest> pushes = new ArrayList<>();
    private final List<String> pushTokens = new ArrayList<>();
    private final List<Pull> pulls = new ArrayList<>();
    private DeviceRegistration registration;

    synchronized ScriptedTransport registersAs(DeviceRegistration registration) {
        this.registration = registration;
        return this;
    }

    synchronized ScriptedTransport answerPush(Function<PushRequest, PushResponse> answer) {
        pushAnswers.add(answer);
        return this;
    }

    /** The server applies every command of the next push. */
    ScriptedTransport acceptNextPush() {
        return answerPush(ScriptedTransport::applyAll);
    }

    ScriptedTransport failNextPush(RuntimeException failure) {
        return answerPush(request -> {
            throw failure;
        });
    }

    synchronized ScriptedTransport answerPull(PullResponse response) {
        pullAnswers.add(pull -> response);
        return this;
    }

    synchronized ScriptedTransport answerPull(Function<Pull, PullResponse> answer) {
        pullAnswers.add(answer);
        return this;
    }

    ScriptedTransport failNextPull(RuntimeException failure) {
        return answerPull((Function<Pull, PullResponse>) pull -> {
            throw failure;
        });
    }

    synchronized List<PushRequest> pushes() {
        return List.copyOf(pushes);
    }

    synchronized List<String> pushTokens() {
        return List.copyOf(pushTokens);
    }

    synchronized List<Pull> pulls() {
        return List.copyOf(pulls);
    }

    @Override
    public synchronized DeviceRegistration register(RegisterDevice request) {
        if (registration == null) {
            throw new AssertionError("the test did not script a registration");
        }
        return registration;
    }

    @Override
    public PushResponse push(String token, PushRequest request) {
        Function<PushRequest, PushResponse> answer;
        synchronized (this) {
            pushes.add(request);
            pushTokens.add(token);
            answer = pushAnswers.poll();
        }
        if (answer == null) {
            throw new AssertionError("unexpected push of " + request.commands().size() + " commands");
        }
        return answer.apply(request); // outside the lock: an answer may wait for the test
    }

    @Override
    public PullResponse pull(String token, String cursor, long resultsAfter, Duration wait) {
        Pull pull = new Pull(token, cursor, resultsAfter);
        Function<Pull, PullResponse> answer;
        synchronized (this) {
            pulls.add(pull);
            answer = pullAnswers.poll();
        }
        if (answer == null) {
            throw new AssertionError("unexpected pull after cursor " + cursor);
        }
        return answer.apply(pull);
    }

    static PushResponse applyAll(PushRequest request) {
        List<CommandResult> results = request.commands().stream().map(c -> Fixtures.applied(c.seq())).toList();
        return new PushResponse(results, request.commands().getLast().seq());
    }

    /** A pull page that is the last one: nothing more to pull. */
    static PullResponse page(String cursor, long lastSeq, List<ChangeEntry> changes) {
        return new PullResponse(cursor, false, List.of("catalog"), changes, lastSeq, List.of(), false);
    }
}
