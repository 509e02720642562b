package org.mpaka.edifact.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Dates as EDIFACT sends them: format code 102 (CCYYMMDD), 101 or none (YYMMDD), 201 (YYMMDDHHMM),
 * 203 (CCYYMMDDHHMM), and the PNRGOV DDMMYY with HHMM. Two-digit years are resolved with a pivot:
 * birth dates are never in the future, other dates are in 2000-2099.
 */
public final class Dates {

    /** Two-digit years above this are 19xx for birth dates; refreshed per JVM start. */
    private static final int PIVOT = LocalDate.now(java.time.ZoneOffset.UTC).getYear() % 100;

    private Dates() {}

    /** A date from DTM-style text, or {@code null} when it cannot be read. */
    public static LocalDate date(String raw, String format, boolean birth) {
        if (raw == null) {
            return null;
        }
        String v = raw.strip();
        try {
            if (v.length() == 8 && digits(v, 0, 8) && (format == null || !format.equals("101"))) {
                return LocalDate.of(num(v, 0, 4), num(v, 4, 2), num(v, 6, 2));
            }
            if (v.length() >= 6 && digits(v, 0, 6)) {
                if ("102".equals(format) || "203".equals(format)) {
                    return null;
                }
                return LocalDate.of(year(num(v, 0, 2), birth), num(v, 2, 2), num(v, 4, 2));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** A date-time from DTM text (formats 201, 203, or a bare date), or {@code null}. */
    public static LocalDateTime dateTime(String raw, String format) {
        if (raw == null) {
            return null;
        }
        String v = raw.strip();
        try {
            if (v.length() == 12 && digits(v, 0, 12)) {
                return LocalDateTime.of(num(v, 0, 4), num(v, 4, 2), num(v, 6, 2), num(v, 8, 2), num(v, 10, 2));
            }
            if (v.length() == 10 && digits(v, 0, 10)) {
                return LocalDateTime.of(2000 + num(v, 0, 2), num(v, 2, 2), num(v, 4, 2), num(v, 6, 2), num(v, 8, 2));
            }
            LocalDate d = date(v, format, false);
            return d == null ? null : d.atStartOfDay();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** PNRGOV date DDMMYY (and optional HHMM), or {@code null}. */
    public static LocalDateTime pnrDateTime(String ddmmyy, String hhmm) {
        if (ddmmyy == null || ddmmyy.length() != 6 || !digits(ddmmyy, 0, 6)) {
            return null;
        }
        try {
            LocalDate d = LocalDate.of(2000 + num(ddmmyy, 4, 2), num(ddmmyy, 2, 2), num(ddmmyy, 0, 2));
            LocalTime t = LocalTime.MIDNIGHT;
            if (hhmm != null && hhmm.length() >= 4 && digits(hhmm, 0, 4)) {
                t = LocalTime.of(num(hhmm, 0, 2), num(hhmm, 2, 2));
            }
            return d.atTime(t);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** SSR DOCS date DDMMMYY (e.g. {@code 12JUL64}), or {@code null}. */
    public static LocalDate ddmmmyy(String v, boolean birth) {
        if (v == null || v.length() != 7 || !digits(v, 0, 2) || !digits(v, 5, 2)) {
            return null;
        }
        int month = switch (v.substring(2, 5).toUpperCase(java.util.Locale.ROOT)) {
            case "JAN" -> 1;
            case "FEB" -> 2;
            case "MAR" -> 3;
            case "APR" -> 4;
            case "MAY" -> 5;
            case "JUN" -> 6;
            case "JUL" -> 7;
            case "AUG" -> 8;
            case "SEP" -> 9;
            case "OCT" -> 10;
            case "NOV" -> 11;
            case "DEC" -> 12;
            default -> 0;
        };
        if (month == 0) {
            return null;
        }
        try {
            return LocalDate.of(year(num(v, 5, 2), birth), month, num(v, 0, 2));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int year(int yy, boolean birth) {
        return birth && yy > PIVOT ? 1900 + yy : 2000 + yy;
    }

    private static boolean digits(String v, int from, int len) {
        if (v.length() < from + len) {
            return false;
        }
        for (int i = from; i < from + len; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String v, int from, int len) {
        int n = 0;
        for (int i = from; i < from + len; i++) {
            n = n * 10 + (v.charAt(i) - '0');
        }
        return n;
    }
}
