package org.mpaka.bench.edifact;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.mpaka.edifact.EdifactMessage;
import org.mpaka.edifact.EdifactReader;
import org.mpaka.edifact.NotEdifactException;
import org.mpaka.edifact.Paxlst;
import org.mpaka.edifact.Pnrgov;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput over the EDIFACT fixture corpus ({@code edifact/src/test/resources/edifact}, or the
 * directory in system property {@code mpaka.edifact.corpus}). One operation = one pass over the
 * corpus; the {@code bytes} counter gives characters per second (the corpus is ASCII apart from a
 * few characters, so this is MB/s after dividing by 10^6).
 *
 * <ul>
 *   <li>{@code mpakaModel}: read every message and map it to {@link Paxlst} / {@link Pnrgov}.
 *   <li>{@code mpakaModelStaediSubset} / {@code staediTokens}: the same, and StAEDI reading every
 *       event and element text, over the files StAEDI reads without an exception (StAEDI does
 *       not accept some GTAS quirks), so the two figures are comparable.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EdifactBenchmark {

    List<String> all;
    List<String> subset;
    List<byte[]> subsetBytes;
    long allChars;
    long subsetChars;

    /** Bytes processed, reported by JMH per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Bytes {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Setup
    public void load() throws IOException {
        Path dir = Path.of(System.getProperty("mpaka.edifact.corpus", "edifact/src/test/resources/edifact"));
        all = new ArrayList<>();
        subset = new ArrayList<>();
        subsetBytes = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".xml") || name.equals("SOURCES.txt")) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(p);
                String text = new String(bytes, StandardCharsets.UTF_8);
                all.add(text);
                allChars += text.length();
                if (staediReads(bytes)) {
                    subset.add(text);
                    subsetBytes.add(bytes);
                    subsetChars += text.length();
                }
            }
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("no corpus in " + dir.toAbsolutePath() + "; run from the repository root");
        }
        System.out.printf(
                Locale.ROOT,
                "%ncorpus: %d files, %d chars; StAEDI-readable subset: %d files, %d chars%n",
                all.size(),
                allChars,
                subset.size(),
                subsetChars);
    }

    private static boolean staediReads(byte[] bytes) {
        try {
            return staedi(
                            bytes,
                            new Blackhole(
                                    "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous."))
                    > 0;
        } catch (RuntimeException | Error e) {
            return false;
        }
    }

    @Benchmark
    public int mpakaModel(Bytes counter, Blackhole bh) {
        counter.bytes += allChars;
        return parse(all, bh);
    }

    @Benchmark
    public int mpakaModelStaediSubset(Bytes counter, Blackhole bh) {
        counter.bytes += subsetChars;
        return parse(subset, bh);
    }

    @Benchmark
    public int staediTokens(Bytes counter, Blackhole bh) {
        counter.bytes += subsetChars;
        int n = 0;
        for (byte[] b : subsetBytes) {
            n += staedi(b, bh);
        }
        return n;
    }

    private static int parse(List<String> texts, Blackhole bh) {
        int n = 0;
        for (String t : texts) {
            try (EdifactReader r = EdifactReader.of(t)) {
                for (EdifactMessage m; (m = r.next()) != null; ) {
                    bh.consume("PAXLST".equals(m.type()) ? Paxlst.from(m) : Pnrgov.from(m));
                    n++;
                }
            } catch (NotEdifactException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return n;
    }

    /** Reads every StAEDI event and element text; returns the number of events. */
    static int staedi(byte[] bytes, Blackhole bh) {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        int events = 0;
        try (EDIStreamReader r = factory.createEDIStreamReader(new ByteArrayInputStream(bytes))) {
            while (r.hasNext()) {
                EDIStreamEvent e = r.next();
                events++;
                if (e == EDIStreamEvent.ELEMENT_DATA) {
                    bh.consume(r.getText());
                }
            }
        } catch (Exception e) {
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new UncheckedIOException(new IOException(e));
        }
        return events;
    }
}
