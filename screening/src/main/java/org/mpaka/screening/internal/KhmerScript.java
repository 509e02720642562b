package org.mpaka.screening.internal;

/**
 * Khmer script read syllable by syllable into the Latin spelling Cambodian names are written with
 * (ICU4J has no Khmer transliterator). Khmer consonants belong to two series, whose vowels are said
 * differently: the inherent vowel is a after the first series and o after the second, ា is a and
 * ea, ុ o and u, ី ei and i; the signs ៉ and ៊ move a consonant to the other series. A syllable is an
 * initial consonant with its subscripts (written after the coeng ្: ស្រ sr), a series sign, vowel
 * signs, the nikahit ំ (m) or reahmuk ះ (h), and a final consonant, which is one not followed by a
 * vowel of its own (its aspiration not said: សុខ Sok). ហ៊ុន សែន is Hun Sen, នួន ជា Nuon Chea, ទៀ
 * បាញ់ Tea Banh. Spellings families chose under French rule are not all reached by letters (Rainsy
 * for រង្ស៊ី, read rongsi).
 */
final class KhmerScript {

    /** The scheme name of this reading. */
    static final String SCHEME = "Khmer-Latin";

    private KhmerScript() {}

    private static final char COENG = '\u17D2';

    /** Whether the character is in the Khmer block. */
    static boolean isKhmer(int c) {
        return c >= 0x1780 && c <= 0x17FF;
    }

    // U+1780..U+17A2: consonants, and whether they are of the second (o) series
    private static final String[] CONSONANTS = {
        "k", "kh", "k", "kh", "ng", "ch", "chh", "ch", "chh", "nh", "d", "th", "d", "th", "n", "t", "th", "t", "th",
        "n", "b", "ph", "p", "ph", "m", "y", "r", "l", "v", "s", "s", "s", "h", "l", ""
    };
    private static final String SECOND_SERIES = "គឃងជឈញឌឍទធនពភមយរលវ";

    private static boolean isConsonant(char c) {
        return c >= '\u1780' && c <= '\u17A2';
    }

    private static boolean isVowelSign(char c) {
        return c >= '\u17B6' && c <= '\u17C5';
    }

    /** A dependent vowel as names spell it after a consonant of the first or the second series. */
    private static String vowel(char c, boolean second) {
        return switch (c) {
            case 'ា' -> second ? "ea" : "a";
            case 'ិ' -> second ? "i" : "e";
            case 'ី' -> second ? "i" : "ei";
            case 'ឹ' -> second ? "ue" : "oe";
            case 'ឺ' -> "eu";
            case 'ុ' -> second ? "u" : "o";
            case 'ូ' -> second ? "u" : "ou";
            case 'ួ' -> "uo";
            case 'ើ' -> second ? "eu" : "aeu";
            case 'ឿ' -> "oea";
            case 'ៀ' -> "ie";
            case 'េ', 'ែ' -> "e";
            case 'ៃ' -> second ? "ey" : "ai";
            case 'ោ' -> second ? "o" : "ao";
            case 'ៅ' -> second ? "ov" : "au";
            default -> "";
        };
    }

    private static String independent(char c) {
        return switch (c) {
            case 'ឥ' -> "e";
            case 'ឦ' -> "ei";
            case 'ឧ', 'ឩ' -> "u";
            case 'ឪ' -> "ov";
            case 'ឫ', 'ឬ' -> "rue";
            case 'ឭ', 'ឮ' -> "lue";
            case 'ឯ' -> "ae";
            case 'ឰ' -> "ai";
            case 'ឱ', 'ឲ' -> "ao";
            case 'ឳ' -> "au";
            default -> null;
        };
    }

    /** The text with its Khmer syllables in Latin letters; anything else is kept. */
    static String romanise(String raw) {
        String text = Romanizer.withoutJoiners(raw);
        StringBuilder out = new StringBuilder(text.length() * 2);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isKhmer(c)) {
                out.append(c);
                i++;
                continue;
            }
            String ind = independent(c);
            if (ind != null) {
                out.append(ind);
                i++;
                continue;
            }
            if (!isConsonant(c)) {
                i++; // a sign with no consonant before it, a digit or a mark of punctuation
                continue;
            }
            // the initial and its subscripts
            boolean wordStart = i == 0 || !isKhmer(text.charAt(i - 1));
            boolean second = SECOND_SERIES.indexOf(c) >= 0;
            if (c == 'ហ'
                    && i + 2 < n
                    && text.charAt(i + 1) == COENG
                    && (text.charAt(i + 2) == 'គ' || text.charAt(i + 2) == 'វ')) {
                // ហ្គ and ហ្វ write the g and f Khmer letters lack (ហ្គេក Guek, ហ្វ៊ុន Fun)
                out.append(text.charAt(i + 2) == 'គ' ? "g" : "f");
                i += 3;
            } else {
                // ប with the sign ៉ is p (ប៉ុល Pol)
                out.append(c == 'ប' && i + 1 < n && text.charAt(i + 1) == '\u17C9' ? "p" : CONSONANTS[c - '\u1780']);
                i++;
            }
            while (i + 1 < n && text.charAt(i) == COENG && isConsonant(text.charAt(i + 1))) {
                out.append(CONSONANTS[text.charAt(i + 1) - '\u1780']);
                i += 2;
            }
            // series signs, the vowel signs, nikahit and reahmuk
            StringBuilder v = new StringBuilder();
            boolean vowelWritten = false;
            boolean closed = false; // by the nikahit or the reahmuk: no final consonant follows
            boolean open = false; // a long vowel: a consonant with a vowel after it starts anew
            while (i < n) {
                char s = text.charAt(i);
                if (s == '\u17C9') {
                    second = false;
                } else if (s == '\u17CA') {
                    second = true;
                } else if (s == 'ៀ' && (i + 1 >= n || !isKhmer(text.charAt(i + 1)))) {
                    v.append("ea"); // ៀ ending a word is written ea (ទៀ Tea)
                    vowelWritten = true;
                    open = true;
                } else if (isVowelSign(s)) {
                    v.append(vowel(s, second));
                    vowelWritten = true;
                    open = "ាីូៀើឿេែៃោៅ".indexOf(s) >= 0;
                } else if (s == '\u17C6') {
                    v.append(vowelWritten ? "m" : second ? "um" : "am");
                    vowelWritten = true;
                    closed = true;
                } else if (s == '\u17C7') {
                    v.append(vowelWritten ? "h" : second ? "eah" : "ah");
                    vowelWritten = true;
                    closed = true;
                } else if (s >= '\u17CB' && s <= '\u17D1' || s == '\u17D3' || s == '\u17DD') {
                    // bantoc, robat and the other diacritics: not written
                } else {
                    break;
                }
                i++;
            }
            if (closed && i < n && text.charAt(i) == 'ង' && v.length() > 1 && v.charAt(v.length() - 1) == 'm') {
                v.setLength(v.length() - 1); // ាំង is ang (កាំង Kang), not am-ng
                closed = false;
            }
            // a final consonant: one not followed by a vowel or series sign of its own
            String fin = "";
            if (!closed
                    && i < n
                    && isConsonant(text.charAt(i))
                    && !startsSyllable(text, i)
                    && !(open
                            && i + 1 < n
                            && isConsonant(text.charAt(i + 1))
                            && text.charAt(i + 1) != 'អ'
                            && startsSyllable(text, i + 1))) {
                fin = finalConsonant(text.charAt(i));
                i++;
                while (i < n && text.charAt(i) >= '\u17CB' && text.charAt(i) <= '\u17D1') {
                    i++;
                }
                if (i + 1 < n && text.charAt(i) == COENG && isConsonant(text.charAt(i + 1))) {
                    i++; // a subscript under a final starts the next syllable (នរោត្តម noro-t-tam)
                }
            }
            if (!vowelWritten) {
                v.append(second ? "o" : "a");
                if (fin.isEmpty() && wordStart && (i >= n || !isKhmer(text.charAt(i)))) {
                    v.append('r'); // a word of one open syllable: its long vowel written ar, or (ស Sar)
                }
            }
            out.append(v).append(fin);
        }
        return out.toString();
    }

    /** A consonant closing a syllable: the aspirates lose their h there, except th (សុខ Sok, Sisowath). */
    private static String finalConsonant(char c) {
        return switch (c) {
            case 'ខ', 'ឃ' -> "k";
            case 'ផ', 'ភ' -> "p";
            case 'ឆ', 'ឈ' -> "ch";
            default -> CONSONANTS[c - '\u1780'];
        };
    }

    /** Whether the consonant at {@code i} has a vowel, a series sign or a subscript of its own. */
    private static boolean startsSyllable(String text, int i) {
        int j = i + 1;
        if (j >= text.length()) {
            return false;
        }
        char next = text.charAt(j);
        if (next == COENG && j + 1 < text.length() && isConsonant(text.charAt(j + 1))) {
            // a cluster: the initial of the next syllable if a vowel follows it
            int k = j + 2;
            while (k + 1 < text.length() && text.charAt(k) == COENG) {
                k += 2;
            }
            return k < text.length()
                    && (isVowelSign(text.charAt(k)) || text.charAt(k) == '\u17C9' || text.charAt(k) == '\u17CA');
        }
        return isVowelSign(next) || next == '\u17C9' || next == '\u17CA' || next == '\u17C6' || next == '\u17C7';
    }
}
