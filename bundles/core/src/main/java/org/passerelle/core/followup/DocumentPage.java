package org.passerelle.core.followup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.passerelle.referential.model.Page;

/**
 * One page of a follow-up document as the caller sees it.
 *
 * @param page the layout's page (its fields and their types), from the referential version the placement pinned
 * @param values the values by field code, shaped as {@link FollowUpService} says; COMMENTS fields are not in it
 * @param version 0 while the page was never saved; send it back with the next save
 * @param prefilled true while the values come from the liaison sheet (never saved yet)
 * @param complete the learner saved it with every required field filled
 * @param missing paths of the required fields without a value ({@code activitesMaintenance[0].titre})
 * @param updatedAt the last save, null if never
 * @param comments the COMMENTS fields' comments by field code, oldest first
 * @param writable the caller may save this page
 * @param commentable the caller may comment its COMMENTS fields
 */
public record DocumentPage(Page page, ObjectNode values, int version, boolean prefilled, boolean complete, List<String> missing,
                           Instant updatedAt, Map<String, List<Comment>> comments, boolean writable, boolean commentable) {
}
