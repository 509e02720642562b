package org.mpaka.mrz.internal;

/** Name fields: the primary/secondary separator {@code <<} and fillers turned into spaces. */
final class Names {

    private Names() {}

    /** Offset of the first {@code <<} in the field, or -1. */
    static int separator(char[] b, int off, int len) {
        for (int i = off, end = off + len - 1; i < end; i++) {
            if (b[i] == '<' && b[i + 1] == '<') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The characters of the range with every run of fillers turned into one space, trimmed. The
     * range's characters are changed during the call and restored before it returns.
     */
    static String component(char[] b, int off, int len) {
        int s = off;
        int e = off + len;
        while (s < e && b[s] == '<') {
            s++;
        }
        while (e > s && b[e - 1] == '<') {
            e--;
        }
        // common case: single fillers between components and no space in the range; the fillers
        // are turned into spaces in place for the copy and back afterwards (the caller's buffer
        // is not shared yet), one string without the intermediate one of String.replace
        boolean simple = true;
        int fillers = 0;
        for (int i = s; i < e; i++) {
            char c = b[i];
            if (c == '<') {
                fillers++;
                simple &= b[i - 1] != '<'; // b[s] is not a filler, so i > s here
            } else if (c == ' ') {
                simple = false;
            }
        }
        if (simple) {
            if (fillers == 0) {
                return new String(b, s, e - s);
            }
            for (int i = s; i < e; i++) {
                if (b[i] == '<') {
                    b[i] = ' ';
                }
            }
            String component = new String(b, s, e - s);
            for (int i = s; i < e; i++) {
                if (b[i] == ' ') {
                    b[i] = '<';
                }
            }
            return component;
        }
        char[] out = new char[len];
        int n = 0;
        boolean gap = false;
        for (int i = off; i < off + len; i++) {
            char c = b[i];
            if (c == '<') {
                gap = n > 0;
            } else {
                if (gap) {
                    out[n++] = ' ';
                    gap = false;
                }
                out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }
}
