package org.passerelle.referential.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Reads descriptor bytes into a validated {@link Referential}; thread-safe. */
public final class ReferentialParser {

    /** The manifest header that names the descriptor inside a referential bundle. */
    public static final String DESCRIPTOR_HEADER = "Passerelle-Referential";
    /** The capability namespace value referential bundles require. */
    public static final String EXTENDER_NAME = "org.passerelle.referential";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final DescriptorValidator validator = new DescriptorValidator();

    public ParsedDescriptor parse(byte[] bytes) throws DescriptorException {
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DescriptorException(List.of(new DescriptorProblem("(document)", "is not UTF-8 text")));
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new DescriptorException(List.of(new DescriptorProblem("(document)", "is not valid JSON" + where + ": " + e.getOriginalMessage())));
        }
        List<DescriptorProblem> problems = validator.validate(tree);
        if (!problems.isEmpty()) {
            throw new DescriptorException(problems);
        }
        try {
            Referential referential = MAPPER.treeToValue(tree, Referential.class);
            return new ParsedDescriptor(referential, sha256(bytes), json);
        } catch (IOException | IllegalArgumentException e) {
            // The validator accepted something the model cannot hold: report it as a problem, not a crash.
            throw new DescriptorException(List.of(new DescriptorProblem("(document)", "cannot be read: " + e.getMessage())));
        }
    }

    /** The mapper configured for descriptors, for callers that serialise the model back. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
