// Client of the assessment API (issue 12) for the company review (bilan entreprise) of a placement: read it, save its
// header and levels (each from its own version; a 409 carries the review as it is now), the printable meeting grid.
// Same conventions as api.js (problem+json errors, the CSRF header on writes).
import { request } from '/app/api.js';

const enc = encodeURIComponent;

export function fetchCompanyReview(placementId, signal) {
  return request('GET', '/placements/' + enc(placementId) + '/company-review', { signal });
}

/** One level: { competency, criterion (null for the competency as a whole), level (null: cleared), version }. */
export function saveReviewLevel(placementId, result) {
  return request('PUT', '/placements/' + enc(placementId) + '/company-review', { body: { results: [result] } });
}

/** The header: { meetingDate, engagement, comment, tasks, modes, version }. */
export function saveReviewHeader(placementId, header) {
  return request('PUT', '/placements/' + enc(placementId) + '/company-review', { body: { header } });
}

/** « Préparer la rencontre »: the printable grid, to fill on paper at the visit and copy in later. */
export function reviewGridUrl(placementId) {
  return '/api/v1/placements/' + enc(placementId) + '/company-review/grid.pdf';
}
