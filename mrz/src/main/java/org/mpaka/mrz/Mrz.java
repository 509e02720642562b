package org.mpaka.mrz;

/** Shortcuts to the standard parser and writer. */
public final class Mrz {

    private Mrz() {}

    /**
     * Parses one zone with {@link MrzParser#standard()}.
     *
     * @throws NotAnMrzException when the text is not an MRZ at all
     */
    public static MrzResult parse(CharSequence text) throws NotAnMrzException {
        return MrzParser.standard().parse(text);
    }

    /** Writes the zone of a document with {@link MrzWriter#write(MrzDocument)}. */
    public static String write(MrzDocument document) {
        return MrzWriter.write(document);
    }
}
