package org.passerelle.core.periods;

/** Page « lieu de réalisation » of a liaison sheet, filled by the learner; starred fields are required. */
public record LiaisonPlace(String companyName, String sector, String service, String address, String phone, String tutorName,
                           String tutorFunction, String tutorPhone, String tutorEmail) {
}
