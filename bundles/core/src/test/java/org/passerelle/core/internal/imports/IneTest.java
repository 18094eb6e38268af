package org.passerelle.core.internal.imports;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class IneTest {

    @Test
    public void acceptsTheRnieAndBeaShapes() {
        assertTrue(Ine.isValid("070803070AJ"));
        assertTrue(Ine.isValid("1234567890A"));
        assertTrue(Ine.isValid("AB12CD34EFG"));
    }

    @Test
    public void trimsAndUpperCasesBeforeChecking() {
        assertTrue(Ine.isValid("  070803070aj "));
        assertTrue(Ine.isValid("\u00A0070803070AJ\t"));
        assertEquals("070803070AJ", Ine.normalize(" 070803070aj "));
        assertNull(Ine.normalize(null));
    }

    @Test
    public void refusesEveryOtherShape() {
        assertFalse(Ine.isValid(null));
        assertFalse(Ine.isValid(""));
        assertFalse(Ine.isValid("12345"));
        assertFalse("10 characters", Ine.isValid("0708030701"));
        assertFalse(Ine.isValid("070803070AJK1"));
        assertFalse("last character must be a letter", Ine.isValid("07080307012"));
        assertFalse(Ine.isValid("070 803 070A"));
        assertFalse(Ine.isValid("070803070-J"));
        assertFalse("no accented letters", Ine.isValid("070803070ÉJ"));
        assertFalse("no dotless i, even though it upper-cases to I", Ine.isValid("070803070Aı"));
    }
}
