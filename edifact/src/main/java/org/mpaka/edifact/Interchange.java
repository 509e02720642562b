package org.mpaka.edifact;

/**
 * Interchange header (UNB) data shared by all messages of one interchange.
 *
 * @param syntaxId syntax identifier, e.g. {@code UNOA} or {@code IATA}
 * @param syntaxVersion syntax version number, e.g. {@code 4}
 * @param sender sender identification
 * @param senderQualifier sender identification code qualifier, or {@code null}
 * @param recipient recipient identification
 * @param recipientQualifier recipient identification code qualifier, or {@code null}
 * @param date preparation date as sent (YYMMDD or CCYYMMDD)
 * @param time preparation time as sent (HHMM)
 * @param controlReference interchange control reference
 * @param applicationReference application reference, or {@code null}
 * @param testIndicator whether the interchange is flagged as a test (UNB element 11 = 1)
 * @param separators service characters in force
 */
public record Interchange(
        String syntaxId,
        String syntaxVersion,
        String sender,
        String senderQualifier,
        String recipient,
        String recipientQualifier,
        String date,
        String time,
        String controlReference,
        String applicationReference,
        boolean testIndicator,
        Separators separators) {

    /** Header of an interchange whose UNB is missing. */
    public static Interchange missing(Separators separators) {
        return new Interchange(null, null, null, null, null, null, null, null, null, null, false, separators);
    }

    static Interchange from(Segment unb, Separators separators) {
        return new Interchange(
                unb.value(1, 1),
                unb.value(1, 2),
                unb.value(2, 1),
                unb.value(2, 2),
                unb.value(3, 1),
                unb.value(3, 2),
                unb.value(4, 1),
                unb.value(4, 2),
                unb.value(5, 1),
                unb.value(7, 1),
                "1".equals(unb.value(11, 1)),
                separators);
    }
}
