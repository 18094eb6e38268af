package org.passerelle.core.internal.files;

/**
 * The bounds of attached files (ConfigAdmin PID {@value #PID}, file {@code etc/org.passerelle.files.cfg}), read when
 * the core starts. A value it cannot read fails the core's Blueprint container with a message naming the key.
 *
 * @param maxFileBytes      the largest file accepted, in bytes ({@code maxFileBytes}, 10 MiB by default)
 * @param learnerQuotaBytes what one learner's files may take in all, in bytes ({@code learnerQuotaBytes}, 200 MiB
 *                          by default); at least {@code maxFileBytes}
 */
public record FileSettings(long maxFileBytes, long learnerQuotaBytes) {

    public static final String PID = "org.passerelle.files";
    static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;
    static final long DEFAULT_QUOTA_BYTES = 200L * 1024 * 1024;
    /** Files are read into memory whole (then written in one row): a bound well below the heap. */
    static final long CEILING = 1024L * 1024 * 1024;

    public FileSettings {
        if (maxFileBytes < 1 || maxFileBytes > CEILING) {
            throw new IllegalArgumentException(PID + ": maxFileBytes must be between 1 and " + CEILING + ", not " + maxFileBytes);
        }
        if (learnerQuotaBytes < maxFileBytes) {
            throw new IllegalArgumentException(PID + ": learnerQuotaBytes (" + learnerQuotaBytes + ") must not be below maxFileBytes (" + maxFileBytes + ")");
        }
    }

    public static FileSettings defaults() {
        return fromConfiguration("", "");
    }

    /**
     * Parses the values as Blueprint passes them (strings; empty for the default).
     *
     * @throws IllegalArgumentException naming the key at fault
     */
    public static FileSettings fromConfiguration(String maxFileBytes, String learnerQuotaBytes) {
        return new FileSettings(bytes("maxFileBytes", maxFileBytes, DEFAULT_MAX_FILE_BYTES), bytes("learnerQuotaBytes", learnerQuotaBytes, DEFAULT_QUOTA_BYTES));
    }

    private static long bytes(String key, String value, long defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed < 1) {
                throw new IllegalArgumentException(PID + ": " + key + " must be positive, not " + parsed);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PID + ": " + key + " must be a whole number of bytes, not '" + value + "'");
        }
    }
}
