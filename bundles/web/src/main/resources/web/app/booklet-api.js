// Client of the apprenticeship booklet's API (issue 11, item 5): an apprentice's booklet and the saving of one of its
// sections. Same conventions as api.js (problem+json errors, the CSRF header on writes).
import { request } from '/app/api.js';

const enc = encodeURIComponent;

/** { learnerId, learnerName, masterName, pages: [DocumentPage] }; 400 no-booklet-for-pupil for a pupil. */
export function fetchBooklet(learnerId, signal) {
  return request('GET', '/learners/' + enc(learnerId) + '/booklet', { signal });
}

/** values: the section's values by field code; version: the section's (0 for one never saved). 403 section-not-yours. */
export function saveBookletPage(learnerId, section, values, version) {
  return request('PUT', '/learners/' + enc(learnerId) + '/booklet/pages/' + enc(section), { body: { values, version } });
}
