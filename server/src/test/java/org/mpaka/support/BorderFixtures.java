package org.mpaka.support;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.mpaka.identity.MpakaPrincipal;
import org.mpaka.identity.Role;
import org.mpaka.mrz.MrzDate;
import org.mpaka.mrz.MrzDocument;
import org.mpaka.mrz.MrzFormat;
import org.mpaka.mrz.MrzWriter;
import org.mpaka.mrz.Sex;
import org.mpaka.referencedata.ReferenceData;

/** Object mother for counter tests: documents, officers, an open post. */
public final class BorderFixtures {

    public static final String POST = "RUSIZI2";

    private BorderFixtures() {}

    /** Opens both sides of Rusizi II all day, so tests do not depend on the hour they run. */
    public static void openAllDay(ReferenceData referenceData) {
        referenceData.changeOpeningHours(POST, "RWA", true, null, null, "test", "DGIE", null);
        referenceData.changeOpeningHours(POST, "COD", true, null, null, "test", "DGM", null);
    }

    /** A principal working at Rusizi II. */
    public static MpakaPrincipal at(String agency, Role... roles) {
        return new MpakaPrincipal(
                UUID.randomUUID(),
                "t-" + agency.toLowerCase(java.util.Locale.ROOT) + "-"
                        + roles[0].name().toLowerCase(java.util.Locale.ROOT),
                agency,
                EnumSet.copyOf(Set.of(roles)),
                Set.of(POST),
                false);
    }

    /** A passport MRZ (TD3), two lines separated by a newline. */
    public static String passport(
            String state, String family, String given, String number, LocalDate birth, char sex, LocalDate expiry) {
        return zone(MrzFormat.TD3, "P", state, family, given, number, birth, sex, expiry);
    }

    /** An identity card MRZ (TD1), three lines. */
    public static String idCard(
            String state, String family, String given, String number, LocalDate birth, char sex, LocalDate expiry) {
        return zone(MrzFormat.TD1, "ID", state, family, given, number, birth, sex, expiry);
    }

    private static String zone(
            MrzFormat format,
            String code,
            String state,
            String family,
            String given,
            String number,
            LocalDate birth,
            char sex,
            LocalDate expiry) {
        return MrzWriter.write(new MrzDocument(
                format,
                code,
                state,
                family,
                given,
                number,
                state,
                MrzDate.of(birth),
                Sex.of(sex),
                MrzDate.of(expiry),
                "",
                ""));
    }

    /** A JSON string literal. */
    public static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
