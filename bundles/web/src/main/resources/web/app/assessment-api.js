// Client of the assessment API (issue 12): a class's school evaluations, their whole-class grid, the learner's
// dashboard. Same conventions as api.js (problem+json errors, the CSRF header on writes).
import { request } from '/app/api.js';

const enc = encodeURIComponent;

/** A class's school evaluations, newest first. */
export function fetchSchoolEvaluations(classId, signal) {
  return request('GET', '/school-evaluations?classId=' + enc(classId), { signal });
}

/** draft: { classId, title, date, complexity, criteria: [{ competency, criterion|null }] } → the evaluation (201). */
export function createSchoolEvaluation(draft) {
  return request('POST', '/school-evaluations', { body: draft });
}

/**
 * draft: as createSchoolEvaluation plus the `version` read → the evaluation; 409 stale-version with `current`, 409
 * criterion-has-levels when a criterion taken off still carries a level (nothing written).
 */
export function editSchoolEvaluation(id, draft) {
  return request('PUT', '/school-evaluations/' + enc(id), { body: draft });
}

/** Deletes an evaluation none of whose cells has a level (409 school-evaluation-has-levels otherwise) → null (204). */
export function deleteSchoolEvaluation(id, version) {
  return request('DELETE', '/school-evaluations/' + enc(id) + '?version=' + enc(version));
}

/** An evaluation and its whole-class grid. */
export function fetchSchoolEvaluation(id, signal) {
  return request('GET', '/school-evaluations/' + enc(id), { signal });
}

/**
 * results: [{ learnerId, competency, criterion, level|null, version }] (each level with its own version, 0 never saved)
 * → the grid; a stale version answers 409 with `current`, the grid as it is now, and nothing written.
 */
export function saveSchoolResults(id, results) {
  return request('PUT', '/school-evaluations/' + enc(id) + '/results', { body: { results } });
}

/** The learner's dashboard, competency view. */
export function fetchDashboard(learnerId, signal) {
  return request('GET', '/learners/' + enc(learnerId) + '/dashboard', { signal });
}
