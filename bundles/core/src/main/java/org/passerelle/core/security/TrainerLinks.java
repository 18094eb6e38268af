package org.passerelle.core.security;

import java.util.List;

/**
 * Company trainers (tutors) and their unique access links: random, stored only as a hash, revocable and reissuable;
 * a placement's link works until 60 days after its period's last day (never less than 180 days from sending), any
 * other link 180 days. Opening a link signs the trainer in with what it grants and nothing else. Later
 * issues attach grants to placements; a grant is a string such as "learner:42".
 */
public interface TrainerLinks {

    /** Staff of the establishment create a trainer (last name, first name and a valid e-mail are required). */
    long createTrainer(Caller caller, long establishmentId, String familyName, String firstName, String email);

    /**
     * Issues a new link for the trainer and grant, queues its e-mail in the same transaction (sent after the commit,
     * with retries: the answer says {@code QUEUED}), and revokes the links issued before for the same trainer and grant
     * (a lost or stolen link stops working; their e-mail, if still queued, is cancelled).
     *
     * @param accessUrlPrefix the address the token is appended to, e.g. "https://host/#/acces/"
     */
    TrainerLink issue(Caller caller, long trainerId, String grant, String accessUrlPrefix);

    /** Invalidates a link at once; the sessions opened with it end too, and its e-mail is cancelled if it has not left. */
    TrainerLink revoke(Caller caller, long linkId);

    List<TrainerLink> links(Caller caller, long trainerId);

    /**
     * For a trainer signed in by a link: when that link (the live one for their grant) stops working, to tell them on
     * their page; empty for anyone else.
     */
    java.util.Optional<java.time.Instant> accessUntil(Caller caller);

    /** Opens a link: a session for the trainer carrying the link's grant. Unknown, expired or revoked: 401. */
    SignedIn open(String token, String remoteAddress);
}
