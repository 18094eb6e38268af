package org.passerelle.core.internal.mail;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import org.junit.Test;

/** etc/org.passerelle.mail.queue.cfg as Blueprint passes it. */
public class QueueSettingsTest {

    @Test
    public void emptyValuesMeanTheDefaults() {
        QueueSettings settings = QueueSettings.defaults();
        assertEquals(10, settings.retry().maxAttempts());
        assertEquals(Duration.ofSeconds(30), settings.retry().firstDelay());
        assertEquals(Duration.ofHours(1), settings.retry().maxDelay());
        assertEquals(Duration.ofSeconds(30), settings.pollInterval());
        assertEquals(Duration.ofMinutes(5), settings.claimTimeout());
    }

    @Test
    public void valuesAreRead() {
        QueueSettings settings = QueueSettings.fromConfiguration(" 3 ", "1", "2", "5", "60");
        assertEquals(3, settings.retry().maxAttempts());
        assertEquals(Duration.ofSeconds(1), settings.retry().firstDelay());
        assertEquals(Duration.ofSeconds(2), settings.retry().maxDelay());
        assertEquals(Duration.ofSeconds(5), settings.pollInterval());
        assertEquals(Duration.ofSeconds(60), settings.claimTimeout());
    }

    @Test
    public void aWrongValueNamesItsKey() {
        assertKey("max.attempts", () -> QueueSettings.fromConfiguration("dix", "", "", "", ""));
        assertKey("max.attempts", () -> QueueSettings.fromConfiguration("0", "", "", "", ""));
        assertKey("retry.delay.s", () -> QueueSettings.fromConfiguration("", "-1", "", "", ""));
        assertKey("retry.max.delay.s", () -> QueueSettings.fromConfiguration("", "60", "30", "", ""));
        assertKey("poll.s", () -> QueueSettings.fromConfiguration("", "", "", "1.5", ""));
        assertKey("claim.timeout.s", () -> QueueSettings.fromConfiguration("", "", "", "", "5"));
    }

    private static void assertKey(String key, org.junit.function.ThrowingRunnable parse) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, parse);
        assertTrue(e.getMessage(), e.getMessage().startsWith(QueueSettings.PID + ": " + key));
    }
}
