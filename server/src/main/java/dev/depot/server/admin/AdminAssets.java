package dev.depot.server.admin;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.staticcontent.ClasspathHandlerConfig;
import io.helidon.webserver.staticcontent.StaticContentFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The admin's static files, from the classpath: our stylesheet and icon ({@code admin-assets/}) and
 * htmx from its webjar. Every address names its version (htmx's release, a hash of our files), so
 * browsers may keep them for a year without asking again.
 */
final class AdminAssets {

    static final String PATH = "/admin/assets";
    static final String HTMX_VERSION = "2.0.10";
    static final String HTMX = PATH + "/htmx/" + HTMX_VERSION + "/htmx.min.js";
    static final String STYLESHEET = versioned("admin.css");
    static final String ICON = versioned("favicon.svg");
    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

    private static final String OWN_FILES = "admin-assets";

    private AdminAssets() {
    }

    static void register(HttpRouting.Builder routing) {
        routing.any(PATH + "/*", (req, res) -> {
            res.header(HeaderNames.CACHE_CONTROL, CACHE_FOREVER);
            res.next();
        });
        routing.register(PATH + "/htmx/" + HTMX_VERSION, StaticContentFeature.createService(ClasspathHandlerConfig.builder()
                .location("META-INF/resources/webjars/htmx.org/" + HTMX_VERSION + "/dist")
                .build()));
        routing.register(PATH, StaticContentFeature.createService(ClasspathHandlerConfig.builder()
                .location(OWN_FILES)
                .build()));
    }

    private static String versioned(String file) {
        try (InputStream in = AdminAssets.class.getClassLoader().getResourceAsStream(OWN_FILES + "/" + file)) {
            if (in == null) {
                throw new IllegalStateException(OWN_FILES + "/" + file + " is missing from the classpath");
            }
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            return PATH + "/" + file + "?v=" + HexFormat.of().formatHex(hash, 0, 5);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
