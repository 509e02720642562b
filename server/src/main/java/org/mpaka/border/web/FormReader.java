package org.mpaka.border.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.mpaka.border.CaptureRequest;
import org.mpaka.border.Decision;
import org.mpaka.border.DecisionRequest;
import org.mpaka.border.Disposition;
import org.mpaka.border.DocumentType;
import org.mpaka.border.Purpose;
import org.mpaka.border.ReasonCode;
import org.mpaka.shared.InvalidInputException;
import org.springframework.util.MultiValueMap;

/**
 * Reads the counter page's form fields; a value of the wrong kind is reported under its field's
 * name. Hit dispositions come as {@code hit.N.key}, {@code hit.N.disposition}, {@code hit.N.reason}.
 */
final class FormReader {

    private final MultiValueMap<String, String> form;
    private final Map<String, String> errors = new LinkedHashMap<>();

    FormReader(MultiValueMap<String, String> form) {
        this.form = form;
    }

    String text(String name) {
        String v = form.getFirst(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put(name, "not one of the choices: " + v);
            return null;
        }
    }

    LocalDate date(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.put(name, "not a date (YYYY-MM-DD): " + v);
            return null;
        }
    }

    UUID id(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            errors.put(name, "not an identifier: " + v);
            return null;
        }
    }

    CaptureRequest capture() {
        String mrz = text("mrz");
        CaptureRequest c = new CaptureRequest(
                text("postCode"),
                text("counterCode"),
                text("direction"),
                mrz,
                mrz != null ? null : choice("documentType", DocumentType.class),
                text("documentNumber"),
                text("issuingState"),
                mrz != null ? null : date("expiryDate"),
                text("familyName"),
                text("givenNames"),
                text("birthDate"),
                text("sex"),
                text("nationality"),
                text("visaType"),
                text("visaNumber"),
                date("visaValidUntil"));
        failOnErrors();
        return c;
    }

    DecisionRequest decision() {
        CaptureRequest capture = capture();
        List<DecisionRequest.HitDisposition> dispositions = new ArrayList<>();
        for (int i = 0; form.containsKey("hit." + i + ".key"); i++) {
            dispositions.add(new DecisionRequest.HitDisposition(
                    text("hit." + i + ".key"),
                    choice("hit." + i + ".disposition", Disposition.class),
                    text("hit." + i + ".reason")));
        }
        DecisionRequest d = new DecisionRequest(
                text("idempotencyKey"),
                capture,
                id("travellerId"),
                choice("decision", Decision.class),
                choice("reasonCode", ReasonCode.class),
                text("note"),
                dispositions,
                choice("purpose", Purpose.class),
                "on".equals(text("goods")) || "true".equals(text("goods")),
                CrossingRequest.decodePhoto(text("photo")),
                id("pendingCheckId"));
        failOnErrors();
        return d;
    }

    private void failOnErrors() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
