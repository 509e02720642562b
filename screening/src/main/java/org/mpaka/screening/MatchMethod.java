package org.mpaka.screening;

/** How a part of the query matched a part of a listed name. */
public enum MatchMethod {
    /** Same letters after case, diacritics and transliteration are removed. */
    EXACT("exact"),
    /** Same after regional spelling rules (Tsh/Ch, Ci/Chi, rh/r, kh/h, ou/u, doubled letters ...). */
    SPELLING("spelling rule"),
    /** Same consonants, vowels differ (Mohamed / Muhammad). */
    PHONETIC("sounds alike"),
    /**
     * A name read from Arabic or Hebrew script, where short vowels are not written, with the same
     * consonants as a spelling that writes them ({@code محمد}, read mhmd, and Mohamed).
     */
    TRANSLITERATION("same consonants, vowels not written in the script"),
    /**
     * A Japanese name in kanji, one of whose readings is the spelling (翔平, which the dictionary
     * reads sho taira, and Shohei): see {@code KanjiReadings}.
     */
    KANJI_READING("one of the readings of the kanji"),
    /**
     * A name in Han script read in Cantonese, against another Hong Kong spelling of that reading
     * (李 lei and Lee): see {@code Cantonese}.
     */
    CANTONESE("Cantonese reading"),
    /** A small number of letters differ (typing or reading error). */
    TYPO("typo"),
    /**
     * A part with the Arabic article written on (Elsayed, Essayed) and the name after the article
     * (Sayed), spelled alike: the name held as a possible hit, as other names start so too (Aldemir
     * / Demir); not against the article written apart (El Sayed), which the match then covers.
     */
    ARTICLE_WRITTEN_ON("the Arabic article written on"),
    /** A nickname or short form of the same given name. */
    NICKNAME("nickname"),
    /** The same given name in another language (Peter / Pierre / Pyotr / Butrus). */
    OTHER_LANGUAGE("same name in another language"),
    /** One part is the start of the other (a truncated MRZ field, Salah / Salahdin). */
    SHORTENED("shortened"),
    /** An initial that agrees with the part's first letter. */
    INITIAL("initial");

    private final String label;

    MatchMethod(String label) {
        this.label = label;
    }

    /** Words an officer reads in an explanation. */
    public String label() {
        return label;
    }
}
