package org.mpaka.border;

/** What the officer decides. Mpaka never decides by itself. */
public enum Decision {
    ADMIT,
    REFUSE,
    /** Send to secondary inspection; a supervisor closes the referral with an outcome. */
    REFER
}
