package org.mpaka.screening.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Romanises Korean names in Hangul as lists and passports write them, in three schemes: the Revised
 * Romanization (South Korea: Jeong, Eun), McCune–Reischauer without its breves and apostrophes
 * (Chong, Un, Chol), and North Korea's own romanisation, which writes ㅈ as j (Jong, Un, Chol, Ri).
 * The first word starts with the surname (one syllable, or two for the compound surnames: 남궁, 제갈
 * ...), whether the given name follows in it (김정은) or apart (김 정은); the surname is written as
 * families spell it (Kim, Lee, Park; the other romanisations are
 * joined by {@code spellings.csv}), and each syllable of the given name is a part of its own, which
 * the aligner joins when a list writes them together (Jong Un, Jong-un, Jongun).
 */
final class Hangul {

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" {2,}");

    /** Scheme names, as explanations show them. */
    static final String REVISED = "Korean, Revised Romanization";

    static final String MCCUNE_REISCHAUER = "Korean, McCune-Reischauer";

    static final String NORTH_KOREAN = "Korean, North Korean romanisation";

    private static final int BASE = 0xAC00;
    private static final int LAST = 0xD7A3;

    // initial consonants, medial vowels and final consonants in Unicode's order
    private static final String[] INITIAL_RR = {
        "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"
    };
    private static final String[] INITIAL_MR = {
        "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch", "k", "t", "p", "h"
    };
    private static final String[] INITIAL_NORTH = {
        "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"
    };
    private static final String[] VOWEL_RR = {
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu",
        "ui", "i"
    };
    private static final String[] VOWEL_MR = {
        "a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u",
        "ui", "i"
    };
    private static final String[] FINAL = {
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
        "t", "t", "k", "t", "p", "t"
    };

    // surnames as families write them in passports (the most common spelling)
    private static final Map<String, String> SURNAMES = surnames(
            "김 kim",
            "이 lee",
            "리 ri",
            "박 park",
            "최 choi",
            "정 jung",
            "강 kang",
            "조 cho",
            "윤 yoon",
            "장 jang",
            "임 lim",
            "림 rim",
            "한 han",
            "오 oh",
            "서 seo",
            "신 shin",
            "권 kwon",
            "황 hwang",
            "안 ahn",
            "송 song",
            "류 ryu",
            "유 yoo",
            "전 jeon",
            "홍 hong",
            "고 ko",
            "문 moon",
            "양 yang",
            "손 son",
            "배 bae",
            "백 baek",
            "허 heo",
            "남 nam",
            "심 shim",
            "노 noh",
            "로 ro",
            "하 ha",
            "곽 kwak",
            "성 sung",
            "차 cha",
            "주 joo",
            "우 woo",
            "구 koo",
            "민 min",
            "진 jin",
            "나 na",
            "지 ji",
            "엄 eom",
            "채 chae",
            "원 won",
            "천 cheon",
            "방 bang",
            "공 kong",
            "현 hyun",
            "함 ham",
            "변 byun",
            "염 yeom",
            "여 yeo",
            "추 choo",
            "도 do",
            "소 so",
            "석 seok",
            "선 sun",
            "설 seol",
            "마 ma",
            "길 gil",
            "연 yeon",
            "위 wi",
            "표 pyo",
            "명 myung",
            "기 ki",
            "반 ban",
            "왕 wang",
            "금 keum",
            "옥 ok",
            "육 yuk",
            "인 in",
            "맹 maeng",
            "제 je",
            "모 mo",
            "탁 tak",
            "국 kook",
            "남궁 namgung",
            "제갈 jegal",
            "황보 hwangbo",
            "선우 sunwoo",
            "독고 dokgo",
            "사공 sagong",
            "서문 seomun");

    private Hangul() {}

    private static Map<String, String> surnames(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : pairs) {
            int space = p.indexOf(' ');
            out.put(p.substring(0, space), p.substring(space + 1));
        }
        return out;
    }

    /** Whether {@code c} is a Hangul syllable. */
    static boolean isSyllable(char c) {
        return c >= BASE && c <= LAST;
    }

    /** The name in the three schemes, keyed by scheme name (one entry per distinct reading). */
    static Map<String, String> romanise(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(REVISED, romanise(text, INITIAL_RR, VOWEL_RR));
        String north = romanise(text, INITIAL_NORTH, VOWEL_MR);
        if (!out.containsValue(north)) {
            out.put(NORTH_KOREAN, north);
        }
        String mr = romanise(text, INITIAL_MR, VOWEL_MR);
        if (!out.containsValue(mr)) {
            out.put(MCCUNE_REISCHAUER, mr);
        }
        return out;
    }

    private static String romanise(String text, String[] initials, String[] vowels) {
        String[] words = WHITESPACE.split(text.strip());
        boolean oneWord = words.length == 1;
        StringBuilder out = new StringBuilder(text.length() * 4);
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            int from = 0;
            if (w == 0) {
                String surname = surnameOf(word, oneWord);
                if (surname != null) {
                    out.append(SURNAMES.getOrDefault(surname, syllables(surname, initials, vowels)));
                    from = surname.length();
                }
            }
            if (from < word.length()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(syllables(word.substring(from), initials, vowels));
            }
            if (w + 1 < words.length) {
                out.append(' ');
            }
        }
        return SPACES.matcher(out.toString().strip()).replaceAll(" ");
    }

    /**
     * The surname at the start of the first word: a compound surname (남궁) when the word starts with
     * one and is not only it, or its first syllable; null when the word does not start with Hangul.
     * (Korean writes the surname first, and the whole name as one word or the given name apart.)
     */
    private static String surnameOf(String word, boolean oneWord) {
        if (word.isEmpty() || !isSyllable(word.charAt(0))) {
            return null;
        }
        if (word.length() >= 2 && SURNAMES.containsKey(word.substring(0, 2)) && (word.length() > 2 || !oneWord)) {
            return word.substring(0, 2);
        }
        return word.substring(0, 1);
    }

    /** The syllables, each a word; characters other than Hangul syllables kept as they are. */
    private static String syllables(String s, String[] initials, String[] vowels) {
        StringBuilder out = new StringBuilder(s.length() * 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSyllable(c)) {
                out.append(c);
                continue;
            }
            int index = c - BASE;
            if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
            out.append(initials[index / 588]).append(vowels[index % 588 / 28]).append(FINAL[index % 28]);
        }
        return out.toString();
    }
}
