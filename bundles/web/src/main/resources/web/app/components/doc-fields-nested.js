// Fields holding other fields: GROUP (an object of its nested fields), REPEATED (any number of entries, shown as tiles
// with a counter, one opened at a time, e.g. the maintenance activities of « Présenter une activité ») and WEEKLY (one
// entry per week of the period: « Semaine 18 — du 03/05 au 07/05 »).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { t, tn } from '/app/i18n.js';
import { formatDate } from '/app/components/forms.js';
import { FieldList, FieldMarks, FieldNotes, fieldId, useDoc } from '/app/components/doc-field.js';

const list = (value) => (Array.isArray(value) ? value : []);

export function GroupField({ field, value, onValue, path }) {
  return h('fieldset', { class: 'doc-group', 'data-field': path, 'data-field-type': 'GROUP', id: fieldId(path) },
    h('legend', { class: 'doc-group__legend' }, field.label, h(FieldMarks, { field, path })),
    h(FieldNotes, { field, path }),
    h(FieldList, { fields: field.fields, values: value || {}, onValues: onValue, prefix: path }));
}

/** A new entry's id, kept by the server: entries keep their identity when others are removed. */
function newId() {
  const random = window.crypto && window.crypto.getRandomValues ? window.crypto.getRandomValues(new Uint32Array(2)) : [Date.now(), Math.random() * 1e9];
  return 'e' + Array.from(random, (n) => Math.floor(n).toString(36)).join('');
}

/**
 * A tile's title: the first text field the entry fills (« Objet » when « Participants » is empty), else the first line
 * of a long text, shortened; else « Entrée n (sans titre) ».
 */
function entryTitle(field, entry, index) {
  const fields = list(field.fields);
  for (const f of fields.filter((x) => x.type === 'TEXT').concat(fields.filter((x) => x.type === 'LONG_TEXT'))) {
    const text = entry && typeof entry[f.code] === 'string' ? entry[f.code].trim().split('\n')[0].trim() : '';
    if (text) return text.length > 80 ? text.slice(0, 79) + '…' : text;
  }
  return t('doc.entryNumber', { n: index + 1 });
}

/** « 3 activités » when the entries are activities (their label says so), else « 3 entrées ». */
function countText(field, n) {
  return /activit/i.test(field.label || '') ? tn('doc.activityCount', n) : tn('doc.entryCount', n);
}

export function RepeatedField({ field, value, onValue, path }) {
  const doc = useDoc();
  const entries = list(value);
  const [open, setOpen] = useState(entries.length === 1 ? 0 : -1);
  const [confirming, setConfirming] = useState(-1);
  const flags = list(field.fields).filter((f) => f.type === 'BOOLEAN');
  const add = () => {
    onValue(entries.concat([{ id: newId() }]));
    setOpen(entries.length);
  };
  const remove = (index) => {
    onValue(entries.filter((e, i) => i !== index));
    setConfirming(-1);
    setOpen(-1);
  };
  const headingId = fieldId(path) + '-legend';
  return h('section', { class: 'doc-repeated', 'data-field': path, 'data-field-type': 'REPEATED', 'aria-labelledby': headingId },
    h('h3', { class: 'doc-repeated__title', id: headingId }, field.label, ' ',
      h('span', { class: 'counter', 'data-counter': path }, countText(field, entries.length)), h(FieldMarks, { field, path })),
    h(FieldNotes, { field, path }),
    entries.length === 0 ? h('p', { class: 'muted' }, t('doc.noEntry')) : null,
    h('ul', { class: 'tiles tiles--entries' }, entries.map((entry, index) => h('li', {
      key: entry && entry.id ? entry.id : 'i' + index,
      class: 'card entry-tile' + (open === index ? ' is-open' : ''),
      'data-entry': String(index),
    },
    h('button', { type: 'button', class: 'entry-tile__head', 'aria-expanded': open === index ? 'true' : 'false',
      'aria-controls': fieldId(path + '[' + index + ']'), onClick: () => setOpen(open === index ? -1 : index) },
    h('span', { class: 'entry-tile__title' }, entryTitle(field, entry, index)),
    flags.filter((f) => entry && entry[f.code] === true).map((f) => h('span', { class: 'tag tag--selected', key: f.code, 'data-flag': f.code },
      h('span', { 'aria-hidden': 'true' }, '✓ '), f.label))),
    open === index ? h('div', { class: 'entry-tile__body', id: fieldId(path + '[' + index + ']') },
      h(FieldList, {
        fields: field.fields,
        values: entry || {},
        prefix: path + '[' + index + ']',
        onValues: (next) => onValue(entries.map((e, i) => (i === index ? { ...next, id: (e && e.id) || next.id || newId() } : e))),
      }),
      doc.writable ? (confirming === index
        ? h('div', { class: 'confirm', role: 'group', 'aria-label': t('doc.removeEntryQuestion') },
          h('p', null, t('doc.removeEntryQuestion')),
          h('button', { type: 'button', class: 'button button--danger', 'data-action': 'confirm-remove-entry', onClick: () => remove(index) }, t('doc.removeEntryConfirm')),
          ' ', h('button', { type: 'button', class: 'button', onClick: () => setConfirming(-1) }, t('common.cancel')))
        : h('button', { type: 'button', class: 'button button--small', 'data-action': 'remove-entry', onClick: () => setConfirming(index) }, t('doc.removeEntry')))
        : null) : null))),
    doc.writable ? h('button', { type: 'button', class: 'button', 'data-action': 'add-entry', onClick: add }, '+ ', /activit/i.test(field.label || '') ? t('doc.addActivity') : t('doc.addEntry')) : null);
}

/** « Semaine 18 — du 03/05 au 07/05 ». */
export function weekLabel(week) {
  const short = (iso) => formatDate(iso).slice(0, 5);
  return t('doc.weekLabel', { number: week.number, first: short(week.first), last: short(week.last) });
}

export function WeeklyField({ field, value, onValue, path }) {
  const doc = useDoc();
  const byWeek = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  const weeks = list(doc.weeks);
  return h('section', { class: 'doc-weekly', 'data-field': path, 'data-field-type': 'WEEKLY' },
    h('h3', null, field.label, h(FieldMarks, { field, path })),
    h(FieldNotes, { field, path }),
    weeks.length === 0 ? h('p', { class: 'muted' }, t('doc.noWeeks')) : null,
    weeks.map((week, index) => {
      const entry = byWeek[week.key];
      const filled = entry && Object.keys(entry).length > 0;
      return h('details', { class: 'card doc-week', key: week.key, 'data-week': week.key, open: index === 0 || undefined },
        h('summary', null, h('strong', null, weekLabel(week)), ' ',
          filled ? h('span', { class: 'tag tag--done' }, h('span', { 'aria-hidden': 'true' }, '✓ '), t('doc.weekFilled')) : h('span', { class: 'muted' }, t('doc.weekEmpty'))),
        h(FieldList, {
          fields: field.fields,
          values: entry || {},
          prefix: path + '.' + week.key,
          onValues: (next) => {
            const all = { ...byWeek };
            if (Object.keys(next).length === 0) delete all[week.key];
            else all[week.key] = next;
            onValue(Object.keys(all).length ? all : null);
          },
        }));
    }));
}
