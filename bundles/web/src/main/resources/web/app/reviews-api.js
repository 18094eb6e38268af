// Client of the competency reviews API (issue 12, guide 004): the « bilan intermédiaire de compétences » of the
// teachers and the master's « Bilan des activités en entreprise », their archive « Bilans de compétences », the radar,
// the establishment's mark mapping and the dashboard's activity view. Same conventions as api.js (problem+json
// errors, the CSRF header on writes; a stale version answers 409 with `current`).
import { request } from '/app/api.js';

const enc = encodeURIComponent;

/** The learner's reviews, oldest first (finalised ones, and the drafts of who writes them). */
export function fetchLearnerReviews(learnerId, signal) {
  return request('GET', '/learners/' + enc(learnerId) + '/competency-reviews', { signal });
}

/** kind: INTERMEDIATE (staff) or COMPANY_ACTIVITY (the apprentice's master); date "YYYY-MM-DD" → the draft (201). */
export function createReview(learnerId, kind, date) {
  return request('POST', '/learners/' + enc(learnerId) + '/competency-reviews', { body: { kind, date } });
}

export function fetchReview(id, signal) {
  return request('GET', '/competency-reviews/' + enc(id), { signal });
}

/** body: { date, levels: [{ competency, level|null, objective|null }], findings, advice, keptMark, version } → the review. */
export function saveReview(id, body) {
  return request('PUT', '/competency-reviews/' + enc(id), { body });
}

export function finaliseReview(id, confirmation, version) {
  return request('POST', '/competency-reviews/' + enc(id) + '/finalisation', { body: { confirmation, version } });
}

/** The DDFPT only; the reason goes to the establishment's audit log. */
export function unlockReview(id, reason, version) {
  return request('POST', '/competency-reviews/' + enc(id) + '/unlock', { body: { reason, version } });
}

export function deleteReview(id, version) {
  return request('DELETE', '/competency-reviews/' + enc(id) + '?version=' + enc(version));
}

/** The radar of the previous finalised review of the same kind and this one (SVG, same origin: an <img> may show it). */
export function radarUrl(id, version) {
  return '/api/v1/competency-reviews/' + enc(id) + '/radar.svg?v=' + enc(version);
}

/** { acquired, partlyAcquired, beingAcquired, notAcquired, custom, version }, each share a fraction or a decimal. */
export function fetchMarkScale(establishmentId, signal) {
  return request('GET', '/establishments/' + enc(establishmentId) + '/mark-scale', { signal });
}

export function saveMarkScale(establishmentId, body) {
  return request('PUT', '/establishments/' + enc(establishmentId) + '/mark-scale', { body });
}

/** The dashboard's activity view: { weeks: [{ key, label, year }], activities: [{ code, title, tasks: [{ code, title, marks }] }] }. */
export function fetchActivityView(learnerId, signal) {
  return request('GET', '/learners/' + enc(learnerId) + '/dashboard/activities', { signal });
}
