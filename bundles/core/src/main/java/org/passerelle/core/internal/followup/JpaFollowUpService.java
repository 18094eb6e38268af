package org.passerelle.core.internal.followup;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.passerelle.core.followup.Booklet;
import org.passerelle.core.followup.Comment;
import org.passerelle.core.followup.DocumentPage;
import org.passerelle.core.followup.FollowUpDocument;
import org.passerelle.core.followup.FollowUpService;
import org.passerelle.core.followup.Selection;
import org.passerelle.core.followup.Sheet;
import org.passerelle.core.followup.SheetSummary;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.core.security.Caller;

/** The follow-up service over JPA: each operation one transaction (see the pieces it delegates to). */
public class JpaFollowUpService implements FollowUpService {

    private final Portfolios portfolios;
    private final Sheets sheets;
    private final SheetEdits edits;
    private final Booklets booklets;

    public JpaFollowUpService(JpaTemplate jpa, ReferentialRegistry referentials, Clock clock) {
        FollowUpRecords records = new FollowUpRecords(referentials);
        WeeklySheets weekly = new WeeklySheets();
        this.portfolios = new Portfolios(jpa, clock, records, weekly);
        this.sheets = new Sheets(jpa, clock, records, weekly);
        this.edits = new SheetEdits(jpa, clock, records, sheets);
        this.booklets = new Booklets(jpa, clock);
    }

    @Override
    public FollowUpDocument portfolio(Caller caller, long placementId) {
        return portfolios.portfolio(caller, placementId);
    }

    @Override
    public DocumentPage savePortfolioPage(Caller caller, long placementId, String pageCode, JsonNode values, Integer version) {
        return portfolios.savePortfolioPage(caller, placementId, pageCode, values, version);
    }

    @Override
    public Comment commentPortfolio(Caller caller, long placementId, String pageCode, String fieldCode, String text) {
        return portfolios.commentPortfolio(caller, placementId, pageCode, fieldCode, text);
    }

    @Override
    public DocumentPage personalReview(Caller caller, long placementId) {
        return portfolios.personalReview(caller, placementId);
    }

    @Override
    public DocumentPage savePersonalReview(Caller caller, long placementId, JsonNode values, Integer version) {
        return portfolios.savePersonalReview(caller, placementId, values, version);
    }

    @Override
    public List<SheetSummary> sheets(Caller caller, long placementId) {
        return sheets.sheets(caller, placementId);
    }

    @Override
    public SheetSummary createSheet(Caller caller, long placementId, String title) {
        return sheets.createSheet(caller, placementId, title);
    }

    @Override
    public Sheet sheet(Caller caller, long sheetId) {
        return sheets.sheet(caller, sheetId);
    }

    @Override
    public DocumentPage saveSheetPage(Caller caller, long sheetId, String pageCode, JsonNode values, Integer version) {
        return edits.savePage(caller, sheetId, pageCode, values, version);
    }

    @Override
    public SheetSummary renameSheet(Caller caller, long sheetId, String title, Integer version) {
        return edits.rename(caller, sheetId, title, version);
    }

    @Override
    public SheetSummary deleteSheet(Caller caller, long sheetId, Integer version) {
        return edits.delete(caller, sheetId, version);
    }

    @Override
    public Sheet linkSheet(Caller caller, long sheetId, List<String> checkedTasks, List<Selection> selections, Integer version) {
        return edits.link(caller, sheetId, checkedTasks, selections, version);
    }

    @Override
    public Comment commentSheet(Caller caller, long sheetId, String pageCode, String fieldCode, String text) {
        return edits.comment(caller, sheetId, pageCode, fieldCode, text);
    }

    @Override
    public List<SheetSummary> freeSheets(Caller caller, long learnerId) {
        return sheets.freeSheets(caller, learnerId);
    }

    @Override
    public Booklet booklet(Caller caller, long learnerId) {
        return booklets.booklet(caller, learnerId);
    }

    @Override
    public DocumentPage saveBookletPage(Caller caller, long learnerId, String pageCode, JsonNode values, Integer version) {
        return booklets.save(caller, learnerId, pageCode, values, version);
    }
}
