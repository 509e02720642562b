package org.mpaka.screening.internal;

/**
 * Russian Cyrillic as German writes it (the Duden transliteration of the German press, registers
 * and documents): ж sch, з s, в w, х ch, ц z, ч tsch, ш sch, щ schtsch; е, ё, ю, я as je, jo, ju, ja
 * (е at the start of a word, after a vowel and after ь or ъ; ё as o after ж, ч, ш, щ); й as j before a
 * vowel and i otherwise; the endings ий as i and ый as y; с between vowels as ss; кс as x; the ё
 * of given names printed with е restored (Петр, Pjotr). Чайковский is
 * Tschaikowski, Ельцин Jelzin, Хрущёв Chruschtschow: spellings the Latin rules cannot reach from
 * the English ones (German ch is the kh of English, not its ch). Letters outside Russian are kept.
 */
final class CyrillicGerman {

    /** The scheme name of this reading. */
    static final String SCHEME = "Russian-German (Duden)";

    private CyrillicGerman() {}

    /**
     * Given names usually printed with е where ё is said (Петр for Пётр): German writes what is said
     * (Pjotr, Fjodor, Artjom, Semjon, Aljona).
     */
    private static final java.util.Map<String, String> YO = java.util.Map.of(
            "петр", "пётр", "федор", "фёдор", "артем", "артём", "семен", "семён", "алена", "алёна", "алеша", "алёша",
            "ерема", "ерёма");

    /**
     * The text with its Russian letters in German spelling, lower case; letters of other Cyrillic
     * languages are left as they are (and then read by ICU's Any-Latin, beside the readings of their
     * own language).
     */
    static String romanise(String text) {
        String t = withYo(text.toLowerCase(java.util.Locale.ROOT));
        StringBuilder out = new StringBuilder(t.length() * 2);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char before = i > 0 ? t.charAt(i - 1) : ' ';
            char after = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
            boolean iotated = !Character.isLetter(before) || isVowel(before) || before == 'ь' || before == 'ъ';
            switch (c) {
                case 'а' -> out.append('a');
                case 'б' -> out.append('b');
                case 'в' -> out.append('w');
                case 'г' -> out.append('g');
                case 'д' -> out.append('d');
                case 'е' -> out.append(iotated ? "je" : "e");
                case 'ё' -> out.append("жчшщ".indexOf(before) >= 0 ? "o" : "jo");
                case 'ж' -> out.append("sch");
                case 'з' -> out.append('s');
                case 'и' -> {
                    if (before == 'ь') {
                        out.append('j');
                    }
                    out.append('i');
                    if (after == 'й' && wordEndsAt(t, i + 2)) {
                        i++; // the ending ий is written i
                    }
                }
                case 'й' -> out.append(isVowel(after) ? 'j' : 'i');
                case 'к' -> {
                    if (after == 'с') {
                        out.append('x'); // кс is x (Alexander, Maxim)
                        i++;
                    } else {
                        out.append('k');
                    }
                }
                case 'л' -> out.append('l');
                case 'м' -> out.append('m');
                case 'н' -> out.append('n');
                case 'о' -> out.append('o');
                case 'п' -> out.append('p');
                case 'р' -> out.append('r');
                case 'с' -> out.append(isVowel(before) && isVowel(after) ? "ss" : "s");
                case 'т' -> out.append('t');
                case 'у' -> out.append('u');
                case 'ф' -> out.append('f');
                case 'х' -> out.append("ch");
                case 'ц' -> out.append('z');
                case 'ч' -> out.append("tsch");
                case 'ш' -> out.append("sch");
                case 'щ' -> out.append("schtsch");
                case 'ъ', 'ь' -> {
                    // not written
                }
                case 'ы' -> {
                    out.append('y');
                    if (after == 'й' && wordEndsAt(t, i + 2)) {
                        i++; // the ending ый is written y
                    }
                }
                case 'э' -> out.append('e');
                case 'ю' -> out.append("ju");
                case 'я' -> out.append("ja");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String withYo(String t) {
        StringBuilder out = new StringBuilder(t.length());
        int i = 0;
        while (i < t.length()) {
            int end = i;
            boolean space = isSpace(t.charAt(i));
            while (end < t.length() && isSpace(t.charAt(end)) == space) {
                end++;
            }
            String run = t.substring(i, end);
            out.append(space ? run : YO.getOrDefault(run, run));
            i = end;
        }
        return out.toString();
    }

    /** The white space of a regular expression's {@code \\s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static boolean wordEndsAt(String t, int k) {
        return k >= t.length() || !Character.isLetter(t.charAt(k));
    }

    private static boolean isVowel(char c) {
        return "аеёиоуыэюя".indexOf(c) >= 0;
    }
}
