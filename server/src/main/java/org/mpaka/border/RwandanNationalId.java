package org.mpaka.border;

import java.util.ArrayList;
import java.util.List;

/**
 * The Rwandan national identity number: 16 digits — category (1 citizen, 2 refugee, 3 foreigner),
 * year of birth (4 digits), sex (8 male, 7 female), a 7-digit sequence, an issue counter and two
 * check digits. The check-digit algorithm is not public, so the check digits are not verified.
 */
public final class RwandanNationalId {

    private RwandanNationalId() {}

    /**
     * What is wrong with a number given with the person's birth year and sex; empty when it is
     * consistent.
     *
     * @param number the number as typed (spaces allowed between groups)
     * @param birthYear the person's birth year, 0 when unknown
     * @param sex the person's sex, {@code M}, {@code F} or anything else when unknown
     * @param currentYear this year, to reject birth years in the future
     */
    public static List<String> problems(String number, int birthYear, String sex, int currentYear) {
        List<String> problems = new ArrayList<>();
        String n = normalise(number);
        if (n.length() != 16 || !n.chars().allMatch(c -> c >= '0' && c <= '9')) {
            problems.add("must be 16 digits (found " + n.length() + " characters)");
            return problems;
        }
        char category = n.charAt(0);
        if (category < '1' || category > '3') {
            problems.add("first digit must be 1 (citizen), 2 (refugee) or 3 (foreigner), not " + category);
        }
        int year = Integer.parseInt(n.substring(1, 5));
        if (year < 1900 || year > currentYear) {
            problems.add("digits 2-5 must be a year of birth, not " + year);
        } else if (birthYear != 0 && year != birthYear) {
            problems.add("year of birth in the number is " + year + " but the person was born in " + birthYear);
        }
        char sexDigit = n.charAt(5);
        if (sexDigit != '7' && sexDigit != '8') {
            problems.add("digit 6 must be 8 (male) or 7 (female), not " + sexDigit);
        } else if ("M".equals(sex) && sexDigit != '8' || "F".equals(sex) && sexDigit != '7') {
            problems.add("digit 6 says " + (sexDigit == '8' ? "male" : "female") + " but the person is "
                    + ("M".equals(sex) ? "male" : "female"));
        }
        return problems;
    }

    /** The number without spaces. */
    public static String normalise(String number) {
        return number == null ? "" : number.replace(" ", "").strip();
    }
}
