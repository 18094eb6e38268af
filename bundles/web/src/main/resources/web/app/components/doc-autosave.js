// Autosave of one follow-up page while the learner types (issue 11, item 9): a save shortly after the last keystroke,
// each with the page's version; « Enregistrement… », « Enregistré à HH:MM »; the server's field errors under their
// field. Nothing typed is lost: a 409 keeps the typed values and shows the other version beside them, field by
// field (doc-conflict.js), and nothing is sent until the person chooses; an ended session keeps the values as a
// draft (form-safety.js) put back after the sign-in; leaving with a save pending asks first.
import { useEffect, useRef, useState } from 'preact/hooks';
import { saveDraft, setChanged, takeDraft } from '/app/components/form-safety.js';
import { useUniqueId } from '/app/components/use-form.js';

const DELAY_MS = 1000;

const same = (a, b) => JSON.stringify(a || {}) === JSON.stringify(b || {});

/**
 * `page` the DocumentPage as loaded; `save(values, version)` → the DocumentPage saved; `name` names the draft; the
 * server names a field at fault `pageCode.path`.
 * Returns { page, values, onValues, status ('saved' | 'pending' | 'saving' | 'error' | 'conflict'), savedAt, error,
 * errors (field path → message), conflict (the other DocumentPage), resolve(values), retry(), flush() }.
 */
export function useAutosave(page, save, name, pageCode) {
  const id = useUniqueId('autosave');
  const [current, setCurrent] = useState(page);
  const [values, setValues] = useState(page.values || {});
  const [status, setStatus] = useState('saved');
  const [savedAt, setSavedAt] = useState(null);
  const [error, setError] = useState(null);
  const [errors, setErrors] = useState({});
  const [conflict, setConflict] = useState(null);
  const latest = useRef({ values: page.values || {}, version: page.version, saving: false, again: false, conflict: null });
  const timer = useRef(null);
  const mounted = useRef(true);

  const statusRef = useRef('saved');
  statusRef.current = status;

  // Leaving the page with a save waiting: it is sent now (it completes after the page is gone; an ended session keeps
  // the values as a draft). Closing the tab meanwhile asks first.
  useEffect(() => {
    const onUnload = (event) => {
      if (statusRef.current !== 'pending' && statusRef.current !== 'saving') return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onUnload);
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      mounted.current = false;
      if (statusRef.current === 'pending') {
        clearTimeout(timer.current);
        run();
      }
      setChanged(id, false);
    };
  }, []);

  // Values kept when the session ended come back once, and are saved again.
  useEffect(() => {
    const draft = takeDraft('page:' + name);
    if (draft) onValues(draft);
  }, []);

  // Only what a move could lose asks before leaving: a failed save, a conflict not settled.
  useEffect(() => {
    setChanged(id, status === 'error' || status === 'conflict');
  }, [status]);

  async function run() {
    const state = latest.current;
    if (state.conflict) return;
    if (state.saving) {
      state.again = true;
      return;
    }
    state.saving = true;
    state.again = false;
    const sent = state.values;
    setStatus('saving');
    const hash = window.location.hash;
    try {
      const saved = await save(sent, state.version);
      state.version = saved.version;
      // Saved: a draft kept by an earlier refusal is stale now.
      if (state.kept) {
        takeDraft('page:' + name, hash);
        state.kept = false;
      }
      if (!mounted.current) return;
      setCurrent(saved);
      setErrors({});
      setError(null);
      setSavedAt(new Date());
      // Typed meanwhile: kept, and saved next; else the server's values (ids given to new entries) are taken.
      if (same(state.values, sent)) {
        state.values = saved.values || {};
        setValues(state.values);
        setStatus('saved');
      } else {
        state.again = true;
      }
    } catch (caught) {
      if (caught && caught.status === 401) saveDraft('page:' + name, state.values, hash);
      if (!mounted.current) return;
      const other = caught && caught.status === 409 && caught.problem ? (caught.problem.current || null) : null;
      if (other) {
        state.conflict = other;
        setConflict(other);
        setStatus('conflict');
      } else {
        // Refused (a field at fault, the network): what was typed is kept in this tab too, and comes back on a reload.
        saveDraft('page:' + name, state.values, hash);
        state.kept = true;
        setStatus('error');
        setError(caught);
        const prefix = pageCode + '.';
        const field = caught && caught.field ? (caught.field.startsWith(prefix) ? caught.field.slice(prefix.length) : caught.field) : null;
        setErrors(field ? { [field]: caught.message } : {});
      }
      state.again = false;
    } finally {
      state.saving = false;
    }
    if (state.again && mounted.current) schedule(0);
  }

  function schedule(delay) {
    clearTimeout(timer.current);
    timer.current = setTimeout(run, delay);
  }

  function onValues(next) {
    latest.current.values = next;
    setValues(next);
    if (latest.current.conflict) return;
    setStatus('pending');
    schedule(DELAY_MS);
  }

  /** After a conflict: the merged values, saved over the other version. */
  function resolve(merged) {
    const other = latest.current.conflict;
    latest.current.conflict = null;
    latest.current.version = other.version;
    latest.current.values = merged;
    setCurrent(other);
    setValues(merged);
    setConflict(null);
    if (same(merged, other.values)) {
      setStatus('saved');
      setSavedAt(new Date());
    } else {
      setStatus('pending');
      schedule(0);
    }
  }

  return {
    page: current, values, onValues, status, savedAt, error, errors, conflict, resolve,
    retry: () => schedule(0),
    flush: () => { if (status === 'pending') schedule(0); },
  };
}
