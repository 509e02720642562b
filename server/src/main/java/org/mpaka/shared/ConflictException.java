package org.mpaka.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The request is well-formed but the state of things does not allow it now (HTTP 409). */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

    private final String code;

    /**
     * @param code a stable machine-readable reason, e.g. {@code post-closed}
     * @param message what the user reads
     */
    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
