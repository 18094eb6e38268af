// One field of a follow-up page (issue 11), driven by its layout: the label, the help, the required mark, « À
// compléter » when the server lists it as missing, an error the server named, then the editor of its type (read-only
// when the page is not writable). The editors are split by kind: doc-fields-basic.js (text, numbers, dates, choices,
// tasks), doc-fields-nested.js (GROUP, REPEATED, WEEKLY), doc-fields-place.js (GEOLOCATION, ORG_CHART),
// doc-fields-annex.js (FILES, LINKS), doc-comments.js (COMMENTS).
import { h, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { BASIC_EDITORS, BASIC_VIEWS } from '/app/components/doc-fields-basic.js';
import { GroupField, RepeatedField, WeeklyField } from '/app/components/doc-fields-nested.js';
import { GeolocationField, OrgChartField } from '/app/components/doc-fields-place.js';
import { FilesField, LinksField } from '/app/components/doc-fields-annex.js';
import { CommentsField } from '/app/components/doc-comments.js';

/**
 * What every field of a page shares: { writable, commentable, missing (Set of paths), errors (path → message),
 * comments (field code → list), onComment(fieldCode, text), weeks, tasks (useReferentialTasks), placementId,
 * learnerId, address, renderCompetencies() }.
 */
export const DocContext = createContext(null);

export function useDoc() {
  return useContext(DocContext);
}

/** The DOM id of a field's input, from its path (« activitesMaintenance[0].titre »). */
export function fieldId(path) {
  return 'doc-' + path.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** Whether a value counts as given (blank text, empty lists and objects do not). */
export function isBlank(value) {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** Types that draw their own frame (a fieldset with a legend) instead of a label above one input. */
const FRAMED = {
  GROUP: GroupField,
  REPEATED: RepeatedField,
  WEEKLY: WeeklyField,
  GEOLOCATION: GeolocationField,
  ORG_CHART: OrgChartField,
  FILES: FilesField,
  LINKS: LinksField,
  COMMENTS: CommentsField,
};

/** The marks beside a field's label: required, « À compléter ». */
export function FieldMarks({ field, path }) {
  const doc = useDoc();
  const missing = doc.missing.has(path);
  return [
    field.required ? h('span', { class: 'form-field__required', 'aria-hidden': 'true', key: 'req' }, ' *') : null,
    field.required ? h('span', { class: 'visually-hidden', key: 'req-text' }, t('doc.requiredField')) : null,
    missing ? h('span', { class: 'tag tag--missing', 'data-missing': path, key: 'missing' }, t('doc.toComplete')) : null,
  ];
}

/** The help and the error under a field. */
export function FieldNotes({ field, path }) {
  const doc = useDoc();
  const error = doc.errors[path];
  const id = fieldId(path);
  return [
    field.help ? h('p', { class: 'form-field__hint', id: id + '-hint', key: 'help' }, field.help) : null,
    error ? h('p', { class: 'form-field__error', id: id + '-error', key: 'error', role: 'alert' },
      h('span', { class: 'form-field__error-icon', 'aria-hidden': 'true' }, '!'), error) : null,
  ];
}

/** aria-describedby of a field's input. */
export function describedBy(field, path, doc) {
  const ids = [];
  if (field.help) ids.push(fieldId(path) + '-hint');
  if (doc.errors[path]) ids.push(fieldId(path) + '-error');
  return ids.length ? ids.join(' ') : undefined;
}

/** One field: its frame and its editor (or its reading when the page is not writable). */
export function FieldEditor({ field, value, onValue, path }) {
  const doc = useDoc();
  const Framed = FRAMED[field.type];
  if (Framed) return h(Framed, { field, value, onValue, path });
  const id = fieldId(path);
  const error = doc.errors[path];
  const Editor = doc.writable ? BASIC_EDITORS[field.type] : null;
  const View = BASIC_VIEWS[field.type] || BASIC_VIEWS.TEXT;
  // « Relier au référentiel » heads its own parts (the tasks the teacher keeps, then « Compétences ou critères à évaluer »).
  const ownHeadings = field.type === 'COMPETENCIES' && !!doc.renderCompetencies;
  const grouped = field.type === 'CHOICE' || field.type === 'MULTI_CHOICE' || field.type === 'TASKS' || field.type === 'COMPETENCIES';
  // An editable yes/no is one checkbox carrying the field's label (« ☐ Sélectionnée pour l'export »).
  const label = (field.type === 'BOOLEAN' && Editor) || ownHeadings ? null : grouped || !Editor
    ? h('span', { class: 'form-field__label', id: id + '-label' }, field.label, h(FieldMarks, { field, path }))
    : h('label', { for: id, class: 'form-field__label', id: id + '-label' }, field.label, h(FieldMarks, { field, path }));
  return h('div', {
    class: 'form-field doc-field doc-field--' + field.type.toLowerCase() + (error ? ' has-error' : ''),
    'data-field': path, 'data-field-type': field.type,
  },
  label,
  Editor ? h(Editor, { field, value, onValue, path, id }) : h('div', { class: 'doc-field__value', 'aria-labelledby': ownHeadings ? undefined : id + '-label' }, h(View, { field, value, path })),
  h(FieldNotes, { field, path }));
}

/** The fields of a page (or of a group): each one's value out of `values`, changes merged into a new object. */
export function FieldList({ fields, values, onValues, prefix }) {
  const current = values || {};
  return (fields || []).map((field) => h(FieldEditor, {
    key: field.code,
    field,
    path: prefix ? prefix + '.' + field.code : field.code,
    value: current[field.code],
    onValue: (value) => {
      const next = { ...current };
      if (isBlank(value)) delete next[field.code];
      else next[field.code] = value;
      onValues(next);
    },
  }));
}
