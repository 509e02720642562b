package org.mpaka.mrz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mpaka.mrz.internal.CodeTable;

/**
 * The codes ICAO Doc 9303 Part 3 allows for issuing state/organisation and nationality: ISO
 * 3166-1 alpha-3 country codes, plus ICAO's own ({@code D} for Germany, {@code EUE}, the British
 * {@code GBD GBN GBO GBP GBS}, the United Nations {@code UNO UNA UNK}, organisations such as
 * {@code XBA XIM XCC XOM XPO XES XMP}, {@code XXA XXB XXC XXX} for stateless persons, refugees and
 * unspecified nationality, {@code RKS}...) and {@code UTO}, the fictitious state of the ICAO
 * specimens. The list is the resource {@code org/mpaka/mrz/icao-codes.tsv}.
 */
public final class IcaoCodes {

    /** Where a code comes from. */
    public enum Kind {
        /** ISO 3166-1 alpha-3 country code. */
        ISO,
        /** Defined or reserved by ICAO Doc 9303 Part 3, not an ISO 3166-1 code. */
        ICAO,
        /** Fictitious code used in ICAO specimens. */
        SPECIMEN
    }

    /**
     * One code.
     *
     * @param code the code as written without fillers (1 to 3 letters)
     * @param kind where the code comes from
     * @param name English name of the state, organisation or status
     */
    public record Code(String code, Kind kind, String name) {}

    private static final List<Code> ALL;

    static {
        List<Code> all = new ArrayList<>();
        for (CodeTable.Row r : CodeTable.rows().values()) {
            all.add(new Code(r.code(), Kind.valueOf(r.kind()), r.name()));
        }
        ALL = List.copyOf(all);
    }

    private IcaoCodes() {}

    /** Every code, ISO codes first (alphabetical), then ICAO codes, then specimen codes. */
    public static List<Code> all() {
        return ALL;
    }

    /**
     * Looks a code up; trailing fillers and case are ignored ({@code "d<<"} finds Germany).
     */
    public static Optional<Code> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        int e = code.length();
        while (e > 0 && code.charAt(e - 1) == '<') {
            e--;
        }
        String key = code.substring(0, e).toUpperCase(Locale.ROOT);
        CodeTable.Row r = CodeTable.rows().get(key);
        return r == null ? Optional.empty() : Optional.of(new Code(r.code(), Kind.valueOf(r.kind()), r.name()));
    }

    /** Whether the code is known (see {@link #find(String)}). */
    public static boolean isKnown(String code) {
        return find(code).isPresent();
    }
}
