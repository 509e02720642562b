package org.mpaka.mrz.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mpaka.mrz.MrzFormat;
import org.mpaka.mrz.NotAnMrzException;

/**
 * The normaliser sums the check-digit fields and the composite while it copies the zone (one
 * {@code long} with a lane per field and one for the composite, see {@link Layout#weights}); the parser uses
 * those sums instead of summing again. This compares them with the plain per-field computation
 * ({@link Chars#weightedSum}, the reference) on seeded random zones of every format.
 */
class FusedCheckSumsTest {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<<<<<<<";
    private static final String NOISE = "abcxyz ?*éÄ\u00A0\u0416";

    @Test
    void normaliserSumsEqualThePerFieldComputationOnRandomZones() throws NotAnMrzException {
        Random random = new Random(20261123L);
        int compared = 0;
        for (int round = 0; round < 5_000; round++) {
            MrzFormat format = MrzFormat.values()[random.nextInt(MrzFormat.values().length)];
            String text = randomZone(random, format);
            Normaliser.Zone zone = Normaliser.normalise(text);
            Layout l = Layout.of(zone.format());
            char[] b = zone.chars();
            assertThat(Layout.lane(zone.fieldSums(), Layout.NUMBER_LANE))
                    .as(text)
                    .isEqualTo(Chars.weightedSum(b, l.number, l.numberLength, 0));
            assertThat(Layout.lane(zone.fieldSums(), Layout.BIRTH_LANE))
                    .as(text)
                    .isEqualTo(Chars.weightedSum(b, l.birth, 6, 0));
            if (l.expiry >= 0) {
                assertThat(Layout.lane(zone.fieldSums(), Layout.EXPIRY_LANE))
                        .as(text)
                        .isEqualTo(Chars.weightedSum(b, l.expiry, 6, 0));
            }
            assertThat(Layout.lane(zone.fieldSums(), Layout.OPTIONAL_LANE))
                    .as(text)
                    .isEqualTo(Chars.weightedSum(b, l.optional, l.optionalLength, 0));
            assertThat(zone.compositeSum()).as(text).isEqualTo(compositeReference(l, b));
            compared++;
        }
        assertThat(compared).isEqualTo(5_000);
    }

    @Test
    void lanesHoldTheLargestPossibleSums() throws NotAnMrzException {
        // every character Z (value 35): the largest sum each field and the composite can reach
        for (MrzFormat format : new MrzFormat[] {MrzFormat.TD1, MrzFormat.TD3, MrzFormat.MRVA}) {
            String line = "Z".repeat(format.lineLength());
            String text = String.join("\n", java.util.Collections.nCopies(format.lines(), line));
            Normaliser.Zone zone = Normaliser.normalise(text);
            Layout l = Layout.of(zone.format());
            assertThat(Layout.lane(zone.fieldSums(), Layout.OPTIONAL_LANE))
                    .isEqualTo(Chars.weightedSum(zone.chars(), l.optional, l.optionalLength, 0));
            assertThat(Layout.lane(zone.fieldSums(), Layout.NUMBER_LANE))
                    .isEqualTo(Chars.weightedSum(zone.chars(), l.number, l.numberLength, 0));
        }
    }

    private static int compositeReference(Layout l, char[] b) {
        if (l.compositeRanges == null) {
            return 0;
        }
        int sum = 0;
        int w = 0;
        for (int i = 0; i < l.compositeRanges.length; i += 2) {
            sum += Chars.weightedSum(b, l.compositeRanges[i], l.compositeRanges[i + 1], w);
            w += l.compositeRanges[i + 1];
        }
        return sum;
    }

    /** Lines of the format's length (sometimes off by one or two), mostly MRZ characters. */
    private static String randomZone(Random random, MrzFormat format) {
        StringBuilder sb = new StringBuilder();
        String first = format == MrzFormat.FRA_ID ? "IDFRA" : format.name().startsWith("MRV") ? "V" : "P";
        for (int line = 0; line < format.lines(); line++) {
            if (line > 0) {
                sb.append('\n');
            }
            int len = format.lineLength() + (random.nextInt(8) == 0 ? random.nextInt(5) - 2 : 0);
            for (int i = 0; i < len; i++) {
                if (line == 0 && i < first.length()) {
                    sb.append(first.charAt(i));
                } else if (random.nextInt(20) == 0) {
                    sb.append(NOISE.charAt(random.nextInt(NOISE.length())));
                } else {
                    sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
        }
        return sb.toString();
    }
}
