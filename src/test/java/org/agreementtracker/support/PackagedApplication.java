package org.agreementtracker.engine;

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
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * The packaged jar ({@code target/agreement-tracker-*.jar}) running as a process of its
 * own on an external PostgreSQL, the way it runs in production: tests can kill it hard
 * and start it again. Its log goes to {@code target/<name>.log}.
 */
final class PackagedApplication implements AutoCloseable {

    static final String ADMIN_PASSWORD = "reliability-" + Long.toHexString(System.nanoTime());

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;

    private final Process process;

    private final int port;

    private PackagedApplication(String name, Process process, int port) {
        this.name = name;
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the jar and waits until its health endpoint is up.
     * @param extraArguments Spring Boot arguments, such as {@code --some.property=value}
     */
    static PackagedApplication start(String name, String jdbcUrl, String... extraArguments) {
        int port = freePort();
        List<String> command = new ArrayList<>(
                List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx384m", "-jar", jar().toString()));
        command.addAll(List.of(extraArguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(Path.of("target", name + ".log").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("AGREEMENT_"));
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("SPRING_DATASOURCE_URL", jdbcUrl);
        builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
        builder.environment().put("AGREEMENT_TRACKER_ADMIN_PASSWORD", ADMIN_PASSWORD);
        try {
            PackagedApplication application = new PackagedApplication(name, builder.start(), port);
            application.awaitReady();
            return application;
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
    HttpResponse<String> send(String method, String path, String body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization",
                    "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
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
    void kill() throws InterruptedException {
        this.process.destroyForcibly();
        this.process.waitFor();
    }

    boolean isAlive() {
        return this.process.isAlive();
    }

    String logTail() {
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
