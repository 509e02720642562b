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
 * (default 100,000), screens 4,096 varied queries four times to warm up, then five more times, and reports
 * the median round.
 *
 * <p>Run: {@code java -Xmx4g -Xms4g -XX:+AlwaysPreTouch -cp bench/target/benchmarks.jar
 * org.mpaka.bench.screening.ScreeningCpuTime 1000000}. The whole heap up front: otherwise the page
 * faults of a growing heap are charged to the screening thread as CPU time.
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
        for (int rep = 0; rep < 4; rep++) {
            for (PersonQuery q : queries) {
                hits += index.screen(q, 10).size();
            }
        }
        // five rounds over the same queries; the median round is reported (JIT and GC vary)
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int rounds = 5;
        double[] rate = new double[rounds];
        long[] perQuery = new long[rounds * queries.length];
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            hits = 0;
            long t0 = mx.getCurrentThreadCpuTime();
            for (PersonQuery q : queries) {
                long s = mx.getCurrentThreadCpuTime();
                hits += index.screen(q, 10).size();
                perQuery[n++] = mx.getCurrentThreadCpuTime() - s;
            }
            rate[round] = queries.length / ((mx.getCurrentThreadCpuTime() - t0) / 1e9);
        }
        double[] sorted = rate.clone();
        java.util.Arrays.sort(sorted);
        java.util.Arrays.sort(perQuery);
        System.out.printf(
                java.util.Locale.ROOT,
                "size=%d queries=%d x %d rounds => %.0f queries per CPU-second (median round; rounds %s), %d hits per"
                        + " round; CPU time per query p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                size,
                queries.length,
                rounds,
                sorted[rounds / 2],
                java.util.Arrays.toString(
                        java.util.Arrays.stream(rate).mapToLong(Math::round).toArray()),
                hits,
                perQuery[n / 2] / 1e6,
                perQuery[n * 99 / 100] / 1e6,
                perQuery[n - 1] / 1e6);
    }
}
