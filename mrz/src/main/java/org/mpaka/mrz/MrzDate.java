package org.mpaka.mrz;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A date of an MRZ. Parts written as fillers ({@code <<}) are unknown and stay unknown (value 0);
 * the century of the two-digit year is chosen by the parser (see {@link MrzParser}).
 *
 * @param year the four-digit year, 0 when unknown
 * @param month 1-12, 0 when unknown
 * @param day 1-31, 0 when unknown
 */
public record MrzDate(int year, int month, int day) {

    /** Checks the ranges of the known parts. */
    public MrzDate {
        if (year < 0 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31) {
            throw new IllegalArgumentException("date out of range: " + year + "-" + month + "-" + day);
        }
    }

    /** A fully known date. */
    public static MrzDate of(LocalDate date) {
        return new MrzDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Whether year, month and day are all known. */
    public boolean isComplete() {
        return year != 0 && month != 0 && day != 0;
    }

    /** The date when it is complete. */
    public Optional<LocalDate> toLocalDate() {
        return isComplete() ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    /**
     * ISO 8601 form, {@code 1974-08-12}; unknown parts are written with {@code X} as unspecified
     * digits (ISO 8601-2), e.g. {@code 1974-XX-XX}.
     */
    public String iso() {
        char[] c = {'X', 'X', 'X', 'X', '-', 'X', 'X', '-', 'X', 'X'};
        if (year != 0) {
            c[0] = (char) ('0' + year / 1000);
            c[1] = (char) ('0' + year / 100 % 10);
            c[2] = (char) ('0' + year / 10 % 10);
            c[3] = (char) ('0' + year % 10);
        }
        if (month != 0) {
            c[5] = (char) ('0' + month / 10);
            c[6] = (char) ('0' + month % 10);
        }
        if (day != 0) {
            c[8] = (char) ('0' + day / 10);
            c[9] = (char) ('0' + day % 10);
        }
        return new String(c);
    }

    @Override
    public String toString() {
        return iso();
    }
}
