package org.agreementtracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * The packaged jar ({@code target/agreement-tracker-*.jar}) running as a process of its
 * own on an external PostgreSQL, the way it runs in production: tests can kill it hard
 * and start it again. Its log goes to {@code target/<name>.log}.
 */
public final class PackagedApplication implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "reliability-" + Long.toHexString(System.nanoTime());

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;

    private final Process process;

    private final int port;

    private Duration startedIn;

    private Duration cpuToReady;

    private PackagedApplication(String name, Process process, int port) {
        this.name = name;
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the jar on an external PostgreSQL, as in production, and waits until it is
     * ready.
     * @param extraArguments Spring Boot arguments, such as {@code --some.property=value}
     */
    public static PackagedApplication start(String name, String jdbcUrl, String... extraArguments) {
        return start(name, Map.of("SPRING_DATASOURCE_URL", jdbcUrl, "SPRING_DATASOURCE_USERNAME", "postgres"),
                extraArguments);
    }

    /**
     * Starts the jar with the environment given (no database settings: the embedded
     * PostgreSQL) and waits until it is ready.
     */
    public static PackagedApplication start(String name, Map<String, String> environment, String... extraArguments) {
        return launch(name, List.of("-jar", jar().toString()), environment, extraArguments);
    }

    /**
     * Starts a main class from the test class path instead of the packaged jar: for
     * comparisons that need two applications started the same way.
     */
    public static PackagedApplication startMainClass(String name, String mainClass, Map<String, String> environment,
            String... extraArguments) {
        return launch(name, List.of("-cp", System.getProperty("java.class.path"), mainClass), environment,
                extraArguments);
    }

    private static PackagedApplication launch(String name, List<String> what, Map<String, String> environment,
            String... extraArguments) {
        int port = freePort();
        List<String> command = new ArrayList<>(
                List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m"));
        command.addAll(what);
        command.addAll(List.of(extraArguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(Path.of("target", name + ".log").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("AGREEMENT_"));
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("AGREEMENT_TRACKER_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().putAll(environment);
        try {
            long launched = System.nanoTime();
            PackagedApplication application = new PackagedApplication(name, builder.start(), port);
            application.awaitReady();
            application.startedIn = Duration.ofNanos(System.nanoTime() - launched);
            application.cpuToReady = application.process.info().totalCpuDuration().orElse(Duration.ZERO);
            return application;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** From launch until the readiness probe answered 200. */
    public Duration startedIn() {
        return this.startedIn;
    }

    /**
     * Processor time the application's JVM had used when it was ready (its embedded
     * PostgreSQL not counted): the work of starting, whatever else the machine was doing.
     */
    public Duration cpuToReady() {
        return this.cpuToReady;
    }

    /** Resident memory of the process, from {@code /proc}. */
    public long residentMegabytes() {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(this.process.pid()), "status"))
                .stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                .findFirst()
                .orElseThrow();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void awaitReady() {
        await(this.name + " ready").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!this.process.isAlive()) {
                throw new IllegalStateException(
                        this.name + " exited with " + this.process.exitValue() + ":\n" + logTail());
            }
            try {
                return send("GET", "/actuator/health/readiness", null, null).statusCode() == 200;
            }
            catch (ConnectException notYet) {
                return false;
            }
        });
    }

    /**
     * As the administrator, whose password comes from the environment like in production.
     */
    public HttpResponse<String> send(String method, String path, String body, String contentType)
            throws IOException, InterruptedException {
        return sendAs("admin", ADMIN_PASSWORD, method, path, body, contentType);
    }

    public HttpResponse<String> sendAs(String user, String password, String method, String path, String body,
            String contentType) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization",
                    "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Like a power cut: SIGKILL, no shutdown hooks, transactions cut off where they are.
     */
    public void kill() throws InterruptedException {
        this.process.destroyForcibly();
        this.process.waitFor();
    }

    public boolean isAlive() {
        return this.process.isAlive();
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(Path.of("target", this.name + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }
        catch (IOException ex) {
            return "(no log: " + ex.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (this.process.isAlive()) {
            this.process.destroy();
            if (!this.process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private static Path jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("agreement-tracker-.*\\.jar"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no packaged jar in target/: run ./mvnw verify"));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
