package org.mpaka.mrz;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.mpaka.mrz.internal.Normaliser;
import org.mpaka.mrz.internal.ZoneParser;

/**
 * Reads one machine-readable zone. Instances are immutable and thread-safe; create one per
 * configuration and reuse it.
 *
 * <p>Input may have leading/trailing spaces, CR/LF or LF line ends, lower-case letters, and may
 * give the lines in one string (separated by spaces, or not separated at all). The format is
 * recognised from the number and length of lines and the first characters.
 *
 * <p>Two-digit years: a birth year is placed in the latest century that does not put the birth
 * after today; an expiry year is placed so that the expiry lies at most 20 years after today.
 * "Today" comes from the {@link Clock} given to {@link #withClock(Clock)}.
 *
 * <pre>{@code
 * MrzResult r = MrzParser.standard().parse(text);
 * if (r.valid()) { String name = r.fields().primaryIdentifier(); }
 * }</pre>
 */
public final class MrzParser {

    /** Default number of days before expiry that raise {@link MrzDiagnostic.Code#DOCUMENT_EXPIRES_SOON}. */
    public static final int DEFAULT_EXPIRY_WARNING_DAYS = 30;

    private static final MrzParser STANDARD =
            new MrzParser(Clock.systemDefaultZone(), true, DEFAULT_EXPIRY_WARNING_DAYS);

    private final Clock clock;
    private final boolean ocrCorrection;
    private final int expiryWarningDays;
    private volatile Today today;

    /** Today as an epoch-day and its parts, valid for clock instants in [start, end). */
    private record Today(long start, long end, long epochDay, int year, int month, int day) {}

    private MrzParser(Clock clock, boolean ocrCorrection, int expiryWarningDays) {
        this.clock = clock;
        this.ocrCorrection = ocrCorrection;
        this.expiryWarningDays = expiryWarningDays;
    }

    /** A parser with the system clock, OCR correction on and a 30-day expiry warning. */
    public static MrzParser standard() {
        return STANDARD;
    }

    /** The same parser with another source of "today". */
    public MrzParser withClock(Clock clock) {
        return new MrzParser(Objects.requireNonNull(clock, "clock"), ocrCorrection, expiryWarningDays);
    }

    /**
     * The same parser with OCR correction on or off. Off: every character is taken as read and
     * wrong characters are only reported.
     */
    public MrzParser withOcrCorrection(boolean on) {
        return new MrzParser(clock, on, expiryWarningDays);
    }

    /** The same parser warning when a document expires within {@code days} days (0 or more). */
    public MrzParser withExpiryWarningDays(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("expiry warning days must be 0 or more, not " + days);
        }
        return new MrzParser(clock, ocrCorrection, days);
    }

    /**
     * Parses one zone.
     *
     * @param text the 2 or 3 lines of the zone
     * @return the result, also when the zone has errors (see {@link MrzResult#valid()})
     * @throws NotAnMrzException when the text is not an MRZ at all (see the exception)
     */
    public MrzResult parse(CharSequence text) throws NotAnMrzException {
        Normaliser.Zone zone = Normaliser.normalise(text);
        Today t = today();
        return ZoneParser.parse(zone, ocrCorrection, t.epochDay, t.year, t.month, t.day, expiryWarningDays);
    }

    private Today today() {
        long now = clock.millis();
        Today t = today;
        if (t == null || now < t.start || now >= t.end) {
            ZoneId zone = clock.getZone();
            LocalDate d = LocalDate.ofInstant(Instant.ofEpochMilli(now), zone);
            long start = d.atStartOfDay(zone).toInstant().toEpochMilli();
            long end = d.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
            t = new Today(start, end, d.toEpochDay(), d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            today = t;
        }
        return t;
    }
}
