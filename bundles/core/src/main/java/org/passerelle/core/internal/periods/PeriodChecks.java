package org.passerelle.core.internal.periods;

import org.passerelle.core.internal.common.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.passerelle.core.DomainException;
import org.passerelle.core.periods.LiaisonPlace;
import org.passerelle.core.periods.PeriodInformation;
import org.passerelle.core.referential.ReferentialEntry;
import org.passerelle.core.referential.ReferentialRegistry;

/**
 * What a request about periods must hold: dates in order, objectives and tasks within bounds, tasks of the pinned
 * referential version, a liaison sheet's required fields.
 */
final class PeriodChecks {

    private PeriodChecks() {
    }

    private static final int MAX_ITEMS = 60;

    record Dates(LocalDate start, LocalDate end) {
    }

    static Dates dates(PeriodInformation information) {
        Validation.present(information, "information");
        LocalDate start = date(information.startDate(), "startDate");
        LocalDate end = date(information.endDate(), "endDate");
        if (end.isBefore(start)) {
            throw DomainException.invalid("dates-reversed", "endDate", start, end);
        }
        return new Dates(start, end);
    }

    /** Years a period's dates may fall in: a date outside is a typing mistake (year 0, 20266), never a period. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2199;

    static LocalDate date(String value, String field) {
        String text = Validation.required(value, field, 10);
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("invalid-date", field, text);
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw DomainException.invalid("date-out-of-range", field, field, FIRST_YEAR, LAST_YEAR);
        }
        return date;
    }

    static List<String> objectives(List<String> objectives) {
        List<String> values = objectives == null ? List.of() : objectives;
        if (values.size() > MAX_ITEMS) {
            throw DomainException.invalid("too-many", "objectives", MAX_ITEMS);
        }
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            checked.add(Validation.required(values.get(i), "objectives[" + i + "]", 500));
        }
        return checked;
    }

    /** Task codes of the pinned referential version, each once. */
    static List<String> tasks(List<String> tasks, ReferentialEntry referential) {
        List<String> values = tasks == null ? List.of() : tasks;
        if (values.size() > MAX_ITEMS * 2) {
            throw DomainException.invalid("too-many", "tasks", MAX_ITEMS * 2);
        }
        Set<String> checked = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String code = Validation.required(values.get(i), "tasks[" + i + "]", 32);
            if (referential.referential().task(code).isEmpty()) {
                throw DomainException.invalid("unknown-task", "tasks[" + i + "]", code, referential.summary().code(), referential.summary().version());
            }
            checked.add(code);
        }
        return List.copyOf(checked);
    }

    static ReferentialEntry pinned(ReferentialRegistry referentials, String code, String version) {
        return referentials.find(code, version).orElseThrow(() -> new IllegalStateException("referential " + code + " " + version + " is gone"));
    }

    /** The place of a liaison sheet; an apprentice's has no tutor (their master is named on it), so tutorName is optional then. */
    static LiaisonPlace place(LiaisonPlace p, boolean apprentice) {
        return new LiaisonPlace(Validation.required(p.companyName(), "companyName", 200), Validation.required(p.sector(), "sector", 200),
                Validation.optional(p.service(), "service", 200), Validation.optional(p.address(), "address", 500),
                Validation.optional(p.phone(), "phone", 40),
                apprentice ? Validation.optional(p.tutorName(), "tutorName", 200) : Validation.required(p.tutorName(), "tutorName", 200),
                Validation.optional(p.tutorFunction(), "tutorFunction", 200), Validation.optional(p.tutorPhone(), "tutorPhone", 40),
                Validation.email(p.tutorEmail(), "tutorEmail", false));
    }
}
