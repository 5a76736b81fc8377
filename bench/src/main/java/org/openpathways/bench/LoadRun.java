package org.openpathways.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load: a fixed number of workers, each sending its next request as soon as the previous one is answered,
 * first for a warm-up period that is not counted, then for the measured period. Latency is recorded per request with
 * {@link System#nanoTime()} in microseconds.
 */
final class LoadRun {

    /** One request; answers whether it succeeded (status 200 and a complete body, or every row read). */
    @FunctionalInterface
    interface Call {
        boolean call(int sequence) throws Exception;
    }

    /** What one run measured. */
    record Result(String name, long succeeded, long failed, double seconds, Histogram latencies, String firstError) {

        static Result merge(List<Result> slices) {
            Histogram all = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
            long succeeded = 0;
            long failed = 0;
            double seconds = 0;
            String firstError = null;
            for (Result slice : slices) {
                all.add(slice.latencies());
                succeeded += slice.succeeded();
                failed += slice.failed();
                seconds += slice.seconds();
                firstError = firstError == null ? slice.firstError() : firstError;
            }
            return new Result(slices.get(0).name(), succeeded, failed, seconds, all, firstError);
        }

        double throughput() {
            return succeeded / seconds;
        }

        double percentileMillis(double percentile) {
            return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private LoadRun() {}

    /**
     * @param calls one call per worker (so that each may keep its own state), all of the same kind
     */
    static Result run(String name, List<Call> calls, Duration warmup, Duration measured) throws InterruptedException {
        int workers = calls.size();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long measureUntil = measureFrom + measured.toNanos();
        List<Future<Worker>> futures = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Worker worker = new Worker(calls.get(i), i * 7919, measureFrom, measureUntil);
            futures.add(pool.submit(worker::run));
        }
        pool.shutdown();
        pool.awaitTermination(warmup.plus(measured).plusMinutes(2).toMillis(), TimeUnit.MILLISECONDS);
        Histogram all = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
        long succeeded = 0;
        long failed = 0;
        String firstError = null;
        for (Future<Worker> future : futures) {
            Worker worker;
            try {
                worker = future.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("A worker of " + name + " failed", e.getCause());
            }
            all.add(worker.latencies);
            succeeded += worker.succeeded;
            failed += worker.failed;
            if (firstError == null) {
                firstError = worker.firstError;
            }
        }
        return new Result(name, succeeded, failed, measured.toNanos() / 1e9, all, firstError);
    }

    private static final class Worker {

        private final Call call;
        private final long measureFrom;
        private final long measureUntil;
        private final Histogram latencies = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
        private int sequence;
        private long succeeded;
        private long failed;
        private String firstError;

        Worker(Call call, int firstSequence, long measureFrom, long measureUntil) {
            this.call = call;
            this.sequence = firstSequence;
            this.measureFrom = measureFrom;
            this.measureUntil = measureUntil;
        }

        Worker run() {
            while (true) {
                long begin = System.nanoTime();
                if (begin >= measureUntil) {
                    return this;
                }
                boolean ok;
                try {
                    ok = call.call(sequence++);
                } catch (Exception e) {
                    ok = false;
                    if (firstError == null) {
                        firstError = e.toString();
                    }
                }
                long end = System.nanoTime();
                // A request counts when it started in the measured period and ended by its end.
                if (begin >= measureFrom && end <= measureUntil) {
                    if (ok) {
                        succeeded++;
                        latencies.recordValue(Math.min((end - begin) / 1000, latencies.getHighestTrackableValue()));
                    } else {
                        failed++;
                    }
                }
            }
        }
    }
}
