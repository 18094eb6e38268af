package org.passerelle.rest.internal.dto;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.passerelle.core.referential.ReferentialEntry;
import org.passerelle.core.referential.ReferentialSummary;

/**
 * The whole referential: the descriptor exactly as deployed, with the platform's view of it (status, hash,
 * counts, official share, the other versions of its code) added at the top level.
 */
public final class ReferentialDetailMapper {

    private final ObjectMapper mapper;

    public ReferentialDetailMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode toJson(ReferentialEntry entry, List<ReferentialSummary> versions) {
        ObjectNode tree;
        try {
            tree = (ObjectNode) mapper.readTree(entry.descriptorJson());
        } catch (IOException e) {
            throw new IllegalStateException("stored descriptor of " + entry.summary().code() + " is not JSON", e);
        }
        ReferentialSummary s = entry.summary();
        tree.put("status", s.status().name());
        tree.put("defaultVersion", s.defaultVersion());
        tree.put("contentHash", s.contentHash());
        tree.put("bundle", s.bundle());
        tree.put("officialShare", s.stats().officialShare());
        tree.set("counts", mapper.valueToTree(CountsDto.of(s.stats())));
        tree.set("versions", mapper.valueToTree(versions.stream()
                .map(v -> new VersionDto(v.version(), v.status().name(), v.defaultVersion(), v.contentHash())).toList()));
        return tree;
    }
}
