package dev.depot.server.admin;

import io.helidon.common.uri.UriInfo;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cross-site request forgery defence for the admin's forms, two independent checks:
 * <ul>
 *   <li>the browser says where the request comes from ({@code Sec-Fetch-Site}, {@code Origin}); anything
 *       but this very origin is refused;</li>
 *   <li>the form carries a token only our pages know: an HMAC of the session token under a secret the
 *       server holds. Nothing is stored per session, so any server node can check it when they share
 *       the secret.</li>
 * </ul>
 */
final class Csrf {

    static final String FIELD = "_csrf";
    static final HeaderName HEADER = HeaderNames.create("X-CSRF-Token");
    private static final HeaderName FETCH_SITE = HeaderNames.create("Sec-Fetch-Site");
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    private Csrf(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** With the configured secret (base64, shared by every node), or a random one for a single node. */
    static Csrf withSecret(Optional<String> configured) {
        byte[] secret = configured.map(s -> Base64.getDecoder().decode(s.strip())).orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        });
        if (secret.length < 32) {
            throw new IllegalArgumentException("depot.admin.csrf-secret must be at least 32 bytes (base64)");
        }
        return new Csrf(secret);
    }

    String tokenFor(String sessionToken) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(sessionToken.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** A form post of this session: from our own pages, carrying the session's token (form field or header). */
    boolean accepts(ServerRequest req, AdminSession session, Optional<String> formToken) {
        Optional<String> sent = formToken.filter(t -> !t.isBlank()).or(() -> req.headers().first(HEADER));
        return fromThisOrigin(req) && sent.isPresent()
                && MessageDigest.isEqual(session.csrf().getBytes(StandardCharsets.UTF_8), sent.get().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether the browser says the request comes from a page of this origin. Clients that send neither
     * header (old browsers, scripts) pass here and still need the token.
     */
    static boolean fromThisOrigin(ServerRequest req) {
        Optional<String> site = req.headers().first(FETCH_SITE);
        if (site.isPresent() && !site.get().equalsIgnoreCase("same-origin")) {
            return false;
        }
        return req.headers().first(HeaderNames.ORIGIN).map(origin -> origin.equalsIgnoreCase(originOf(req))).orElse(true);
    }

    private static String originOf(ServerRequest req) {
        UriInfo uri = req.requestedUri();
        String scheme = uri.scheme();
        boolean defaultPort = "https".equals(scheme) ? uri.port() == 443 : uri.port() == 80;
        return scheme + "://" + uri.host() + (defaultPort ? "" : ":" + uri.port());
    }
}
