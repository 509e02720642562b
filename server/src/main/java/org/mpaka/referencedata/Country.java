package org.mpaka.referencedata;

/** A country or an ICAO 9303 special code (e.g. {@code XXA} stateless, {@code UNO}). */
public record Country(String code, String alpha2, String nameEn, String nameFr, String kind) {

    /** The name in the given language ({@code fr} or anything else for English). */
    public String name(String language) {
        return "fr".equals(language) ? nameFr : nameEn;
    }
}
