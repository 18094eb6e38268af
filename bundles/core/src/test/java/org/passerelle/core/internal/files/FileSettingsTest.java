package org.passerelle.core.internal.files;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** etc/org.passerelle.files.cfg as Blueprint passes it. */
public class FileSettingsTest {

    @Test
    public void defaultsAreTenAndTwoHundredMebibytes() {
        FileSettings settings = FileSettings.fromConfiguration("", null);
        assertEquals(10L * 1024 * 1024, settings.maxFileBytes());
        assertEquals(200L * 1024 * 1024, settings.learnerQuotaBytes());
        assertEquals(settings, FileSettings.defaults());
    }

    @Test
    public void valuesAreRead() {
        FileSettings settings = FileSettings.fromConfiguration(" 2048 ", "4096");
        assertEquals(2048, settings.maxFileBytes());
        assertEquals(4096, settings.learnerQuotaBytes());
    }

    @Test
    public void aWrongValueNamesItsKey() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FileSettings.fromConfiguration("10 Mo", "")).getMessage().contains("maxFileBytes"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FileSettings.fromConfiguration("", "-1")).getMessage().contains("learnerQuotaBytes"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FileSettings.fromConfiguration("4096", "2048")).getMessage().contains("learnerQuotaBytes"));
    }

    @Test
    public void megabytesAreWrittenTheFrenchWay() {
        assertEquals("10", JpaFileService.megabytes(10L * 1024 * 1024));
        assertEquals("200", JpaFileService.megabytes(200L * 1024 * 1024));
        assertEquals("0,5", JpaFileService.megabytes(512 * 1024));
        assertEquals("0,06", JpaFileService.megabytes(64 * 1024));
        assertEquals("199,99", JpaFileService.megabytes(200L * 1024 * 1024 - 1));
        assertEquals("0", JpaFileService.megabytes(1000));
    }
}
