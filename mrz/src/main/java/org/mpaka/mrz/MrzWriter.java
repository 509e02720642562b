package org.mpaka.mrz;

import java.util.List;
import java.util.Locale;
import org.mpaka.mrz.internal.Chars;

/**
 * Writes the machine-readable zone of a document (TD1, TD2, TD3, MRV-A, MRV-B) with all check
 * digits. Names are transliterated with {@link Transliteration} and, when too long for the name
 * field, truncated: the secondary identifier is cut first, character by character from the end;
 * a primary identifier longer than the field is cut and the secondary identifier dropped. A
 * truncated name fills the field to its last position (so readers see the truncation), except
 * when the cut falls on a component boundary, where the trailing filler is kept.
 */
public final class MrzWriter {

    private MrzWriter() {}

    /**
     * The zone's lines joined with {@code \n}.
     *
     * @throws IllegalArgumentException when a value cannot be written in the format (the message
     *     names the field)
     */
    public static String write(MrzDocument d) {
        return String.join("\n", lines(d));
    }

    /** The zone's lines; see {@link #write(MrzDocument)}. */
    public static List<String> lines(MrzDocument d) {
        MrzFormat f = d.format();
        String code = field(d.documentCode(), 2, "documentCode", true, false);
        String state = field(d.issuingState(), 3, "issuingState", true, false);
        String nationality = field(d.nationality(), 3, "nationality", true, false);
        String birth = date(d.birthDate()) + check(date(d.birthDate()));
        String expiry = date(d.expiryDate()) + check(date(d.expiryDate()));
        char sex = d.sex().code();
        String number = d.documentNumber().toUpperCase(Locale.ROOT);
        if (number.isEmpty() || !alnum(number, false)) {
            throw new IllegalArgumentException(
                    "documentNumber must be A-Z and 0-9, not \"" + d.documentNumber() + "\"");
        }
        return switch (f) {
            case TD3, MRVA -> {
                String personal = field(d.optionalData(), f == MrzFormat.TD3 ? 14 : 16, "optionalData", false, true);
                String l2 = shortNumber(number, f) + nationality + birth + sex + expiry + personal;
                if (f == MrzFormat.TD3) {
                    l2 += personal.chars().allMatch(c -> c == '<') ? "<" : String.valueOf(check(personal));
                    l2 += composite(l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43));
                }
                yield List.of(code + state + nameField(d, 39), l2);
            }
            case TD2, MRVB -> {
                int optLen = f == MrzFormat.TD2 ? 7 : 8;
                String[] numOpt = f == MrzFormat.TD2
                        ? longNumber(number, d.optionalData(), optLen)
                        : new String[] {
                            shortNumber(number, f), field(d.optionalData(), optLen, "optionalData", false, true)
                        };
                String l2 = numOpt[0] + nationality + birth + sex + expiry + numOpt[1];
                if (f == MrzFormat.TD2) {
                    l2 += composite(l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 35));
                }
                yield List.of(code + state + nameField(d, 31), l2);
            }
            case TD1 -> {
                String[] numOpt = longNumber(number, d.optionalData(), 15);
                String l1 = code + state + numOpt[0] + numOpt[1];
                String l2 =
                        birth + sex + expiry + nationality + field(d.optionalData2(), 11, "optionalData2", false, true);
                l2 += composite(l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29));
                yield List.of(l1, l2, nameField(d, 30));
            }
            case FRA_ID -> throw new IllegalArgumentException("writing the French national ID layout is not supported");
        };
    }

    /**
     * The name field: primary and secondary identifiers transliterated, joined by {@code <<},
     * truncated and padded to {@code length}.
     */
    public static String nameField(String primary, String secondary, int length) {
        String p = Transliteration.toMrz(primary);
        String s = Transliteration.toMrz(secondary);
        String full = s.isEmpty() ? p : p + "<<" + s;
        if (full.isEmpty()) {
            throw new IllegalArgumentException("the name is empty");
        }
        if (full.length() > length) {
            full = full.substring(0, length);
            int e = full.length();
            while (full.charAt(e - 1) == '<') {
                e--;
            }
            full = full.substring(0, e);
        }
        return pad(full, length);
    }

    private static String nameField(MrzDocument d, int length) {
        return nameField(d.primaryIdentifier(), d.secondaryIdentifier(), length);
    }

    private static String shortNumber(String number, MrzFormat f) {
        if (number.length() > 9) {
            throw new IllegalArgumentException("documentNumber has " + number.length() + " characters; " + f
                    + " allows 9 (only TD1 and TD2 have long document numbers)");
        }
        String n = pad(number, 9);
        return n + check(n);
    }

    /** Number field + check, and the optional data field (holding the overflow of a long number). */
    private static String[] longNumber(String number, String optional, int optLen) {
        if (number.length() <= 9) {
            String n = pad(number, 9);
            return new String[] {n + check(n), field(optional, optLen, "optionalData", false, true)};
        }
        if (number.indexOf('<') >= 0) {
            throw new IllegalArgumentException("a long documentNumber cannot contain <");
        }
        String overflow = number.substring(9) + check(number);
        String opt = optional.isEmpty() ? overflow : overflow + "<" + optional.toUpperCase(Locale.ROOT);
        return new String[] {
            number.substring(0, 9) + "<", field(opt, optLen, "documentNumber overflow and optionalData", false, true)
        };
    }

    private static String field(String value, int length, String name, boolean letters, boolean digits) {
        String v = value.toUpperCase(Locale.ROOT);
        if (v.length() > length) {
            throw new IllegalArgumentException(name + " has " + v.length() + " characters, the field has " + length);
        }
        for (int i = 0; i < v.length(); i++) {
            int cls = Chars.classOf(v.charAt(i));
            if (cls == 0 || (cls == Chars.DIGIT && !digits) || (cls == Chars.LETTER && !letters && !digits)) {
                throw new IllegalArgumentException(name + " contains '" + v.charAt(i) + "': \"" + value + "\"");
            }
        }
        if (letters && !digits && (v.isEmpty() || v.charAt(0) == '<')) {
            throw new IllegalArgumentException(name + " must start with a letter: \"" + value + "\"");
        }
        return pad(v, length);
    }

    private static boolean alnum(String s, boolean filler) {
        for (int i = 0; i < s.length(); i++) {
            int cls = Chars.classOf(s.charAt(i));
            if (cls == 0 || (cls == Chars.FILLER && !filler)) {
                return false;
            }
        }
        return true;
    }

    private static String date(MrzDate d) {
        char[] c = {'<', '<', '<', '<', '<', '<'};
        if (d.year() != 0) {
            c[0] = (char) ('0' + d.year() / 10 % 10);
            c[1] = (char) ('0' + d.year() % 10);
        }
        if (d.month() != 0) {
            c[2] = (char) ('0' + d.month() / 10);
            c[3] = (char) ('0' + d.month() % 10);
        }
        if (d.day() != 0) {
            c[4] = (char) ('0' + d.day() / 10);
            c[5] = (char) ('0' + d.day() % 10);
        }
        return new String(c);
    }

    private static char check(String data) {
        return Chars.checkDigit(data);
    }

    private static char composite(String data) {
        return Chars.checkDigit(data);
    }

    private static String pad(String s, int length) {
        return s + "<".repeat(length - s.length());
    }
}
