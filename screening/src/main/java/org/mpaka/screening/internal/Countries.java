package org.mpaka.screening.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Maps country codes (ISO 3166 alpha-2 and alpha-3) and English or French country names to the
 * alpha-3 code, from the JDK's locale data, so that {@code RWA}, {@code RW} and {@code Rwanda}
 * compare equal. Unknown text maps to itself, upper-cased.
 */
public final class Countries {

    private static final Map<String, String> TO_ALPHA3 = build();

    private Countries() {}

    /** The alpha-3 code for a code or name, or the upper-cased text when unknown. */
    public static String toAlpha3(String codeOrName) {
        String key = Diacritics.toAscii(codeOrName.strip()).toUpperCase(Locale.ROOT);
        return TO_ALPHA3.getOrDefault(key, key);
    }

    private static Map<String, String> build() {
        Map<String, String> m = new HashMap<>();
        for (String a2 : Locale.getISOCountries()) {
            Locale l = Locale.of("", a2);
            String a3 = l.getISO3Country();
            m.put(a2, a3);
            m.put(a3, a3);
            for (Locale lang : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
                m.put(Diacritics.toAscii(l.getDisplayCountry(lang)).toUpperCase(Locale.ROOT), a3);
            }
        }
        m.put("D", "DEU"); // ICAO 9303 code for Germany
        // Kosovo: no ISO code; ICAO 9303 writes RKS, FollowTheMoney and others the user code XK
        m.put("RKS", "RKS");
        m.put("XK", "RKS");
        m.put("XKX", "RKS");
        m.put("KOSOVO", "RKS");
        m.put("DEMOCRATIC REPUBLIC OF THE CONGO", "COD");
        m.put("RUSSIAN FEDERATION", "RUS");
        m.put("SYRIAN ARAB REPUBLIC", "SYR");
        m.put("IRAN (ISLAMIC REPUBLIC OF)", "IRN");
        m.put("DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", "PRK");
        m.put("UNITED STATES OF AMERICA", "USA");
        m.put("UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND", "GBR");
        return Map.copyOf(m);
    }
}
