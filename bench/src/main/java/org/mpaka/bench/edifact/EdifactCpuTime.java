package org.mpaka.bench.edifact;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.mpaka.edifact.EdifactMessage;
import org.mpaka.edifact.EdifactReader;
import org.mpaka.edifact.NotEdifactException;
import org.mpaka.edifact.Paxlst;
import org.mpaka.edifact.Pnrgov;

/**
 * Parsing speed of the {@code mpakaModel} benchmark (every fixture read and mapped to the typed
 * model) in thread CPU time, which other processes on a shared machine disturb far less than
 * JMH's wall-clock figures. Warms up for 600 passes over the corpus, then measures 5 rounds of 300
 * passes and prints each round's characters per CPU-second and a checksum (messages, persons and
 * travellers), so that runs of different builds can be compared.
 *
 * <p>Run from the repository root: {@code java -cp bench/target/benchmarks.jar
 * org.mpaka.bench.edifact.EdifactCpuTime}.
 */
public final class EdifactCpuTime {

    private EdifactCpuTime() {}

    /** Prints MB per CPU-second for each measured round, then the median. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(System.getProperty("mpaka.edifact.corpus", "edifact/src/test/resources/edifact"));
        List<String> texts = new ArrayList<>();
        long chars = 0;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".xml") && !name.equals("SOURCES.txt")) {
                    String t = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                    texts.add(t);
                    chars += t.length();
                }
            }
        }
        long check = 0;
        for (int i = 0; i < 600; i++) {
            check += pass(texts);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] rates = new double[5];
        for (int round = 0; round < rates.length; round++) {
            long t0 = mx.getCurrentThreadCpuTime();
            long sum = 0;
            for (int i = 0; i < 300; i++) {
                sum += pass(texts);
            }
            double cpu = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
            rates[round] = 300.0 * chars / cpu / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "round %d: %.1f MB per CPU-second (checksum %d)%n",
                    round + 1,
                    rates[round],
                    sum / 300);
        }
        java.util.Arrays.sort(rates);
        System.out.printf(
                Locale.ROOT,
                "corpus %d files, %d chars; median %.1f MB per CPU-second (warm-up checksum %d)%n",
                texts.size(),
                chars,
                rates[rates.length / 2],
                check / 600);
    }

    /** One pass: messages + persons + PNR travellers, as a checksum. */
    private static long pass(List<String> texts) {
        long n = 0;
        for (String t : texts) {
            try (EdifactReader r = EdifactReader.of(t)) {
                for (EdifactMessage m; (m = r.next()) != null; ) {
                    n++;
                    if ("PAXLST".equals(m.type())) {
                        n += Paxlst.from(m).persons().size();
                    } else {
                        for (Pnrgov.Pnr p : Pnrgov.from(m).pnrs()) {
                            n += p.travellers().size();
                        }
                    }
                }
            } catch (NotEdifactException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return n;
    }
}
