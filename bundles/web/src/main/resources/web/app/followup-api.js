// Client of the follow-up API (issue 11): a placement's portfolio or logbook, its pages, activity sheets, the personal
// review, comments, the learner's files, and the site's map settings. Same conventions as api.js (problem+json errors,
// the CSRF header on writes).
import { request } from '/app/api.js';

const BASE = '/api/v1';
const enc = encodeURIComponent;

export function fetchFollowUp(placementId, signal) {
  return request('GET', '/placements/' + enc(placementId) + '/portfolio', { signal });
}

/** values: the page's values by field code; version: the page's (0 for a page never saved). */
export function savePortfolioPage(placementId, pageCode, values, version) {
  return request('PUT', '/placements/' + enc(placementId) + '/portfolio/pages/' + enc(pageCode), { body: { values, version } });
}

export function commentPortfolio(placementId, pageCode, field, text) {
  return request('POST', '/placements/' + enc(placementId) + '/portfolio/pages/' + enc(pageCode) + '/comments', { body: { field, text } });
}

export function fetchPersonalReview(placementId, signal) {
  return request('GET', '/placements/' + enc(placementId) + '/personal-review', { signal });
}

export function savePersonalReview(placementId, values, version) {
  return request('PUT', '/placements/' + enc(placementId) + '/personal-review', { body: { values, version } });
}

export function fetchSheet(sheetId, signal) {
  return request('GET', '/sheets/' + enc(sheetId), { signal });
}

export function renameSheet(sheetId, title, version) {
  return request('PUT', '/sheets/' + enc(sheetId), { body: { title, version } });
}

export function deleteSheet(sheetId, version) {
  return request('DELETE', '/sheets/' + enc(sheetId) + '?version=' + enc(version));
}

export function saveSheetPage(sheetId, pageCode, values, version) {
  return request('PUT', '/sheets/' + enc(sheetId) + '/pages/' + enc(pageCode), { body: { values, version } });
}

/** The teacher's « Relier au référentiel »: checked tasks and the competencies or criteria to evaluate at the visit. */
export function linkSheet(sheetId, checkedTasks, selections, version) {
  return request('PUT', '/sheets/' + enc(sheetId) + '/referential-link', { body: { checkedTasks, selections, version } });
}

export function commentSheet(sheetId, page, field, text) {
  return request('POST', '/sheets/' + enc(sheetId) + '/comments', { body: { page, field, text } });
}

export function fetchLearnerFiles(learnerId, signal) {
  return request('GET', '/learners/' + enc(learnerId) + '/files', { signal });
}

/** Sends one file (multipart/form-data, part « file »); the browser sets the boundary. */
export function uploadLearnerFile(learnerId, file) {
  const form = new FormData();
  form.append('file', file, file.name);
  return request('POST', '/learners/' + enc(learnerId) + '/files', { raw: form });
}

/** One file's name, type and size (for readers who may not list the learner's files: a tutor, a master). */
export function fetchFileMeta(fileId, signal) {
  return request('GET', '/files/' + enc(fileId) + '/meta', { signal });
}

export function fileUrl(fileId) {
  return BASE + '/files/' + enc(fileId);
}

/** format: "odt", "docx" or "pdf". */
export function portfolioExportUrl(placementId, format) {
  return BASE + '/placements/' + enc(placementId) + '/portfolio/export.' + format;
}

let settings = null;

/** The site's settings from etc/ (the map's tile server), asked once. */
export function fetchSiteSettings() {
  if (!settings) {
    settings = fetch('/settings.json', { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : { map: { tileUrl: '', attribution: '' } }))
      .catch(() => ({ map: { tileUrl: '', attribution: '' } }));
  }
  return settings;
}
