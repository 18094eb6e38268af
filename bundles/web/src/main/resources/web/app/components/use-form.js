// The state of one form (values, errors per field, the alert, busy) and what keeps typed values from being lost:
// drafts across an ended session, the guard against leaving unsaved changes, and conflicts shown side by side.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { differingFields } from '/app/components/conflicts.js';
import { announceSubmission, saveDraft, setChanged, takeDraft } from '/app/components/form-safety.js';

let counter = 0;

/** An id unique in the page, stable for the component's life. */
export function useUniqueId(prefix) {
  const ref = useRef(null);
  if (ref.current === null) {
    counter += 1;
    ref.current = prefix + '-' + counter;
  }
  return ref.current;
}

/** An error found before sending (shown like the API's problems). */
export class LocalFormError extends Error {
  constructor(message) {
    super(message);
    this.name = 'LocalFormError';
    this.local = true;
  }
}

/** Field name → "Ce champ est obligatoire." for every name among `names` whose value is blank. */
export function requiredErrors(values, names) {
  const errors = {};
  for (const name of names) {
    const value = values[name];
    if (value === undefined || value === null || String(value).trim() === '') errors[name] = t('form.required');
  }
  return errors;
}

/** Trimmed text, or null when blank (optional fields are sent as null). */
export function optional(value) {
  const text = value === undefined || value === null ? '' : String(value).trim();
  return text === '' ? null : text;
}

/** A numeric id from a select, or null. */
export function optionalId(value) {
  return value === undefined || value === null || value === '' ? null : Number(value);
}

function escapeName(name) {
  return window.CSS && CSS.escape ? CSS.escape(name) : String(name).replace(/"/g, '\\"');
}

/** Brings an element into the middle of the screen (a phone's keyboard and sticky parts hide its edges), then focuses it. */
function reveal(element) {
  if (element.scrollIntoView) element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
}

/** The form's `data-form` name, under which its draft is kept; null before it is shown. */
function formName(form) {
  return form && form.dataset ? form.dataset.form : null;
}

/** The values worth keeping as a draft: not passwords, not files. */
function draftable(form, values) {
  const kept = {};
  for (const [name, value] of Object.entries(values)) {
    const input = form.querySelector('[name="' + escapeName(name) + '"]');
    if (input && (input.type === 'password' || input.type === 'file')) continue;
    if (value instanceof Blob) continue;
    kept[name] = value;
  }
  return kept;
}

/**
 * State of one form: values, errors per field, the error shown in the alert, busy flag.
 * `submit(event, action, validate)`: runs `validate(values)` (field → message), then `await action(values)`.
 * Options:
 *   - `fromCurrent(current)`: the form's values out of the record a 409 carries (the other person's version); then a
 *     conflict shows both versions side by side and nothing is sent until the person chooses (ConflictPanel);
 *   - `guard: false`: leaving with unsaved changes does not ask (sign-in, a file to import).
 * Nothing typed is lost (form-safety.js): the values are kept when the session has ended, and put back after sign-in.
 */
export function useForm(initial, options = {}) {
  const id = useUniqueId('form');
  const [values, setValues] = useState(initial);
  const [baseline, setBaseline] = useState(initial);
  const [fieldErrors, setFieldErrors] = useState({});
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState(null);
  const [restored, setRestored] = useState(false);
  const formRef = useRef(null);
  const alertRef = useRef(null);
  const focusTarget = useRef(null);
  const mounted = useRef(true);
  const resetDuringSave = useRef(false);

  useEffect(() => () => { mounted.current = false; }, []);

  // Values kept when the session ended come back once, when this form of this page opens again.
  useEffect(() => {
    const name = formName(formRef.current);
    const draft = takeDraft(name);
    if (draft) {
      setValues((previous) => ({ ...previous, ...draft }));
      setRestored(true);
    }
  }, []);

  // Unsaved changes: leaving asks first.
  const isChanged = options.guard !== false && JSON.stringify(values) !== JSON.stringify(baseline);
  useEffect(() => {
    setChanged(id, isChanged);
    return () => setChanged(id, false);
  }, [isChanged]);

  // After an error is shown: bring the field at fault (its error is read with it), or the alert, into view.
  useEffect(() => {
    const target = focusTarget.current;
    if (!target || !formRef.current) return;
    focusTarget.current = null;
    const element = target === '#alert' ? null : formRef.current.querySelector('[name="' + escapeName(target) + '"]');
    if (element) {
      reveal(element);
    } else if (alertRef.current) {
      reveal(alertRef.current);
    }
  });

  function set(name, value) {
    setValues((previous) => ({ ...previous, [name]: value }));
    setFieldErrors((previous) => {
      if (!previous[name]) return previous;
      const next = { ...previous };
      delete next[name];
      return next;
    });
  }

  function field(name) {
    return { id: id + '-' + name, name, value: values[name], error: fieldErrors[name], onValue: (value) => set(name, value) };
  }

  async function submit(event, action, validate) {
    if (event) event.preventDefault();
    if (busy) return;
    announceSubmission();
    if (conflict) {
      // A second click after a 409 never overwrites the other person's values: the person chooses first.
      focusTarget.current = '#alert';
      setError(conflict.error);
      return;
    }
    const local = validate ? validate(values) : null;
    const names = local ? Object.keys(local) : [];
    if (names.length > 0) {
      setFieldErrors(local);
      setError(new LocalFormError(names.length === 1 ? t('form.invalidOne') : t('form.invalidMany', { n: names.length })));
      focusTarget.current = names[0];
      return;
    }
    setBusy(true);
    setError(null);
    setFieldErrors({});
    setRestored(false);
    // Taken now: if the session has ended, the page may be gone by the time the answer is read.
    const draftName = formName(formRef.current);
    const draftValues = formRef.current ? draftable(formRef.current, values) : null;
    const draftHash = window.location.hash;
    resetDuringSave.current = false;
    try {
      await action(values);
      // Saved: no longer "changed", before any move the action asked for is handled (unless the action emptied the
      // form for the next entry: reset() set both already).
      setChanged(id, false);
      if (mounted.current && !resetDuringSave.current) setBaseline(values);
    } catch (caught) {
      if (caught && caught.name === 'AbortError') return;
      if (caught && caught.status === 401 && !caught.field && draftValues) saveDraft(draftName, draftValues, draftHash);
      if (!mounted.current) return;
      setError(caught);
      const current = caught && caught.status === 409 && caught.problem ? caught.problem.current : null;
      if (current && options.fromCurrent) {
        const theirs = options.fromCurrent(current);
        if (differingFields(values, theirs).length > 0) setConflict({ theirs, error: caught });
      }
      const name = caught && caught.field;
      // A wrong password is said once, in the alert, not again under the field.
      if (name && name in values && caught.status !== 401) {
        setFieldErrors({ [name]: caught.message });
        focusTarget.current = name;
      } else {
        focusTarget.current = '#alert';
      }
    } finally {
      if (mounted.current) setBusy(false);
    }
  }

  function reset(next) {
    resetDuringSave.current = true;
    setValues(next || initial);
    setBaseline(next || initial);
    setFieldErrors({});
    setError(null);
    setConflict(null);
  }

  /** After a conflict: the other person's values replace the typed ones. */
  function takeTheirs() {
    if (!conflict) return;
    setValues((previous) => ({ ...previous, ...conflict.theirs }));
    setBaseline((previous) => ({ ...previous, ...conflict.theirs }));
    setConflict(null);
    setError(null);
  }

  /** After a conflict: the typed values stay, and the next save replaces the other person's, knowingly. */
  function keepMine() {
    setConflict(null);
    setError(null);
  }

  return {
    id, values, setValues, set, field, fieldErrors, error, setError, busy, submit, reset, formRef, alertRef, conflict, takeTheirs, keepMine,
    restored,
  };
}
