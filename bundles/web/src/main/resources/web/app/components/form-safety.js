// Nothing typed is lost (issue 10, item 9):
//   - drafts: the values of a form whose submission met an ended session (401) are kept in this tab's sessionStorage,
//     for the person who typed them only, and put back when the same form of the same page opens after the sign-in;
//     they are dropped once put back, on sign-out and when someone else signs in;
//   - forms with unsaved changes: leaving the page or the tab (a link, "back", closing the window) asks first;
//   - a new submission anywhere clears the success messages of earlier ones.
const DRAFT_PREFIX = 'passerelle.draft:';
const SESSION_ENDED = 'passerelle.sessionEnded';

let owner = null;

function storage() {
  try {
    return window.sessionStorage;
  } catch (error) {
    return null; // storage refused (private mode settings): drafts are simply not kept
  }
}

function draftKey(formName, hash) {
  return DRAFT_PREFIX + (hash === undefined ? window.location.hash : hash) + '|' + formName;
}

/**
 * Who is signed in (their login), or null when nobody is. The drafts belong to the last person signed in: signed out
 * by an ended session, they are still theirs; when someone else signs in, they are dropped.
 */
export function setDraftOwner(login) {
  if (!login) return;
  if (owner && login !== owner) clearDrafts();
  owner = login;
}

/**
 * Keeps the values of form `formName` of the page at `hash` (the address when the submission started: the sign-in
 * page may already be shown), the session having ended before they were saved.
 */
export function saveDraft(formName, values, hash) {
  const store = storage();
  if (!store || !formName) return;
  try {
    store.setItem(draftKey(formName, hash), JSON.stringify({ owner, values }));
    store.setItem(SESSION_ENDED, '1');
  } catch (error) {
    // full or refused: nothing more can be done here
  }
}
/** The values kept for form `formName` of this page (or of the page at `hash`), once (they are dropped); null when none is the signed-in person's. */
/** The values kept for form `formName` of this page, once (they are dropped); null when none is the signed-in person's. */
export function takeDraft(formName, hash) {
  const store = storage();
  if (!store || !formName) return null;
  const key = draftKey(formName, hash);
  const raw = store.getItem(key);
  if (raw === null) return null;
  store.removeItem(key);
  try {
    const draft = JSON.parse(raw);
    return draft && draft.owner && draft.owner === owner ? draft.values : null;
  } catch (error) {
    return null;
  }
}

/** Drops every kept draft (sign-out, another person). */
export function clearDrafts() {
  const store = storage();
  if (!store) return;
  const keys = [];
  for (let i = 0; i < store.length; i += 1) {
    const key = store.key(i);
    if (key && key.startsWith(DRAFT_PREFIX)) keys.push(key);
  }
  keys.forEach((key) => store.removeItem(key));
}

/** The session has ended (a 401 outside sign-in): the sign-in page says so, once. */
export function markSessionEnded() {
  const store = storage();
  if (store) store.setItem(SESSION_ENDED, '1');
}

/** Whether the session ended (said once, on the sign-in page). */
export function takeSessionEnded() {
  const store = storage();
  if (!store || store.getItem(SESSION_ENDED) === null) return false;
  store.removeItem(SESSION_ENDED);
  return true;
}

// ---------------------------------------------------------------- unsaved changes

const changed = new Set();
let leaving = 0;

/** Form `id` has unsaved changes, or no longer has. */
export function setChanged(id, isChanged) {
  if (isChanged) changed.add(id);
  else changed.delete(id);
}

export function hasUnsavedChanges() {
  return changed.size > 0 && leaving === 0;
}

/** Runs `action` (a submission) while the page may move on without asking: what it saves is not lost. */
export async function whileSaving(action) {
  leaving += 1;
  try {
    return await action();
  } finally {
    leaving -= 1;
  }
}

/** Forgets the unsaved changes (the session ended: they are kept as drafts, and leaving must not ask). */
export function forgetChanges() {
  changed.clear();
}

/** Before an action that leaves the page (signing out): true when nothing is unsaved or the person confirms. */
export function confirmLeaving() {
  if (hasUnsavedChanges() && !window.confirm(confirmText)) return false;
  changed.clear();
  return true;
}

let previousHash = typeof window !== 'undefined' ? window.location.hash : '';
let confirmText = 'Des modifications ne sont pas enregistrées. Quitter quand même\u00a0?';

/** The question asked before leaving (French, from the messages). */
export function setLeaveQuestion(text) {
  confirmText = text;
}

if (typeof window !== 'undefined') {
  // Registered when this module loads, before the router's own listener: a refused move stops here, and the page
  // with its typed values stays.
  window.addEventListener('hashchange', (event) => {
    if (hasUnsavedChanges() && !window.confirm(confirmText)) {
      event.stopImmediatePropagation();
      window.history.replaceState(null, '', previousHash || '#/');
      return;
    }
    changed.clear();
    previousHash = window.location.hash;
  });
  window.addEventListener('beforeunload', (event) => {
    if (!hasUnsavedChanges()) return;
    event.preventDefault();
    event.returnValue = '';
  });
}

// ---------------------------------------------------------------- stale success messages

const listeners = new Set();

/** A submission starts: the success messages shown for earlier ones are out of date. */
export function announceSubmission() {
  listeners.forEach((listener) => listener());
}

/** `listener()` runs at every new submission; returns the way to stop listening. */
export function onSubmission(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
