package org.passerelle.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

/**
 * What typed text may hold, and how a refusal is worded: a one-line field's wording speaks of line breaks; a
 * multi-line field's (findings, advice, comments) names the invisible character instead, « U+200B ».
 */
public class TextRulesTest {

    @Test
    public void aZeroWidthSpaceInAMultiLineFieldIsRefusedNamingIt() {
        String findings = "Bonnes mesures.\nAttention au\u200b serrage.";
        assertEquals("invisible", TextRules.fault(findings, true));
        assertEquals("invisible-character", TextRules.refusal(findings, true));
        assertEquals("U+200B", TextRules.faultyCharacter(findings, true));
    }

    @Test
    public void aOneLineFieldKeepsItsOwnWording() {
        assertEquals("invalid-characters", TextRules.refusal("a\u200bb", false));
        assertEquals("invalid-characters", TextRules.refusal("a\nb", false));
        assertEquals("U+000A", TextRules.faultyCharacter("a\nb", false));
    }

    @Test
    public void lineBreaksAndTabsAreFineInAMultiLineFieldAndOtherCharactersAreNamed() {
        assertNull(TextRules.refusal("Constats :\r\n\t- serrage 😀 ok", true));
        assertNull(TextRules.faultyCharacter("Constats :\r\n\t- serrage 😀 ok", true));
        assertEquals("U+202E", TextRules.faultyCharacter("😀 a\u202eb", true));
        assertEquals("U+FEFF", TextRules.faultyCharacter("\ufeffa", true));
        assertEquals("U+0000", TextRules.faultyCharacter("a\u0000", true));
        assertEquals("U+D800", TextRules.faultyCharacter("a\ud800b", true));
        assertEquals("invisible-character", TextRules.refusal("a\u001bb", true));
    }
}
