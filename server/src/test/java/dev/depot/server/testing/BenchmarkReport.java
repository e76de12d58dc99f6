package dev.depot.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one benchmark, each beside the baseline measured in the same run and the ratio to
 * it: absolute numbers vary with the machine and whatever else runs on it, a ratio to the same
 * machine's PostgreSQL much less (docs/decisions/benchmarks.md). Printed to the console and appended
 * to {@code target/benchmarks.md}.
 */
public final class BenchmarkReport {

    private final String title;
    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public BenchmarkReport(String title) {
        this.title = title;
    }

    /** A figure, its baseline, the ratio figure ÷ baseline and whether the ratio meets the target. */
    public BenchmarkReport ratio(String what, Figure figure, Figure baseline, Target target) {
        double ratio = figure.value() / baseline.value();
        rows.add(row(what, figure.text(), baseline.text(), format("%.2fx", ratio), target.text(), target.metBy(ratio) ? "yes" : "NO"));
        return this;
    }

    /** A figure held against an absolute target, with a ratio to its baseline for context. */
    public BenchmarkReport absolute(String what, Figure figure, Figure baseline, Target target) {
        double ratio = figure.value() / baseline.value();
        rows.add(row(what, figure.text(), baseline.text(), format("%.2fx", ratio), target.text(), target.metBy(figure.value()) ? "yes" : "NO"));
        return this;
    }

    /** A figure beside its baseline, without a target of its own. */
    public BenchmarkReport compare(String what, Figure figure, Figure baseline) {
        rows.add(row(what, figure.text(), baseline.text(), format("%.2fx", figure.value() / baseline.value()), "—", "—"));
        return this;
    }

    /** How the figures were taken: what a reader needs to weigh them. */
    public BenchmarkReport note(String text) {
        notes.add(text);
        return this;
    }

    public void print() {
        StringBuilder text = new StringBuilder("\n### ").append(title).append("\n\n")
                .append(row("what", "figure", "baseline", "ratio", "target", "met")).append('\n')
                .append(row("---", "---", "---", "---", "---", "---")).append('\n');
        rows.forEach(r -> text.append(r).append('\n'));
        notes.forEach(n -> text.append("\n- ").append(n));
        text.append('\n');
        System.out.println(text);
        append(Path.of("target", "benchmarks.md"), text.toString());
    }

    private static void append(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    /** A measured value and how to show it, e.g. {@code Figure.of(812.4, "%.0f commands/s")}. */
    public record Figure(double value, String text) {

        public static Figure of(double value, String pattern) {
            return new Figure(value, format(pattern, value));
        }
    }

    /** What a figure (or its ratio) should reach: at least or at most a bound. */
    public record Target(double bound, boolean atMost, String text) {

        public static Target atLeast(double bound, String text) {
            return new Target(bound, false, text);
        }

        public static Target below(double bound, String text) {
            return new Target(bound, true, text);
        }

        boolean metBy(double value) {
            return atMost ? value <= bound : value >= bound;
        }
    }
}
