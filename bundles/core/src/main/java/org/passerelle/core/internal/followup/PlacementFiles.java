package org.passerelle.core.internal.followup;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import org.passerelle.core.DomainException;
import org.passerelle.core.internal.files.FileScope;
import org.passerelle.core.internal.periods.ActivitySheetEntity;
import org.passerelle.core.internal.periods.PlacementEntity;
import org.passerelle.core.referential.ReferentialRegistry;
import org.passerelle.referential.model.Page;

/**
 * {@link FileScope} from the stored pages: the FILES fields of the placement's portfolio (or logbook) pages and of the
 * pages of its activity sheets the learner kept (a deleted sheet is staff's reading only). A page whose layout is no
 * longer available names no file: the tutor then sees less, never more.
 */
public final class PlacementFiles implements FileScope {

    private final FollowUpRecords records;

    public PlacementFiles(ReferentialRegistry referentials) {
        this.records = new FollowUpRecords(referentials);
    }

    @Override
    public Set<Long> filesOf(EntityManager em, long placementId) {
        Set<Long> ids = new HashSet<>();
        PlacementEntity placement = em.find(PlacementEntity.class, placementId);
        if (placement == null) {
            return ids;
        }
        List<PortfolioPageEntity> pages = em.createQuery("SELECT p FROM PortfolioPageEntity p WHERE p.placement.id = :p", PortfolioPageEntity.class)
                .setParameter("p", placementId).getResultList();
        if (!pages.isEmpty()) {
            FollowUpRecords.Laid laid = laid(placement);
            for (PortfolioPageEntity page : pages) {
                add(laid, page, ids);
            }
        }
        List<SheetPageEntity> sheetPages = em.createQuery(
                "SELECT p FROM SheetPageEntity p WHERE p.sheet.placement.id = :p AND p.sheet.deletedAt = 0", SheetPageEntity.class)
                .setParameter("p", placementId).getResultList();
        for (SheetPageEntity page : sheetPages) {
            add(sheetLayout(page.sheet()), page, ids);
        }
        return ids;
    }

    private static void add(FollowUpRecords.Laid laid, PageRecord page, Set<Long> ids) {
        if (laid == null) {
            return;
        }
        // The platform's own pages ('@…', the personal review) have no files.
        Page layout = laid.layout().pages().stream().filter(p -> p.code().equals(page.pageCode())).findFirst().orElse(null);
        if (layout != null) {
            LayoutValues.fileIds(layout.fields(), FollowUpRecords.read(page.values()), ids);
        }
    }

    private FollowUpRecords.Laid laid(PlacementEntity placement) {
        try {
            return records.laid(placement);
        } catch (DomainException unavailable) {
            return null;
        }
    }

    private FollowUpRecords.Laid sheetLayout(ActivitySheetEntity sheet) {
        try {
            return records.sheetLayout(sheet);
        } catch (DomainException unavailable) {
            return null;
        }
    }
}
