package org.passerelle.core.internal.common;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** Logins from names in any script (issue 10, field case csv-names-for-logins.csv). */
public class LoginsTest {

    @Test
    public void fieldCaseNamesGiveReadableAsciiLogins() {
        assertEquals("laetitia.leboeuf", Logins.forName("Lætitia", "LEBŒUF"));
        assertEquals("lukasz.kowalski", Logins.forName("Łukasz", "KOWALSKI"));
        assertEquals("isil.kilic", Logins.forName("Işıl", "KILIÇ"));
        assertEquals("soren.ostergaard", Logins.forName("Søren", "ØSTERGAARD"));
    }

    @Test
    public void frenchNamesKeepTheirWords() {
        assertEquals("aminata.ndiaye", Logins.forName("Aminata", "N'DIAYE"));
        assertEquals("zoe.lefevre-dupont", Logins.forName("Zoë", "LEFÈVRE-DUPONT"));
        assertEquals("heloise.de-la-tour", Logins.forName("Héloïse", "de La Tour"));
        assertEquals("marie-amelie.o-neill", Logins.forName(" Marie-Amélie ", "O’ NEILL"));
    }

    @Test
    public void otherScriptsAreWrittenInLatinLetters() {
        assertEquals("dmitrij.ivanov", Logins.forName("Дмитрий", "Иванов"));
        assertEquals("xiao-ming.wang", Logins.forName("小明", "王"));
        assertEquals("giannes.papadopoulos", Logins.forName("Γιάννης", "Παπαδόπουλος"));
        assertEquals("van-duc.nguyen", Logins.forName("Văn Đức", "NGUYỄN"));
        String arabic = Logins.forName("محمد", "علي");
        assertTrue(arabic, arabic.matches("[a-z]+\\.[a-z]+"));
    }

    @Test
    public void neverABareNumberNorAnEmptyLogin() {
        assertEquals("lea", Logins.forName("Léa", "😀"));
        assertEquals(Logins.NO_LETTERS, Logins.forName("😀", "★"));
        String longest = Logins.forName("Marie", "DE LA ROCHEFOUCAULD-MONTMORENCY-LAVAL-BOURBON-CONDÉ-ORLÉANS-LONGUEVILLE");
        assertTrue(longest, longest.length() <= Logins.MAX_LENGTH && longest.matches("[a-z0-9][a-z0-9.-]*[a-z0-9]"));
    }
}
