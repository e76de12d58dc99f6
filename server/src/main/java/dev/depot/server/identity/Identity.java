package dev.depot.server.identity;

import dev.depot.model.identity.Role;
import dev.depot.model.ids.UuidV7;
import dev.depot.server.platform.ProblemException;
import dev.depot.server.platform.ProblemType;
import dev.depot.server.platform.Transactions;
import dev.depot.sync.protocol.AppVersion;
import dev.depot.sync.protocol.DeviceRegistration;
import dev.depot.sync.protocol.RegisterDevice;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The identity capability's use cases: sign in and out, register a device, recognise a token,
 * add a user. Other capabilities know people only through {@link Caller}.
 */
public final class Identity {

    /** Roles that work on a device; the others work in the web admin. */
    public static final Set<Role> DEVICE_ROLES = EnumSet.of(Role.REP, Role.PICKER, Role.RECEIVER, Role.SUPERVISOR);

    private static final int DEVICE_NAME_LENGTH = 120;
    private static final String WRONG_LOGIN = "Wrong username or password";

    private final Transactions transactions;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Duration sessionTtl;
    /** Checked against when the username is unknown, so both failures take the same time. */
    private final String decoyHash;

    public Identity(Transactions transactions, PasswordHasher hasher, Clock clock, Duration sessionTtl) {
        this.transactions = transactions;
        this.hasher = hasher;
        this.clock = clock;
        this.sessionTtl = sessionTtl;
        this.decoyHash = hasher.hash(UUID.randomUUID().toString());
    }

    /** A new session for a username and password; a wrong pair is refused without saying which part was wrong. */
    public SignedIn signIn(String username, String password) {
        UserAccount user = verifiedUser(username, password);
        return transactions.inTransaction(em -> {
            String token = Tokens.newSessionToken();
            Instant now = clock.instant();
            UserSession session = new UserSession(UuidV7.next(), user.id(), Tokens.hash(token), now, now.plus(sessionTtl));
            em.persist(session);
            return new SignedIn(token, session.expiresAt(), callerOf(user, null));
        });
    }

    public void signOut(String token) {
        transactions.run(em -> new Sessions(em).byTokenHash(Tokens.hash(token)).ifPresent(s -> s.end(clock.instant())));
    }

    /** Registers a device for the person signing in on it; returns its token once. */
    public DeviceRegistration registerDevice(RegisterDevice request) {
        if (request.username() == null || request.password() == null) {
            throw ProblemException.invalid("username", "username and password are required");
        }
        Optional<String> appVersion = AppVersion.readable(request.appVersion());
        if (request.appVersion() != null && !request.appVersion().isBlank() && appVersion.isEmpty()) {
            throw ProblemException.invalid("appVersion", "is printable text of at most " + AppVersion.MAX_LENGTH + " characters");
        }
        UserAccount user = verifiedUser(request.username(), request.password());
        if (!DEVICE_ROLES.contains(user.role())) {
            throw new ProblemException(ProblemType.FORBIDDEN, user.role().title() + " works in the web admin, not on a device");
        }
        return transactions.inTransaction(em -> {
            String token = Tokens.newDeviceToken();
            String name = deviceName(request.deviceName());
            Device device = new Device(UuidV7.next(), user.id(), name, appVersion.orElse(null), Tokens.hash(token), clock.instant());
            new Devices(em).add(device);
            return new DeviceRegistration(device.id(), token, user.id(), user.username(), user.displayName(), user.role(),
                    user.warehouseId());
        });
    }

    /** Who holds this token, if it is a valid session or device token. */
    public Optional<Caller> authenticate(String token) {
        return recognise(BearerToken.of(token)) instanceof TokenCheck.Recognised recognised
                ? Optional.of(recognised.caller()) : Optional.empty();
    }

    /**
     * Who holds this token, or why it opens nothing: unknown, an expired session, or a device the
     * office signed out. A device's call is written down (last seen, app version) at most once a
     * minute unless its version changed.
     */
    public TokenCheck recognise(BearerToken token) {
        if (token.value() == null || token.value().isBlank()) {
            return new TokenCheck.Refused(TokenRefusal.UNKNOWN);
        }
        String hash = Tokens.hash(token.value());
        return transactions.inTransaction(em -> token.value().startsWith(Tokens.DEVICE_PREFIX)
                ? recogniseDevice(em, hash, token.appVersion())
                : recogniseSession(em, hash));
    }

    private TokenCheck recogniseDevice(EntityManager em, String hash, Optional<String> appVersion) {
        Devices devices = new Devices(em);
        Optional<Device> found = devices.byTokenHash(hash);
        if (found.isEmpty()) {
            return new TokenCheck.Refused(TokenRefusal.UNKNOWN);
        }
        Device device = found.get();
        Optional<UserAccount> user = new Users(em).byId(device.userId()).filter(UserAccount::isActive);
        if (device.isRevoked() || user.isEmpty()) {
            return new TokenCheck.Refused(TokenRefusal.DEVICE_SIGNED_OUT);
        }
        Instant now = clock.instant();
        if (device.needsCheckIn(now, appVersion)) {
            devices.checkIn(device.id(), now, appVersion.orElse(device.appVersion()));
        }
        return new TokenCheck.Recognised(callerOf(user.get(), device.id()));
    }

    private TokenCheck recogniseSession(EntityManager em, String hash) {
        Instant now = clock.instant();
        Optional<UserSession> session = new Sessions(em).byTokenHash(hash);
        if (session.isPresent() && session.get().hasExpiredAt(now)) {
            return new TokenCheck.Refused(TokenRefusal.SESSION_EXPIRED);
        }
        return session.filter(s -> s.isValidAt(now))
                .flatMap(s -> new Users(em).byId(s.userId()).filter(UserAccount::isActive))
                .<TokenCheck>map(user -> new TokenCheck.Recognised(callerOf(user, null)))
                .orElse(new TokenCheck.Refused(TokenRefusal.UNKNOWN));
    }

    /** Adds a person; the username must be free. */
    public UserAccount addUser(NewUser user) {
        return transactions.inTransaction(em -> addUser(em, user));
    }

    public UserAccount addUser(EntityManager em, NewUser user) {
        Users users = new Users(em);
        if (users.byUsername(user.username()).isPresent()) {
            throw ProblemException.invalid("username", "'" + user.username() + "' is taken");
        }
        UserAccount account = new UserAccount(UuidV7.next(), user.username(), user.displayName(), user.role(),
                hasher.hash(user.password()), user.warehouseId(), clock.instant());
        users.add(account);
        return account;
    }

    /**
     * The user, if the password is theirs. The deliberately slow hash runs outside any transaction,
     * so a burst of sign-ins never holds database connections the rest of Depot needs.
     */
    private UserAccount verifiedUser(String username, String password) {
        Optional<UserAccount> user = transactions.inTransaction(em -> new Users(em).byUsername(username == null ? "" : username.strip()));
        String hash = user.map(UserAccount::passwordHash).orElse(decoyHash);
        boolean matches = hasher.matches(password == null ? "" : password, hash);
        if (user.isEmpty() || !matches || !user.get().isActive()) {
            throw new ProblemException(ProblemType.UNAUTHENTICATED, WRONG_LOGIN);
        }
        return user.get();
    }

    /** The name the device gives itself, cut to what the register keeps. */
    private static String deviceName(String given) {
        String name = given == null || given.isBlank() ? "device" : given.strip();
        return name.length() <= DEVICE_NAME_LENGTH ? name : name.substring(0, DEVICE_NAME_LENGTH);
    }

    private static Caller callerOf(UserAccount user, UUID deviceId) {
        return new Caller(user.id(), user.username(), user.displayName(), user.role(), user.warehouseId(), deviceId);
    }

    /** A new person to add. */
    public record NewUser(String username, String displayName, Role role, String password, UUID warehouseId) {
    }

    /** A started session: the token (shown once) and who it belongs to. */
    public record SignedIn(String token, Instant expiresAt, Caller caller) {
    }
}
