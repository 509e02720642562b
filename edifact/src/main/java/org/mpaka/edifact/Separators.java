package org.mpaka.edifact;

/**
 * Service characters of an interchange, from its UNA service string advice or the defaults.
 *
 * @param component component data element separator (default {@code :})
 * @param element data element separator (default {@code +})
 * @param decimal decimal mark (default {@code .})
 * @param release release (escape) character, or {@code -1} for none (default {@code ?})
 * @param repetition repetition separator, or {@code -1} for none
 * @param terminator segment terminator (default {@code '})
 */
public record Separators(int component, int element, int decimal, int release, int repetition, int terminator) {

    /**
     * The defaults used when there is no UNA. The syntax-4 repetition separator {@code *} is not
     * applied without a UNA, because US APIS senders put {@code *} in identifiers ({@code
     * APIS*ABE}).
     */
    public static final Separators DEFAULT = new Separators(':', '+', '.', '?', -1, '\'');

    /** Whether {@code c} is one of the separators or the release character. */
    public boolean isSpecial(int c) {
        return c == component || c == element || c == release || c == repetition || c == terminator;
    }
}
