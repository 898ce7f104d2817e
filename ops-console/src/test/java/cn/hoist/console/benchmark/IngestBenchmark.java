package cn.hoist.console.benchmark;

import static cn.hoist.testsupport.ProgramStartup.ADMIN_PASSWORD;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import cn.hoist.console.ConsoleApplication;
import cn.hoist.testsupport.HttpTester;
import cn.hoist.testsupport.PostgresDatabase;
import cn.hoist.testsupport.ProgramStartup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Console ingest into PostgreSQL, through the real HTTP API, against a raw JDBC batch insert of the
 * same rows in the same run. Several agents, enrolled for real, each send batches of 500 check results
 * one after the other (as the agent's sender does); the rate limit is off so that the console's own
 * ceiling is measured. Run on demand (not part of verify):
 *
 * <pre>
 * ./mvnw -o -q -pl ops-console -am install -DskipTests
 * ./mvnw -o -pl ops-console test -Dtest=IngestBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbenchmark.agents=4 -Dbenchmark.batches=100 -Dbenchmark.warmup=300 -Dbenchmark.rounds=3 \
 *     [-Dbenchmark.urlOptions=?reWriteBatchedInserts=true]
 * </pre>
 *
 * The results, with the CPU time per result of the JVM and of PostgreSQL in each phase, are printed and
 * written to {@code ops-console/target/benchmark-ingest.txt}.
 */
class IngestBenchmark {

    static final int BATCH = 500;
    static final int AGENTS = Integer.getInteger("benchmark.agents", 4);
    static final int BATCHES = Integer.getInteger("benchmark.batches", 60);
    static final int WARMUP = Integer.getInteger("benchmark.warmup", 300);
    static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
    static final String URL_OPTIONS = System.getProperty("benchmark.urlOptions", "");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static PostgresDatabase postgres = new PostgresDatabase();

    @Test
    void consoleIngestAgainstRawBatchInsert(@TempDir Path home) throws Exception {
        Map<String, Object> settings = new HashMap<>(ProgramStartup.on(postgres));
        settings.put("spring.datasource.url", postgres.jdbcUrl() + URL_OPTIONS);
        settings.put("hoist.home", home.toString());
        settings.put("hoist.console.ingest.requests-per-second", "0");
        settings.put("logging.level.cn.hoist", "WARN");
        try (var app = ProgramStartup.start(ConsoleApplication.class, settings)) {
            String base = "http://127.0.0.1:" + ProgramStartup.port(app);
            List<Agent> agents = new ArrayList<>();
            for (int i = 0; i < AGENTS; i++) {
                agents.add(enroll(new HttpTester(base), i));
            }
            HttpClient client = HttpClient.newHttpClient();
            String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
            run(agents, a -> send(client, base, a, bodies(a, 1, WARMUP)));
            long results = (long) AGENTS * BATCHES * BATCH;
            List<Double> console = new ArrayList<>();
            List<Double> raw = new ArrayList<>();
            List<String> cpu = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                int first = 1 + WARMUP + round * BATCHES;
                Map<Agent, List<byte[]>> timed = new HashMap<>();
                for (Agent agent : agents) {
                    timed.put(agent, bodies(agent, first, BATCHES));
                }
                Cpu before = Cpu.now();
                long start = System.nanoTime();
                run(agents, a -> send(client, base, a, timed.get(a)));
                console.add(results / ((System.nanoTime() - start) / 1e9));
                Cpu between = Cpu.now();
                raw.add(results / rawInsert(postgres.jdbcUrl() + URL_OPTIONS, results));
                cpu.add(between.minus(before).per(results) + " / " + Cpu.now().minus(between).per(results));
            }
            report(results, console, raw, cpu, loadBefore, Files.readString(Path.of("/proc/loadavg")).strip());
        }
    }

    private static Agent enroll(HttpTester http, int index) {
        String shop = http.post("/api/shops").basic("admin", ADMIN_PASSWORD).json(Map.of("name", "Bench shop " + index))
                .send().json().get("id").asString();
        String code = http.post("/api/shops/" + shop + "/enrollment-codes").basic("admin", ADMIN_PASSWORD).send().json()
                .get("code").asString();
        JsonNode enrolled = http.post("/api/agent/v1/enroll").json(Map.of("protocol", 1, "code", code,
                "agent", Map.of("hostname", "bench-" + index, "os", "Linux", "agentVersion", "0.1.0"))).send().json();
        return new Agent(enrolled.get("agentId").asString(), enrolled.get("credential").asString());
    }

    /** Batches {@code first} to {@code first + count - 1} of the agent, serialised before any clock runs. */
    private static List<byte[]> bodies(Agent agent, int first, int count) {
        List<byte[]> bodies = new ArrayList<>();
        for (int b = first; b < first + count; b++) {
            bodies.add(JSON.writeValueAsBytes(batch(agent.id(), b)));
        }
        return bodies;
    }

    /** Sends the batches one after the other, as the agent's sender does. */
    private static Void send(HttpClient client, String base, Agent agent, List<byte[]> bodies) throws Exception {
        for (byte[] body : bodies) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/agent/v1/reports"))
                    .header("Authorization", "Bearer " + agent.credential()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains("\"accepted\":" + BATCH)) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
        }
        return null;
    }

    /** Batch {@code number} of an agent: 500 results over 50 devices and 10 checks, 4 metrics each. */
    static Map<String, Object> batch(String agentId, int number) {
        List<Map<String, Object>> reports = new ArrayList<>(BATCH);
        Instant time = Instant.now();
        for (int i = 0; i < BATCH; i++) {
            long seq = (long) (number - 1) * BATCH + i + 1;
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("device", "device-" + (i % 50));
            body.put("check", "check-" + (i / 50));
            body.put("status", i % 17 == 0 ? "WARNING" : "OK");
            body.put("message", "all fine");
            body.put("durationMs", 12 + i % 30);
            body.put("metrics", metrics(i));
            reports.add(Map.of("seq", seq, "time", time.toString(), "type", "check-result", "body", body));
        }
        return Map.of("protocol", 1, "agentId", agentId, "sentAt", time.toString(), "reports", reports);
    }

    static List<Map<String, Object>> metrics(int i) {
        return List.of(
                Map.of("name", "check_latency_ms", "value", 1.5 + i % 7, "unit", "ms"),
                Map.of("name", "host_cpu_percent", "labels", Map.of("cpu", "0"), "value", 10 + i % 50, "unit", "%"),
                Map.of("name", "host_disk_used_percent", "labels", Map.of("mount", "/"), "value", 71.2, "unit", "%"),
                Map.of("name", "snmp_if_in_bits_per_second", "labels", Map.of("ifIndex", "1", "ifName", "Gi0/1"),
                        "value", 1_834_000.5 + i, "unit", "bit/s"));
    }

    /** The same rows (as the console stores them) with plain JDBC batches of 500, one connection per agent. */
    private static double rawInsert(String url, long rows) throws Exception {
        List<String> metrics = java.util.stream.IntStream.range(0, BATCH)
                .mapToObj(i -> JSON.writeValueAsString(metrics(i))).toList();
        List<Long> devices = new ArrayList<>();
        try (Connection connection = connect(url);
                var rs = connection.createStatement().executeQuery("select id from device order by id")) {
            while (rs.next()) {
                devices.add(rs.getLong(1));
            }
        }
        long perAgent = rows / AGENTS;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Integer> connections = java.util.stream.IntStream.range(0, AGENTS).boxed().toList();
        long start = System.nanoTime();
        run(connections, agent -> {
            try (Connection connection = connect(url); PreparedStatement insert = connection.prepareStatement(
                    "insert into check_result (device_id, check_name, observed_at, status, message, duration_ms, metrics)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")) {
                connection.setAutoCommit(false);
                for (int i = 0; i < perAgent; i++) {
                    int n = i % BATCH;
                    insert.setLong(1, devices.get((agent * 50 + n % 50) % devices.size()));
                    insert.setString(2, "check-" + n / 50);
                    insert.setObject(3, now);
                    insert.setString(4, n % 17 == 0 ? "WARNING" : "OK");
                    insert.setString(5, "all fine");
                    insert.setLong(6, 12 + n % 30);
                    insert.setString(7, metrics.get(n));
                    insert.addBatch();
                    if (n == BATCH - 1) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            return null;
        });
        return (System.nanoTime() - start) / 1e9;
    }

    private static Connection connect(String url) throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(url, postgres.user(), postgres.password());
    }

    private static <T> void run(List<T> items, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(items.size());
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit((Callable<Void>) () -> task.run(item)));
            }
            for (Future<Void> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void report(long results, List<Double> console, List<Double> raw, List<String> cpu,
            String loadBefore, String loadAfter) throws IOException {
        StringBuilder rounds = new StringBuilder();
        for (int i = 0; i < console.size(); i++) {
            rounds.append(String.format("  round %d: console %.0f results/s, raw %.0f rows/s, ratio %.2f;"
                    + " CPU per result, console / raw: %s%n", i + 1, console.get(i), raw.get(i),
                    console.get(i) / raw.get(i), cpu.get(i)));
        }
        double consoleMedian = median(console);
        double rawMedian = median(raw);
        String text = String.format("""
                Console ingest benchmark (%s)
                machine: %d cores (%s), Java %s, PostgreSQL at %s%s; load average before %s, after %s
                agents: %d, each sending batches of %d check results (4 metrics each) one after the other;
                %d warm-up batches per agent, then %d rounds of %d batches per agent (%d results per round)
                console: HTTP, schema validation, exactly-once bookkeeping, history + latest + device state
                raw: JDBC batch insert of the same rows into check_result, %d connections, batches of %d
                %smedian: console %.0f results/s, raw %.0f rows/s, ratio %.2f
                """, Instant.now(), Runtime.getRuntime().availableProcessors(), cpuModel(),
                System.getProperty("java.version"), postgres.jdbcUrl().replaceAll("/[^/]*$", "/…"), URL_OPTIONS,
                loadBefore, loadAfter, AGENTS, BATCH, WARMUP, console.size(), BATCHES, results, AGENTS, BATCH, rounds,
                consoleMedian, rawMedian, consoleMedian / rawMedian);
        System.out.println(text);
        Files.writeString(Path.of("target", "benchmark-ingest.txt"), text);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    record Agent(String id, String credential) {
    }

    /**
     * CPU time in clock ticks (1/100 s) of this JVM (the console and the load generator) and of
     * PostgreSQL: the benchmark database's backends, and the server's main process, whose children's
     * time holds the backends that ended (the raw insert's connections; another database's connection
     * ending meanwhile would count too).
     */
    record Cpu(long jvm, long server) {

        static Cpu now() throws IOException {
            String database = postgres.jdbcUrl().replaceAll("^.*/", "");
            String self = String.valueOf(ProcessHandle.current().pid());
            long jvm = 0;
            long server = 0;
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    try {
                        String stat = Files.readString(process.resolve("stat"));
                        // utime, stime, cutime, cstime: fields 14 to 17, after the parenthesised command name
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13])
                                + Long.parseLong(f[14]);
                        String command = Files.readString(process.resolve("cmdline"));
                        if (process.getFileName().toString().equals(self)) {
                            jvm = ticks;
                        } else if (stat.contains("(postgres)")
                                && (command.contains(database) || command.contains("bin/postgres"))) {
                            server += ticks;
                        }
                    } catch (IOException | RuntimeException ended) {
                        // the process ended while being read
                    }
                }
            }
            return new Cpu(jvm, server);
        }

        Cpu minus(Cpu earlier) {
            return new Cpu(jvm - earlier.jvm, server - earlier.server);
        }

        String per(long results) {
            return String.format("JVM %.1f µs + PostgreSQL %.1f µs", jvm * 1e4 / results, server * 1e4 / results);
        }
    }

    @FunctionalInterface
    interface Task<T> {
        Void run(T item) throws Exception;
    }
}
