package dev.depot.server;

import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;
import java.time.Clock;

/** Starts Depot with {@code application.yaml}, overridden by environment variables (DEPOT_DB_URL, DEPOT_PORT, ...). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        LogConfig.configureRuntime();
        Config config = Config.create();
        DepotServer server = DepotServer.start(config, Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "depot-shutdown"));
        System.out.println("Depot is running: http://localhost:" + server.port() + "/admin");
    }
}
