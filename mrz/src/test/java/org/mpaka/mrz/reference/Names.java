package org.mpaka.mrz.reference;

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

    /** The characters of the range with every run of fillers turned into one space, trimmed. */
    static String component(char[] b, int off, int len) {
        int s = off;
        int e = off + len;
        while (s < e && b[s] == '<') {
            s++;
        }
        while (e > s && b[e - 1] == '<') {
            e--;
        }
        boolean doubleFiller = false;
        for (int i = s + 1; i < e; i++) {
            if (b[i] == '<' && b[i - 1] == '<') {
                doubleFiller = true;
                break;
            }
        }
        if (!doubleFiller) {
            // common case: single fillers between components, one string and one replace
            return new String(b, s, e - s).replace('<', ' ');
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
