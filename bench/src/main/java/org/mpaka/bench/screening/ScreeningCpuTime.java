package org.mpaka.bench.screening;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Random;
import org.mpaka.screening.NameMatcher;
import org.mpaka.screening.PersonQuery;
import org.mpaka.screening.ScreeningIndex;
import org.mpaka.screening.Watchlist;

/**
 * Screening speed in thread CPU time, which other processes on a shared machine disturb far less
 * than JMH's wall-clock figures (also per query: p50, p99 and max CPU time): builds the synthetic list of the size given as the first argument
 * (default 100,000), screens 12,288 varied queries to warm up, then measures 8,192 more.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.mpaka.bench.screening.ScreeningCpuTime
 * 100000}.
 */
public final class ScreeningCpuTime {

    private ScreeningCpuTime() {}

    /** Prints queries per CPU-second and the number of hits returned (a check that runs agree). */
    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        SyntheticList synthetic = SyntheticList.create(size, 20261123L);
        Watchlist list = synthetic.watchlist();
        ScreeningIndex index = ScreeningIndex.build(list, new NameMatcher());
        Random r = new Random(99);
        PersonQuery[] queries = new PersonQuery[4096];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = synthetic.vary(r.nextInt(size), r);
        }
        long hits = 0;
        for (int rep = 0; rep < 3; rep++) {
            for (PersonQuery q : queries) {
                hits += index.screen(q, 10).size();
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long t0 = mx.getCurrentThreadCpuTime();
        hits = 0;
        int n = 0;
        long[] perQuery = new long[2 * queries.length];
        for (int rep = 0; rep < 2; rep++) {
            for (PersonQuery q : queries) {
                long s = mx.getCurrentThreadCpuTime();
                hits += index.screen(q, 10).size();
                perQuery[n++] = mx.getCurrentThreadCpuTime() - s;
            }
        }
        double cpuSeconds = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
        java.util.Arrays.sort(perQuery);
        System.out.printf(
                java.util.Locale.ROOT,
                "size=%d queries=%d cpu=%.2f s => %.0f queries per CPU-second, %d hits;"
                        + " CPU time per query p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                size,
                n,
                cpuSeconds,
                n / cpuSeconds,
                hits,
                perQuery[n / 2] / 1e6,
                perQuery[n * 99 / 100] / 1e6,
                perQuery[n - 1] / 1e6);
    }
}
