package dev.depot.server.platform;

import io.helidon.config.Config;
import java.util.Objects;

/** Where the database is and how to log in; the password never appears in {@link #toString()}. */
public record DatabaseSettings(String url, String user, String password, int poolSize) {

    public DatabaseSettings {
        Objects.requireNonNull(url, "depot.db.url");
        Objects.requireNonNull(user, "depot.db.user");
        password = password == null ? "" : password;
    }

    public static DatabaseSettings from(Config db) {
        return new DatabaseSettings(
                db.get("url").asString().get(),
                db.get("user").asString().orElse(""),
                db.get("password").asString().orElse(""),
                db.get("pool-size").asInt().orElse(10));
    }

    public DatabaseVendor vendor() {
        return DatabaseVendor.fromJdbcUrl(url);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + ", poolSize=" + poolSize + "]";
    }
}
