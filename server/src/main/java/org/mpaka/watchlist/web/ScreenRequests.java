package org.mpaka.watchlist.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mpaka.screening.DocumentRef;
import org.mpaka.screening.Hit;
import org.mpaka.screening.PartialDate;
import org.mpaka.screening.PersonQuery;
import org.mpaka.screening.Sex;
import org.mpaka.shared.InvalidInputException;

/** JSON of {@code POST /api/v1/watchlists/screen}: the person asked about and the hits. */
final class ScreenRequests {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;
    static final int MAX_DOCUMENTS = 10;
    static final int MAX_TEXT = 200;

    private ScreenRequests() {}

    /**
     * A document the person presents.
     *
     * @param number as printed
     * @param type free text ({@code passport}, {@code national_id} ...)
     * @param issuingState alpha-3 code or country name
     */
    record DocumentJson(String number, String type, String issuingState) {}

    /**
     * The person to screen: a name (whole, or family and given names) and/or documents.
     *
     * @param name full name as typed or as in an MRZ ({@code <} separators)
     * @param givenNames given names, when known apart
     * @param familyName family name, when known apart
     * @param birthDate {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}
     * @param sex {@code M}, {@code F}, {@code X} or empty
     * @param nationality alpha-3 code or country name
     * @param documents documents presented
     * @param limit most hits returned, 1-100 (default 10)
     */
    record ScreenRequest(
            String name,
            String givenNames,
            String familyName,
            String birthDate,
            String sex,
            String nationality,
            List<DocumentJson> documents,
            Integer limit) {}

    /**
     * One hit.
     *
     * @param score in [0, 1], three decimals
     * @param matchClass {@code STRONG}, {@code POSSIBLE} or {@code WEAK}
     * @param list the list of the entry
     * @param entryId the entry's id in its list
     * @param kind {@code PERSON}, {@code ENTITY}, {@code LOST_DOCUMENT}, {@code STOLEN_DOCUMENT},
     *     {@code REVOKED_DOCUMENT}
     * @param category the entry's category (reason for listing)
     * @param name the entry's primary name (empty for documents)
     * @param matchedName the listed name that matched (empty for document hits)
     * @param explanation why, one statement per line
     */
    record HitJson(
            double score,
            String matchClass,
            String list,
            String entryId,
            String kind,
            String category,
            String name,
            String matchedName,
            List<String> explanation) {

        static HitJson of(Hit h) {
            return new HitJson(
                    Math.round(h.score() * 1000) / 1000.0,
                    h.matchClass().name(),
                    h.entry().list(),
                    h.entry().id(),
                    h.entry().kind().name(),
                    h.entry().category(),
                    h.entry().primaryName(),
                    h.matchedName(),
                    h.explanation().stream().map(String::strip).toList());
        }
    }

    /**
     * The answer: hits best first, and warnings about the query (a name that cannot be compared at
     * all, so that only documents could match).
     */
    record ScreenResponse(List<HitJson> hits, List<String> warnings) {}

    /** Checks the request and builds the query; every bad field is named. */
    static PersonQuery query(ScreenRequest r, Map<String, String> errors) {
        text(errors, "name", r.name());
        text(errors, "givenNames", r.givenNames());
        text(errors, "familyName", r.familyName());
        text(errors, "nationality", r.nationality());
        PartialDate birth = null;
        if (r.birthDate() != null && !r.birthDate().isBlank()) {
            birth = PartialDate.parse(r.birthDate()).orElse(null);
            if (birth == null) {
                errors.put("birthDate", "not a date: use YYYY-MM-DD, YYYY-MM or YYYY");
            }
        }
        String givenSex = r.sex() == null ? "" : r.sex().strip();
        // the MRZ's filler < is a sex not given, as X is
        Sex sex = Sex.read(givenSex.equals("<") ? "" : givenSex).orElse(null);
        if (sex == null) {
            errors.put("sex", "M, F, X or empty");
            sex = Sex.UNSPECIFIED;
        }
        List<DocumentRef> documents = new ArrayList<>();
        List<DocumentJson> given = r.documents() == null ? List.of() : r.documents();
        if (given.size() > MAX_DOCUMENTS) {
            errors.put("documents", "at most " + MAX_DOCUMENTS);
        }
        for (int i = 0; i < given.size() && i < MAX_DOCUMENTS; i++) {
            DocumentJson d = given.get(i);
            if (d == null || d.number() == null || d.number().isBlank()) {
                errors.put("documents[" + i + "].number", "required");
                continue;
            }
            text(errors, "documents[" + i + "].number", d.number());
            text(errors, "documents[" + i + "].type", d.type());
            text(errors, "documents[" + i + "].issuingState", d.issuingState());
            documents.add(new DocumentRef(d.number(), d.type(), d.issuingState()));
        }
        boolean named = !(blank(r.name()) && blank(r.givenNames()) && blank(r.familyName()));
        if (!named && given.isEmpty()) {
            errors.put("name", "give a name (name, or familyName and givenNames) or a document");
        }
        return new PersonQuery(
                r.name(), r.givenNames(), r.familyName(), birth, sex, r.nationality(), List.copyOf(documents));
    }

    static int limit(ScreenRequest r, Map<String, String> errors) {
        if (r.limit() == null) {
            return DEFAULT_LIMIT;
        }
        if (r.limit() < 1 || r.limit() > MAX_LIMIT) {
            errors.put("limit", "between 1 and " + MAX_LIMIT);
            return DEFAULT_LIMIT;
        }
        return r.limit();
    }

    /** Both checks; throws naming every bad field. */
    static PersonQuery validated(ScreenRequest r) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (r == null) {
            throw InvalidInputException.of("name", "give a name or a document");
        }
        PersonQuery q = query(r, errors);
        limit(r, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return q;
    }

    private static void text(Map<String, String> errors, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            errors.put(field, "at most " + MAX_TEXT + " characters");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
