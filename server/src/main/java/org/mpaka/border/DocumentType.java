package org.mpaka.border;

/** Travel documents accepted at a counter. */
public enum DocumentType {
    /** Passport, ICAO 9303 TD3, or typed by hand when its MRZ is unreadable. */
    PASSPORT(Category.PASSPORT, "passport"),
    /** National identity card: an ICAO TD1/TD2 card, or the Rwandan 16-digit ID typed by hand. */
    NATIONAL_ID(Category.ID_CARD, "national_id"),
    /** CEPGL travel card (Burundi, DR Congo, Rwanda). */
    CEPGL_CARD(Category.CEPGL_CARD, "cepgl_card"),
    /** DR Congo voter card, used as an identity card by border residents. */
    VOTER_CARD(Category.ID_CARD, "voter_card"),
    /** Laissez-passer or emergency travel document. */
    LAISSEZ_PASSER(Category.PASSPORT, "laissez_passer"),
    /** DR Congo "jeton", a token for border residents. */
    JETON(Category.ID_CARD, "jeton"),
    /** Mpaka border-resident pass. */
    BORDER_PASS(Category.ID_CARD, "border_pass");

    /** How entitlement rules group documents. */
    public enum Category {
        ID_CARD,
        CEPGL_CARD,
        PASSPORT
    }

    private final Category category;
    private final String screeningType;

    DocumentType(Category category, String screeningType) {
        this.category = category;
        this.screeningType = screeningType;
    }

    public Category category() {
        return category;
    }

    /** The type name used in watchlists' document entries. */
    public String screeningType() {
        return screeningType;
    }
}
