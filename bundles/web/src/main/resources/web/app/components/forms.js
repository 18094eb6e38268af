// Form building blocks: labelled fields whose errors are linked with aria-describedby, form state with
// submission (local checks, then the API; a problem naming a `field` is shown under that field and focused),
// the one-time password box, responsive tables, and date / name formatting.
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, tEnum } from '/app/i18n.js';
import { Alert } from '/app/components/common.js';
import { ConflictPanel } from '/app/components/conflicts.js';
import { onSubmission } from '/app/components/form-safety.js';

export { LocalFormError, optional, optionalId, requiredErrors, useForm, useUniqueId } from '/app/components/use-form.js';
import { useUniqueId } from '/app/components/use-form.js';

/** The alert of a form (role="alert"); focusable so that it can take the focus after an error. */
export function FormAlert({ form, onRetry }) {
  if (form.restored && !form.error) {
    return h('p', { class: 'notice notice--info', role: 'status', 'data-draft-restored': '' }, t('form.draftRestored'));
  }
  if (!form.error) return null;
  return h('div', { class: 'form-alert', tabIndex: -1, ref: form.alertRef, id: form.id + '-alert' },
    h(Alert, { error: form.error, onRetry, title: form.error.local || (form.error.field && form.error.status === 400) ? t('form.errorTitle') : undefined },
      form.conflict ? h(ConflictPanel, { form }) : null));
}

function describedBy(...ids) {
  const list = ids.filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

function Label({ id, label, required }) {
  return h('label', { for: id, class: 'form-field__label' },
    label,
    required ? h('span', { class: 'form-field__required', 'aria-hidden': 'true' }, ' *') : null);
}

function FieldMessages({ hintId, hint, errorId, error }) {
  return [
    hint ? h('p', { id: hintId, class: 'form-field__hint', key: 'hint' }, hint) : null,
    error ? h('p', { id: errorId, class: 'form-field__error', key: 'error' },
      h('span', { class: 'form-field__error-icon', 'aria-hidden': 'true' }, '!'), error) : null,
  ];
}

/** A labelled input. */
export function Field({ id, name, label, value, onValue, error, hint, type = 'text', required, wide, ...rest }) {
  const hintId = hint ? id + '-hint' : null;
  const errorId = error ? id + '-error' : null;
  return h('div', { class: 'form-field' + (error ? ' has-error' : '') + (wide ? ' form-field--wide' : '') },
    h(Label, { id, label, required }),
    h('input', {
      ...rest,
      id,
      name,
      type,
      value: value === undefined || value === null ? '' : value,
      onInput: (event) => onValue(event.currentTarget.value),
      required: !!required,
      'aria-invalid': error ? 'true' : undefined,
      'aria-describedby': describedBy(hintId, errorId),
      class: 'input',
    }),
    h(FieldMessages, { hintId, hint, errorId, error }));
}

/** A labelled select; options: [{ value, label }]; `placeholder` adds an empty first choice. */
export function SelectField({ id, name, label, value, onValue, error, hint, options, placeholder, required, wide, ...rest }) {
  const hintId = hint ? id + '-hint' : null;
  const errorId = error ? id + '-error' : null;
  const current = value === undefined || value === null ? '' : String(value);
  return h('div', { class: 'form-field' + (error ? ' has-error' : '') + (wide ? ' form-field--wide' : '') },
    h(Label, { id, label, required }),
    h('select', {
      ...rest,
      id,
      name,
      value: current,
      onChange: (event) => onValue(event.currentTarget.value),
      required: !!required,
      'aria-invalid': error ? 'true' : undefined,
      'aria-describedby': describedBy(hintId, errorId),
      class: 'input',
    },
    placeholder !== undefined ? h('option', { value: '' }, placeholder) : null,
    options.map((option) => h('option', { key: String(option.value), value: String(option.value) }, option.label))),
    h(FieldMessages, { hintId, hint, errorId, error }));
}

/** Radio buttons in a fieldset; options: [{ value, label }]. */
export function RadioGroup({ id, name, legend, value, onValue, error, hint, options, required }) {
  const hintId = hint ? id + '-hint' : null;
  const errorId = error ? id + '-error' : null;
  return h('fieldset', { class: 'form-field form-field--wide radio-group' + (error ? ' has-error' : ''), 'aria-describedby': describedBy(hintId, errorId) },
    h('legend', { class: 'form-field__label' }, legend,
      required ? h('span', { class: 'form-field__required', 'aria-hidden': 'true' }, ' *') : null),
    h('div', { class: 'radio-group__options' },
      options.map((option) => h('label', { class: 'radio', key: option.value },
        h('input', {
          type: 'radio',
          name,
          value: option.value,
          checked: value === option.value,
          onChange: () => onValue(option.value),
          'aria-invalid': error ? 'true' : undefined,
        }),
        h('span', null, option.label)))),
    h(FieldMessages, { hintId, hint, errorId, error }));
}

/** "Les champs marqués * sont obligatoires." */
export function RequiredNote() {
  return h('p', { class: 'form-note' }, t('form.requiredNote'));
}

export function SubmitButton({ busy, label, busyLabel, ...rest }) {
  return h('button', { type: 'submit', class: 'button button--primary', disabled: busy, 'aria-disabled': busy ? 'true' : undefined, ...rest },
    busy ? h('span', { class: 'spinner spinner--small', 'aria-hidden': 'true' }) : null,
    busy ? (busyLabel || t('form.sending')) : label);
}

/**
 * A success message, announced politely. `reveal`: scrolled into view when shown, for forms longer than a phone's
 * screen whose message appears above them.
 */
export function Success({ children, reveal, ...rest }) {
  const ref = useRef(null);
  const [stale, setStale] = useState(false);
  useEffect(() => {
    if (reveal && ref.current && ref.current.scrollIntoView) ref.current.scrollIntoView({ block: 'nearest' });
  }, [reveal]);
  // A new submission makes this message out of date: it goes (a new one comes if that one succeeds too).
  useEffect(() => onSubmission(() => setStale(true)), []);
  if (stale) return null;
  return h('div', { class: 'success', role: 'status', ref, ...rest }, children);
}

/**
 * The password of a new account or of a reset, shown once: the box takes the focus, says to hand it over,
 * and carries the password in `data-one-time-password` too.
 */
export function OneTimePassword({ title, login, password, onDismiss }) {
  const ref = useRef(null);
  const headingId = useUniqueId('otp');
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (ref.current) ref.current.focus();
  }, [password]);
  const canCopy = typeof navigator !== 'undefined' && navigator.clipboard && window.isSecureContext;
  return h('section', { class: 'one-time', 'data-one-time-password': password, tabIndex: -1, ref, 'aria-labelledby': headingId },
    h('h3', { id: headingId, class: 'one-time__title' }, title),
    login ? h('p', { class: 'one-time__row' }, h('span', { class: 'one-time__label' }, t('oneTime.login')), ' ',
      h('code', { class: 'one-time__login', 'data-login': login }, login)) : null,
    h('p', { class: 'one-time__row' }, h('span', { class: 'one-time__label' }, t('oneTime.password')), ' ',
      h('code', { class: 'one-time__value', 'data-password': '' }, password)),
    h('p', { class: 'one-time__warning' }, t('oneTime.handOver')),
    h('div', { class: 'actions' },
      canCopy ? h('button', {
        type: 'button',
        class: 'button',
        onClick: () => navigator.clipboard.writeText(password).then(() => setCopied(true), () => setCopied(false)),
      }, copied ? t('oneTime.copied') : t('oneTime.copy')) : null,
      onDismiss ? h('button', { type: 'button', class: 'button', 'data-action': 'dismiss-password', onClick: onDismiss }, t('oneTime.dismiss')) : null));
}

/**
 * A table that becomes a list of cards on a phone. columns: [{ key, label, render(row), className }];
 * each row carries data-row="<rowKey(row)>".
 */
// On a phone a cell is a grid (its heading, then its value): the value is one box, else a value of several parts
// (« EI2 » then « Intermédiaire ») put its second part under the heading. The actions stay one per line.
function cellValue(column, content) {
  return column.className === 'data-table__actions' ? content : h('span', { class: 'data-table__value' }, content);
}

export function DataTable({ caption, columns, rows, rowKey, empty, captionVisible }) {
  if (!rows || rows.length === 0) {
    return h('p', { class: 'empty', 'data-empty': 'rows' }, empty || t('table.empty'));
  }
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'data-table' },
      caption ? h('caption', { class: captionVisible ? 'data-table__caption' : 'visually-hidden' }, caption) : null,
      h('thead', null, h('tr', null, columns.map((column) => h('th', { scope: 'col', key: column.key, class: column.className }, column.label)))),
      h('tbody', null, rows.map((row) => {
        const key = String(rowKey(row));
        return h('tr', { key, 'data-row': key },
          columns.map((column) => h('td', { key: column.key, 'data-label': column.label, class: column.className },
            cellValue(column, column.render ? column.render(row) : (row[column.key] === undefined || row[column.key] === null || row[column.key] === ''
              ? h('span', { class: 'muted' }, t('table.none'))
              : String(row[column.key]))))));
      }))));
}

/** "2009-03-14" → "14/03/2009" (no time zone involved). */
/** Today in the browser's calendar, "YYYY-MM-DD". */
export function todayIso() {
  const d = new Date();
  return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
}

export function formatDate(iso) {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso));
  return match ? match[3] + '/' + match[2] + '/' + match[1] : String(iso);
}

// Instants are shown in the establishment's time zone (issue 10): a link sent at 21:26 in Papeete on the 28th reads
// "28/11", whatever the zone of the browser that shows it. The session sets it once it knows who is signed in.
let displayZone;
let dateTimeFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'medium' });
let dayFormat = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric' });

/** The IANA zone instants are shown in (the establishment's); unknown or empty: the browser's. */
export function setDisplayTimeZone(zone) {
  if (zone === displayZone) return;
  try {
    const options = zone ? { timeZone: zone } : {};
    dateTimeFormat = new Intl.DateTimeFormat('fr-FR', { ...options, dateStyle: 'short', timeStyle: 'medium' });
    dayFormat = new Intl.DateTimeFormat('fr-FR', { ...options, day: '2-digit', month: '2-digit', year: 'numeric' });
    displayZone = zone;
  } catch (error) {
    console.warn('Unknown time zone ' + zone);
  }
}

/** An instant as "14/03/2025 09:05:12" in the establishment's time zone. */
export function formatDateTime(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : dateTimeFormat.format(date);
}

/** The day of an instant as "14/03/2025", in the establishment's time zone. */
export function formatDay(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : dayFormat.format(date);
}

/** The last day something that ends at this instant still works ("valid until the 14th" for an end at 00:00 on the 15th). */
export function formatLastDay(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : dayFormat.format(new Date(date.getTime() - 1));
}

/** "Nom Prénom", for lists sorted by family name. */
export function listName(person) {
  if (!person) return '';
  return t('person.listName', { familyName: person.familyName || '', firstName: person.firstName || '' }).trim();
}

/** "Prénom Nom". */
export function fullName(person) {
  if (!person) return '';
  return t('person.fullName', { familyName: person.familyName || '', firstName: person.firstName || '' }).trim();
}

export function byName(a, b) {
  return listName(a).localeCompare(listName(b), 'fr', { sensitivity: 'base' });
}

export function roleLabel(role) {
  return tEnum('role', role);
}
