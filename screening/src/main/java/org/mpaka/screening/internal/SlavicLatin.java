package org.mpaka.screening.internal;

import java.util.Locale;

/**
 * The Latin alphabets of Polish, Czech, Slovak, the languages of former Yugoslavia and the Baltic
 * languages read as English spellings of the same names. Polish writes Russian, Ukrainian and
 * Belarusian names in its own letters (Gorbaczow, Szuszkiewicz, Ławrow, Prigożyn, Jewgienij), and
 * the alphabets with the háček write sounds English spells with two letters (Čech / Chekh, Milošević
 * / Miloshevich, Václav / Vatslav): folding the marks away, as an MRZ does, meets neither English
 * spelling. A name is read so as a second form, beside its plain reading, when its letters show one
 * of these alphabets: a Polish letter (ł ż ź ś ć ń ę ą), a letter with a háček (č š ž ř ě ď ť ň),
 * the Polish digraphs sz and cz, or the German tsch, dsch, or sch in a name with a Slavic ending,
 * with which German writes the same names (Chruschtschow / Khrushchev, Dschugaschwili /
 * Dzhugashvili, Gorbatschow / Gorbachev).
 */
final class SlavicLatin {

    private SlavicLatin() {}

    /** Whether the text (NFKC, not folded) has letters only these alphabets write, or their digraphs. */
    static boolean marked(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("sz") || lower.contains("cz") || lower.contains("tsch") || lower.contains("dsch")) {
            return true;
        }
        // the German sch alone marks a Slavic name only with a Slavic ending (Schewardnadse is
        // Shevardnadze; Schiavone and Schröder are not Slavic)
        if (lower.contains("sch")
                && (lower.contains("ow")
                        || lower.contains("ew")
                        || lower.contains("itsch")
                        || lower.contains("wili"))) {
            return true;
        }
        if (Diacritics.isAscii(text)) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if ("łŁżŻźŹśŚćĆńŃęĘąĄčČšŠžŽřŘěĚďĎťŤňŇ".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text, lower case, with these alphabets' letters spelt as English (BGN/PCGN) spellings of
     * Slavic names write them: szcz shch, German tsch ch, dsch dzh and sch sh, sz and š sh, cz, č and ć ch, rz and ř zh and rzh, ż and ž zh,
     * ch kh, another c ts, đ dj, w v, j y; ie, ia, io, iu after a consonant e, ya, yo, yu (the Polish
     * writing of a soft consonant: Siergiej / Sergey, Wiaczesław / Vyacheslav). Other letters as
     * they are (diacritics are removed later, with the other forms').
     */
    static String spelling(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        int n = s.length();
        StringBuilder out = new StringBuilder(n + 8);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : 0;
            char before = i > 0 ? s.charAt(i - 1) : 0;
            if (s.startsWith("szcz", i)) {
                out.append("shch");
                i += 3;
            } else if (s.startsWith("tsch", i)) {
                out.append("ch");
                i += 3;
            } else if (s.startsWith("dsch", i)) {
                out.append("dzh");
                i += 3;
            } else if (s.startsWith("sch", i)) {
                out.append("sh");
                i += 2;
            } else if (c == 's' && next == 'z') {
                out.append("sh");
                i++;
            } else if (c == 'c' && next == 'z') {
                out.append("ch");
                i++;
            } else if (c == 'r' && next == 'z') {
                out.append("zh");
                i++;
            } else if (c == 'c' && next == 'h') {
                out.append("kh");
                i++;
            } else if (c == 'd' && (next == 'ż' || next == 'ž')) {
                out.append("dzh");
                i++;
            } else {
                switch (c) {
                    case 'š' -> out.append("sh");
                    case 'č', 'ć' -> out.append("ch");
                    case 'ž', 'ż' -> out.append("zh");
                    case 'ř' -> out.append("rzh");
                    case 'đ' -> out.append("dj");
                    case 'c' -> out.append("ts");
                    case 'w' -> out.append('v');
                    case 'j' -> out.append('y');
                    case 'i' -> {
                        // a soft consonant before e is written ie: Siergiej / Sergey, Mieczysław /
                        // Mechislav; before a, o, u the i is the y of ya, yo, yu
                        boolean soft = Character.isLetter(before)
                                && !isVowel(before)
                                && (next == 'e' || next == 'a' || next == 'o' || next == 'u');
                        if (!soft) {
                            out.append('i');
                        } else if (next != 'e') {
                            out.append('y');
                        }
                    }
                    default -> out.append(c);
                }
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return "aeiouyąęóěůáéíýú".indexOf(c) >= 0;
    }
}
