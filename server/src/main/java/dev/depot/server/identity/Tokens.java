package dev.depot.server.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer tokens: 256 random bits, shown to the holder once; the server stores only their SHA-256
 * (a fast hash is right here: the token has full entropy, unlike a password). A prefix says
 * whether a token belongs to a browser/API session or to a device.
 */
public final class Tokens {

    public static final String SESSION_PREFIX = "s.";
    public static final String DEVICE_PREFIX = "d.";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    public static String newSessionToken() {
        return SESSION_PREFIX + randomPart();
    }

    public static String newDeviceToken() {
        return DEVICE_PREFIX + randomPart();
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String randomPart() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
