package org.mpaka.bench.screening;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Compares the screening speed of two builds in one JVM, round by round, so that both meet the same
 * spells of a noisy machine: each benchmark jar is loaded in its own class loader, builds the
 * synthetic 1,000,000-entry list and its index, and screens the same 4,096 queries as {@link
 * ScreeningCpuTime}; rounds alternate which build goes first. Prints queries per CPU-second per round
 * and the median ratio of B to A. The build loaded second has been seen to run a few per cent faster
 * with identical jars, so run both orders.
 *
 * <p>Run: {@code java -Xmx10g -Xms10g -XX:+AlwaysPreTouch -cp bench/target/benchmarks.jar
 * org.mpaka.bench.screening.ScreeningAb A.jar B.jar [rounds]}.
 */
public final class ScreeningAb {

    private ScreeningAb() {}

    private record Build(String name, Object index, Object[] queries, Method screen) {}

    /** Arguments: jar A, jar B, rounds (default 10). */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ScreeningAb A.jar B.jar [rounds]");
            System.exit(2);
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        if (rounds < 1) {
            System.err.println("rounds must be 1 or more, was " + rounds);
            System.exit(2);
        }
        int size = 1_000_000;
        List<Build> builds = new ArrayList<>();
        for (int j = 0; j < 2; j++) {
            builds.add(load(Path.of(args[j]), size));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[][] rate = new double[2][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int turn = 0; turn < 2; turn++) {
                int j = round % 2 == 0 ? turn : 1 - turn;
                Build b = builds.get(j);
                long t0 = mx.getCurrentThreadCpuTime();
                for (Object q : b.queries()) {
                    b.screen().invoke(b.index(), q, 10);
                }
                rate[j][round] = b.queries().length / ((mx.getCurrentThreadCpuTime() - t0) / 1e9);
            }
            System.out.printf(
                    Locale.ROOT,
                    "round %d: %s %.0f  %s %.0f  ratio %.3f%n",
                    round,
                    builds.get(0).name(),
                    rate[0][round],
                    builds.get(1).name(),
                    rate[1][round],
                    rate[1][round] / rate[0][round]);
        }
        double[] ratio = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            ratio[i] = rate[1][i] / rate[0][i];
        }
        Arrays.sort(ratio);
        for (int j = 0; j < 2; j++) {
            double[] s = rate[j].clone();
            Arrays.sort(s);
            System.out.printf(
                    Locale.ROOT,
                    "%s median %.0f queries per CPU-second%n",
                    builds.get(j).name(),
                    s[rounds / 2]);
        }
        System.out.printf(
                Locale.ROOT,
                "ratio B/A median %.3f (min %.3f, max %.3f)%n",
                ratio[rounds / 2],
                ratio[0],
                ratio[rounds - 1]);
    }

    private static Build load(Path jar, int size) throws Exception {
        URLClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Class<?> synthetic = cl.loadClass("org.mpaka.bench.screening.SyntheticList");
        Object list = synthetic.getMethod("create", int.class, long.class).invoke(null, size, 20261123L);
        Object watchlist = synthetic.getMethod("watchlist").invoke(list);
        Class<?> matcher = cl.loadClass("org.mpaka.screening.NameMatcher");
        Class<?> indexClass = cl.loadClass("org.mpaka.screening.ScreeningIndex");
        Object index = indexClass
                .getMethod("build", cl.loadClass("org.mpaka.screening.Watchlist"), matcher)
                .invoke(null, watchlist, matcher.getConstructor().newInstance());
        Method vary = synthetic.getMethod("vary", int.class, Random.class);
        Random r = new Random(99);
        Object[] queries = new Object[4096];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = vary.invoke(list, r.nextInt(size), r);
        }
        Method screen = indexClass.getMethod("screen", cl.loadClass("org.mpaka.screening.PersonQuery"), int.class);
        for (int warm = 0; warm < 3; warm++) {
            for (Object q : queries) {
                screen.invoke(index, q, 10);
            }
        }
        return new Build(jar.getFileName().toString(), index, queries, screen);
    }
}
