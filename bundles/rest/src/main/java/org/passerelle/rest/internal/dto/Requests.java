package org.passerelle.rest.internal.dto;

/** Request bodies of the API. Unknown properties are refused (400 naming the property). */
public final class Requests {

    private Requests() {
    }

    public record SignIn(String login, String password) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** timeZone: one of TimeZones.SELECTABLE (e.g. "Pacific/Tahiti"); left out, the current one (Europe/Paris on creation). */
    public record EstablishmentBody(String uai, String name, String address, String contactEmail, Integer version, String timeZone) {
    }

    public record ClassLevelBody(String referentialCode, String year, String label) {
    }

    public record ClassBody(String code, String label, Long classLevelId) {
    }

    public record PersonBody(String role, String familyName, String firstName, String email, String login) {
    }

    public record RoleBody(String role, Integer version) {
    }

    public record AssignmentBody(Long classId, String status, Long referentTeacherId, Long masterId, Integer version) {
    }

    public record AnnexBody(Long classLevelId, String name, java.util.List<String> objectives, java.util.List<String> tasks, Integer version) {
    }

    public record NewPeriodBody(String name, String kind, String startDate, String endDate, java.util.List<Long> learnerIds) {
    }

    public record InformationBody(String name, String kind, String startDate, String endDate, Integer version) {
    }

    public record LearnersBody(java.util.List<Long> learnerIds, Integer version) {
    }

    public record ObjectivesBody(java.util.List<String> objectives, Integer version) {
    }

    public record TasksBody(java.util.List<String> tasks, Integer version) {
    }

    public record PlaceBody(String companyName, String sector, String service, String address, String phone, String tutorName,
                            String tutorFunction, String tutorPhone, String tutorEmail, Integer version) {
    }

    public record IndividualisationBody(java.util.List<String> objectives, java.util.List<String> tasks, Integer version) {
    }

    public record VersionBody(Integer version) {
    }

    public record SheetBody(String title) {
    }

    public record TrainerBody(String familyName, String firstName, String email) {
    }

    public record GrantBody(String grant) {
    }

    public record LinkToken(String token) {
    }

    public record LearnerBody(String familyName, String firstName, String ine, String birthDate, String status, Long classId,
                              Long referentTeacherId, Long masterId) {
    }

    /** The period's pre-agreement terms: paragraphs, line breaks kept (issue 10, item 6). */
    public record PreAgreementTermsBody(@org.passerelle.rest.internal.json.MultiLine String consultation,
                                        @org.passerelle.rest.internal.json.MultiLine String derogationWork,
                                        @org.passerelle.rest.internal.json.MultiLine String assessment, Integer version) {
    }

    /** The attendance certificate's fields of a placement; each one line (issue 10, item 6). */
    public record AttendanceBody(String representativeName, String headOfficeAddress, String learnerAddress, java.math.BigDecimal totalHours,
                                 String gratification, String signedAt, Integer version) {
    }
    /** A follow-up page: its values by field code (shapes in FollowUpService) and the version it was based on (0 the first time). */
    public record PageBody(com.fasterxml.jackson.databind.JsonNode values, Integer version) {
    }

    /** A comment on a COMMENTS field: {@code page} only on a sheet (the path names the portfolio's page). */
    public record CommentBody(String page, String field, @org.passerelle.rest.internal.json.MultiLine String text) {
    }

    public record RenameBody(String title, Integer version) {
    }

    public record SelectionBody(String competency, String criterion) {
    }

    /** « Relier au référentiel »: the tasks the teacher checked or added, what they chose to evaluate at the visit. */
    public record LinkBody(java.util.List<String> checkedTasks, java.util.List<SelectionBody> selections, Integer version) {
    }

    /**
     * A level to save (issue 12): a {@code SuccessLevel} name or null to clear it, on a competency as a whole
     * ({@code criterion} null) or a criterion, from the version read; {@code learnerId} in a school evaluation's grid.
     */
    public record ResultBody(Long learnerId, String competency, String criterion, String level, Integer version) {
    }

    /** A company review's header: meeting date (AAAA-MM-JJ), engagement 1–4, comment, tasks, modes (GLOBAL or CRITERIA). */
    public record CompanyReviewHeaderBody(String meetingDate, Integer engagement, @org.passerelle.rest.internal.json.MultiLine String comment,
                                          java.util.List<String> tasks, java.util.Map<String, String> modes, Integer version) {
    }

    /** A company review save: its header (optional) and levels, all or nothing. */
    public record CompanyReviewBody(CompanyReviewHeaderBody header, java.util.List<ResultBody> results) {
    }

    /** A new school evaluation of a class: title, date, complexity (DISCOVERY, INTERMEDIATE, BAC_PRO), the grid's criteria. */
    public record SchoolEvaluationBody(Long classId, String title, String date, String complexity, java.util.List<SelectionBody> criteria,
                                       Integer version) {
    }

    /** Levels of a school evaluation's grid, all or nothing. */
    public record ResultsBody(java.util.List<ResultBody> results) {
    }

    /** A level of the attitudes review on the caller's side: the attitude's code, a SuccessLevel name or null, the version read. */
    public record AttitudeBody(String attitude, String level, Integer version) {
    }

    public record AttitudesBody(java.util.List<AttitudeBody> results) {
    }

    /** A new competency review: its kind (INTERMEDIATE, COMPANY_ACTIVITY) and date (AAAA-MM-JJ). */
    public record NewReviewBody(String kind, String date) {
    }

    /** A competency's level in a review: a ReviewLevel name or null to remove it, an Objective name (INTERMEDIATE, TERMINAL) or null. */
    public record ReviewLevelBody(String competency, String level, String objective) {
    }

    /** A draft review's save from its version; keptMark out of 20 in quarter points, or null. */
    public record ReviewBody(String date, java.util.List<ReviewLevelBody> levels, @org.passerelle.rest.internal.json.MultiLine String findings,
                             @org.passerelle.rest.internal.json.MultiLine String advice, java.math.BigDecimal keptMark, Integer version) {
    }

    /** Finalisation: the word CONFIRMATION typed, and the version read. */
    public record FinalisationBody(String confirmation, Integer version) {
    }

    /** The DDFPT's unlock: why, and the version read. */
    public record UnlockBody(@org.passerelle.rest.internal.json.MultiLine String reason, Integer version) {
    }

    /** An establishment's mark mapping: each level's share (« 2/3 », « 0,5 »), the version read (0: the default). */
    public record MarkScaleBody(String acquired, String partlyAcquired, String beingAcquired, String notAcquired, Integer version) {
    }
}
