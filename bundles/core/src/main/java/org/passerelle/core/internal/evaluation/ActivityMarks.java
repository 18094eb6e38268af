package org.passerelle.core.internal.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.persistence.EntityManager;
import org.passerelle.core.evaluation.ActivityView.Source;
import org.passerelle.core.internal.followup.PortfolioPageEntity;
import org.passerelle.core.internal.followup.SheetPageEntity;
import org.passerelle.core.internal.periods.ActivitySheetEntity;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.referential.model.Field;
import org.passerelle.referential.model.FieldType;
import org.passerelle.referential.model.Layout;
import org.passerelle.referential.model.Page;
import org.passerelle.referential.model.Referential;

/**
 * Where a learner's tasks were performed, week by week (the dashboard's activity view), read through the layouts
 * rather than by field names: a TASKS field inside a WEEKLY one of a portfolio or logbook page marks its week; an
 * activity sheet's TASKS fields and the teacher's checked tasks mark the week of its first DATE (its week for an
 * apprentice's weekly sheet, else the week it was started); a company review's tasks mark its meeting's week.
 */
final class ActivityMarks {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A mark: the task, the ISO week key, where it comes from. */
    record Mark(String task, String week, Source source) {
    }

    private final ReferentialRegistry referentials;

    ActivityMarks(ReferentialRegistry referentials) {
        this.referentials = referentials;
    }

    List<Mark> of(EntityManager em, long learnerId) {
        List<Mark> marks = new ArrayList<>();
        for (PortfolioPageEntity page : em.createQuery("SELECT p FROM PortfolioPageEntity p WHERE p.learner.id = :l AND p.placement IS NOT NULL"
                + " AND p.placement.period.deletedAt = 0", PortfolioPageEntity.class).setParameter("l", learnerId).getResultList()) {
            var annex = page.placement().period().annex();
            List<Field> fields = fields(annex.referentialCode(), annex.referentialVersion(), page.pageCode());
            walk(fields, read(page.values()), null, (week, task) -> {
                if (week != null) {
                    marks.add(new Mark(task, week, Source.LOGBOOK));
                }
            }, date -> { });
        }
        Map<Long, List<SheetPageEntity>> pages = new HashMap<>();
        em.createQuery("SELECT p FROM SheetPageEntity p WHERE p.sheet.learner.id = :l", SheetPageEntity.class).setParameter("l", learnerId)
                .getResultList().forEach(p -> pages.computeIfAbsent(p.sheet().id(), s -> new ArrayList<>()).add(p));
        for (ActivitySheetEntity sheet : em.createQuery("SELECT s FROM ActivitySheetEntity s WHERE s.learner.id = :l AND s.deletedAt = 0",
                ActivitySheetEntity.class).setParameter("l", learnerId).getResultList()) {
            Set<String> tasks = new LinkedHashSet<>(Json.strings(sheet.checkedTasks()));
            List<String> dates = new ArrayList<>();
            for (SheetPageEntity page : pages.getOrDefault(sheet.id(), List.of())) {
                if (sheet.referentialCode() != null) {
                    walk(fields(sheet.referentialCode(), sheet.referentialVersion(), page.pageCode()), read(page.values()), null,
                            (week, task) -> tasks.add(task), dates::add);
                }
            }
            String week = sheet.week() != null ? sheet.week()
                    : dates.stream().map(ActivityMarks::weekOf).filter(w -> w != null).findFirst()
                    .orElseGet(() -> weekOf(Instant.ofEpochMilli(sheet.createdAt()).atZone(ZoneOffset.UTC).toLocalDate()));
            tasks.forEach(task -> marks.add(new Mark(task, week, Source.SHEET)));
        }
        for (CompanyReviewEntity review : em.createQuery("SELECT c FROM CompanyReviewEntity c WHERE c.placement.learner.id = :l"
                + " AND c.placement.period.deletedAt = 0", CompanyReviewEntity.class).setParameter("l", learnerId).getResultList()) {
            String week = weekOf(LocalDate.parse(review.meetingDate()));
            Json.strings(review.tasks()).forEach(task -> marks.add(new Mark(task, week, Source.COMPANY_REVIEW)));
        }
        return marks;
    }

    /** The fields of a page of that version's layouts (pupil's and apprentice's: page codes name one page in each). */
    private List<Field> fields(String code, String version, String pageCode) {
        Referential referential = referentials.find(code, version).map(e -> e.referential()).orElse(null);
        if (referential == null || referential.portfolio() == null) {
            return List.of();
        }
        List<Field> fields = new ArrayList<>();
        for (Layout layout : new Layout[] {referential.portfolio().pupil(), referential.portfolio().apprentice()}) {
            if (layout != null) {
                layout.pages().stream().filter(p -> p.code().equals(pageCode)).map(Page::fields).forEach(fields::addAll);
            }
        }
        return fields;
    }

    /** Every TASKS value with the week of the WEEKLY field it is in (null outside one), and every DATE value. */
    private static void walk(List<Field> fields, JsonNode node, String week, BiConsumer<String, String> task, Consumer<String> date) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Field field : fields) {
            JsonNode value = node.get(field.code());
            if (value == null || value.isNull()) {
                continue;
            }
            if (field.type() == FieldType.TASKS && value.isArray()) {
                value.forEach(t -> task.accept(week, t.asText()));
            } else if (field.type() == FieldType.DATE && value.isTextual()) {
                date.accept(value.asText());
            } else if (field.type() == FieldType.WEEKLY && value.isObject()) {
                value.fields().forEachRemaining(e -> walk(field.fields(), e.getValue(), e.getKey(), task, date));
            } else if (field.type() == FieldType.GROUP) {
                walk(field.fields(), value, week, task, date);
            } else if (field.type() == FieldType.REPEATED && value.isArray()) {
                value.forEach(item -> walk(field.fields(), item, week, task, date));
            }
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json == null ? "{}" : json);
        } catch (Exception e) {
            throw new IllegalStateException("stored values are not JSON", e);
        }
    }

    static String weekOf(String isoDate) {
        try {
            return weekOf(LocalDate.parse(isoDate));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The ISO week key of a date, {@code 2027-W05}. */
    static String weekOf(LocalDate date) {
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
