package org.mpaka.bench.mrz;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.mpaka.mrz.MrzDate;
import org.mpaka.mrz.MrzDocument;
import org.mpaka.mrz.MrzFormat;
import org.mpaka.mrz.MrzParser;
import org.mpaka.mrz.MrzResult;
import org.mpaka.mrz.MrzWriter;
import org.mpaka.mrz.NotAnMrzException;
import org.mpaka.mrz.Sex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parse and validate one zone per operation (normalisation, format detection, all check digits,
 * fields, dates, codes, diagnostics). Goal: 2,000,000 TD3 documents per second per core.
 *
 * <pre>java -jar bench/target/benchmarks.jar MrzParse -f 1 -wi 3 -i 5 -w 2s -r 3s -prof gc</pre>
 *
 * <p>{@link MrzCpuTime} parses the same zones and reports CPU time per parse, steadier on a shared
 * machine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MrzParseBenchmark {

    private MrzParser parser;
    private String td3;
    private String td3Expired;
    private String td3Noisy;
    private String td1;

    @Setup
    public void setUp() {
        LocalDate today = LocalDate.of(2026, 1, 15);
        parser = MrzParser.standard()
                .withClock(Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        td3 = MrzWriter.write(new MrzDocument(
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
        td3Expired = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
        td3Noisy = "P<UT0ERIK55ON<<ANNA<MAR1A<<<<<<<<<<<<<<<<<<<\nL898902C36UTO740BIZZF12041S9ZE184226B<<<<<1O";
        td1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    }

    /** A valid, current passport: the counter's everyday case. */
    @Benchmark
    public MrzResult parseTd3() throws NotAnMrzException {
        return parser.parse(td3);
    }

    /** The ICAO specimen: valid but expired, so one warning is built. */
    @Benchmark
    public MrzResult parseTd3Expired() throws NotAnMrzException {
        return parser.parse(td3Expired);
    }

    /** Ten OCR confusions corrected and reported. */
    @Benchmark
    public MrzResult parseTd3Noisy() throws NotAnMrzException {
        return parser.parse(td3Noisy);
    }

    /** A three-line ID card. */
    @Benchmark
    public MrzResult parseTd1() throws NotAnMrzException {
        return parser.parse(td1);
    }
}
