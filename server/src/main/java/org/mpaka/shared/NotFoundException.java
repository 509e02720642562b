package org.mpaka.shared;

/** The requested object does not exist (HTTP 404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
