package org.mpaka.bench.mrz;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.mpaka.mrz.MrzDate;
import org.mpaka.mrz.MrzDocument;
import org.mpaka.mrz.MrzFormat;
import org.mpaka.mrz.MrzParser;
import org.mpaka.mrz.MrzResult;
import org.mpaka.mrz.MrzWriter;
import org.mpaka.mrz.NotAnMrzException;
import org.mpaka.mrz.Sex;

/**
 * MRZ parse speed in thread CPU time and allocated bytes per parse, which other processes on a
 * shared machine disturb far less than JMH's wall-clock figures. Parses the same zones as {@link
 * MrzParseBenchmark}: warms up, then runs 10 rounds of 2,000,000 parses per zone and prints the
 * best round's CPU nanoseconds per parse of the parsing thread and of the whole process (which
 * includes the garbage collector's threads), parses per CPU-second and bytes allocated per parse.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.mpaka.bench.mrz.MrzCpuTime [td3|expired|noisy|td1]}
 * (all four when no argument is given).
 */
public final class MrzCpuTime {

    private static final int PER_ROUND = 2_000_000;
    private static final int ROUNDS = 10;

    private MrzCpuTime() {}

    /** Prints one line per zone. */
    public static void main(String[] args) throws NotAnMrzException {
        LocalDate today = LocalDate.of(2026, 1, 15);
        MrzParser parser = MrzParser.standard()
                .withClock(Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        String td3 = MrzWriter.write(new MrzDocument(
                MrzFormat.TD3,
                "P",
                "RWA",
                "Uwimana",
                "Marie Claire",
                "PC1234567",
                "RWA",
                new MrzDate(1988, 3, 14),
                Sex.FEMALE,
                new MrzDate(2031, 7, 1),
                "1198870012345",
                ""));
        String[][] zones = {
            {"td3", td3},
            {"expired", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"},
            {"noisy", "P<UT0ERIK55ON<<ANNA<MAR1A<<<<<<<<<<<<<<<<<<<\nL898902C36UTO740BIZZF12041S9ZE184226B<<<<<1O"},
            {"td1", "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"}
        };
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) mx;
        long thread = Thread.currentThread().threadId();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (String[] z : zones) {
            if (args.length > 0 && !args[0].equals(z[0])) {
                continue;
            }
            long sink = 0;
            for (int i = 0; i < 3 * PER_ROUND; i++) {
                sink += consume(parser.parse(z[1]));
            }
            long best = Long.MAX_VALUE;
            long bestProcess = Long.MAX_VALUE;
            long bytes = 0;
            for (int round = 0; round < ROUNDS; round++) {
                long a0 = alloc.getThreadAllocatedBytes(thread);
                long p0 = os.getProcessCpuTime();
                long t0 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < PER_ROUND; i++) {
                    sink += consume(parser.parse(z[1]));
                }
                long t = mx.getCurrentThreadCpuTime() - t0;
                long p = os.getProcessCpuTime() - p0;
                bytes = alloc.getThreadAllocatedBytes(thread) - a0;
                best = Math.min(best, t);
                bestProcess = Math.min(bestProcess, p);
            }
            double ns = (double) best / PER_ROUND;
            double processNs = (double) bestProcess / PER_ROUND;
            System.out.printf(
                    Locale.ROOT,
                    "%-8s %4.0f ns thread CPU per parse => %,.0f parses per CPU-second; %4.0f ns process CPU"
                            + " (GC included) => %,.0f/s; %.0f B allocated per parse (best of %d rounds of %,d;"
                            + " sink %d)%n",
                    z[0],
                    ns,
                    1e9 / ns,
                    processNs,
                    1e9 / processNs,
                    (double) bytes / PER_ROUND,
                    ROUNDS,
                    PER_ROUND,
                    sink);
        }
    }

    /** Touches the result so the parse cannot be optimised away. */
    private static long consume(MrzResult r) {
        return r.fields().documentNumber().length()
                + (r.valid() ? 1 : 0)
                + r.checks().size();
    }
}
