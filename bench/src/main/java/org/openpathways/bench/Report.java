package org.openpathways.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The tables the driver prints. */
final class Report {

    private Report() {}

    /**
     * Results come in pairs, the app's then the baseline's; each pair gets the ratio of their throughputs.
     *
     * @return how many pairs missed the target (app at least as fast as the baseline), or had errors
     */
    static int throughput(PrintStream out, List<LoadRun.Result> results) {
        return throughput(out, results, true);
    }

    /** @param againstOne whether each ratio is held to the catalogue's target of 1.0 (issue 3 has its own) */
    static int throughput(PrintStream out, List<LoadRun.Result> results, boolean againstOne) {
        int failures = 0;
        out.println();
        out.printf(
                Locale.ROOT,
                "%-38s %10s %9s %9s %8s %8s  %s%n",
                "run",
                "req/s",
                "p50 ms",
                "p99 ms",
                "ok",
                "errors",
                "app/baseline");
        for (int i = 0; i + 1 < results.size(); i += 2) {
            LoadRun.Result app = results.get(i);
            LoadRun.Result baseline = results.get(i + 1);
            double ratio = app.throughput() / baseline.throughput();
            boolean pass = ratio >= 1.0 && app.failed() == 0 && baseline.failed() == 0;
            if (!pass) {
                failures++;
            }
            line(
                    out,
                    app,
                    againstOne
                            ? String.format(Locale.ROOT, "%.2fx %s", ratio, pass ? "PASS (>= 1.0)" : "FAIL (< 1.0)")
                            : String.format(Locale.ROOT, "%.2fx", ratio));
            line(out, baseline, "");
        }
        for (LoadRun.Result result : results) {
            if (result.firstError() != null) {
                out.println("first error in " + result.name().strip() + ": " + result.firstError());
            }
        }
        return failures;
    }

    private static void line(PrintStream out, LoadRun.Result result, String ratio) {
        out.printf(
                Locale.ROOT,
                "%-38s %10.0f %9.2f %9.2f %8d %8d  %s%n",
                result.name(),
                result.throughput(),
                result.percentileMillis(50),
                result.percentileMillis(99),
                result.succeeded(),
                result.failed(),
                ratio);
    }

    /** @return how many pages missed a target, failed to load or sent text uncompressed */
    static int pageWeight(PrintStream out, List<PageWeight.Page> pages, long firstLimit, long laterLimit) {
        int failures = 0;
        out.println();
        out.printf(
                Locale.ROOT,
                "%-40s %9s %6s %11s %11s  %s%n",
                "page",
                "HTML kB",
                "files",
                "first kB",
                "later kB",
                "result (first <= " + firstLimit / 1000 + " kB, later <= " + laterLimit / 1000 + " kB, compressed)");
        Map<String, PageWeight.Fetched> resources = new LinkedHashMap<>();
        for (PageWeight.Page page : pages) {
            page.subresources().forEach(resource -> resources.putIfAbsent(resource.path(), resource));
            List<PageWeight.Fetched> uncompressed = page.uncompressed();
            boolean pass = page.allOk()
                    && page.firstLoad() <= firstLimit
                    && page.laterLoad() <= laterLimit
                    && uncompressed.isEmpty();
            if (!pass) {
                failures++;
            }
            String why = !page.allOk()
                    ? " (a request was not answered 200)"
                    : uncompressed.isEmpty()
                            ? ""
                            : " (uncompressed: " + uncompressed.get(0).path() + ")";
            out.printf(
                    Locale.ROOT,
                    "%-40s %9.1f %6d %11.1f %11.1f  %s%n",
                    page.path(),
                    page.html().bytes() / 1000.0,
                    page.subresources().size(),
                    page.firstLoad() / 1000.0,
                    page.laterLoad() / 1000.0,
                    (pass ? "PASS" : "FAIL") + why);
        }
        out.println();
        out.printf(Locale.ROOT, "%-76s %9s %-8s %s%n", "subresource", "kB", "encoding", "cache-control");
        for (PageWeight.Fetched resource : resources.values()) {
            out.printf(
                    Locale.ROOT,
                    "%-76s %9.1f %-8s %s%s%n",
                    resource.path(),
                    resource.bytes() / 1000.0,
                    resource.encoding().isEmpty() ? "-" : resource.encoding(),
                    resource.cacheControl().isEmpty() ? "(none)" : resource.cacheControl(),
                    resource.status() == 200 ? "" : "  HTTP " + resource.status());
        }
        return failures;
    }
}
