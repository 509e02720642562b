package org.mpaka.watchlist;

import java.util.List;
import java.util.Map;
import org.mpaka.shared.InvalidInputException;

/**
 * A list file that was not imported (nothing changed). {@link #fieldErrors()} names the problem
 * under {@code file}; {@link #rejects()} lists every rejected record as {@code file:line: reason}.
 */
public class ImportRejectedException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> rejects;

    ImportRejectedException(String message, List<String> rejects) {
        super(Map.of("file", message));
        this.rejects = List.copyOf(rejects);
    }

    /** The rejected records, {@code file:line: reason}; empty when the whole file was unreadable. */
    public List<String> rejects() {
        return rejects;
    }
}
