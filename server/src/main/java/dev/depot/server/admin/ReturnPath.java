package dev.depot.server.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where to go after signing in. Only a path of this admin is accepted, so a crafted sign-in link
 * cannot send people to another site ({@code //evil.example}, {@code https://…}, {@code /\evil}).
 */
final class ReturnPath {

    static final String HOME = "/admin";

    private ReturnPath() {
    }

    static String orHome(String candidate) {
        return isSafe(candidate) ? candidate : HOME;
    }

    static boolean isSafe(String candidate) {
        if (candidate == null || candidate.length() > 500 || !candidate.startsWith(HOME)) {
            return false;
        }
        if (candidate.length() > HOME.length() && "/?".indexOf(candidate.charAt(HOME.length())) < 0) {
            return false;
        }
        return candidate.chars().noneMatch(c -> c == '\\' || c < 0x20 || c == 0x7f) && !candidate.contains("//");
    }

    /** The sign-in page that leads back to {@code path} afterwards. */
    static String signInThen(String path) {
        if (!isSafe(path) || path.equals(HOME)) {
            return SignInPages.LOGIN;
        }
        return SignInPages.LOGIN + "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
