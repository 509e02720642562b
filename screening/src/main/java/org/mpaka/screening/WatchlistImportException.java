package org.mpaka.screening;

/**
 * A list could not be imported at all: the file is missing or unreadable, or its structure is
 * broken beyond single records (for example XML that is not well formed). Nothing is imported.
 * Problems confined to one record are reported as {@link ImportResult.Reject}s instead.
 */
public final class WatchlistImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;

    /** An import failure in the named source. */
    public WatchlistImportException(String source, String message, Throwable cause) {
        super(source + ": " + message, cause);
        this.source = source;
    }

    /** The file or stream name. */
    public String source() {
        return source;
    }
}
