package org.passerelle.referential.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.Test;

public class ReferentialParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ReferentialParser parser = new ReferentialParser();

    @Test
    public void readsAValidDescriptorIntoTheModel() throws Exception {
        ParsedDescriptor parsed = parser.parse(minimal());
        Referential r = parsed.referential();
        assertEquals("TEST_DIP", r.code());
        assertEquals("1.0", r.version());
        assertEquals(ReferentialKind.DIPLOMA, r.kind());
        assertEquals(2, r.tasks().count());
        assertEquals(Provenance.RECONSTRUCTED, r.task("A1T2").orElseThrow().provenance());
        assertEquals(2.0, r.competency("C1").orElseThrow().effectiveWeight(), 0);
        assertEquals(1.0, r.competency("C2").orElseThrow().effectiveWeight(), 0);
        assertEquals("C1", r.competenciesOf("A1T1").get(0).competency());
        assertEquals(FieldType.CHOICE, r.portfolio().pupil().pages().get(0).fields().get(1).type());
        assertEquals(64, parsed.contentHash().length());
    }

    @Test
    public void theHashFollowsTheBytes() throws Exception {
        String a = parser.parse(minimal()).contentHash();
        String b = parser.parse(mutate(root -> root.put("notes", "corrigé")).getBytes(StandardCharsets.UTF_8)).contentHash();
        assertEquals(a, parser.parse(minimal()).contentHash());
        assertTrue(!a.equals(b));
    }

    @Test
    public void countsItemsAndTheOfficialShare() throws Exception {
        ReferentialStats stats = ReferentialStats.of(parser.parse(minimal()).referential());
        assertEquals(1, stats.activities());
        assertEquals(2, stats.tasks());
        assertEquals(2, stats.competencies());
        assertEquals(2, stats.criteria());
        assertEquals(1, stats.attitudes());
        // 1 activity + 2 tasks + 2 competencies + 2 criteria + 1 attitude + 2 links = 10 items;
        // official: A1, A1T1, C1, C2, C1-1, link A1T1→C1 = 6
        assertEquals(10, stats.items());
        assertEquals(6, stats.officialItems());
        assertEquals(0.6, stats.officialShare(), 1e-9);
    }

    @Test
    public void refusesTextThatIsNotJson() {
        DescriptorException e = refused("{\"code\": ".getBytes(StandardCharsets.UTF_8));
        assertEquals("(document)", e.problems().get(0).field());
        assertTrue(e.problems().get(0).reason().startsWith("is not valid JSON at line 1"));
    }

    @Test
    public void refusesBytesThatAreNotUtf8() {
        DescriptorException e = refused(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
        assertEquals("is not UTF-8 text", e.problems().get(0).reason());
    }

    @Test
    public void refusesAMissingRequiredField() {
        assertProblem(root -> root.remove("title"), "title", "is required");
    }

    @Test
    public void refusesAnUnknownFieldSoThatTyposDoNotPassSilently() {
        assertProblem(root -> ((ObjectNode) root.get("competencies").get(0)).put("wieght", 2),
                "competencies[0].wieght", "is not a known field here");
    }

    @Test
    public void refusesAnUnknownProvenance() {
        assertProblem(root -> ((ObjectNode) root.get("competencies").get(0).get("criteria").get(1)).put("provenance", "officiel"),
                "competencies[0].criteria[1].provenance", "'officiel' is not one of");
    }

    @Test
    public void refusesADuplicateTaskCode() {
        assertProblem(root -> ((ObjectNode) root.get("activities").get(0).get("tasks").get(1)).put("code", "A1T1"),
                "activities[0].tasks[1].code", "duplicate code 'A1T1' (first declared at activities[0].tasks[0].code)");
    }

    @Test
    public void refusesADuplicateActivityCode() {
        assertProblem(root -> ((ArrayNode) root.get("activities")).addObject().put("code", "A1").put("title", "Autre").put("provenance", "reconstructed")
                .putArray("tasks").addObject().put("code", "A2T1").put("title", "Tâche").put("provenance", "reconstructed"),
                "activities[1].code", "duplicate code 'A1' (first declared at activities[0].code)");
    }

    @Test
    public void refusesALinkToAnUndeclaredTask() {
        assertProblem(root -> ((ObjectNode) root.get("taskCompetencies").get(1)).put("task", "A9T9"),
                "taskCompetencies[1].task", "names task 'A9T9', which no activity declares");
    }

    @Test
    public void refusesALinkToAnUndeclaredCompetency() {
        assertProblem(root -> ((ObjectNode) root.get("taskCompetencies").get(0)).put("competency", "C9"),
                "taskCompetencies[0].competency", "names competency 'C9'");
    }

    @Test
    public void refusesAReferenceToAnUndeclaredSource() {
        assertProblem(root -> ((ArrayNode) root.get("activities").get(0).get("sources")).add("S404"),
                "activities[0].sources[1]", "names source 'S404'");
    }

    @Test
    public void refusesANonPositiveWeight() {
        assertProblem(root -> ((ObjectNode) root.get("competencies").get(0)).put("weight", 0),
                "competencies[0].weight", "must be a number greater than 0");
    }

    @Test
    public void refusesABadCodeOrVersion() {
        assertProblem(root -> root.put("code", "melec"), "code", "does not match");
        assertProblem(root -> root.put("version", "v1"), "version", "does not match");
    }

    @Test
    public void refusesAnotherFormatVersion() {
        assertProblem(root -> root.put("formatVersion", 2), "formatVersion", "must be 1");
    }

    @Test
    public void refusesADiplomaWithoutTasks() {
        assertProblem(root -> {
            root.putArray("activities");
            root.putArray("taskCompetencies");
        }, "activities", "a DIPLOMA needs at least one activity");
    }

    @Test
    public void refusesAFamilyWithoutMembersOrCommonCompetencies() {
        assertProblem(root -> root.put("kind", "FAMILY"), "members", "a FAMILY needs the codes of the diplomas it groups");
        assertProblem(root -> root.put("kind", "FAMILY"), "commonCompetencies", "a FAMILY needs at least one common competency");
    }

    @Test
    public void refusesAChoiceWithoutOptionsAndAGroupWithoutFields() {
        assertProblem(root -> ((ObjectNode) field(root, 1)).remove("options"),
                "portfolio.pupil.pages[0].fields[1].options", "is required for a CHOICE field");
        assertProblem(root -> ((ObjectNode) field(root, 2)).remove("fields"),
                "portfolio.pupil.pages[0].fields[2].fields", "is required for a WEEKLY field");
    }

    @Test
    public void takesANumbersBoundsOnANumberOnlyTheLeastNotAboveTheGreatest() throws DescriptorException {
        assertProblem(root -> ((ObjectNode) field(root, 0)).put("minimum", 0), "portfolio.pupil.pages[0].fields[0].minimum", "only NUMBER fields take minimum");
        assertProblem(root -> ((ObjectNode) field(root, 0)).put("type", "NUMBER").put("minimum", 5).put("maximum", 1),
                "portfolio.pupil.pages[0].fields[0].minimum", "is greater than maximum");
        assertProblem(root -> ((ObjectNode) field(root, 0)).put("type", "NUMBER").put("integer", "oui"),
                "portfolio.pupil.pages[0].fields[0].integer", "must be true or false");
        Field bounded = parser.parse(mutate(root -> ((ObjectNode) field(root, 0)).put("type", "NUMBER").put("minimum", 0).put("integer", true))
                .getBytes(StandardCharsets.UTF_8)).referential().portfolio().pupil().pages().get(0).fields().get(0);
        assertEquals(Double.valueOf(0), bounded.minimum());
        assertEquals(Boolean.TRUE, bounded.integer());
        assertNull(bounded.maximum());
    }

    @Test
    public void refusesAnUnknownFieldTypeAndALayoutKind() {
        assertProblem(root -> ((ObjectNode) field(root, 0)).put("type", "MAP"), "portfolio.pupil.pages[0].fields[0].type", "'MAP' is not one of");
        assertProblem(root -> ((ObjectNode) root.get("portfolio").get("pupil")).put("kind", "BLOG"), "portfolio.pupil.kind", "'BLOG' is not one of");
    }

    @Test
    public void refusesAPortfolioWithoutLayout() {
        assertProblem(root -> root.putObject("portfolio"), "portfolio", "declares no layout");
    }

    @Test
    public void refusesDuplicateKeysInTheJson() {
        String json = new String(minimal(), StandardCharsets.UTF_8).replaceFirst("\"code\": \"TEST_DIP\",", "\"code\": \"TEST_DIP\", \"code\": \"OTHER\",");
        DescriptorException e = refused(json.getBytes(StandardCharsets.UTF_8));
        assertTrue(e.problems().get(0).reason(), e.problems().get(0).reason().contains("Duplicate field 'code'"));
    }

    @Test
    public void theRefusalLineNamesBundleFileFieldAndReason() {
        DescriptorException e = refused(mutate(root -> {
            root.remove("title");
            root.put("code", "x");
        }).getBytes(StandardCharsets.UTF_8));
        assertEquals("Referential refused: bundle acme-referential/1.0.0, file referential/referential.json, field title: is required (and 1 more problem)",
                e.refusalLine("acme-referential/1.0.0", "referential/referential.json"));
    }

    @Test
    public void ordersVersionsAsNumbers() {
        assertTrue(ReferentialVersions.compare("1.10", "1.9") > 0);
        assertEquals(0, ReferentialVersions.compare("2", "2.0.0"));
        assertTrue(ReferentialVersions.compare("1.0", "1.0.1") < 0);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static JsonNode field(ObjectNode root, int index) {
        return root.get("portfolio").get("pupil").get("pages").get(0).get("fields").get(index);
    }

    private void assertProblem(Consumer<ObjectNode> change, String field, String reasonStart) {
        DescriptorException e = refused(mutate(change).getBytes(StandardCharsets.UTF_8));
        boolean found = e.problems().stream().anyMatch(p -> p.field().equals(field) && p.reason().contains(reasonStart));
        assertTrue("expected a problem at " + field + " containing '" + reasonStart + "', got " + e.problems(), found);
    }

    private DescriptorException refused(byte[] bytes) {
        try {
            parser.parse(bytes);
        } catch (DescriptorException e) {
            assertTrue(!e.problems().isEmpty());
            return e;
        }
        fail("the descriptor should have been refused");
        return null;
    }

    private static String mutate(Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(minimal());
            change.accept(root);
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] minimal() {
        try (InputStream in = ReferentialParserTest.class.getResourceAsStream("/minimal-diploma.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
