package org.mpaka.mrz;

import java.text.Normalizer;

/**
 * Writes names with the MRZ alphabet as ICAO Doc 9303 Part 3 (section 6, transliterations
 * recommended for use by States) and Part 4 (punctuation in names) prescribe: Latin letters with
 * diacritics lose them except the listed ones (Å→AA, Æ→AE, Ä→AE, Ö→OE, Ø→OE, Ü→UE, ß→SS, Þ→TH,
 * Œ→OE, IJ→IJ, Ł→L, Đ/Ð→D, Ħ→H...), Cyrillic follows Part 3's table (Ж→ZH, Х→KH, Ц→TS, Ч→CH,
 * Ш→SH, Щ→SHCH, Ю→IU, Я→IA...); apostrophes and full stops are omitted; spaces, hyphens and
 * commas become one filler {@code <}.
 */
public final class Transliteration {

    private Transliteration() {}

    /**
     * Transliterates one name component list (e.g. {@code "Anna-Maria O'Brien"} →
     * {@code ANNA<MARIA<OBRIEN}).
     *
     * @param umlautAsDigraph {@code true} for Ä→AE, Ö→OE, Ü→UE (ICAO's first choice), {@code false}
     *     for Ä→A, Ö→O, Ü→U
     * @throws IllegalArgumentException for digits or characters of scripts without a table here
     */
    public static String toMrz(String name, boolean umlautAsDigraph) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        boolean gap = false;
        for (int i = 0; i < name.length(); ) {
            int cp = Character.toUpperCase(name.codePointAt(i));
            i += Character.charCount(cp);
            String t = map(cp, umlautAsDigraph);
            if (t == null) {
                throw new IllegalArgumentException(String.format(
                        java.util.Locale.ROOT,
                        "cannot write U+%04X '%s' of \"%s\" in an MRZ",
                        cp,
                        Character.toString(cp),
                        name));
            }
            if (t.equals("<")) {
                gap = out.length() > 0;
            } else if (!t.isEmpty()) {
                if (gap) {
                    out.append('<');
                    gap = false;
                }
                out.append(t);
            }
        }
        return out.toString();
    }

    /** {@link #toMrz(String, boolean)} with Ä→AE, Ö→OE, Ü→UE. */
    public static String toMrz(String name) {
        return toMrz(name, true);
    }

    private static String map(int cp, boolean digraph) {
        if (cp >= 'A' && cp <= 'Z') {
            return Character.toString(cp);
        }
        switch (cp) {
            case ' ', '-', ',', '<', '\u2010', '\u2011', '\u2013', '\u00A0':
                return "<";
            case '\'', '\u2019', '\u2018', '\u02BC', '`', '\u00B4', '.':
                return "";
            case 'Ä':
                return digraph ? "AE" : "A";
            case 'Ö':
                return digraph ? "OE" : "O";
            case 'Ü':
                return digraph ? "UE" : "U";
            case 'Å':
                return "AA";
            case 'Æ':
                return "AE";
            default:
                break;
        }
        String special = special(cp);
        if (special != null) {
            return special;
        }
        if (cp >= 0x0400 && cp <= 0x04FF) {
            return cyrillic(cp);
        }
        if (cp < 0x0250) {
            String base = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD);
            char c = base.charAt(0);
            if (c >= 'A' && c <= 'Z') {
                for (int k = 1; k < base.length(); k++) {
                    if (Character.getType(base.charAt(k)) != Character.NON_SPACING_MARK) {
                        return null;
                    }
                }
                return Character.toString(c);
            }
        }
        return null;
    }

    private static String special(int cp) {
        return switch (cp) {
            case 'Ø', 'Œ' -> "OE";
            case 'ß', 'ẞ' -> "SS";
            case 'Þ' -> "TH";
            case 'Ð', 'Đ' -> "D";
            case 'Ħ' -> "H";
            case 'Ł', 'Ŀ' -> "L";
            case 'ı' -> "I";
            case 'Ĳ' -> "IJ";
            case 'Ŋ' -> "N";
            case 'Ŧ' -> "T";
            case 'ĸ' -> "K";
            default -> null;
        };
    }

    private static final String[] CYRILLIC_BASIC = {
        "A", "B", "V", "G", "D", "E", "ZH", "Z", "I", "I", "K", "L", "M", "N", "O", "P", "R", "S", "T", "U", "F", "KH",
        "TS", "CH", "SH", "SHCH", "IE", "Y", "", "E", "IU", "IA"
    };

    private static String cyrillic(int cp) {
        if (cp >= 0x0410 && cp <= 0x042F) {
            return CYRILLIC_BASIC[cp - 0x0410];
        }
        return switch (cp) {
            case 0x0401 -> "E"; // Ё
            case 0x0402 -> "D"; // Ђ
            case 0x0403 -> "G"; // Ѓ
            case 0x0404 -> "IE"; // Є
            case 0x0405 -> "DZ"; // Ѕ
            case 0x0406, 0x0407 -> "I"; // І Ї
            case 0x0408 -> "J"; // Ј
            case 0x0409 -> "LJ"; // Љ
            case 0x040A -> "NJ"; // Њ
            case 0x040B -> "C"; // Ћ
            case 0x040C -> "K"; // Ќ
            case 0x040E -> "U"; // Ў
            case 0x040F -> "DZ"; // Џ
            case 0x0490 -> "G"; // Ґ
            default -> null;
        };
    }
}
