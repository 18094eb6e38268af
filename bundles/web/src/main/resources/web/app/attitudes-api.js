// Client of the professional attitudes review (bilan des attitudes professionnelles) of a placement, any period kind:
// read it, save one level on the caller's side (the server knows the side: company for the tutor or the master, school
// for the staff) from its own version; a 409 `stale-version` carries the review as it is now in `current`.
// Same conventions as api.js (problem+json errors, the CSRF header on writes).
import { request } from '/app/api.js';

const enc = encodeURIComponent;

export function fetchAttitudesReview(placementId, signal) {
  return request('GET', '/placements/' + enc(placementId) + '/attitudes-review', { signal });
}

/** One level on the caller's side: { attitude, level (null: cleared), version (0: never saved) }. */
export function saveAttitudeLevel(placementId, result) {
  return request('PUT', '/placements/' + enc(placementId) + '/attitudes-review', { body: { results: [result] } });
}
