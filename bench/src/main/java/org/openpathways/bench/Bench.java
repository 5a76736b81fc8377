package org.openpathways.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The benchmarks of issue 2 against a running application: {@code load} compares the public catalogue API with plain
 * JDBC running the same statements at the same concurrency; {@code weight} measures what public pages transfer.
 * {@code bench/run.sh} starts the application and runs both.
 */
public final class Bench {

    static final String[] LANGUAGES = {"en", "fr", "es", "ar"};
    static final int PAGE_SIZE = 20;
    static final long FIRST_LOAD_LIMIT = 150_000;
    static final long LATER_LOAD_LIMIT = 30_000;

    private static final PrintStream out = System.out;

    private Bench() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        int failures = switch (options.command()) {
            case "load" -> load(options);
            case "weight" -> weight(options);
            case "generate" -> Generator.run(options);
            case "issue3" -> Issue3.run(options);
            case "generate-referrals" -> ReferralGenerator.run(options);
            case "issue4" -> Issue4.run(options);
            default -> throw new IllegalArgumentException("Unknown command " + options.command());
        };
        System.exit(failures == 0 ? 0 : 3);
    }

    /** Four runs: app list, JDBC list, app pathway, JDBC pathway; returns how many comparisons missed 1.0. */
    private static int load(Options options) throws Exception {
        var statements = CatalogueStatements.from(options.applicationJar());
        CatalogueHttp.keepConnections(options.concurrency());
        var http = new CatalogueHttp(options.baseUrl(), options.gzip(), options.httpClient());
        List<String> codes = http.publishedCodes();
        int pages = (codes.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        out.printf(
                Locale.ROOT,
                "Catalogue: %d published pathways, %d pages of %d, %d languages; %d workers, %d s warm-up + %d s"
                        + " measured per run in %d alternating slices; API responses %s, client %s%n",
                codes.size(),
                pages,
                PAGE_SIZE,
                LANGUAGES.length,
                options.concurrency(),
                options.warmup().toSeconds(),
                options.duration().toSeconds(),
                options.rounds(),
                options.gzip() ? "gzip-compressed" : "uncompressed",
                options.httpClient() ? "java.net.http.HttpClient" : "HttpURLConnection");
        // Request i of a run asks for the i-th of these, round robin, in both the app's runs and the baseline's.
        IntFunction<String> pageLanguage = i -> LANGUAGES[Math.floorMod(i, LANGUAGES.length)];
        IntFunction<Integer> pageNumber = i -> 1 + Math.floorMod(i / LANGUAGES.length, pages);
        IntFunction<String> pathwayLanguage = i -> LANGUAGES[Math.floorMod(i, LANGUAGES.length)];
        IntFunction<String> pathwayCode = i -> codes.get(Math.floorMod(i / LANGUAGES.length, codes.size()));

        List<LoadRun.Result> results = new ArrayList<>();
        try (var jdbc = new CatalogueJdbc(
                options.jdbcUrl(), options.jdbcUser(), options.jdbcPassword(), options.concurrency(), statements)) {
            sameRows(http, jdbc, codes.get(0));
            results.addAll(alternate(
                    options,
                    () -> prime(
                            http,
                            pages,
                            i -> CatalogueHttp.pagePath(pageLanguage.apply(i), pageNumber.apply(i), PAGE_SIZE)),
                    "app   GET /api/v1/pathways",
                    i -> {
                        http.get(CatalogueHttp.pagePath(pageLanguage.apply(i), pageNumber.apply(i), PAGE_SIZE));
                        return true;
                    },
                    "jdbc  PUBLISHED_PAGE",
                    i -> jdbc.page(pageLanguage.apply(i), pageNumber.apply(i), PAGE_SIZE) > 0));
            results.addAll(alternate(
                    options,
                    () -> prime(
                            http,
                            codes.size(),
                            i -> CatalogueHttp.pathwayPath(pathwayLanguage.apply(i), pathwayCode.apply(i))),
                    "app   GET /api/v1/pathways/{code}",
                    i -> {
                        http.get(CatalogueHttp.pathwayPath(pathwayLanguage.apply(i), pathwayCode.apply(i)));
                        return true;
                    },
                    "jdbc  PUBLISHED_PATHWAY",
                    i -> jdbc.pathway(pathwayLanguage.apply(i), pathwayCode.apply(i)) == 1));
        }
        return Report.throughput(out, results);
    }

    /** Work done before each of the app's slices. */
    @FunctionalInterface
    interface Preparation {
        void run() throws Exception;
    }

    /**
     * The app's run and the baseline's, each cut into {@code rounds} slices taken in turn (app, baseline, app, ...), so
     * that whatever else the machine is doing weighs on both alike. The first slice of each gets the whole warm-up,
     * later ones a second. Returns the app's result then the baseline's, each merged over its slices.
     */
    static List<LoadRun.Result> alternate(
            Options options,
            Preparation beforeApp,
            String appName,
            LoadRun.Call app,
            String baselineName,
            LoadRun.Call baseline)
            throws Exception {
        Duration slice = options.duration().dividedBy(options.rounds());
        List<LoadRun.Result> apps = new ArrayList<>();
        List<LoadRun.Result> baselines = new ArrayList<>();
        for (int round = 0; round < options.rounds(); round++) {
            Duration warmup = round == 0
                    ? options.warmup()
                    : Duration.ofSeconds(Math.min(1, options.warmup().toSeconds()));
            beforeApp.run();
            apps.add(LoadRun.run(appName, calls(options, app), warmup, slice));
            baselines.add(LoadRun.run(baselineName, calls(options, baseline), warmup, slice));
        }
        return List.of(LoadRun.Result.merge(apps), LoadRun.Result.merge(baselines));
    }

    /**
     * Asks once for every response a run will ask for, so that the run measures the cache's steady state rather than
     * its filling; entries still expire after the application's time-to-live (30 s by default) during long runs.
     */
    private static void prime(CatalogueHttp http, int perLanguage, IntFunction<String> path) throws Exception {
        for (int i = 0; i < perLanguage * LANGUAGES.length; i++) {
            http.get(path.apply(i));
        }
    }

    /** The app and the baseline must be doing the same work: same number of rows for the same page and pathway. */
    private static void sameRows(CatalogueHttp http, CatalogueJdbc jdbc, String code) throws Exception {
        for (String language : LANGUAGES) {
            int app = http.itemsOn(CatalogueHttp.pagePath(language, 1, PAGE_SIZE));
            int baseline = jdbc.page(language, 1, PAGE_SIZE);
            if (app != baseline || app == 0) {
                throw new IllegalStateException("Page 1 in " + language + ": the API has " + app
                        + " pathways, the statement " + baseline + " rows");
            }
            if (jdbc.pathway(language, code) != 1) {
                throw new IllegalStateException("The statement finds no pathway " + code + " in " + language);
            }
        }
    }

    static List<LoadRun.Call> calls(Options options, LoadRun.Call call) {
        List<LoadRun.Call> calls = new ArrayList<>();
        for (int i = 0; i < options.concurrency(); i++) {
            calls.add(call);
        }
        return calls;
    }

    private static int weight(Options options) throws Exception {
        var weight = new PageWeight(options.baseUrl());
        List<PageWeight.Page> pages = new ArrayList<>();
        for (String path : options.pages()) {
            pages.add(weight.measure(path));
        }
        return Report.pageWeight(out, pages, FIRST_LOAD_LIMIT, LATER_LOAD_LIMIT);
    }
}
