package org.mpaka.bench.screening;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.mpaka.screening.Hit;
import org.mpaka.screening.NameMatcher;
import org.mpaka.screening.PersonQuery;
import org.mpaka.screening.ScreeningIndex;
import org.mpaka.screening.Watchlist;
import org.mpaka.screening.WatchlistEntry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Screening throughput and latency on a synthetic list ({@link SyntheticList}). Setup prints the
 * index build time, the heap in use after the build, and the top-10 recall of the true entry over
 * 2,000 varied queries. Run quick with {@code -p size=100000}; the default is the million-entry list
 * (give the JVM {@code -jvmArgs "-Xmx3g -Xms3g -XX:+AlwaysPreTouch"}).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScreeningBenchmark {

    @Param({"1000000"})
    public int size;

    private ScreeningIndex index;
    private Watchlist list;
    private SyntheticList synthetic;
    private PersonQuery[] queries;
    private PersonQuery[] manifest;
    private int next;
    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();

    @Setup
    public void setup() {
        synthetic = SyntheticList.create(size, 20261123L);
        list = synthetic.watchlist();
        System.gc();
        long before = usedHeap();
        long t0 = System.nanoTime();
        index = ScreeningIndex.build(list, new NameMatcher());
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        long heapMb = (usedHeap() - before) / (1024 * 1024);
        Random r = new Random(99);
        queries = new PersonQuery[4096];
        int[] truth = new int[queries.length];
        for (int i = 0; i < queries.length; i++) {
            truth[i] = r.nextInt(size);
            queries[i] = synthetic.vary(truth[i], r);
        }
        manifest = java.util.Arrays.copyOf(queries, 300);
        int found = 0;
        int measured = 2000;
        for (int i = 0; i < measured; i++) {
            String key = list.entries().get(truth[i]).key();
            for (Hit h : index.top(queries[i], 10)) {
                if (h.entry().key().equals(key)) {
                    found++;
                    break;
                }
            }
        }
        System.out.printf(
                "%n[screening] size=%d names=%d build=%d ms index heap=%d MB (list itself excluded) "
                        + "top10 recall=%.4f (%d/%d)%n",
                size, index.nameCount(), buildMs, heapMb, (double) found / measured, found, measured);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** One query against the index (throughput and sampled latency). */
    @Benchmark
    @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
    public List<Hit> screenOne() {
        PersonQuery q = queries[next++ & (queries.length - 1)];
        return index.screen(q, 10);
    }

    /** A 300-passenger manifest screened on one thread. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public void manifest300(Blackhole bh) {
        for (PersonQuery q : manifest) {
            bh.consume(index.screen(q, 10));
        }
    }

    /** Baseline: Jaro–Winkler of one query against every listed primary name (Commons Text). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    public double bruteForceJaroWinklerOneQuery() {
        String q = queries[next++ & (queries.length - 1)].nameForMatching();
        double best = 0;
        for (WatchlistEntry e : list.entries()) {
            best = Math.max(best, jaroWinkler.apply(q, e.primaryName()));
        }
        return best;
    }
}
