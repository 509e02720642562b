package org.mpaka.screening.internal;

/**
 * Thai script read syllable by syllable in the two ways Thai names are spelled in Latin letters
 * (ICU4J reads Thai as ISO 11940, ประยุทธ์ as {@code prayuthth}, which no one writes):
 *
 * <ul>
 *   <li>as the Royal Thai General System of Transcription says it ({@link #romanise(String)}):
 *       finals as said (ด ต ท ธ ส ... t, น ณ ร ล n, บ พ ภ p), letters under the thanthakhat (์)
 *       and the consonants left before them silent: ประยุทธ์ จันทร์โอชา is Prayut Chanocha,
 *       ทักษิณ Thaksin;
 *   <li>letter by letter ({@link #romanise(String, boolean)} with {@code letters}), as many
 *       families spell their names from the Pali and Sanskrit letters: ภ bh, ว v, ธ dh, ท
 *       and พ unaspirated, a final ร written rn, ล l, and a consonant left after the final with a
 *       vowel a: อภิสิทธิ์ เวชชาชีวะ is Abhisit Vejjajiva, แพทองธาร Paetongtarn, ภูมิพล Bhumibol,
 *       ชินวัตร Chinvatra (Shinawatra is met by the spelling rules); and a third time
 *       with จ and ช written j, as some families write them (Vejjajiva, Limjaroenrat).
 * </ul>
 *
 * <p>A syllable is a vowel written before its consonant (เ แ โ ใ ไ), an initial (a cluster with ร ล
 * ว; ห before a sonorant and อ before ย silent), the vowel signs after it (อ ว ย as vowels where no
 * sign is written: ทอง thong, ชวน chuan), and a final consonant, one not starting the next syllable
 * (a consonant starts one when a vowel sign follows it). A consonant with no vowel has a before
 * another syllable and o before a final. Tone marks are not written. Anything not Thai is kept.
 */
final class ThaiScript {

    /** The scheme name of the transcription. */
    static final String SCHEME = "Thai-Latin/RTGS";

    /** The scheme name of the letter-by-letter reading. */
    static final String SCHEME_LETTERS = "Thai-Latin (letters)";

    private static final char SILENT = '\u0E4C';

    private ThaiScript() {}

    /** Whether the character is in the Thai block. */
    static boolean isThai(int c) {
        return c >= 0x0E00 && c <= 0x0E7F;
    }

    private static boolean isConsonant(char c) {
        return c >= 'ก' && c <= 'ฮ' && c != 'ฤ' && c != 'ฦ';
    }

    private static boolean isPreVowel(char c) {
        return c >= 'เ' && c <= 'ไ';
    }

    /** The vowel signs written after (or above, or below) a consonant. */
    private static boolean isSign(char c) {
        return c == 'ะ' || c >= 'ั' && c <= 'ู' || c == '\u0E47' || c == 'ๅ';
    }

    /** Tone marks, the phinthu, the nikhahit and the repetition mark: not written. */
    private static boolean isMark(char c) {
        return c >= '\u0E48' && c <= '\u0E4B' || c == '\u0E3A' || c == '\u0E4D' || c == '\u0E4E' || c == 'ๆ';
    }

    private static String initial(char c, boolean letters) {
        return initial(c, letters, false);
    }

    private static String initial(char c, boolean letters, boolean j) {
        if (j && (c == 'จ' || c == 'ช')) {
            return "j";
        }
        return switch (c) {
            case 'ก' -> "k";
            case 'ข', 'ฃ', 'ค', 'ฅ' -> "kh";
            case 'ฆ' -> letters ? "gh" : "kh";
            case 'ง' -> "ng";
            case 'จ', 'ฉ', 'ช', 'ฌ' -> "ch";
            case 'ซ', 'ศ', 'ษ', 'ส' -> "s";
            case 'ญ', 'ย' -> "y";
            case 'ฎ', 'ด' -> "d";
            case 'ฏ', 'ต' -> "t";
            case 'ฐ', 'ถ' -> "th";
            case 'ฑ', 'ฒ' -> letters ? "d" : "th";
            case 'ท' -> letters ? "t" : "th";
            case 'ธ' -> letters ? "dh" : "th";
            case 'ณ', 'น' -> "n";
            case 'บ' -> "b";
            case 'ป' -> "p";
            case 'ผ', 'พ' -> letters ? "p" : "ph";
            case 'ภ' -> letters ? "bh" : "ph";
            case 'ฝ', 'ฟ' -> "f";
            case 'ม' -> "m";
            case 'ร' -> "r";
            case 'ล', 'ฬ' -> "l";
            case 'ว' -> letters ? "v" : "w";
            case 'ห', 'ฮ' -> "h";
            default -> ""; // อ
        };
    }

    private static String fin(char c, boolean letters, boolean jo) {
        if (letters) {
            return switch (c) {
                case 'ร' -> "rn";
                case 'ญ' -> "n";
                case 'ล', 'ฬ' -> "l";
                case 'ย' -> "i";
                case 'ว' -> "o";
                default -> initial(c, true, jo);
            };
        }
        return switch (c) {
            case 'ก', 'ข', 'ค', 'ฆ' -> "k";
            case 'ง' -> "ng";
            case 'ญ', 'ณ', 'น', 'ร', 'ล', 'ฬ' -> "n";
            case 'บ', 'ป', 'พ', 'ฟ', 'ภ' -> "p";
            case 'ม' -> "m";
            case 'ย' -> "i";
            case 'ว' -> "o";
            default -> "t";
        };
    }

    /** The text with its Thai syllables in the Royal Thai General System; anything else is kept. */
    static String romanise(String text) {
        return romanise(text, false);
    }

    /** As {@link #romanise(String)}, letter by letter when {@code letters}. */
    static String romanise(String raw, boolean letters) {
        return romanise(raw, letters, false);
    }

    /** Whether the text has จ or ช, which names write ch or j: a third reading writes them j. */
    static boolean hasJo(String text) {
        return text.indexOf('จ') >= 0 || text.indexOf('ช') >= 0;
    }

    /**
     * As {@link #romanise(String, boolean)}, with จ and ช written j when {@code jo} (Vejjajiva,
     * Limjaroenrat).
     */
    static String romanise(String raw, boolean letters, boolean jo) {
        // ำ as written (compatibility normalisation splits it into ํ and า), แ typed as two เ
        String text = withoutTitles(
                Romanizer.withoutJoiners(raw).replace("\u0E4D\u0E32", "ำ").replace("เเ", "แ"));
        StringBuilder out = new StringBuilder(text.length() * 2);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isThai(c)) {
                out.append(c);
                i++;
                continue;
            }
            if (c == 'ฤ' || c == 'ฦ') {
                out.append(letters ? "ri" : "rue");
                i = skipMarks(text, i + 1);
                continue;
            }
            char pre = 0;
            if (isPreVowel(c)) {
                pre = c;
                i++;
            }
            i = skipMarks(text, i);
            if (i >= n || !isConsonant(text.charAt(i))) {
                if (pre != 0) {
                    out.append(preVowel(pre));
                } else if (i < n && isSign(text.charAt(i))) {
                    out.append(signs(String.valueOf(text.charAt(i))));
                    i++;
                } else if (i < n && isThai(text.charAt(i))) {
                    i++; // a stray mark, digit or sign
                }
                continue;
            }
            if (silenced(text, i)) {
                i = afterSilenced(text, i);
                continue;
            }
            // the initial: ห before a sonorant and อ before ย are silent
            char first = text.charAt(i++);
            if ((first == 'ห' && i < n && "งญนมยรลว".indexOf(text.charAt(i)) >= 0
                            || first == 'อ' && i < n && text.charAt(i) == 'ย')
                    && !silenced(text, i)) {
                first = text.charAt(i++);
            }
            StringBuilder syllable = new StringBuilder(initial(first, letters, jo));
            if (pre == 'เ'
                    && first != 'อ'
                    && i + 1 < n
                    && (text.charAt(i) == 'ร' || text.charAt(i) == 'ล')
                    && "ิีื".indexOf(text.charAt(i + 1)) >= 0
                    && !isCluster(first, text.charAt(i))) {
                // the vowel written first belongs to the ร or ล after a leading consonant: เจริญ is
                // cha-roen, เฉลิม cha-loem (not เนวิน, ne-win)
                out.append(syllable).append('a');
                syllable.setLength(0);
                syllable.append(initial(text.charAt(i++), letters, jo));
            }
            // a cluster with ร ล ว when a vowel follows it, or was written before it and a final
            // follows (เปรม prem) or the rest of the vowel (เกรียง krian); โกวิท is ko-wit
            if (i + 1 < n
                    && isCluster(first, text.charAt(i))
                    && !(text.charAt(i) == 'ร' && text.charAt(i + 1) == 'ร')
                    && (pre == 0 && isSign(text.charAt(i + 1))
                            || pre != 0 && isConsonant(text.charAt(i + 1))
                            || pre == 'เ' && "ิีื".indexOf(text.charAt(i + 1)) >= 0)) {
                syllable.append(initial(text.charAt(i), letters, jo));
                i++;
            }
            i = skipMarks(text, i);
            StringBuilder sign = new StringBuilder();
            while (i < n && (isSign(text.charAt(i)) || isMark(text.charAt(i)))) {
                if (isSign(text.charAt(i))) {
                    sign.append(text.charAt(i));
                }
                i++;
            }
            String vowel = vowel(pre, sign.toString());
            // อ, ว and ย as vowels where no sign says otherwise
            if (vowel == null && i < n) {
                char v = text.charAt(i);
                if (v == 'อ' && !startsSyllable(text, i)) {
                    vowel = "o";
                    i++;
                } else if (v == 'ว'
                        && pre == 0
                        && !startsSyllable(text, i)
                        && i + 1 < n
                        && isConsonant(text.charAt(i + 1))
                        && !startsSyllable(text, i + 1)
                        && !startsLastSyllable(text, i + 1, false, true)) {
                    vowel = "ua"; // ชวน chuan (not วนนท์, wa-non)
                    i++;
                } else if (v == 'ร'
                        && pre == 0
                        && i + 1 < n
                        && text.charAt(i + 1) == 'ร'
                        && (i + 2 >= n || !isSign(text.charAt(i + 2)))) {
                    i += 2; // รร: a before a final, an at the end of the syllable
                    vowel = i < n && isConsonant(text.charAt(i)) && !startsSyllable(text, i) && !silenced(text, i)
                            ? "a"
                            : "an";
                }
            } else if (vowel != null && i < n) {
                char v = text.charAt(i);
                if (pre == 'เ' && sign.isEmpty() && v == 'อ' && !startsSyllable(text, i)) {
                    vowel = "oe"; // เ-อ
                    i++;
                } else if (pre == 'เ'
                        && v == 'ย'
                        && (sign.isEmpty() || sign.toString().equals("ี"))) {
                    vowel = "ia";
                    i++;
                } else if (pre == 'เ' && v == 'อ' && sign.toString().equals("ื")) {
                    vowel = "uea";
                    i++;
                } else if (pre == 0 && sign.toString().equals("ั") && v == 'ว') {
                    vowel = "ua";
                    i++;
                }
            }
            i = skipMarks(text, i);
            boolean open = vowel != null && (vowel.equals("am") || sign.indexOf("ะ") >= 0 || pre == 'ใ' || pre == 'ไ');
            if ((pre == 'ใ' || pre == 'ไ')
                    && i < n
                    && text.charAt(i) == 'ย'
                    && (i + 1 >= n || !isThai(text.charAt(i + 1)))) {
                i++; // ไทย thai: a ย ending the word after ai is not said
            }
            String fin = "";
            if (!letters
                    && !open
                    && vowel != null
                    && i + 1 < n
                    && "ตฒธทฐ".indexOf(text.charAt(i)) >= 0
                    && text.charAt(i + 1) == 'ิ'
                    && (i + 2 >= n || !isThai(text.charAt(i + 2)))) {
                fin = "t"; // a stop and i ending a word close the syllable before: สมบัติ sombat, วุฒิ wut
                i += 2;
            } else if (!open
                    && i < n
                    && isConsonant(text.charAt(i))
                    && !(vowel == null && text.charAt(i) == 'ว')
                    && !beforeDoubleRo(text, i)
                    && !(text.charAt(i) == 'ร' && vowel != null && sign.indexOf("ั") < 0 && beforeConsonant(text, i))
                    && !startsSyllable(text, i)
                    && !silenced(text, i)
                    && !startsLastSyllable(text, i, sign.indexOf("ั") >= 0, vowel != null)) {
                char f = text.charAt(i);
                fin = fin(f, letters, jo);
                i = skipMarks(text, i + 1);
                // consonants after the final up to a silenced one are silent too (จันทร์ chan)
                int j = i;
                while (j < n && isConsonant(text.charAt(j)) && !silenced(text, j)) {
                    int k = skipMarks(text, j + 1);
                    if (k < n && isConsonant(text.charAt(k)) && silenced(text, k)) {
                        j = k;
                    } else {
                        break;
                    }
                }
                if (j < n && isConsonant(text.charAt(j)) && silenced(text, j)) {
                    i = afterSilenced(text, j);
                } else if (letters
                        && f != 'ช'
                        && i < n
                        && isConsonant(text.charAt(i))
                        && (i + 1 >= n || !isThai(text.charAt(i + 1)))) {
                    // a consonant left after the final at the end of a word: its letter and a (วัตร
                    // vatra; but เพชร pech, as Petch is written)
                    fin = initial(f, true, jo) + initial(text.charAt(i), true, jo) + "a";
                    i++;
                } else if ((!letters || f == 'ช')
                        && i < n
                        && isConsonant(text.charAt(i))
                        && (i + 1 >= n || !isThai(text.charAt(i + 1)))) {
                    i++; // and not said at the end of a word (วัตร wat)
                }
            }
            if (vowel == null) {
                vowel = fin.isEmpty() ? "a" : "o";
            }
            out.append(syllable).append(withFinal(vowel, fin));
        }
        return out.toString();
    }

    /**
     * Titles Thai writes before a name, often with no space (นายทักษิณ): Mr, Mrs, Miss, boy, girl,
     * General, Police General, Dr, and the royal M.R., M.L. and M.C., longest first.
     */
    private static final String[] TITLES = {
        "พลตำรวจเอก", "หม่อมราชวงศ์", "หม่อมหลวง", "หม่อมเจ้า", "เด็กหญิง", "เด็กชาย", "นางสาว", "พล.ต.อ.", "ม.ร.ว.",
        "พลเอก", "พล.อ.", "ม.ล.", "ม.จ.", "ด.ช.", "ด.ญ.", "ดร.", "นาง", "นาย"
    };

    /** The text without the titles before its name (see {@link #TITLES}), as long as a name is left. */
    static String withoutTitles(String text) {
        String rest = text.strip();
        for (String next = Romanizer.withoutTitle(rest, TITLES, ThaiScript::startsName);
                !next.equals(rest);
                next = Romanizer.withoutTitle(rest, TITLES, ThaiScript::startsName)) {
            rest = next;
        }
        return rest;
    }

    /** Whether a name may start with the character after a title (a space, a consonant, a vowel written first). */
    private static boolean startsName(int c) {
        return c == ' ' || isConsonant((char) c) || isPreVowel((char) c);
    }

    /** Whether two consonants make one initial: a stop or f and then ร or ล (ศร too), k and ว. */
    private static boolean isCluster(char first, char second) {
        return (second == 'ร' || second == 'ล') && "กขคตปผพบดฟทศ".indexOf(first) >= 0
                || second == 'ว' && "กขค".indexOf(first) >= 0;
    }

    /** The vowel and the final, a final ย or ว after a vowel that already ends in i or o merged. */
    private static String withFinal(String vowel, String fin) {
        if (fin.equals("i") && (vowel.endsWith("i") || vowel.equals("ai"))) {
            return vowel;
        }
        if (fin.equals("o") && vowel.endsWith("o")) {
            return vowel;
        }
        return vowel + fin;
    }

    /**
     * Whether the consonant at {@code i}, which no vowel sign follows, starts the last syllable of
     * a word with the consonant after it as its final: that one ends the word (ภูมิพล phon; a ร
     * there is silent instead, วัตร, and so is a stop after one said alike, ยุทธ), or it is followed by a silenced one after a vowel that is not
     * the short a (ลานนท์ non; after ั the two are silent, จันทร์ chan).
     */
    private static boolean startsLastSyllable(String text, int i, boolean shortA, boolean voweled) {
        int j = skipMarks(text, i + 1);
        if (j >= text.length() || !isConsonant(text.charAt(j)) || silenced(text, j)) {
            return false;
        }
        char x = text.charAt(i);
        char y = text.charAt(j);
        int k = skipMarks(text, j + 1);
        boolean wordEnd = k >= text.length() || !isThai(text.charAt(k));
        if (wordEnd) {
            if (y == 'ร') {
                // ร silent after the short a (วัตร wat, จักร) or after t, th or ch with a vowel (มิตร
                // mit, เพชร phet); otherwise the two are a syllable (ศิริพร siriphon, นคร nakhon)
                return !(shortA || voweled && (x == 'ต' || x == 'ท' || x == 'ช'));
            }
            // the second of two stops said alike is silent (ยุทธ yut)
            return !fin(x, false, false).equals(fin(y, false, false));
        }
        // ทร์ or ตร์ after a final are silent whatever the vowel (สุรินทร์ surin)
        return !shortA
                && isConsonant(text.charAt(k))
                && silenced(text, k)
                && !(text.charAt(k) == 'ร' && (y == 'ท' || y == 'ต'));
    }

    /** Whether the consonant at {@code i} is followed by รร (สุวรรณ: ว starts the syllable wan). */
    private static boolean beforeDoubleRo(String text, int i) {
        return i + 2 < text.length() && text.charAt(i + 1) == 'ร' && text.charAt(i + 2) == 'ร';
    }

    /** Whether a consonant that is not silenced follows the one at {@code i} in the same word. */
    private static boolean beforeConsonant(String text, int i) {
        int j = skipMarks(text, i + 1);
        return j < text.length() && isConsonant(text.charAt(j)) && !silenced(text, j);
    }

    private static int skipMarks(String text, int i) {
        while (i < text.length() && isMark(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether the consonant at {@code i} is silenced: the thanthakhat over it or its vowel sign. */
    private static boolean silenced(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (isMark(text.charAt(j)) || text.charAt(j) == 'ิ' || text.charAt(j) == 'ุ')) {
            j++;
        }
        return j < text.length() && text.charAt(j) == SILENT;
    }

    /** The index after a silenced consonant, its vowel sign and the thanthakhat. */
    private static int afterSilenced(String text, int i) {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != SILENT) {
            j++;
        }
        return j + 1;
    }

    /**
     * Whether the consonant at {@code i} starts a syllable rather than closing the one before: a
     * vowel sign follows it, or อ read as a vowel and then a consonant.
     */
    private static boolean startsSyllable(String text, int i) {
        int j = skipMarks(text, i + 1);
        if (j >= text.length() || !isThai(text.charAt(j))) {
            return false;
        }
        char next = text.charAt(j);
        if (isSign(next)) {
            return true;
        }
        if (next == 'อ' && j + 1 < text.length() && isConsonant(text.charAt(j + 1)) && !isSign(text.charAt(j + 1))) {
            return text.charAt(i) != 'อ';
        }
        return false;
    }

    private static String preVowel(char pre) {
        return switch (pre) {
            case 'เ' -> "e";
            case 'แ' -> "ae";
            case 'โ' -> "o";
            default -> "ai";
        };
    }

    /** The vowel signs written after a consonant, with no vowel before it. */
    private static String signs(String s) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < s.length(); k++) {
            sb.append(
                    switch (s.charAt(k)) {
                        case 'ะ', 'ั', 'า', 'ๅ' -> sb.toString().endsWith("a") ? "" : "a";
                        case 'ำ' -> "am";
                        case 'ิ', 'ี' -> "i";
                        case 'ึ', 'ื' -> "ue";
                        case 'ุ', 'ู' -> "u";
                        default -> ""; // ็
                    });
        }
        return sb.toString();
    }

    /** The vowel of a syllable from its vowel written before and its signs after; null if none is written. */
    private static String vowel(char pre, String after) {
        if (pre == 0) {
            if (after.isEmpty()) {
                return null;
            }
            String s = signs(after);
            return s.isEmpty() ? null : s;
        }
        if (pre == 'เ') {
            if (after.contains("า")) {
                return after.contains("ะ") ? "o" : "ao";
            }
            if (after.contains("ิ") || after.contains("ี")) {
                return "oe";
            }
            return "e";
        }
        return preVowel(pre);
    }
}
