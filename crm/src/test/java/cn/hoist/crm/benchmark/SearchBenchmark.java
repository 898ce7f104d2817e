package cn.hoist.crm.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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

import org.h2.api.ErrorCode;
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
    /** Mean pause between a client's searches when paced: the search box's own debounce (customers/list.html). */
    static final int THINK_MILLIS = 250;
    /** Warm-up rounds at most, and the JIT compiling in a round below which the JIT counts as settled. */
    static final int WARM_UP_ROUNDS = 30;
    static final long SETTLED_JIT_MILLIS = 100;

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
            RawSearch raw = new RawSearch(dataSource, q -> personalData.blindIndex(PersonalField.MOBILE_TAIL, q));
            Search jdbc = q -> raw.search(q, LIMIT);
            List<PlainHttpClient> connections = new ArrayList<>();
            Search api = http(ProgramStartup.port(app), connections);
            Map<String, Percentiles> results = new HashMap<>();
            GcPauses gc = new GcPauses();
            // The same 32 client threads, and so the same 32 connections, for every run: before, each run had new
            // threads that opened new connections, and those 32 first requests were the paced runs' slowest 1 %.
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            try {
                for (int think : new int[] {0, THINK_MILLIS}) {
                    int requests = think == 0 ? perClient : perClient / 2;
                    warmUp(clients, queries.mixed, requests, think, jdbc, gc, "JDBC");
                    warmUp(clients, queries.mixed, requests, think, api, gc, "HTTP API");
                    results.put("plate/jdbc/" + think, run(clients, queries.plates, requests, think, jdbc, gc));
                    results.put("plate/http/" + think, run(clients, queries.plates, requests, think, api, gc));
                    results.put("tail/jdbc/" + think, run(clients, queries.tails, requests, think, jdbc, gc));
                    results.put("tail/http/" + think, run(clients, queries.tails, requests, think, api, gc));
                }
            } finally {
                clients.shutdownNow();
                for (PlainHttpClient connection : connections) {
                    connection.close();
                }
            }
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
        } catch (SQLException e) {
            // SHUTDOWN COMPACT closes the database under the connection, which then cannot be closed cleanly
            // (H2 says either that the database is closed or that it was called at shutdown).
            if (db.equals("postgres") || e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED
                    && e.getErrorCode() != ErrorCode.DATABASE_CALLED_AT_SHUTDOWN) {
                throw e;
            }
        }
    }

    /** The query strings: fragments of real plates, tails of real mobiles (as staff type them). */
    static final class Queries {

        final List<String> plates = new ArrayList<>();
        final List<String> tails = new ArrayList<>();
        /** Plates and tails taking turns. */
        final List<String> mixed = new ArrayList<>();

        Queries(int customers, int vehicles, PersonalData personalData) {
            Random random = new Random(7);
            for (int i = 0; i < 2_000; i++) {
                String plate = DataGenerator.plate(random.nextInt(vehicles));
                int length = 4 + random.nextInt(2);
                int start = 2 + random.nextInt(plate.length() - 2 - length + 1);
                plates.add(plate.substring(start, start + length));
                String mobile = DataGenerator.mobile(random.nextInt(customers));
                tails.add(mobile.substring(mobile.length() - 4));
                mixed.add(plates.get(i));
                mixed.add(tails.get(i));
            }
        }
    }

    @FunctionalInterface
    interface Search {
        int run(String query) throws Exception;
    }

    /** Each client thread on a keep-alive connection of its own, signed in with HTTP Basic. */
    private static Search http(int port, List<PlainHttpClient> opened) {
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ProgramStartup.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        ThreadLocal<PlainHttpClient> connection = ThreadLocal.withInitial(() -> {
            PlainHttpClient client = new PlainHttpClient("localhost", port, auth);
            synchronized (opened) {
                opened.add(client);
            }
            return client;
        });
        return q -> connection.get().get("/api/customers?size=" + LIMIT + "&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8)).length;
    }

    /**
     * Runs the query kinds mixed (as staff type them) through a path at a load until a run leaves the JIT compiler
     * almost nothing to do, at most {@link #WARM_UP_ROUNDS} times: the steady state of a CRM that has been running
     * for days. Until run 26 the warm-up was one run per path, back to back, and the compiler was still at work in
     * the measured runs: under saturation the tiered policy holds C2 back, so the first paced run (the plate
     * fragment over HTTP) met 5 s of C2 compiling the request path (the JIT column; found by JFR in run 22).
     */
    static void warmUp(ExecutorService pool, List<String> mixed, int perClient, int thinkMillis, Search search,
            GcPauses gc, String path) throws Exception {
        int requests = thinkMillis == 0 ? perClient : Math.max(1, perClient / 4);
        long jit = -1;
        int round = 0;
        while (round < WARM_UP_ROUNDS && (jit < 0 || jit > SETTLED_JIT_MILLIS)) {
            jit = run(pool, mixed, requests, thinkMillis, search, gc).jitMillis();
            round++;
        }
        System.out.printf("warm-up %s %s: %d rounds of %d x %d, the last with %d ms of JIT compiling%n", path,
                thinkMillis == 0 ? "back to back" : "paced", round, CLIENTS, requests, jit);
    }

    /**
     * {@link #CLIENTS} clients on the pool's threads (each thread keeps its connection from run to run), each running
     * {@code perClient} queries; the latencies of all. With {@code thinkMillis}
     * 0 each client sends its next query as soon as the last one is answered (saturation: the latency is mostly
     * queueing, 32 ÷ throughput); otherwise each waits a random 0 to 2 × {@code thinkMillis} before every query, as
     * staff at the search box do.
     */
    static Percentiles run(ExecutorService pool, List<String> queries, int perClient, int thinkMillis, Search search,
            GcPauses gc) throws Exception {
        Jit.settle();
        List<Future<long[][]>> clients = new ArrayList<>();
        long jitBefore = Jit.millis();
        long started = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            int offset = c * perClient;
            Random pause = new Random(c);
            clients.add(pool.submit(() -> {
                long[][] requests = new long[perClient][];
                for (int i = 0; i < perClient; i++) {
                    if (thinkMillis > 0) {
                        Thread.sleep(pause.nextInt(2 * thinkMillis + 1));
                    }
                    long t0 = System.nanoTime();
                    search.run(queries.get((offset + i) % queries.size()));
                    requests[i] = new long[] {t0, System.nanoTime() - t0};
                }
                return requests;
            }));
        }
        List<long[][]> all = new ArrayList<>();
        for (Future<long[][]> client : clients) {
            all.add(client.get());
        }
        return Percentiles.of(all, started, System.nanoTime(), gc, Jit.millis() - jitBefore);
    }

    private static void report(String db, int customers, int vehicles, int perClient, Map<String, Percentiles> r) {
        System.out.printf("%n%s, %,d customers, %,d vehicles, %d clients x %d requests (paced: %d, %d ms mean pause)%n",
                db, customers, vehicles, CLIENTS, perClient, perClient / 2, THINK_MILLIS);
        System.out.println("| clients | search | path | p50 ms | p99 ms | req/s | p50 ratio | p99 ratio | GC pauses |"
                + " slowest 1 % in a GC pause | JIT compiling |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (int think : new int[] {0, THINK_MILLIS}) {
            String load = think == 0 ? "back to back" : "paced";
            for (String kind : List.of("plate", "tail")) {
                Percentiles jdbc = r.get(kind + "/jdbc/" + think);
                Percentiles http = r.get(kind + "/http/" + think);
                System.out.println("| " + load + " " + jdbc.row(kind, "JDBC", jdbc));
                System.out.println("| " + load + " " + http.row(kind, "HTTP API", jdbc));
            }
        }
    }
}
