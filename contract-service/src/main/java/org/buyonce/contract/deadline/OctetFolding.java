package org.buyonce.contract.deadline;

import java.nio.charset.StandardCharsets;

/**
 * RFC 5545 line folding by octets. ical4j folds at 73 characters, which is up to 292 octets of UTF-8 ("–", "£" and "“"
 * are two or three each), so its lines are unfolded and folded again: a line longer than 75 octets continues on the
 * next after CRLF and a space, and a character's bytes are never split.
 */
final class OctetFolding {

    static final int MAX_OCTETS = 75;

    private OctetFolding() {
    }

    /** iCalendar text folded at 75 octets; its lines end with CRLF. */
    static String refold(String calendar) {
        String unfolded = calendar.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder folded = new StringBuilder(calendar.length() + calendar.length() / 50);
        for (String line : unfolded.split("\r\n")) {
            fold(line, folded);
        }
        return folded.toString();
    }

    private static void fold(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1; // the leading space of the continuation line
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
