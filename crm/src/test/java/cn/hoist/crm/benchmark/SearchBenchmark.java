package cn.hoist.crm.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.hoist.crm.CrmApplication;
import cn.hoist.crm.privacy.PersonalData;
import cn.hoist.crm.privacy.PersonalField;
import cn.hoist.testsupport.ProgramStartup;

/**
 * The search benchmark of docs/benchmarks.md: a CRM with a million customers and a million and a
 * half vehicles, searched by plate fragment and by phone tail through the HTTP API by 32 clients at
 * once, against the same statements over JDBC in the same run. Run on demand with
 * {@code crm/benchmark.sh}; never part of the build.
 *
 * <p>Arguments: {@code h2|postgres} [customers] [vehicles] [requests per client].
 */
public final class SearchBenchmark {

    static final int CLIENTS = 32;
    static final int LIMIT = 20;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String db = args.length > 0 ? args[0] : "h2";
        int customers = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int vehicles = args.length > 2 ? Integer.parseInt(args[2]) : 1_500_000;
        int perClient = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        Map<String, Object> settings = settings(db);
        try (ConfigurableApplicationContext app = ProgramStartup.start(CrmApplication.class, settings)) {
            long existing = app.getBean(JdbcClient.class).sql("select count(*) from customer").query(Long.class).single();
            if (existing < customers) {
                DataSource dataSource = app.getBean(DataSource.class);
                new DataGenerator(dataSource, app.getBean(PersonalData.class)).generate(customers, vehicles);
                settle(dataSource, db);
            }
        }
        try (ConfigurableApplicationContext app = ProgramStartup.start(CrmApplication.class, settings)) {
            DataSource dataSource = app.getBean(DataSource.class);
            PersonalData personalData = app.getBean(PersonalData.class);
            Queries queries = new Queries(customers, vehicles, personalData);
            String base = "http://localhost:" + ProgramStartup.port(app);
            RawSearch raw = new RawSearch(dataSource);
            Map<String, Percentiles> results = new HashMap<>();
            // Warm up both paths (JIT, caches, connection pools) before measuring.
            run(queries.plates, perClient / 2, q -> raw.byPlateFragment(q, LIMIT));
            run(queries.tails, perClient / 2, http(base));
            results.put("plate/jdbc", run(queries.plates, perClient, q -> raw.byPlateFragment(q, LIMIT)));
            results.put("plate/http", run(queries.plates, perClient, http(base)));
            results.put("tail/jdbc", run(queries.tails, perClient,
                    q -> raw.byPhoneTail(personalData.blindIndex(PersonalField.MOBILE_TAIL, q), q, LIMIT)));
            results.put("tail/http", run(queries.tails, perClient, http(base)));
            report(db, customers, vehicles, perClient, results);
        }
    }

    private static Map<String, Object> settings(String db) {
        Map<String, Object> settings = new HashMap<>();
        String home = java.nio.file.Path.of(System.getProperty("benchmark.home", "target/benchmark-home"))
                .toAbsolutePath().toString();
        settings.put("hoist.home", home);
        settings.put("hoist.crm.data-key", Base64.getEncoder().encodeToString(new byte[32]));
        settings.put("logging.level.root", "WARN");
        if (db.equals("postgres")) {
            String url = System.getProperty("benchmark.postgres", "jdbc:postgresql://127.0.0.1:5432/hoist_bench");
            settings.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
            settings.put("spring.datasource.username", System.getProperty("benchmark.user", "postgres"));
        } else {
            // A page cache of 256 MB (H2's default is far smaller) holds the indexes the search uses.
            settings.put("spring.datasource.url", "jdbc:h2:file:${hoist.home}/crm/db/bench;DB_CLOSE_ON_EXIT=FALSE"
                    + ";CACHE_SIZE=" + System.getProperty("benchmark.h2-cache-kb", "262144"));
        }
        return settings;
    }

    /**
     * Brings freshly loaded data to the state a database reaches in service: statistics, and on H2 the
     * file compacted once (otherwise H2's background writer spends the measured minutes rewriting
     * the chunks the bulk load left half empty, which no shop's slowly growing database does).
     */
    private static void settle(DataSource dataSource, String db) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (db.equals("postgres")) {
                s.execute("vacuum analyze");
            } else {
                s.execute("analyze");
                s.execute("shutdown compact");
            }
        }
    }

    /** The query strings: fragments of real plates, tails of real mobiles (as staff type them). */
    static final class Queries {

        final List<String> plates = new ArrayList<>();
        final List<String> tails = new ArrayList<>();

        Queries(int customers, int vehicles, PersonalData personalData) {
            Random random = new Random(7);
            for (int i = 0; i < 2_000; i++) {
                String plate = DataGenerator.plate(random.nextInt(vehicles));
                int length = 4 + random.nextInt(2);
                int start = 2 + random.nextInt(plate.length() - 2 - length + 1);
                plates.add(plate.substring(start, start + length));
                String mobile = DataGenerator.mobile(random.nextInt(customers));
                tails.add(mobile.substring(mobile.length() - 4));
            }
        }
    }

    @FunctionalInterface
    interface Search {
        int run(String query) throws Exception;
    }

    private static Search http(String base) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ProgramStartup.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return q -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/customers?size=" + LIMIT + "&q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Authorization", auth).GET().build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            return response.body().length();
        };
    }

    /** {@link #CLIENTS} threads, each running {@code perClient} queries back to back; the latencies of all. */
    static Percentiles run(List<String> queries, int perClient, Search search) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<long[]>> clients = new ArrayList<>();
            long started = System.nanoTime();
            for (int c = 0; c < CLIENTS; c++) {
                int offset = c * perClient;
                clients.add(pool.submit(() -> {
                    long[] latencies = new long[perClient];
                    for (int i = 0; i < perClient; i++) {
                        long t0 = System.nanoTime();
                        search.run(queries.get((offset + i) % queries.size()));
                        latencies[i] = System.nanoTime() - t0;
                    }
                    return latencies;
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> client : clients) {
                all.add(client.get());
            }
            return Percentiles.of(all, System.nanoTime() - started);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void report(String db, int customers, int vehicles, int perClient, Map<String, Percentiles> r) {
        System.out.printf("%n%s, %,d customers, %,d vehicles, %d clients x %d requests%n", db, customers, vehicles,
                CLIENTS, perClient);
        System.out.println("| search | path | p50 ms | p99 ms | req/s | p50 ratio | p99 ratio |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String kind : List.of("plate", "tail")) {
            Percentiles jdbc = r.get(kind + "/jdbc");
            Percentiles http = r.get(kind + "/http");
            System.out.println(jdbc.row(kind, "JDBC", jdbc));
            System.out.println(http.row(kind, "HTTP API", jdbc));
        }
    }
}
