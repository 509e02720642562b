package org.mpaka.screening;

/**
 * One name of a listed person: the primary name or an alias.
 *
 * @param name the name in any script
 * @param quality how reliable the list says this name is
 */
public record EntryName(String name, Quality quality) {

    /** Alias quality as lists publish it (UN "Good"/"Low", OFAC strong/weak a.k.a.). */
    public enum Quality {
        /** The primary name. */
        PRIMARY,
        /** A strong (good-quality) alias. */
        STRONG,
        /** A weak (low-quality) alias: matches on it are down-weighted. */
        WEAK
    }

    /** Replaces a null quality by {@link Quality#STRONG}. */
    public EntryName {
        name = name == null ? "" : name;
        quality = quality == null ? Quality.STRONG : quality;
    }
}
