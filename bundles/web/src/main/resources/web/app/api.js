// Client of the REST API (/api/v1, JSON). Errors arrive as application/problem+json.
// The session is an HttpOnly cookie the browser sends by itself (same origin); every request that is not
// GET/HEAD carries the header X-Passerelle-Csrf.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '/app/i18n.js';

const BASE = '/api/v1';
const CSRF_HEADER = 'X-Passerelle-Csrf';

export class ApiError extends Error {
  constructor(message, status, problem) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** The request field at fault, when the server names one. */
  get field() {
    return this.problem && typeof this.problem.field === 'string' && this.problem.field ? this.problem.field : null;
  }
}

let unauthorizedHandler = null;

/** `handler()` runs when a request answers 401 outside sign-in: the session has ended. */
export function setUnauthorizedHandler(handler) {
  unauthorizedHandler = handler;
}

function defaultMessage(status) {
  if (status === 401) return t('error.unauthorized');
  if (status === 403) return t('error.forbidden');
  if (status === 404) return t('error.notFound');
  if (status === 409) return t('error.conflict');
  if (status === 429) return t('error.tooManyAttempts');
  return t('common.httpError', { status });
}

/**
 * One request. Options: body (sent as JSON), raw + contentType (sent as is, e.g. a File), signal,
 * authRedirect (false: a 401 is only an error, no redirection to the sign-in page).
 * Resolves to the parsed JSON, or null for an empty answer (204).
 */
export async function request(method, path, options = {}) {
  const { body, raw, contentType, signal, authRedirect = true } = options;
  const headers = { Accept: 'application/json, application/problem+json' };
  const init = { method, headers, credentials: 'same-origin', signal };
  if (method !== 'GET' && method !== 'HEAD') headers[CSRF_HEADER] = '1';
  if (raw !== undefined) {
    if (contentType) headers['Content-Type'] = contentType;
    init.body = raw;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(BASE + path, init);
  } catch (error) {
    if (error && error.name === 'AbortError') throw error;
    throw new ApiError(t('common.networkError'), 0, null);
  }
  if (!response.ok) {
    let problem = null;
    const type = response.headers.get('Content-Type') || '';
    if (type.includes('json')) {
      try {
        problem = await response.json();
      } catch (e) {
        problem = null;
      }
    }
    const message = (problem && (problem.detail || problem.title)) || defaultMessage(response.status);
    const error = new ApiError(message, response.status, problem);
    // A 401 naming a field is a wrong value in a form (e.g. the current password), not an ended session.
    if (response.status === 401 && authRedirect && !error.field && unauthorizedHandler) unauthorizedHandler();
    throw error;
  }
  if (response.status === 204 || response.status === 205) return null;
  const text = await response.text();
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError(t('common.invalidResponse'), response.status, null);
  }
}

function getJson(path, signal) {
  return request('GET', path, { signal });
}

const enc = encodeURIComponent;

// ---------------------------------------------------------------- referentials

export function fetchReferentials(signal) {
  return getJson('/referentials', signal);
}

export function fetchReferential(code, version, signal) {
  const query = version ? '?version=' + encodeURIComponent(version) : '';
  return getJson('/referentials/' + encodeURIComponent(code) + query, signal);
}

// ---------------------------------------------------------------- session

/** The signed-in person; rejects with status 401 when signed out (no redirection). */
export function fetchMe(signal) {
  return request('GET', '/me', { signal, authRedirect: false });
}

export function createSession(login, password) {
  return request('POST', '/sessions', { body: { login, password }, authRedirect: false });
}

/** A company trainer's e-mailed link: a session with what the link grants. 401 when unknown, expired or revoked. */
export function openTrainerLink(token) {
  return request('POST', '/sessions/trainer-link', { body: { token }, authRedirect: false });
}

export function fetchPlacement(id, signal) {
  return request('GET', '/placements/' + encodeURIComponent(id), { signal });
}

export function fetchLearner(id, signal) {
  return request('GET', '/learners/' + encodeURIComponent(id), { signal });
}

export function deleteSession() {
  return request('DELETE', '/sessions/current', { authRedirect: false });
}

export function changeMyPassword(currentPassword, newPassword) {
  return request('PUT', '/me/password', { body: { currentPassword, newPassword } });
}

// ---------------------------------------------------------------- establishments

export function fetchEstablishments(signal) {
  return getJson('/establishments', signal);
}

export function fetchEstablishment(id, signal) {
  return getJson('/establishments/' + enc(id), signal);
}

export function createEstablishment(form) {
  return request('POST', '/establishments', { body: form });
}

export function updateEstablishment(id, form) {
  return request('PUT', '/establishments/' + enc(id), { body: form });
}

export function fetchClassLevels(establishmentId, signal) {
  return getJson('/establishments/' + enc(establishmentId) + '/class-levels', signal);
}

export function createClassLevel(establishmentId, form) {
  return request('POST', '/establishments/' + enc(establishmentId) + '/class-levels', { body: form });
}

export function fetchClasses(establishmentId, signal) {
  return getJson('/establishments/' + enc(establishmentId) + '/classes', signal);
}

export function createClass(establishmentId, form) {
  return request('POST', '/establishments/' + enc(establishmentId) + '/classes', { body: form });
}

export function fetchPeople(establishmentId, role, signal) {
  return getJson('/establishments/' + enc(establishmentId) + '/people' + (role ? '?role=' + enc(role) : ''), signal);
}

export function createPerson(establishmentId, form) {
  return request('POST', '/establishments/' + enc(establishmentId) + '/people', { body: form });
}

export function resetPassword(personId) {
  return request('POST', '/people/' + enc(personId) + '/password-reset');
}

export function changeRole(personId, role, version) {
  return request('PUT', '/people/' + enc(personId) + '/role', { body: { role, version } });
}

export function fetchLearners(establishmentId, classId, signal) {
  return getJson('/establishments/' + enc(establishmentId) + '/learners' + (classId ? '?classId=' + enc(classId) : ''), signal);
}

export function createLearner(establishmentId, form) {
  return request('POST', '/establishments/' + enc(establishmentId) + '/learners', { body: form });
}

/**
 * format: "SIECLE" (XML) or "CSV"; file: a File; apply false previews, true writes; confirm: line numbers of probable
 * duplicates to create anyway.
 */
export function importLearners(establishmentId, format, file, apply, confirm) {
  const kind = format === 'CSV' ? 'csv' : 'siecle';
  const confirmed = Array.isArray(confirm) && confirm.length ? '&confirm=' + confirm.join(',') : '';
  return request('POST', '/establishments/' + enc(establishmentId) + '/imports/' + kind + '?apply=' + (apply ? 'true' : 'false') + confirmed, {
    raw: file,
    contentType: format === 'CSV' ? 'text/csv' : 'application/xml',
  });
}

export function fetchAudit(establishmentId, signal) {
  return getJson('/audit' + (establishmentId ? '?establishmentId=' + enc(establishmentId) : ''), signal);
}

// ---------------------------------------------------------------- periods, placements, liaison sheets

export function fetchAnnexes(establishmentId, signal) {
  return getJson('/establishments/' + enc(establishmentId) + '/annexes', signal);
}

export function createAnnex(establishmentId, form) {
  return request('POST', '/establishments/' + enc(establishmentId) + '/annexes', { body: form });
}

export function updateAnnex(annexId, form) {
  return request('PUT', '/annexes/' + enc(annexId), { body: form });
}

/** form: { name, kind, startDate, endDate, learnerIds }. */
export function createPeriod(annexId, form) {
  return request('POST', '/annexes/' + enc(annexId) + '/periods', { body: form });
}

/** View by periods: the periods of a class level (all levels when null); deleted: those deleted less than 30 days ago. */
export function fetchPeriods(establishmentId, classLevelId, deleted, signal) {
  const query = [];
  if (classLevelId) query.push('classLevelId=' + enc(classLevelId));
  if (deleted) query.push('deleted=true');
  return getJson('/establishments/' + enc(establishmentId) + '/periods' + (query.length ? '?' + query.join('&') : ''), signal);
}

export function fetchPeriod(id, signal) {
  return getJson('/periods/' + enc(id), signal);
}

/** page: "information", "learners", "objectives" or "activities"; body carries the period's version. */
export function updatePeriodPage(id, page, body) {
  return request('PUT', '/periods/' + enc(id) + '/' + page, { body });
}

export function deletePeriod(id) {
  return request('DELETE', '/periods/' + enc(id) + '?confirm=true');
}

export function restorePeriod(id) {
  return request('POST', '/periods/' + enc(id) + '/restore');
}

export function fetchPeriodPlacements(periodId, signal) {
  return getJson('/periods/' + enc(periodId) + '/placements', signal);
}

export function updatePlace(placementId, body) {
  return request('PUT', '/placements/' + enc(placementId) + '/place', { body });
}

export function individualise(placementId, body) {
  return request('PUT', '/placements/' + enc(placementId) + '/individualisation', { body });
}

export function realign(placementId, version) {
  return request('POST', '/placements/' + enc(placementId) + '/realign', { body: { version } });
}

export function createTutor(placementId, body) {
  return request('POST', '/placements/' + enc(placementId) + '/tutor', { body });
}

export function sendTutorLink(placementId) {
  return request('POST', '/placements/' + enc(placementId) + '/tutor/link');
}

/** A trainer's links, newest first. */
export function fetchTrainerLinks(trainerId, signal) {
  return getJson('/trainers/' + enc(trainerId) + '/links', signal);
}

export function revokeTrainerLink(linkId) {
  return request('DELETE', '/trainer-links/' + enc(linkId));
}

export function fetchSheets(placementId, signal) {
  return getJson('/placements/' + enc(placementId) + '/sheets', signal);
}

export function createSheet(placementId, title) {
  return request('POST', '/placements/' + enc(placementId) + '/sheets', { body: { title } });
}

export function fetchLearnerPeriods(learnerId, signal) {
  return getJson('/learners/' + enc(learnerId) + '/periods', signal);
}

export function fetchFreeSheets(learnerId, signal) {
  return getJson('/learners/' + enc(learnerId) + '/free-sheets', signal);
}

/** What every pre-agreement of the period prints (consultation, derogation work, assessment), with the period's version. */
export function fetchPreAgreementTerms(periodId, signal) {
  return getJson('/periods/' + enc(periodId) + '/pre-agreement-terms', signal);
}

export function updatePreAgreementTerms(periodId, body) {
  return request('PUT', '/periods/' + enc(periodId) + '/pre-agreement-terms', { body });
}

/** The attendance certificate's fields of a pupil's placement, with the placement's version. */
export function fetchAttendance(placementId, signal) {
  return getJson('/placements/' + enc(placementId) + '/attendance', signal);
}

export function updateAttendance(placementId, body) {
  return request('PUT', '/placements/' + enc(placementId) + '/attendance', { body });
}

/** Links of the documents (PDF, opened by the browser with the session cookie). */
export function preAgreementUrl(placementId) {
  return BASE + '/placements/' + enc(placementId) + '/pre-agreement.pdf';
}

export function periodPreAgreementsUrl(periodId) {
  return BASE + '/periods/' + enc(periodId) + '/pre-agreements.pdf';
}

export function attendanceCertificateUrl(placementId) {
  return BASE + '/placements/' + enc(placementId) + '/attendance-certificate.pdf';
}

/**
 * Loads data with `load(signal)` whenever `deps` change.
 * Returns { loading, data, error, retry }. While `retry()` reloads, `data` keeps the previous answer
 * (lists do not flash after a creation); when `deps` change it starts empty.
 */
export function useApi(load, deps) {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState({ loading: true, data: null, error: null });
  const lastDeps = useRef(null);
  useEffect(() => {
    const controller = new AbortController();
    const key = deps;
    const sameDeps = lastDeps.current !== null && lastDeps.current.length === key.length
      && lastDeps.current.every((value, i) => Object.is(value, key[i]));
    lastDeps.current = key;
    setState((previous) => ({ loading: true, data: sameDeps ? previous.data : null, error: null }));
    load(controller.signal).then(
      (data) => setState({ loading: false, data, error: null }),
      (error) => {
        if (error && error.name === 'AbortError') return;
        setState({ loading: false, data: null, error });
      },
    );
    return () => controller.abort();
  }, [...deps, attempt]);
  return { ...state, retry: () => setAttempt((n) => n + 1) };
}
