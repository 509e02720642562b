package org.mpaka.border;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mpaka.mrz.MrzCheck;
import org.mpaka.mrz.MrzDate;
import org.mpaka.mrz.MrzDiagnostic;
import org.mpaka.mrz.MrzFields;
import org.mpaka.mrz.MrzFormat;
import org.mpaka.mrz.MrzParser;
import org.mpaka.mrz.MrzResult;
import org.mpaka.mrz.NotAnMrzException;
import org.mpaka.referencedata.ReferenceData;
import org.mpaka.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Turns what the counter sent into a {@link CapturedDocument}. Input that cannot describe a
 * document (not an MRZ, a required field missing, a malformed number) is rejected with an
 * {@link InvalidInputException} naming each field; a document that is readable but unsound
 * (check digit fails, expired) is returned with its problems, for the officer to decide.
 */
@Component
public class DocumentCapture {

    private final Clock clock;
    private final ReferenceData referenceData;
    private final MrzParser parser;

    public DocumentCapture(Clock clock, ReferenceData referenceData) {
        this.clock = clock;
        this.referenceData = referenceData;
        this.parser = MrzParser.standard().withClock(clock);
    }

    public CapturedDocument capture(CaptureRequest request) {
        return request.hasMrz() ? fromMrz(request.mrz()) : manual(request);
    }

    /** Reads a machine-readable zone. */
    public CapturedDocument fromMrz(String mrz) {
        MrzResult result;
        try {
            result = parser.parse(mrz);
        } catch (NotAnMrzException e) {
            throw InvalidInputException.of("mrz", "not a machine-readable zone: " + e.getMessage());
        }
        MrzFields f = result.fields();
        DocumentType type = typeOf(result.format(), f.documentCode());
        if (type == null) {
            throw InvalidInputException.of(
                    "mrz",
                    "this is a visa (document code " + f.documentCode() + "); scan the passport and enter the visa"
                            + " in the visa fields");
        }
        List<String> problems = new ArrayList<>();
        for (MrzCheck c : result.checks()) {
            if (!c.passed()) {
                problems.add("mrz: check digit of " + c.kind().key().replace('_', ' ') + " is " + c.found()
                        + ", expected " + c.expected() + " (line " + c.line() + ", column " + c.column() + ")");
            }
        }
        for (MrzDiagnostic d : result.errors()) {
            if (d.code() != MrzDiagnostic.Code.CHECK_DIGIT_MISMATCH) {
                problems.add("mrz: " + d.message()
                        + (d.line() > 0 ? " (line " + d.line() + ", column " + d.column() + ")" : ""));
            }
        }
        MrzDate birth = f.birthDate();
        String sex = f.sex() == null
                ? "X"
                : switch (f.sex()) {
                    case MALE -> "M";
                    case FEMALE -> "F";
                    default -> "X";
                };
        LocalDate expiry =
                f.expiryDate() == null ? null : f.expiryDate().toLocalDate().orElse(null);
        return new CapturedDocument(
                type,
                f.documentNumber(),
                f.issuingState(),
                expiry,
                f.primaryIdentifier(),
                f.secondaryIdentifier(),
                birth == null || birth.year() == 0 ? null : birth.iso(),
                birth == null ? 0 : birth.year(),
                sex,
                f.nationality(),
                true,
                problems);
    }

    private static DocumentType typeOf(MrzFormat format, String code) {
        if (format == MrzFormat.FRA_ID) {
            return DocumentType.NATIONAL_ID;
        }
        if (code.startsWith("V")) {
            return null;
        }
        if (code.startsWith("P")) {
            return DocumentType.PASSPORT;
        }
        return DocumentType.NATIONAL_ID;
    }

    /** Checks a document typed by hand. */
    public CapturedDocument manual(CaptureRequest r) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        if (r.documentType() == null) {
            errors.put("documentType", "required: the type of document");
        }
        String number =
                r.documentNumber() == null ? "" : r.documentNumber().strip().toUpperCase(Locale.ROOT);
        if (r.documentType() == DocumentType.NATIONAL_ID && "RWA".equals(code(r.issuingState()))) {
            number = RwandanNationalId.normalise(number);
        }
        if (number.isEmpty()) {
            errors.put("documentNumber", "required");
        } else if (number.length() > 40
                || !number.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '/')) {
            errors.put("documentNumber", "letters, digits, '-' and '/' only, at most 40 characters");
        }
        String issuing = code(r.issuingState());
        if (issuing.isEmpty()) {
            errors.put("issuingState", "required: the issuing state's 3-letter code");
        } else if (referenceData.findCountry(issuing).isEmpty()) {
            errors.put("issuingState", "not a country code: " + issuing);
        }
        String nationality = code(r.nationality());
        if (nationality.isEmpty()) {
            errors.put("nationality", "required: a 3-letter code");
        } else if (referenceData.findCountry(nationality).isEmpty()) {
            errors.put("nationality", "not a country code: " + nationality);
        }
        String family = clean(r.familyName());
        String given = clean(r.givenNames());
        if (family.isEmpty()) {
            errors.put("familyName", "required");
        } else if (family.length() > 200) {
            errors.put("familyName", "at most 200 characters");
        }
        if (given.length() > 200) {
            errors.put("givenNames", "at most 200 characters");
        }
        String sex = r.sex() == null ? "" : r.sex().strip().toUpperCase(Locale.ROOT);
        if (!sex.equals("M") && !sex.equals("F") && !sex.equals("X")) {
            errors.put("sex", "must be M, F or X");
        }
        String birthDate = null;
        int birthYear = 0;
        if (r.birthDate() == null || r.birthDate().isBlank()) {
            errors.put("birthDate", "required (YYYY-MM-DD, YYYY-MM or YYYY)");
        } else {
            try {
                String b = r.birthDate().strip();
                birthYear = Integer.parseInt(b.substring(0, Math.min(4, b.length())));
                birthDate = switch (b.length()) {
                    case 10 -> LocalDate.parse(b).toString();
                    case 7 -> java.time.YearMonth.parse(b) + "-XX";
                    case 4 -> b + "-XX-XX";
                    default -> throw new DateTimeParseException("length", b, 0);
                };
                if (birthYear < 1900
                        || birthYear > today.getYear()
                        || b.length() == 10 && LocalDate.parse(b).isAfter(today)) {
                    errors.put("birthDate", "must be a date in the past");
                }
            } catch (DateTimeParseException | NumberFormatException e) {
                errors.put("birthDate", "not a date: use YYYY-MM-DD, YYYY-MM or YYYY");
            }
        }
        if (r.documentType() == DocumentType.NATIONAL_ID && "RWA".equals(issuing) && !number.isEmpty()) {
            List<String> p = RwandanNationalId.problems(number, birthYear, sex, today.getYear());
            if (!p.isEmpty()) {
                errors.put("documentNumber", "Rwandan national ID " + String.join("; ", p));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CapturedDocument(
                r.documentType(),
                number,
                issuing,
                r.expiryDate(),
                family.toUpperCase(Locale.ROOT),
                given.toUpperCase(Locale.ROOT),
                birthDate,
                birthYear,
                sex,
                nationality,
                false,
                List.of());
    }

    private static String code(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
