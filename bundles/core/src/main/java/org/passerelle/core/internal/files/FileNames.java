package org.passerelle.core.internal.files;

import java.text.Normalizer;

/**
 * The name a file is downloaded under, from the name its client sent: Unicode NFC, without any folder (a browser or
 * a script may send {@code C:\Users\lea\photo.jpg} or {@code ../../x}), without control characters (a tab, a line break, NUL) nor format characters (a
 * right-to-left override would disguise {@code gpj.exe} as {@code exe.jpg}), spaces (of any width) collapsed, at most
 * {@value #MAX_LENGTH} characters with the extension kept. A name left empty becomes {@value #FALLBACK}.
 */
final class FileNames {

    static final int MAX_LENGTH = 255;
    static final String FALLBACK = "fichier";

    private FileNames() {
    }

    static String clean(String given) {
        String name = given == null ? "" : Normalizer.normalize(given, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (Character.isSpaceChar(c)) {
                kept.append(' ');
            } else if (type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE && type != Character.PRIVATE_USE
                    && type != Character.UNASSIGNED) {
                kept.appendCodePoint(c);
            }
        });
        name = kept.toString().replaceAll(" {2,}", " ").strip();
        // "." and ".." are folders, not names; a name of dots alone tells nothing either.
        if (name.chars().allMatch(c -> c == '.')) {
            name = "";
        }
        if (name.isEmpty()) {
            return FALLBACK;
        }
        return shortened(name);
    }

    /** At most {@value #MAX_LENGTH} characters (UTF-16 units, as the column counts), the extension kept, never a half surrogate pair. */
    private static String shortened(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        int room = MAX_LENGTH - extension.length();
        int cut = Character.isHighSurrogate(name.charAt(room - 1)) ? room - 1 : room;
        return name.substring(0, cut).strip() + extension;
    }
}
