// Editors and readings of the one-value fields of a follow-up page: TEXT, EMAIL, PHONE, URL, LONG_TEXT, NUMBER, DATE,
// BOOLEAN, CHOICE, MULTI_CHOICE, ACTIVITY, TASKS (and COMPETENCIES, the teacher's, set on « Relier au référentiel »).
// Each editor gets { field, value, onValue, path, id }; a reading gets { field, value }.
import { h } from 'preact';
import { t } from '/app/i18n.js';
import { formatDate } from '/app/components/forms.js';
import { FieldMarks, describedBy, useDoc } from '/app/components/doc-field.js';

const INPUT_TYPES = { TEXT: 'text', EMAIL: 'email', PHONE: 'tel', URL: 'url', DATE: 'date' };
const MODES = { EMAIL: 'email', PHONE: 'tel', URL: 'url' };
const list = (value) => (Array.isArray(value) ? value : []);

function Empty() {
  return h('span', { class: 'muted' }, t('doc.empty'));
}

function InputEditor({ field, value, onValue, path, id }) {
  const doc = useDoc();
  return h('input', {
    id, name: path, class: 'input', type: INPUT_TYPES[field.type] || 'text', inputmode: MODES[field.type],
    autocomplete: 'off', maxLength: 500, value: value === undefined || value === null ? '' : value,
    onInput: (event) => onValue(event.currentTarget.value),
    'aria-invalid': doc.errors[path] ? 'true' : undefined, 'aria-describedby': describedBy(field, path, doc),
  });
}

function LongTextEditor({ field, value, onValue, path, id }) {
  const doc = useDoc();
  return h('textarea', {
    id, name: path, class: 'input textarea', rows: 4, maxLength: 20000, value: value || '',
    onInput: (event) => onValue(event.currentTarget.value),
    'aria-invalid': doc.errors[path] ? 'true' : undefined, 'aria-describedby': describedBy(field, path, doc),
  });
}

/** A number typed with a comma or a point; kept as typed while it is not a number yet (the server names the field). */
function NumberEditor({ field, value, onValue, path, id }) {
  const doc = useDoc();
  const onInput = (event) => {
    const text = event.currentTarget.value.trim().replace(',', '.');
    if (text === '') onValue(null);
    else onValue(/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : event.currentTarget.value);
  };
  return h('input', {
    // A whole number never below zero (a count of people) gets the phone's digits-only keyboard.
    id, name: path, class: 'input input--short', type: 'text', autocomplete: 'off',
    inputmode: field.integer && typeof field.minimum === 'number' && field.minimum >= 0 ? 'numeric' : 'decimal',
    value: value === undefined || value === null ? '' : String(value).replace('.', ','), onInput,
    'aria-invalid': doc.errors[path] ? 'true' : undefined, 'aria-describedby': describedBy(field, path, doc),
  });
}

function BooleanEditor({ field, value, onValue, path, id }) {
  const doc = useDoc();
  return h('label', { class: 'check' },
    h('input', { type: 'checkbox', id, name: path, checked: value === true, onChange: (event) => onValue(event.currentTarget.checked), 'aria-describedby': describedBy(field, path, doc) }),
    ' ', h('span', { class: 'form-field__label' }, field.label, h(FieldMarks, { field, path })));
}

function ChoiceEditor({ field, value, onValue, path, id }) {
  return h('div', { class: 'choices', role: 'radiogroup', 'aria-labelledby': id + '-label' },
    list(field.options).map((option) => h('label', { class: 'check', key: option.code },
      h('input', { type: 'radio', name: path, value: option.code, checked: value === option.code, onChange: () => onValue(option.code) }),
      ' ', option.label)),
    value && !field.required ? h('button', { type: 'button', class: 'button button--small button--link', onClick: () => onValue(null) }, t('doc.clearChoice')) : null);
}

/** Checkboxes: the codes checked, in the order of the options. */
function toggle(codes, code, on, order) {
  const set = new Set(codes);
  if (on) set.add(code);
  else set.delete(code);
  return order.filter((c) => set.has(c)).concat([...set].filter((c) => !order.includes(c)));
}

function MultiChoiceEditor({ field, value, onValue, path, id }) {
  const order = list(field.options).map((o) => o.code);
  return h('div', { class: 'choices', role: 'group', 'aria-labelledby': id + '-label' },
    list(field.options).map((option) => h('label', { class: 'check', key: option.code },
      h('input', { type: 'checkbox', name: path, value: option.code, checked: list(value).includes(option.code),
        onChange: (event) => onValue(toggle(list(value), option.code, event.currentTarget.checked, order)) }),
      ' ', option.label)));
}

function ActivityEditor({ field, value, onValue, path, id }) {
  const doc = useDoc();
  return h('select', { id, name: path, class: 'input', value: value || '', onChange: (event) => onValue(event.currentTarget.value || null),
    'aria-describedby': describedBy(field, path, doc) },
  h('option', { value: '' }, t('doc.chooseActivity')),
  doc.tasks.activities.map((a) => h('option', { key: a.code, value: a.code }, a.code + ' — ' + a.title)));
}

/** The tasks of the placement's referential version, by activity (folded on a phone), as checkboxes. */
export function TasksPicker({ value, onValue, path, id, disabled, marked }) {
  const doc = useDoc();
  const codes = list(value);
  const order = doc.tasks.activities.flatMap((a) => a.tasks.map((task) => task.code));
  if (doc.tasks.loading) return h('p', { class: 'muted' }, t('common.loading'));
  return h('div', { class: 'task-picker', role: 'group', 'aria-labelledby': id + '-label' },
    doc.tasks.activities.map((a) => {
      const checked = a.tasks.filter((task) => codes.includes(task.code)).length;
      return h('details', { class: 'task-picker__activity', key: a.code, open: checked > 0 || undefined },
        h('summary', null, h('strong', null, a.code), ' ', a.title, checked ? h('span', { class: 'badge' }, ' ' + t('doc.checkedCount', { n: checked })) : null),
        h('ul', { class: 'plain-list' }, a.tasks.map((task) => h('li', { key: task.code },
          h('label', { class: 'check' + (marked && marked.has(task.code) ? ' check--marked' : '') },
            h('input', { type: 'checkbox', name: path, value: task.code, disabled, checked: codes.includes(task.code),
              'data-task': task.code, onChange: (event) => onValue(toggle(codes, task.code, event.currentTarget.checked, order)) }),
            h('span', null, h('strong', null, task.code), ' ', task.title,
              marked && marked.has(task.code) ? h('span', { class: 'tag' }, ' ' + t('link.byLearner')) : null))))));
    }));
}

function TasksEditor(props) {
  return h(TasksPicker, props);
}

function CompetenciesNote() {
  const doc = useDoc();
  return doc.renderCompetencies ? doc.renderCompetencies() : h('p', { class: 'muted' }, t('doc.competenciesByTeacher'));
}

export const BASIC_EDITORS = {
  TEXT: InputEditor, EMAIL: InputEditor, PHONE: InputEditor, URL: InputEditor, DATE: InputEditor,
  LONG_TEXT: LongTextEditor, NUMBER: NumberEditor, BOOLEAN: BooleanEditor, CHOICE: ChoiceEditor,
  MULTI_CHOICE: MultiChoiceEditor, ACTIVITY: ActivityEditor, TASKS: TasksEditor, COMPETENCIES: CompetenciesNote,
};

// ---------------------------------------------------------------- readings

function TextView({ value }) {
  return value === undefined || value === null || value === '' ? h(Empty) : h('span', { class: 'doc-text' }, String(value));
}

function LongTextView({ value }) {
  return value ? h('p', { class: 'doc-long-text' }, value) : h(Empty);
}

function UrlView({ value }) {
  return value ? h('a', { href: value, target: '_blank', rel: 'noopener noreferrer' }, value) : h(Empty);
}

function optionLabel(field, code) {
  const option = list(field.options).find((o) => o.code === code);
  return option ? option.label : code;
}

function TaskLines({ value }) {
  const doc = useDoc();
  const codes = list(value);
  if (codes.length === 0) return h(Empty);
  return h('ul', { class: 'plain-list' }, codes.map((code) => h('li', { key: code, 'data-task': code },
    h('strong', null, code), ' ', doc.tasks.titles.get(code) || '')));
}

function ActivityView({ value }) {
  const doc = useDoc();
  if (!value) return h(Empty);
  const activity = doc.tasks.activities.find((a) => a.code === value);
  return h('span', null, value + (activity ? ' — ' + activity.title : ''));
}

export const BASIC_VIEWS = {
  TEXT: TextView, EMAIL: TextView, PHONE: TextView, URL: UrlView, NUMBER: TextView,
  DATE: ({ value }) => (value ? h('span', null, formatDate(value)) : h(Empty)),
  LONG_TEXT: LongTextView,
  BOOLEAN: ({ value }) => h('span', null, value === true ? t('doc.yes') : t('doc.no')),
  CHOICE: ({ field, value }) => (value ? h('span', null, optionLabel(field, value)) : h(Empty)),
  MULTI_CHOICE: ({ field, value }) => (list(value).length ? h('span', null, list(value).map((c) => optionLabel(field, c)).join(', ')) : h(Empty)),
  ACTIVITY: ActivityView,
  TASKS: TaskLines,
  COMPETENCIES: CompetenciesNote,
};
