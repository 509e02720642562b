package org.mpaka.edifact.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Chooses the character set of an interchange from the syntax identifier in its UNB. */
public final class Charsets {

    private Charsets() {}

    /** The charset for input starting with {@code head}. */
    public static Charset detect(byte[] head) {
        String ascii = new String(head, StandardCharsets.ISO_8859_1);
        int unb = ascii.indexOf("UNB");
        String id = unb >= 0 && unb + 8 <= ascii.length() ? ascii.substring(unb + 4, unb + 8) : "";
        switch (id) {
            case "UNOC":
                return StandardCharsets.ISO_8859_1;
            case "UNOD":
                return Charset.forName("ISO-8859-2");
            case "UNOE":
                return Charset.forName("ISO-8859-5");
            case "UNOF":
                return Charset.forName("ISO-8859-7");
            case "UNOG":
                return Charset.forName("ISO-8859-3");
            case "UNOH":
                return Charset.forName("ISO-8859-4");
            case "UNOI":
                return Charset.forName("ISO-8859-6");
            case "UNOJ":
                return Charset.forName("ISO-8859-8");
            case "UNOK":
                return Charset.forName("ISO-8859-9");
            case "UNOW", "UNOY":
                return StandardCharsets.UTF_8;
            default:
                return isUtf8(head) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        }
    }

    private static boolean isUtf8(byte[] head) {
        int n = head.length;
        // do not judge a multi-byte sequence cut at the end of the sample
        while (n > 0 && n > head.length - 4 && (head[n - 1] & 0xC0) == 0x80) {
            n--;
        }
        if (n > 0 && (head[n - 1] & 0xC0) == 0xC0) {
            n--;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, n));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
