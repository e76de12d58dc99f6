package dev.depot.server.testing;

import dev.depot.server.platform.DatabaseSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own benchmark on a scratch database of the same server the benchmarks use: the
 * baseline a push throughput is measured against. Needs {@code pgbench} (PGBENCH, default
 * {@code /usr/bin/pgbench}).
 */
public final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private Pgbench() {
    }

    /** Read-write (TPC-B-like) transactions per second with 8 clients on 2 threads for the given seconds. */
    public static double readWriteTps(int seconds) {
        var scratch = TestDatabases.empty();
        try {
            run(scratch, List.of("-i", "-q"));
            String output = run(scratch, List.of("-c", "8", "-j", "2", "-T", Integer.toString(seconds)));
            Matcher tps = TPS.matcher(output);
            if (!tps.find()) {
                throw new IllegalStateException("pgbench printed no tps:\n" + output);
            }
            return Double.parseDouble(tps.group(1));
        } finally {
            TestDatabases.drop(scratch);
        }
    }

    private static String run(DatabaseSettings database, List<String> arguments) {
        URI address = URI.create(database.url().substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of(executable(), "-h", address.getHost(),
                "-p", Integer.toString(address.getPort() < 0 ? 5432 : address.getPort()), "-U", database.user()));
        command.addAll(arguments);
        command.add(address.getPath().substring(1));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", database.password());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.getFirst(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pgbench ran", e);
        }
    }

    private static String executable() {
        String configured = System.getenv("PGBENCH");
        return configured == null || configured.isBlank() ? "/usr/bin/pgbench" : configured;
    }
}
