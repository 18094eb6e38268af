package org.passerelle.rest.internal.dto;

/** Request bodies of the API. Unknown properties are refused (400 naming the property). */
public final class Requests {

    private Requests() {
    }

    public record SignIn(String login, String password) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    public record EstablishmentBody(String uai, String name, String address, String contactEmail, Integer version) {
    }

    public record ClassLevelBody(String referentialCode, String year, String label) {
    }

    public record ClassBody(String code, String label, Long classLevelId) {
    }

    public record PersonBody(String role, String familyName, String firstName, String email, String login) {
    }

    public record RoleBody(String role) {
    }

    public record AssignmentBody(Long classId, String status, Long referentTeacherId, Long masterId, Integer version) {
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
}
