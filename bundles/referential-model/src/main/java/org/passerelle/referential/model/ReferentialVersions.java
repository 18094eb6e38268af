package org.passerelle.referential.model;

import java.util.Comparator;

/** Orders descriptor versions ("1", "1.0", "2.10") segment by segment as numbers; missing segments count as 0. */
public final class ReferentialVersions {

    public static final Comparator<String> ORDER = ReferentialVersions::compare;

    private ReferentialVersions() {
    }

    public static int compare(String left, String right) {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            long x = i < a.length ? Long.parseLong(a[i]) : 0;
            long y = i < b.length ? Long.parseLong(b[i]) : 0;
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        return 0;
    }
}
