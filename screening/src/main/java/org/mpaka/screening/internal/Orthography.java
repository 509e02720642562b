package org.mpaka.screening.internal;

import java.util.Set;

/**
 * Regional orthography rewrite rules and the consonant skeleton.
 *
 * <p>{@link #rewrite} maps spellings that different orthographies use for the same sound to one
 * form, so that Tshibangu and Chibangu, Cyusa and Chyusa, Moussa and Musa, Rhwanda and Rwanda,
 * Khalid and Halid, Qasim and Kasim, Djamel and Jamel, Fatimah and Fatima reach the same string.
 * The rules are general (they hold for French, English, Portuguese, Bantu and Arabic
 * transcription conventions), not a list of names:
 *
 * <ul>
 *   <li>sibilants: {@code tsch, tsh, tch, sch, ch, sh} and {@code c} before {@code e, i, y} become
 *       {@code s};
 *   <li>aspirated digraphs lose the {@code h}: {@code kh→h, gh→g, dh→d, th→t, wh→w}, {@code rh→r} at
 *       the start of a part (Rhwanda; inside a part the h is sounded: Burhan, Serhiy), {@code
 *       ph→f};
 *   <li>velars: {@code ck, c, q → k}; {@code x → ks}, and a leading Wade–Giles {@code hs} (pinyin
 *       x) also; {@code dj, zh → j} (the sound of French j: Djamel / Jamel, Zhalolov / Jalolov), and
 *       the Albanian {@code xh} too (Hoxha / Hodja);
 *   <li>vowels: {@code ou, oo → u}, and {@code oe} between consonants (Dutch and Indonesian
 *       Soeharto / Suharto); {@code aw, ow, au, aou} before a consonant or at the end → {@code
 *       u} (the Arabic diphthong: Fawzi / Fouzi / Fowzy, Rauf / Rouf / Raouf; Chow / Chou), except a final
 *       {@code ow} after three letters or more (Slavic -ov written the Polish or German way:
 *       Iwanow / Ivanov); {@code ee → i}; after a consonant a final {@code oe → o} (Burmese Soe /
 *       So) and a final {@code ie → i} (Alie / Ali); the French final {@code e} after {@code in}
 *       is dropped in parts of five letters or more (Yassine / Yasin, Noureddine / Nureddin, Eltsine /
 *       Eltsin; not Line / Lin); {@code y → i} except a leading {@code y}
 *       before a vowel; a final {@code h} after a vowel is dropped;
 *   <li>a leading Burmese {@code ht → t} (Htun / Tun, Htay / Tay);
 *   <li>doubled letters are written once.
 * </ul>
 *
 * <p>{@link #skeleton} keeps the first letter and the consonants of the rewritten form (voiced read
 * as voiceless, and an {@code h} after a consonant read as {@code g}, as Ukrainian, Belarusian and
 * Czech write the Russian g: Serhiy / Sergey), which is what survives the vowel variation of
 * transcribed Arabic and Bantu names (Mohamed / Muhammad / Mohammed → {@code mhmt}). Hot code:
 * plain char loops, no regex.
 */
public final class Orthography {

    private Orthography() {}

    /** Applies the rewrite rules to a lower-case ASCII part. */
    public static String rewrite(String s) {
        return rewrite(s, false);
    }

    /**
     * A lower-case ASCII part with the consonant rules applied and its vowels as written: no vowel
     * rule (ou, oo, ee, aw ... stay two letters, an inner y stays y) and doubled vowels kept; the
     * consonants are those of {@link #rewrite}'s spelling, so a reading of the vowels between them
     * (see {@link Unvowelled}) can still tell a long vowel spelled with two letters.
     */
    static String vowelsAsWritten(String s) {
        return rewrite(s, true);
    }

    private static String rewrite(String s, boolean vowelsAsWritten) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n + 2);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : 0;
            char next2 = i + 2 < n ? s.charAt(i + 2) : 0;
            if (c == 't' && next == 's' && next2 == 'c' && i + 3 < n && s.charAt(i + 3) == 'h') {
                out.append('s');
                i += 4;
            } else if ((c == 't' && next == 's' && next2 == 'h')
                    || (c == 't' && next == 'c' && next2 == 'h')
                    || (c == 's' && next == 'c' && next2 == 'h')) {
                out.append('s');
                i += 3;
            } else if ((c == 'c' || c == 's') && next == 'h') {
                out.append('s');
                i += 2;
            } else if (c == 'z' && next == 'h' && (i == 0 || s.charAt(i - 1) != 't')) {
                // Zhalolov / Jalolov, Alimzhan / Alimjan; after t, tz is the sound ts (Yitzhak)
                out.append('j');
                i += 2;
            } else if (i == 0 && c == 'h' && next == 't') {
                out.append('t'); // Burmese ht, written t as often: Htun / Tun, Htay / Tay
                i += 2;
            } else if (i == 0 && c == 'h' && next == 's') {
                out.append('k'); // Wade-Giles hs is pinyin x: Hsueh / Xue
                i++;
            } else if (next == 'h'
                    && (c == 'k' || c == 'g' || c == 'd' || c == 't' || (c == 'r' && i == 0) || c == 'w')) {
                out.append(c == 'k' ? 'h' : c);
                i += 2;
            } else if (c == 'p' && next == 'h') {
                out.append('f');
                i += 2;
            } else if (c == 'c' && next == 'k') {
                out.append('k');
                i += 2;
            } else if (c == 'c') {
                out.append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
                i++;
            } else if (c == 'x' && next == 'h') {
                out.append('j'); // Albanian xh: Hoxha / Hodja
                i += 2;
            } else if (c == 'q') {
                out.append('k');
                i++;
            } else if (c == 'x') {
                out.append("ks");
                i++;
            } else if (c == 'd' && next == 'g' && (next2 == 'e' || next2 == 'i' || next2 == 'y')) {
                out.append('j'); // English dg before a front vowel: Badgie / Badjie
                i += 2;
            } else if (c == 'd' && next == 'j') {
                out.append('j');
                i += 2;
            } else if ((c == 'a' || c == 'o')
                    && (next == 'w' || next == 'u')
                    && !isVowel(next2)
                    && !(c == 'o' && next == 'w' && next2 == 0 && i >= 3)) {
                // diphthong before a consonant: Fawzi / Fouzi / Fowzy, Rauf / Rouf, Chow / Chou;
                // a final ow after three letters or more is the Slavic ending written the Polish or
                // German way (Iwanow / Ivanov, Titow / Titov)
                i = vowel(out, s, i, 2, 'u', vowelsAsWritten);
            } else if (c == 'a' && next == 'o' && next2 == 'u' && !isVowel(i + 3 < n ? s.charAt(i + 3) : 0)) {
                // the same diphthong written the French way: Raouf / Rauf, Aous / Aws
                i = vowel(out, s, i, 3, 'u', vowelsAsWritten);
            } else if ((c == 'o' && (next == 'u' || next == 'o'))) {
                i = vowel(out, s, i, 2, 'u', vowelsAsWritten);
            } else if (c == 'o'
                    && next == 'e'
                    && next2 != 0
                    && !isVowel(next2)
                    && i + 3 < n
                    && i > 0
                    && !isVowel(s.charAt(i - 1))) {
                // oe between consonants, not in the last syllable, is the u of Dutch spellings, of
                // Indonesia's and South Africa's (Soeharto / Suharto, Koesoemo / Kusumo, Coetzee);
                // Joel and Noel keep it, and at the start of a part the rule for leading vowels meets
                // it (Oemar / Umar)
                i = vowel(out, s, i, 2, 'u', vowelsAsWritten);
            } else if (c == 'o' && next == 'e' && i + 2 == n && i > 0 && !isVowel(s.charAt(i - 1))) {
                // a final oe after a consonant is o: Burmese Soe / So, Moe / Mo; Joe / Jo
                i = vowel(out, s, i, 2, 'o', vowelsAsWritten);
            } else if (c == 'i'
                    && next == 'e'
                    && (i + 2 == n || i + 3 == n && next2 == 'h')
                    && i > 0
                    && !isVowel(s.charAt(i - 1))) {
                // a final ie after a consonant is i: Alie / Ali, Marie / Mari, Charlie / Charly (and
                // before the final h that is dropped after a vowel: Hamieh / Hamie)
                i = vowel(out, s, i, 2, 'i', vowelsAsWritten);
            } else if (c == 'e' && i + 1 == n && silentFinalE(out)) {
                i++;
            } else if (c == 'e' && next == 'e') {
                i = vowel(out, s, i, 2, 'i', vowelsAsWritten);
            } else if (c == 'y') {
                // a leading y before a vowel is a consonant, else a vowel (written i)
                out.append(i == 0 && isVowel(next) || vowelsAsWritten && i > 0 ? 'y' : 'i');
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return withoutFinalH(out, vowelsAsWritten);
    }

    /**
     * Whether a final e after the letters written so far is the silent e of French spellings after a
     * final in (the n sounded, the i long): in, yn or inn after a consonant, four letters or more
     * before the e (Yassine / Yasin, Amine / Amin, Noureddine / Nureddin, Evelyne / Evelin, Corinne /
     * Corin). Not after a vowel (Germaine / German), and not in short parts, where -ine and -in are
     * different names (Line / Lin, Mine / Min, Hine / Hin, Ghine / Gin).
     */
    private static boolean silentFinalE(StringBuilder out) {
        int k = out.length() - 1;
        if (k < 3 || out.charAt(k) != 'n') {
            return false;
        }
        if (out.charAt(k - 1) == 'n' && --k < 3) {
            return false; // Linne / Lin
        }
        char v = out.charAt(k - 1);
        return (v == 'i' || v == 'y') && !isVowel(out.charAt(k - 2));
    }

    /**
     * Writes the {@code length} vowel letters of {@code s} at {@code i} as the one vowel the rules
     * write for them, or as they are; returns the index after them.
     */
    private static int vowel(StringBuilder out, String s, int i, int length, char rule, boolean asWritten) {
        if (asWritten) {
            out.append(s, i, i + length);
        } else {
            out.append(rule);
        }
        return i + length;
    }

    /**
     * {@code s} without a final h after a vowel, each doubled letter once (each doubled consonant
     * once with {@code vowelsAsWritten}).
     */
    private static String withoutFinalH(CharSequence s, boolean vowelsAsWritten) {
        int len = s.length();
        if (len > 2 && s.charAt(len - 1) == 'h' && isVowel(s.charAt(len - 2))) {
            len--;
        }
        StringBuilder out = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (out.isEmpty() || out.charAt(out.length() - 1) != c || vowelsAsWritten && isVowel(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The canonical spelling of a part read from Arabic script ({@link ArabicScript}), which writes
     * its letters in the canonical alphabet already: doubled letters once, and a final {@code h}
     * after a vowel dropped, as {@link #rewrite} does (Abdallah / Abdalla). The digraph rules are not
     * applied: without the short vowels, letters would run into false digraphs ({@code hsin},
     * Husayn, is not the Wade–Giles hs).
     */
    static String unvowelled(String s) {
        return withoutFinalH(s, false);
    }

    /**
     * The first letter and the remaining consonants of a
     * rewritten part, voiced consonants read as voiceless ({@code b→p, d→t, g→k, z→s, v, w→f}).
     */
    public static String skeleton(String ortho) {
        return skeleton(ortho, true);
    }

    /**
     * As {@link #skeleton(String)}; without {@code slavicH}, an {@code h} after a consonant stays
     * {@code h} (in Arabic script read without its short vowels, {@code mhmd}, the h follows a
     * consonant only because the vowel before it is not written).
     */
    static String skeleton(String ortho, boolean slavicH) {
        if (ortho.isEmpty()) {
            return ortho;
        }
        StringBuilder out = new StringBuilder(ortho.length());
        out.append(devoice(ortho.charAt(0)));
        for (int i = 1; i < ortho.length(); i++) {
            char c = ortho.charAt(i);
            if (isVowel(c)) {
                continue;
            }
            if (slavicH && c == 'h' && !isVowel(ortho.charAt(i - 1))) {
                c = 'g'; // Slavic h for g after a consonant: Serhiy / Sergey
            }
            c = devoice(c);
            if (out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether two spellings of the same length differ only in voicing (b/p, d/t, g/k, z/s, v/f/w),
     * and with {@code eAsA} also in e written for a (Turkish for the Arabic fatha: Rejep / Rajab). No
     * allocation.
     */
    static boolean sameUpToVoicing(String a, String b, boolean eAsA) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (eAsA) {
                x = x == 'e' ? 'a' : x;
                y = y == 'e' ? 'a' : y;
            }
            if (devoice(x) != devoice(y)) {
                return false;
            }
        }
        return true;
    }

    /** Voiced consonants read as their voiceless pair (final devoicing, w as v as f). */
    static char devoice(char c) {
        return switch (c) {
            case 'b' -> 'p';
            case 'd' -> 't';
            case 'g' -> 'k';
            case 'z' -> 's';
            case 'v', 'w' -> 'f';
            default -> c;
        };
    }

    // pinyin syllables that start with x (Xu, Xiang): not Somali, whatever their x
    private static final Set<String> PINYIN_X = Set.of(
            "xi", "xia", "xian", "xiang", "xiao", "xie", "xin", "xing", "xiong", "xiu", "xu", "xuan", "xue", "xun");

    /**
     * Whether a part shows the Somali Latin orthography beyond reasonable doubt: an {@code x} before
     * a vowel at the start of the part (Xasan), as axa (Maxamed) or in a part that doubles a vowel
     * (Raxiimo), not as English names have it (Maxine, Roxanne), or an {@code x} before an {@code m}
     * (Axmed), or last after an {@code a} in a part of five
     * letters or more (Faarax, Baynax), in a part that is not a pinyin syllable (Xu, Xiang), a {@code c} before a vowel in a
     * part that also doubles a vowel (Caasha, Ciise, Cismaan), or a part that starts with {@code
     * cabd}, Abd with its ʿayn written c (Cabdullahi, Cabdi: Cumar Cabdullahi is Umar Abdullahi). A
     * c in one part and a doubled vowel in another prove nothing (Nguyen Huu Canh, Kaan Cuma, Aaron
     * Cali). Parts with a letter or group Somali
     * does not write ({@code p, v, z, ch, ck, cc, cs, cz, sc}) never are. One marked part makes a
     * whole name read as Somali (see {@link NameNormalizer#normalize}): Cali alone may be Cali, but
     * in Maxamed Cali it is Ali.
     */
    static boolean somaliMarked(String text) {
        int n = text.length();
        if (n < 3 || PINYIN_X.contains(text) || !somaliLetters(text)) {
            return false;
        }
        if (text.startsWith("cabd")) {
            return true; // Abd with its ayn written c, as only Somali writes it: Cabdullahi, Cabdi
        }
        boolean doubledVowel = false;
        for (int i = 0; i + 1 < n; i++) {
            doubledVowel |= isPlainVowel(text.charAt(i)) && text.charAt(i + 1) == text.charAt(i);
        }
        boolean cBeforeVowel = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : 0;
            char before = i > 0 ? text.charAt(i - 1) : 0;
            // an x before a vowel inside a part is Somali as axa (Maxamed, Saxardiid) or in a part
            // that doubles a vowel (Raxiimo); English names have it too (Maxine, Roxanne, Alexis)
            boolean xBeforeVowel = isPlainVowel(next) && (i == 0 || before == 'a' && next == 'a' || doubledVowel);
            if (c == 'x' && (xBeforeVowel || next == 'm' || next == 0 && n >= 5 && before == 'a')) {
                return true;
            }
            cBeforeVowel |= c == 'c' && isPlainVowel(next);
        }
        return cBeforeVowel && doubledVowel;
    }

    /** Whether a part uses only letters and groups the Somali orthography writes. */
    private static boolean somaliLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'p' || c == 'v' || c == 'z' || c < 'a' || c > 'z') {
                return false;
            }
            if (c == 'c' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if (next == 'h' || next == 'k' || next == 'c' || next == 's' || next == 'z') {
                    return false;
                }
            }
            if (c == 's' && i + 1 < text.length() && text.charAt(i + 1) == 'c') {
                return false;
            }
        }
        return true;
    }

    /**
     * A part of a name in the Somali orthography read the way other romanisations write Arabic
     * names: {@code x} is the ħ others write {@code h} (Maxamed / Mahamed, Xasan / Hasan), {@code c}
     * before a vowel is the ʿayn others leave out (Cali / Ali, Cumar / Umar), and a doubled vowel is
     * long (Yuusuf / Yusuf). A part with letters Somali does not write, or of fewer than three
     * letters, is returned as it is.
     */
    static String somaliReading(String text) {
        int n = text.length();
        if (n < 3 || !somaliLetters(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : 0;
            if (c == 'c' && isPlainVowel(next)) {
                continue;
            }
            if (c == 'x') {
                out.append('h');
            } else if (isPlainVowel(c) && next == c) {
                out.append(c);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.length() >= 2 ? out.toString() : text;
    }

    /**
     * A part of a West African name as its French and English spellings meet: the French di before
     * a or o, at the start of the part, after its n or after a vowel, is the j English writes
     * (Diallo / Jallow, Diouf / Jouf, Khadidiatou / Kadijatou), and the English ay ending the part
     * after a consonant is the French é (Touray / Touré, Ceesay / Cissé). The part as it is when
     * neither applies.
     */
    static String westAfricanReading(String text) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : 0;
            char next2 = i + 2 < n ? text.charAt(i + 2) : 0;
            char before = i > 0 ? text.charAt(i - 1) : 0;
            if (c == 'd'
                    && next == 'i'
                    && (next2 == 'a' || next2 == 'o')
                    && (i == 0 || i == 1 && before == 'n' || isPlainVowel(before))) {
                out.append('j');
                i++;
            } else if (c == 'a' && next == 'y' && i + 2 == n && i > 1 && !isVowel(before)) {
                out.append('e');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.length() == n && out.toString().equals(text) ? text : out.toString();
    }

    /** Whether the character is one of a, e, i, o, u (not y, a consonant before a vowel). */
    static boolean isPlainVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** Whether the character is one of a, e, i, o, u, y. */
    public static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
