package org.agreementtracker.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Figures of a benchmark run, merged into {@code target/bench/results.json} (each
 * benchmark class writes its own section) and printed as a table. Figures are reported,
 * never asserted: a slow machine must not fail a build.
 */
final class BenchmarkResults {

    static final Path FILE = Path.of("target", "bench", "results.json");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String section;

    private final Map<String, Object> figures = new LinkedHashMap<>();

    BenchmarkResults(String section) {
        this.section = section;
    }

    void put(String name, Object value) {
        // Ratios keep three decimals: a timer rate of 0.696 rounded to two read as 0.7,
        // a target met.
        double scale = name.startsWith("ratio.") ? 1000.0 : 100.0;
        this.figures.put(name, value instanceof Double number ? Math.round(number * scale) / scale : value);
    }

    @SuppressWarnings("unchecked")
    void write() {
        try {
            Files.createDirectories(FILE.getParent());
            Map<String, Object> all = Files.exists(FILE) ? JSON.readValue(FILE.toFile(), LinkedHashMap.class)
                    : new LinkedHashMap<>();
            all.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(), "java",
                    System.getProperty("java.version"), "os", System.getProperty("os.name")));
            all.put(this.section, this.figures);
            JSON.writeValue(FILE.toFile(), all);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        print();
    }

    private void print() {
        int width = this.figures.keySet().stream().mapToInt(String::length).max().orElse(10);
        StringBuilder table = new StringBuilder("\n== Benchmark: " + this.section + " ==\n");
        this.figures.forEach((name, value) -> table.append(String.format("%-" + width + "s  %s%n", name, value)));
        System.out.println(table);
    }

    /** Latencies in milliseconds: median and 95th percentile. */
    static Map<String, Double> percentiles(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return Map.of("p50", round(sorted.get(sorted.size() / 2)), "p95",
                round(sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1)));
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

}
