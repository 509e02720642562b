package org.mpaka.screening.internal;

/**
 * Lao script read syllable by syllable into the Latin spelling Lao names are written with (the
 * French-based convention of passports and the press: ou for the u vowels, ph and th for the
 * aspirates, y for ຍ; ICU4J has no Lao transliterator). A syllable is a vowel written before its
 * consonant (ເ ແ ໂ ໄ ໃ), an initial consonant (ຫ before a sonorant and the ligatures ໜ ໝ ຫຼ read as
 * the sonorant), the vowel signs after it, and a final consonant; a consonant with no vowel before
 * a final one has the vowel o; ອ is o after a consonant without a vowel and silent at the start of
 * a syllable. Tone marks are not written. ທອງລຸນ ສີສຸລິດ is Thongloun Sisoulit, ພົມວິຫານ
 * Phomvihan.
 */
final class LaoScript {

    /** The scheme name of this reading. */
    static final String SCHEME = "Lao-Latin";

    private LaoScript() {}

    /** Whether the character is in the Lao block. */
    static boolean isLao(int c) {
        return c >= 0x0E80 && c <= 0x0EFF;
    }

    private static String initial(char c) {
        return switch (c) {
            case 'ກ' -> "k";
            case 'ຂ', 'ຄ' -> "kh";
            case 'ງ' -> "ng";
            case 'ຈ' -> "ch";
            case 'ສ', 'ຊ' -> "s";
            case 'ຍ', 'ຢ' -> "y";
            case 'ດ' -> "d";
            case 'ຕ' -> "t";
            case 'ຖ', 'ທ' -> "th";
            case 'ນ', 'ໜ' -> "n";
            case 'ບ' -> "b";
            case 'ປ' -> "p";
            case 'ຜ', 'ພ' -> "ph";
            case 'ຝ', 'ຟ' -> "f";
            case 'ມ', 'ໝ' -> "m";
            case 'ຣ' -> "r";
            case 'ລ' -> "l";
            case 'ວ' -> "v";
            case 'ຫ', 'ຮ' -> "h";
            case 'ອ' -> "";
            default -> null;
        };
    }

    private static String fin(char c) {
        return switch (c) {
            case 'ກ' -> "k";
            case 'ງ' -> "ng";
            case 'ດ', 'ຕ', 'ສ', 'ຊ' -> "t";
            case 'ນ', 'ລ', 'ຣ' -> "n";
            case 'ບ', 'ປ' -> "p";
            case 'ມ' -> "m";
            case 'ຍ' -> "y";
            case 'ວ' -> "o";
            default -> null;
        };
    }

    private static boolean isConsonant(char c) {
        return initial(c) != null;
    }

    private static boolean isToneOrMark(char c) {
        return c >= '\u0EC8' && c <= '\u0ECC'; // tone marks and the cancellation mark
    }

    /** The text with its Lao syllables in Latin letters; anything else is kept. */
    static String romanise(String text) {
        return romanise(text, false);
    }

    /** Whether the text has ຊ, which names write s or x: a second reading writes it x. */
    static boolean hasSo(String text) {
        return text.indexOf('ຊ') >= 0;
    }

    /** As {@link #romanise(String)}, with ຊ written x (Xaysomboun, Sonexay) when {@code x}. */
    static String romanise(String raw, boolean x) {
        String text = Romanizer.withoutJoiners(raw);
        StringBuilder out = new StringBuilder(text.length() * 2);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!isLao(c)) {
                out.append(c);
                i++;
                continue;
            }
            char pre = 0;
            if ("ເແໂໄໃ".indexOf(c) >= 0) {
                pre = c;
                i++;
            }
            i = skipMarks(text, i);
            if (i >= n || !isConsonant(text.charAt(i))) {
                if (pre != 0) {
                    out.append(preVowel(pre)); // a vowel with no consonant after it
                } else if (i < n) {
                    String v = sign(text.charAt(i));
                    out.append(v == null ? "" : v);
                    i++;
                }
                continue;
            }
            // the initial: ຫ before a sonorant is read as the sonorant
            char first = text.charAt(i++);
            if (first == 'ຫ' && i < n && "ງຍນມລວຣ".indexOf(text.charAt(i)) >= 0) {
                first = text.charAt(i++);
            }
            if (i < n && text.charAt(i) == '\u0EBC') {
                out.append(first == 'ຫ' ? "l" : initial(first) + "l"); // the subscript lo: ຫຼ l
                i++;
            } else {
                out.append(x && first == 'ຊ' ? "x" : initial(first));
            }
            if (i + 1 < n && text.charAt(i) == 'ວ' && sign(text.charAt(i + 1)) != null && first != 'ວ') {
                out.append("ou"); // ວ between an initial and its vowel: ຂວາງ Khouang
                i++;
            }
            i = skipMarks(text, i);
            // vowel signs after the initial
            StringBuilder vowel = new StringBuilder();
            while (i < n) {
                char s = text.charAt(i);
                String v = sign(s);
                if (v != null) {
                    vowel.append(s);
                    i++;
                } else if (isToneOrMark(s)) {
                    i++;
                } else {
                    break;
                }
            }
            String v = vowel.toString();
            // ອ after the initial is the vowel o; ຍ after ເ (with or without ີ) is ia; ວ after ົ is ua
            if (i < n && text.charAt(i) == 'ອ' && v.isEmpty() && pre == 0) {
                v = "ອ";
                i++;
            } else if (pre == 'ເ' && i < n && text.charAt(i) == 'ຍ' && (v.isEmpty() || v.equals("ີ"))) {
                v = "ຍ";
                i++;
            } else if (pre == 'ເ' && v.equals("ື") && i < n && text.charAt(i) == 'ອ') {
                v = "ືອ";
                i++;
            } else if (v.equals("ົ") && i < n && text.charAt(i) == 'ວ') {
                v = "ົວ";
                i++;
            } else if (v.isEmpty()
                    && pre == 0
                    && i + 1 < n
                    && text.charAt(i) == 'ວ'
                    && fin(text.charAt(i + 1)) != null
                    && !nextStartsSyllable(text, i + 1)) {
                v = "ົວ"; // ວ between consonants: ua (ຄວນ khuan)
                i++;
            }
            String spelled = vowel(pre, v);
            boolean closedByVowel = v.equals("ະ") || spelled.equals("am") || spelled.equals("ao");
            // a final consonant: one not starting the next syllable
            String fin = "";
            i = skipMarks(text, i);
            if (!closedByVowel && i < n && fin(text.charAt(i)) != null && !nextStartsSyllable(text, i)) {
                fin = fin(text.charAt(i));
                i++;
                i = skipMarks(text, i);
            }
            if (spelled.isEmpty()) {
                spelled = fin.isEmpty() ? "a" : "o"; // no vowel written: a open, o before a final
            }
            out.append(spelled).append(fin);
        }
        return out.toString();
    }

    private static int skipMarks(String text, int i) {
        while (i < text.length() && isToneOrMark(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Whether the consonant at {@code i} starts a syllable rather than closing the one before: it
     * is followed by a vowel sign, or by ອ read as a vowel, or by a consonant and then a vowel sign.
     */
    private static boolean nextStartsSyllable(String text, int i) {
        int j = skipMarks(text, i + 1);
        if (j >= text.length() || !isLao(text.charAt(j))) {
            return false;
        }
        char next = text.charAt(j);
        if (sign(next) != null) {
            return true;
        }
        return next == 'ອ' && j + 1 < text.length() && fin(text.charAt(j + 1)) != null;
    }

    private static String sign(char c) {
        return switch (c) {
            case 'ະ', 'ັ', 'າ' -> "a";
            case 'ິ', 'ີ' -> "i";
            case 'ຶ', 'ື' -> "eu";
            case 'ຸ', 'ູ' -> "ou";
            case 'ົ', 'ໍ' -> "o";
            case 'ຳ' -> "am";
            case 'ຽ' -> "ia";
            default -> null;
        };
    }

    private static String preVowel(char pre) {
        return switch (pre) {
            case 'ເ' -> "e";
            case 'ແ' -> "e";
            case 'ໂ' -> "o";
            default -> "ai";
        };
    }

    /** The vowel of a syllable from its vowel written before the consonant and its signs after. */
    private static String vowel(char pre, String after) {
        if (pre == 0) {
            if (after.isEmpty()) {
                return "";
            }
            if (after.equals("ອ")) {
                return "o";
            }
            if (after.equals("ົວ")) {
                return "oua";
            }
            if (after.equals("\u0ECD\u0EB2")) {
                return "am"; // ຳ as Unicode's compatibility normalisation (NFKC) splits it
            }
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < after.length(); k++) {
                String s = sign(after.charAt(k));
                if (s != null && !(sb.length() > 0 && s.equals("a") && after.charAt(k) == 'ັ')) {
                    sb.append(s);
                }
            }
            return sb.toString();
        }
        if (pre == 'ເ') {
            return switch (after) {
                case "າ", "ົາ" -> "ao";
                case "ຍ" -> "ia";
                case "ືອ" -> "ua";
                case "ິ", "ີ" -> "eu";
                default -> "e";
            };
        }
        return preVowel(pre);
    }
}
