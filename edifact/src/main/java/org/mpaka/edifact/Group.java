package org.mpaka.edifact;

/**
 * Functional group header (UNG), when the interchange has one.
 *
 * @param groupId message group identification, e.g. {@code PAXLST}
 * @param sender application sender
 * @param recipient application recipient
 * @param date preparation date
 * @param time preparation time
 * @param reference group reference number
 * @param agency controlling agency, e.g. {@code UN} or {@code IA}
 * @param version message version, e.g. {@code D}, {@code 11}
 * @param release message release, e.g. {@code 05B}, {@code 1}
 */
public record Group(
        String groupId,
        String sender,
        String recipient,
        String date,
        String time,
        String reference,
        String agency,
        String version,
        String release) {

    static Group from(Segment ung) {
        return new Group(
                ung.value(1),
                trim(ung.value(2)),
                trim(ung.value(3)),
                ung.value(4, 1),
                ung.value(4, 2),
                ung.value(5),
                ung.value(6),
                ung.value(7, 1),
                ung.value(7, 2));
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }
}
