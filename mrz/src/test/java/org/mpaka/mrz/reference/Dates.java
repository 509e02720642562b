package org.mpaka.mrz.reference;

import org.mpaka.mrz.MrzDate;

/**
 * YYMMDD fields: two-digit pairs or {@code <<} for an unknown part, century chosen against the
 * current date (birth dates are never in the future; expiry dates lie between 79 years ago and 20
 * years ahead).
 */
final class Dates {

    /** Expiry dates further ahead than this many years are taken to be in the previous century. */
    static final int EXPIRY_YEARS_AHEAD = 20;

    private static final int UNKNOWN = 0;
    private static final int INVALID = -1;

    private Dates() {}

    static MrzDate birth(char[] b, int off, int year, int month, int day) {
        int packed = pairs(b, off);
        if (packed < 0) {
            return null;
        }
        int yy = packed & 0xFF;
        int mm = packed >> 8 & 0xFF;
        int dd = packed >> 16;
        int y = 0;
        if (yy != UNKNOWN) {
            y = year / 100 * 100 + (yy - 1);
            if (y > year || (y == year && (mm - 1 > month || (mm - 1 == month && dd - 1 > day)))) {
                y -= 100;
            }
        }
        return date(y, mm, dd);
    }

    static MrzDate expiry(char[] b, int off, int year) {
        int packed = pairs(b, off);
        if (packed < 0) {
            return null;
        }
        int yy = packed & 0xFF;
        int y = 0;
        if (yy != UNKNOWN) {
            y = year / 100 * 100 + (yy - 1);
            if (y > year + EXPIRY_YEARS_AHEAD) {
                y -= 100;
            } else if (y <= year + EXPIRY_YEARS_AHEAD - 100) {
                y += 100;
            }
        }
        return date(y, packed >> 8 & 0xFF, packed >> 16);
    }

    /** Epoch day of a complete date (proleptic Gregorian), as {@code LocalDate.toEpochDay}. */
    static long epochDay(MrzDate d) {
        long y = d.year();
        long m = d.month();
        long total = 365 * y;
        total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        total += (367 * m - 362) / 12;
        total += d.day() - 1;
        if (m > 2) {
            total--;
            if (!leap(d.year())) {
                total--;
            }
        }
        return total - 719528;
    }

    /** The three pairs of a YYMMDD field packed as yy | mm << 8 | dd << 16, or -1 when one is invalid. */
    private static int pairs(char[] b, int off) {
        int yy = pair(b, off);
        int mm = pair(b, off + 2);
        int dd = pair(b, off + 4);
        if (yy == INVALID || mm == INVALID || dd == INVALID) {
            return -1;
        }
        return yy | mm << 8 | dd << 16;
    }

    /** Pair value + 1 (so 0 means unknown), or -1 when the pair is neither two digits nor {@code <<}. */
    private static int pair(char[] b, int off) {
        char a = b[off];
        char c = b[off + 1];
        if (a == '<' && c == '<') {
            return UNKNOWN;
        }
        if (a < '0' || a > '9' || c < '0' || c > '9') {
            return INVALID;
        }
        return (a - '0') * 10 + (c - '0') + 1;
    }

    private static MrzDate date(int y, int mm, int dd) {
        int month = mm == UNKNOWN ? 0 : mm - 1;
        int day = dd == UNKNOWN ? 0 : dd - 1;
        if ((mm != UNKNOWN && (month < 1 || month > 12)) || (dd != UNKNOWN && day < 1)) {
            return null;
        }
        int max = month == 0
                ? 31
                : month == 2
                        ? (y == 0 || leap(y) ? 29 : 28)
                        : month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
        if (day > max) {
            return null;
        }
        return new MrzDate(y, month, day);
    }

    private static boolean leap(int y) {
        return (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
    }
}
