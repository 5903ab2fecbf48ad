package kr.go.smartfactory.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The provisioned server (PostgreSQL profile) as a child process of a benchmark: started on a given database with
 * the demo data and any system properties, ready when the public API answers; stopped gracefully or killed with
 * SIGKILL (no shutdown hook, no flush).
 */
final class PortalServer {

    private final Path home;
    private final String jdbc;
    private final String url;
    private Process process;

    PortalServer(Path home, String jdbc, String url) {
        this.home = home.toAbsolutePath();
        this.jdbc = jdbc;
        this.url = url;
    }

    /** Starts it and waits (at most four minutes) until it answers; {@code log} names its console file under the server. */
    void start(String log, String heap, String... properties) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(), "-Dportal.demo=true",
                "-Dportal.db.url=" + jdbc, "-Dportal.db.user=postgres", "-Dportal.db.password=postgres"));
        command.addAll(List.of(properties));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(home.resolve(log).toFile());
        pb.environment().put("JBOSS_JAVA_SIZING", heap);
        process = pb.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/announcements")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    System.out.println("server up");
                    return;
                }
            } catch (java.io.IOException notYet) {
                // starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the server did not start; see " + home.resolve(log));
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL to the server's JVM and the script around it. */
    synchronized void kill() {
        if (!isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    void stop() throws Exception {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /** Waits until the killed process is gone. */
    void awaitDeath() throws InterruptedException {
        if (process != null) {
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
