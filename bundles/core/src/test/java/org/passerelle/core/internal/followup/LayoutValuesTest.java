package org.passerelle.core.internal.followup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.passerelle.core.DomainException;
import org.passerelle.referential.model.Activity;
import org.passerelle.referential.model.Field;
import org.passerelle.referential.model.FieldOption;
import org.passerelle.referential.model.FieldType;
import org.passerelle.referential.model.Item;
import org.passerelle.referential.model.Page;
import org.passerelle.referential.model.Referential;
import org.passerelle.referential.model.ReferentialKind;

/**
 * A layout the platform has never seen, with every field type: its values are checked from the layout alone, kept as
 * typed (NFC, empties left out), and each refusal names the field's path.
 */
public class LayoutValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Referential REFERENTIAL = new Referential(1, "TEST", "2.0", "Test", "Test", "4", ReferentialKind.DIPLOMA, null, null,
            null, null, null, null, List.of(new Activity("X1", "Activité", null, null, null, List.of(new Item("X1T1", "Tâche", null, null, null)))),
            null, null, null, null, null);

    private static Field field(String code, FieldType type, Boolean required, List<FieldOption> options, List<Field> fields) {
        return new Field(code, "Libellé " + code, type, required, null, null, options, fields);
    }

    private static final Page PAGE = new Page("essai", "Page d'essai", null, List.of(
            field("texte", FieldType.TEXT, true, null, null),
            field("long", FieldType.LONG_TEXT, null, null, null),
            field("nombre", FieldType.NUMBER, null, null, null),
            new Field("effectif", "Effectif", FieldType.NUMBER, null, null, null, null, null, 0.0, 500.0, true),
            field("jour", FieldType.DATE, null, null, null),
            field("courriel", FieldType.EMAIL, null, null, null),
            field("site", FieldType.URL, null, null, null),
            field("oui", FieldType.BOOLEAN, null, null, null),
            field("choix", FieldType.CHOICE, null, List.of(new FieldOption("a", "A"), new FieldOption("b", "B")), null),
            field("choixMultiples", FieldType.MULTI_CHOICE, null, List.of(new FieldOption("a", "A"), new FieldOption("b", "B")), null),
            field("activite", FieldType.ACTIVITY, null, null, null),
            field("taches", FieldType.TASKS, null, null, null),
            field("groupe", FieldType.GROUP, null, null, List.of(field("dedans", FieldType.TEXT, true, null, null))),
            field("liste", FieldType.REPEATED, null, null, List.of(field("nom", FieldType.TEXT, true, null, null))),
            field("semaines", FieldType.WEEKLY, null, null, List.of(field("note", FieldType.NUMBER, null, null, null)))));

    private static final LayoutValues.Context CONTEXT = new LayoutValues.Context() {
        @Override
        public Referential referential() {
            return REFERENTIAL;
        }

        @Override
        public Set<String> weeks() {
            return Set.of("2027-W18", "2027-W19");
        }

        @Override
        public Collection<Long> foreignFiles(Collection<Long> ids) {
            return ids.stream().filter(id -> id != 7L).toList();
        }
    };

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static String refusal(String values) {
        DomainException e = assertThrows(DomainException.class, () -> LayoutValues.check(PAGE, json(values), CONTEXT));
        return e.kind() + " " + e.field();
    }

    @Test
    public void everyTypeIsKeptAsTypedAndEmptiesAreLeftOut() throws Exception {
        LayoutValues.Result result = LayoutValues.check(PAGE, json("{'texte':'  Cafe\\u0301  ','long':'a\\r\\nb','nombre':12.5,'jour':'2027-05-03',"
                + "'courriel':'a@b.fr','oui':false,'choix':'b','choixMultiples':['a','b','a'],'activite':'X1',"
                + "'taches':['X1T1'],'groupe':{'dedans':'x'},'liste':[{'nom':'n'}],'semaines':{'2027-W19':{'note':3}},'site':null}"), CONTEXT);

        JsonNode v = result.values();
        assertEquals("Café", v.get("texte").asText());
        assertEquals("a\nb", v.get("long").asText());
        assertEquals(12.5, v.get("nombre").asDouble(), 0);
        assertEquals(List.of("a", "b"), List.of(v.get("choixMultiples").get(0).asText(), v.get("choixMultiples").get(1).asText()));
        assertEquals(8, v.get("liste").get(0).get("id").asText().length());
        assertFalse("a null is no value", v.has("site"));
        assertTrue(result.complete());
        LayoutValues.Result empty = LayoutValues.check(PAGE, json("{'texte':'   ','long':'','taches':[]}"), CONTEXT);
        assertEquals(0, empty.values().size());
        assertFalse(empty.complete());
        assertEquals(List.of("texte", "groupe.dedans"), empty.missing());
    }

    @Test
    public void aValueOfAnotherTypeOrOutsideTheReferentialIsRefusedNamingItsPath() throws Exception {
        assertEquals("expected-number essai.nombre", refusal("{'nombre':'12'}"));
        assertEquals("expected-text essai.texte", refusal("{'texte':12}"));
        assertEquals("invalid-date essai.jour", refusal("{'jour':'03/05/2027'}"));
        assertEquals("expected-boolean essai.oui", refusal("{'oui':'non'}"));
        assertEquals("unknown-option essai.choix", refusal("{'choix':'c'}"));
        assertEquals("unknown-option essai.choixMultiples", refusal("{'choixMultiples':['a','z']}"));
        assertEquals("unknown-activity essai.activite", refusal("{'activite':'Z9'}"));
        assertEquals("unknown-task essai.taches", refusal("{'taches':['T1-1']}"));
        assertEquals("invalid-url essai.site", refusal("{'site':'javascript:alert(1)'}"));
        assertEquals("invalid-url essai.site", refusal("{'site':'usinage rhone'}"));
        // An address as people write it gets its scheme.
        assertEquals("https://www.usinage-rhone.fr/plan", LayoutValues.check(PAGE, json("{'site':'www.usinage-rhone.fr/plan'}"), CONTEXT).values().get("site").asText());
        assertEquals("invalid-email essai.courriel", refusal("{'courriel':'ab.fr'}"));
        assertEquals("unknown-field essai.groupe.autre", refusal("{'groupe':{'autre':'x'}}"));
        assertEquals("expected-object essai.liste[0]", refusal("{'liste':['x']}"));
        assertEquals("duplicate-id essai.liste[1].id", refusal("{'liste':[{'id':'a','nom':'x'},{'id':'a','nom':'y'}]}"));
        assertEquals("unknown-week essai.semaines.2027-W30", refusal("{'semaines':{'2027-W30':{'note':1}}}"));
        assertEquals("expected-number essai.semaines.2027-W18.note", refusal("{'semaines':{'2027-W18':{'note':'un'}}}"));
        assertEquals("value-on-one-line essai.texte", refusal("{'texte':'a\\nb'}"));
        assertEquals("invalid-characters essai.texte", refusal("{'texte':'a\\u202eb'}"));
        // A long text accepts line breaks: its refusal names the invisible character rather than speak of line breaks.
        assertEquals("invisible-character essai.long", refusal("{'long':'a\\nb\\u200bc'}"));
        assertEquals("too-long essai.texte", refusal("{'texte':'" + "x".repeat(501) + "'}"));
        assertEquals("number-out-of-range essai.nombre", refusal("{'nombre':1e12}"));
        assertEquals("expected-object values", refusal("[]"));
        // The layout's bounds: a count of people is whole, from 0 to 500 here.
        assertEquals("expected-integer essai.effectif", refusal("{'effectif':12.5}"));
        assertEquals("number-below-minimum essai.effectif", refusal("{'effectif':-1}"));
        assertEquals("number-above-maximum essai.effectif", refusal("{'effectif':501}"));
        assertEquals("{\"effectif\":12}", LayoutValues.check(PAGE, json("{'effectif':12.0}"), CONTEXT).values().toString());
        assertEquals("{\"effectif\":0}", LayoutValues.check(PAGE, json("{'effectif':0}"), CONTEXT).values().toString());
    }
}
