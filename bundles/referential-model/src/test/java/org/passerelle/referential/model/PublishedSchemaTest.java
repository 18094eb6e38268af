package org.passerelle.referential.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/**
 * The JSON Schema integrators read and the validator the platform runs must agree: every shipped descriptor
 * passes both, and a typo the schema refuses is refused by the validator too.
 */
public class PublishedSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SHIPPED = List.of("mspc", "plp", "pmia", "melec", "cap-elec");

    @Test
    public void everyShippedDescriptorPassesTheSchemaAndTheValidator() throws Exception {
        JsonSchema schema = schema();
        for (String module : SHIPPED) {
            byte[] bytes = Files.readAllBytes(Path.of("../../referentials", module, "src/main/resources/referential/referential.json"));
            Set<ValidationMessage> errors = schema.validate(JSON.readTree(bytes));
            assertTrue(module + ": " + errors, errors.isEmpty());
            new ReferentialParser().parse(bytes); // throws with the refusal if the validator disagrees
        }
    }

    @Test
    public void theSchemaAndTheValidatorRefuseTheSameTypo() throws Exception {
        ObjectNode descriptor = (ObjectNode) JSON.readTree(getClass().getResourceAsStream("/minimal-diploma.json"));
        assertTrue(schema().validate(descriptor).isEmpty());
        descriptor.put("titel", "faute de frappe");
        assertFalse(schema().validate(descriptor).isEmpty());
        List<DescriptorProblem> problems = new DescriptorValidator().validate(descriptor);
        assertEquals("titel", problems.get(0).field());
    }

    private static JsonSchema schema() throws Exception {
        try (InputStream in = PublishedSchemaTest.class.getResourceAsStream("/schema/referential-1.schema.json")) {
            JsonNode schema = JSON.readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        }
    }
}
