package org.passerelle.core.internal.followup;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.passerelle.core.followup.Week;
import org.passerelle.referential.model.Field;
import org.passerelle.referential.model.FieldType;
import org.passerelle.referential.model.Page;

/**
 * The pages the platform lays out itself, in the same terms as a referential's layout so that they are checked, stored
 * and shown alike: the personal review (DOMAIN.md: strengths, areas for progress, wishes for the next period) and an
 * apprentice's weekly sheet (the logbook's WEEKLY entry of that week, with the master's comments).
 */
final class PlatformPages {

    /** Stored page codes of the platform's pages start with '@', which no layout's code may (DescriptorValidator). */
    static final String PERSONAL_REVIEW = "@bilanPersonnel";
    static final String WEEK_PAGE = "semaine";
    static final String WEEK_COMMENTS = "commentairesMaitre";

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("org.passerelle.core.internal.followup.messages", Locale.ROOT,
            PlatformPages.class.getClassLoader());

    private PlatformPages() {
    }

    static String text(String key, Object... args) {
        String pattern = TEXTS.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.FRENCH).format(args);
    }

    static Page personalReview() {
        return new Page("bilanPersonnel", text("personalReview.title"), text("personalReview.description"), List.of(
                longText("pointsForts", "personalReview.strengths"),
                longText("axesProgres", "personalReview.progress"),
                longText("souhaits", "personalReview.wishes")));
    }

    private static Field longText(String code, String key) {
        return new Field(code, text(key), FieldType.LONG_TEXT, null, text(key + ".help"), null, null, null);
    }

    /** The page of a weekly sheet: the WEEKLY field's own fields, then the master's comments. */
    static Page week(Field weekly, Week week) {
        List<Field> fields = new ArrayList<>(weekly.fields());
        fields.add(new Field(WEEK_COMMENTS, text("weeklySheet.comments"), FieldType.COMMENTS, null, null, null, null, null));
        return new Page(WEEK_PAGE, text("weeklySheet.page") + " " + week.number(), text("weeklySheet.description"), fields);
    }

    static String weekTitle(Week week) {
        // The number and year without grouping: « semaine 18 [2027] », never « 2 027 ».
        return text("weeklySheet.title", Integer.toString(week.number()), Integer.toString(week.year()));
    }

    static String firstSheetTitle() {
        return text("firstSheet.title", "1");
    }
}
