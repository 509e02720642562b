package org.mpaka.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * No input makes the library throw anything but {@link NotEdifactException}, or hang. The bounded
 * run is part of the default suite; {@code ./mvnw -pl edifact verify -Pfuzz} runs millions of
 * executions ({@code -Dedifact.fuzz.executions=N}).
 */
class FuzzTest {

    static final int EXECUTIONS = Integer.getInteger("edifact.fuzz.executions", 20_000);
    static final long SEED = Long.getLong("edifact.fuzz.seed", 20261123L);

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void mutatedCorpusNeverThrowsNorHangs() {
        Random r = new Random(SEED);
        long start = System.nanoTime();
        long messages = 0;
        for (int i = 0; i < EXECUTIONS; i++) {
            String input = Mutator.mutate(r);
            try {
                messages += Math.max(0, Mutator.exercise(input));
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("execution " + i + " threw on input:\n" + input, e);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf(
                java.util.Locale.ROOT,
                "edifact fuzz: %d executions, %d messages, seed %d, %d ms%n",
                EXECUTIONS,
                messages,
                SEED,
                took.toMillis());
        assertThat(messages).isPositive();
    }

    @Property(tries = 300)
    void arbitraryTextNeverThrows(@ForAll("texts") String text) {
        Mutator.exercise(text);
    }

    @Property(tries = 300)
    void envelopePrefixedGarbageNeverThrows(@ForAll("texts") String text) {
        Mutator.exercise("UNA:+.? 'UNB+UNOA:4+A+B+1:1+1'UNH+1+PNRGOV:11:1:IA'" + text);
        Mutator.exercise("UNB+UNOA:4+A+B+1:1+1'UNH+1+PAXLST:D:05B:UN'" + text);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings()
                .withChars("UNABHTZSRCTIFNADDOC'+:?* \n\r\u2019")
                .withCharRange('\u0000', '\u00ff')
                .ofMaxLength(400);
    }
}
