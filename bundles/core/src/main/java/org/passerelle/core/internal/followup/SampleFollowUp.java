package org.passerelle.core.internal.followup;

import javax.persistence.EntityManager;
import org.passerelle.core.internal.periods.ActivitySheetEntity;
import org.passerelle.core.internal.periods.PlacementEntity;

/**
 * The sample data's follow-up (issue 11), so that a newcomer sees the pages filled: Léa's maintenance portfolio started
 * (company, org chart, weeks, one activity selected for export), Chloé's activity sheets, Yanis's logbook. The values
 * are those a learner would type and pass the layout's checks (SampleDataTest).
 */
public final class SampleFollowUp {

    private SampleFollowUp() {
    }

    /** Léa, 2de PMIA: her portfolio started during « PFMP 1 — découverte » (11 January – 5 February 2027). */
    public static void portfolio(EntityManager em, PlacementEntity lea, long now) {
        page(em, lea, "presenterEntreprise", """
                {"raisonSociale":"Usinage du Rhône","adresse":"12 rue des Ateliers, 69007 Lyon","secteurActivite":"Maintenance industrielle",
                 "telephoneEntreprise":"04 00 00 00 01","nomTuteur":"LEFORT","prenomTuteur":"Marc","telephoneTuteur":"06 00 00 00 01",
                 "courrielTuteur":"marc.lefort@usinage-rhone.example",
                 "activiteEntreprise":"Usinage de pièces mécaniques de précision pour l'aéronautique et le ferroviaire.",
                 "nombreEmployes":48,"nombrePersonnesMaintenance":4,
                 "historique":"Créée en 1987 à Lyon.\\nNouvel atelier de commande numérique en 2019."}""", true, now);
        page(em, lea, "geolocaliserEntreprise", "{\"localisation\":{\"latitude\":45.7368,\"longitude\":4.8373}}", true, now);
        page(em, lea, "construireOrganigramme", """
                {"organigramme":{"nodes":[{"id":"dir","name":"Mme GARNIER","role":"Directrice de site","parent":null},
                 {"id":"maint","name":"M. LEFORT","role":"Responsable maintenance","parent":"dir"},
                 {"id":"tech1","name":"M. ROCHE","role":"Technicien de maintenance","parent":"maint"},
                 {"id":"prod","name":"M. BLANC","role":"Chef d'atelier production","parent":"dir"}]}}""", true, now);
        page(em, lea, "activitesHebdomadaires", """
                {"semaines":{"2027-W02":{"activitesSemaine":"Découverte de l'atelier, consignes de sécurité, suivi du technicien.",
                 "ceQueJaiAime":"Le dépannage du tour à commande numérique.","ceQueJaiReussi":"Le graissage hebdomadaire des machines."}}}""",
                true, now);
        page(em, lea, "presenterActivite", """
                {"activitesMaintenance":[{"id":"roulement","titre":"Remplacement d'un roulement de broche",
                 "conditions":"Avec le technicien, machine consignée.",
                 "bonTravail":{"date":"2027-01-20","secteur":"Atelier usinage","demandeur":"M. BLANC","machine":"Tour CN n° 3",
                  "natureTravail":"Bruit anormal de la broche : remplacer le roulement."},
                 "rapportIntervention":{"defautsConstates":"Roulement avant grippé.","causes":"Défaut de lubrification.",
                  "reparationsEffectuees":"Roulement remplacé, graissage, essais à vide.","dureeIntervention":"3 h"},
                 "selectionExport":true}]}""", true, now);
    }

    /** Chloé, 1re MELEC: two sheets, the first filled and linked to the referential by her teacher, the second only started. */
    public static void sheets(EntityManager em, PlacementEntity chloe, long now) {
        ActivitySheetEntity first = new ActivitySheetEntity(chloe, "Pose d'un tableau de répartition", now);
        em.persist(first);
        em.flush(); // numbered before the second: sheets are listed in the order they were started
        sheetPage(em, first, "contexte", "{\"titre\":\"Pose d'un tableau de répartition\",\"entreprise\":\"Électricité Générale du Rhône\","
                + "\"dateActivite\":\"2027-03-10\",\"conditions\":\"accompagne\",\"typeActivite\":\"A2\"}", now);
        sheetPage(em, first, "fiche", "{\"description\":\"Pose et raccordement d'un tableau de répartition dans un logement neuf.\","
                + "\"analyseReflexive\":\"J'ai appris à repérer les circuits avant de raccorder.\"}", now);
        sheetPage(em, first, "relierReferentiel", "{\"taches\":[\"T2-1\",\"T2-2\"]}", now);
        // The teacher's link: what the company review copies (issue 12).
        first.link("[\"T2-1\",\"T2-2\"]", "[{\"competency\":\"C2\",\"criterion\":\"C2-1\"},{\"competency\":\"C2\",\"criterion\":\"C2-3\"},"
                + "{\"competency\":\"C4\",\"criterion\":null}]");
        em.persist(new ActivitySheetEntity(chloe, "Tirage de câbles en gaine", now));
    }

    /** A pupil of a referential of activity sheets who has not begun: the sheet made with the placement (FirstSheets). */
    public static void firstSheet(EntityManager em, PlacementEntity placement, long now) {
        FirstSheets.make(em, placement, now);
    }

    /** Yanis, CAP apprentice: the host company and his first week in the logbook. */
    public static void logbook(EntityManager em, PlacementEntity yanis, long now) {
        page(em, yanis, "entrepriseAccueil", """
                {"raisonSociale":"Lefebvre Électricité","adresse":"5 rue du Lac, 69003 Lyon","secteurActivite":"Électricité du bâtiment",
                 "maitreApprentissage":"Jacques LEFEBVRE","fonctionMaitre":"Artisan électricien",
                 "activiteEntreprise":"Installations électriques de logements et de commerces, dépannages."}""", true, now);
        page(em, yanis, "activitesHebdomadaires", """
                {"semaines":{"2027-W05":{"activitesSemaine":"Saignées et pose de gaines dans un appartement en rénovation.",
                 "tachesRealisees":["TA 2-1"],"ceQueJaiAime":"Travailler sur un vrai chantier.","ceQueJaiReussi":"Le tirage des câbles."}}}""",
                true, now);
    }

    private static void page(EntityManager em, PlacementEntity placement, String code, String json, boolean complete, long now) {
        PortfolioPageEntity page = new PortfolioPageEntity(placement, code);
        page.save(FollowUpRecords.write(FollowUpRecords.read(json)), complete, now);
        em.persist(page);
    }

    private static void sheetPage(EntityManager em, ActivitySheetEntity sheet, String code, String json, long now) {
        SheetPageEntity page = new SheetPageEntity(sheet, code);
        page.save(FollowUpRecords.write(FollowUpRecords.read(json)), true, now);
        em.persist(page);
    }
}
