package org.mpaka.mrz;

import java.util.List;

/**
 * What the parser found in one zone.
 *
 * @param format the layout recognised
 * @param lines the lines as used for parsing: normalised and with corrections applied
 * @param fields the data fields
 * @param checks every check digit of the format, in MRZ order
 * @param corrections characters replaced because type or check digit proved it
 * @param warnings things that need attention but do not make the zone invalid
 * @param errors faults of the zone; any error makes it invalid
 */
public record MrzResult(
        MrzFormat format,
        List<String> lines,
        MrzFields fields,
        List<MrzCheck> checks,
        List<MrzCorrection> corrections,
        List<MrzDiagnostic> warnings,
        List<MrzDiagnostic> errors) {

    /** True when every check digit passes and there is no error. */
    public boolean valid() {
        if (!errors.isEmpty()) {
            return false;
        }
        for (MrzCheck c : checks) {
            if (!c.passed()) {
                return false;
            }
        }
        return true;
    }

    /** The check of the given kind, or null when the format has none. */
    public MrzCheck check(MrzCheck.Kind kind) {
        for (MrzCheck c : checks) {
            if (c.kind() == kind) {
                return c;
            }
        }
        return null;
    }

    /** Whether a warning or error with this code was reported. */
    public boolean has(MrzDiagnostic.Code code) {
        for (MrzDiagnostic d : code.severity() == MrzDiagnostic.Severity.ERROR ? errors : warnings) {
            if (d.code() == code) {
                return true;
            }
        }
        return false;
    }
}
