package org.mpaka.screening;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date that may be known only to the year or the month, as birth dates on watchlists often are.
 *
 * @param year four-digit year
 * @param month 1-12, or 0 when unknown
 * @param day 1-31, or 0 when unknown (always 0 when the month is unknown)
 */
public record PartialDate(int year, int month, int day) {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern TEXT = Pattern.compile("(?:(\\d{1,2})\\s+)?([A-Za-z]{3,9})\\.?\\s+(\\d{4})");
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    /** Validates the ranges. */
    public PartialDate {
        if (year < 1000 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31) {
            throw new IllegalArgumentException("invalid date " + year + "-" + month + "-" + day);
        }
        if (month == 0 && day != 0) {
            throw new IllegalArgumentException("a day without a month");
        }
        if (day > 0 && day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            throw new IllegalArgumentException("invalid date " + year + "-" + month + "-" + day + ": the month has "
                    + java.time.YearMonth.of(year, month).lengthOfMonth() + " days");
        }
    }

    /**
     * Parses {@code 1948-12-10}, {@code 1948-12}, {@code 1948}, {@code 10 Dec 1948} and {@code Dec
     * 1948} (English month names or their first three letters, any case). Blank or unreadable
     * text, and days the month does not have (31 Feb 1980, 1981-02-29), give an empty result.
     */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                return Optional.of(new PartialDate(Integer.parseInt(m.group(1)), toInt(m.group(2)), toInt(m.group(3))));
            }
            m = TEXT.matcher(t);
            if (m.matches()) {
                int month = MONTHS.indexOf(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
                if (month < 0 || month % 3 != 0) {
                    return Optional.empty();
                }
                return Optional.of(new PartialDate(Integer.parseInt(m.group(3)), month / 3 + 1, toInt(m.group(1))));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * As {@link #parse}, but a date whose day its month does not have keeps its year and month (31
     * Apr 1960 is 1960-04): for dates a list gives, where a clerical slip in the day should not
     * cost the year of birth that tells namesakes apart. Use {@link #parse} to tell whether the day
     * was dropped.
     */
    public static Optional<PartialDate> parseListed(String text) {
        Optional<PartialDate> p = parse(text);
        if (p.isPresent() || text == null) {
            return p;
        }
        String t = text.strip();
        Matcher m = ISO.matcher(t);
        if (m.matches() && m.group(3) != null && lateDay(m.group(3))) {
            return parse(m.group(1) + "-" + m.group(2));
        }
        m = TEXT.matcher(t);
        if (m.matches() && m.group(1) != null && lateDay(m.group(1))) {
            return parse(m.group(2) + " " + m.group(3));
        }
        return Optional.empty();
    }

    /** A day some month has (29 to 31), so that one month lacking it is a slip, not garbage (day 99). */
    private static boolean lateDay(String day) {
        int d = Integer.parseInt(day);
        return d >= 29 && d <= 31;
    }

    private static int toInt(String s) {
        return s == null ? 0 : Integer.parseInt(s);
    }

    /** How two partial dates relate, judged on the precision both have. */
    public Agreement compare(PartialDate other) {
        if (year != other.year) {
            return Math.abs(year - other.year) <= 1 ? Agreement.NEAR : Agreement.CONFLICT;
        }
        if (month == 0 || other.month == 0) {
            return Agreement.SAME_YEAR;
        }
        if (month != other.month) {
            return Agreement.CONFLICT;
        }
        if (day == 0 || other.day == 0) {
            return Agreement.SAME_YEAR;
        }
        return day == other.day ? Agreement.EXACT : Agreement.CONFLICT;
    }

    /** Result of {@link #compare}. */
    public enum Agreement {
        /** Same full date. */
        EXACT,
        /** Same year (and month where both know it); one side is less precise. */
        SAME_YEAR,
        /** Years one apart: a common data-entry or calendar-conversion difference. */
        NEAR,
        /** Clearly different. */
        CONFLICT
    }

    /** ISO form: {@code 1948}, {@code 1948-12} or {@code 1948-12-10} (years are four digits). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(10).append(year);
        if (month > 0) {
            twoDigits(sb.append('-'), month);
            if (day > 0) {
                twoDigits(sb.append('-'), day);
            }
        }
        return sb.toString();
    }

    private static void twoDigits(StringBuilder sb, int v) {
        sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }
}
