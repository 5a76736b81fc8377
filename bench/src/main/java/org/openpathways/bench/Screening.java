package org.openpathways.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;

/** Recording a screening, the app against plain JDBC writing the same rows (issue 4). */
final class Screening {

    private Screening() {}

    static void run(
            Options options,
            HikariDataSource pool,
            CpuMeter meter,
            List<Issue3.Line> lines,
            List<LoadRun.Result> results,
            List<String> cpu) {
        System.out.println("screening: the screening module is not in this application yet; skipped");
    }
}
