package org.mpaka.screening;

/** How strong a hit is, from {@link Thresholds}. */
public enum MatchClass {
    /** Very likely the listed person or document: the officer must look now. */
    STRONG,
    /** Could be the listed person: the officer compares the details. */
    POSSIBLE,
    /** A faint resemblance, shown for completeness. */
    WEAK,
    /** Below every threshold. */
    NONE
}
