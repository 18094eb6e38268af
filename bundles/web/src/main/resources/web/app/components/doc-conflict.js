// A 409 on a follow-up page, the way conflicts.js shows one for forms (issue 10, item 9): what the other person (or
// the learner's other tab, or phone) saved beside what was typed here, field by field, and a choice per field; nothing
// is sent until the person applies it. « Garder ma saisie » and « Reprendre leurs valeurs » choose for every field.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '/app/i18n.js';

const same = (a, b) => JSON.stringify(a === undefined ? null : a) === JSON.stringify(b === undefined ? null : b);

/** A value as one line of text, for the comparison table. */
function shown(value) {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'string') return value.length > 300 ? value.slice(0, 300) + '…' : value;
  if (typeof value === 'boolean') return value ? t('doc.yes') : t('doc.no');
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (Array.isArray(value)) return t('conflict.entries', { n: value.length });
  if (typeof value.latitude === 'number') return value.latitude + ' ; ' + value.longitude;
  if (Array.isArray(value.nodes)) return t('conflict.people', { n: value.nodes.length });
  return t('conflict.entries', { n: Object.keys(value).length });
}

/** The codes of the page's fields whose typed value differs from the other person's. */
export function differingPageFields(mine, theirs) {
  const names = new Set([...Object.keys(mine || {}), ...Object.keys(theirs || {})]);
  return [...names].filter((name) => !same((mine || {})[name], (theirs || {})[name]));
}

/**
 * `mine` the typed values, `base` the values both started from (the last version saved here), `other` the page as it
 * now stands, `fields` the layout's, `onResolve(merged)`. Each field starts on the side that changed it: what was typed
 * here, else the other version (a field only they changed keeps their value).
 */
export function PageConflict({ mine, base, other, fields, onResolve }) {
  const names = differingPageFields(mine, other.values);
  const [choice, setChoice] = useState(() => Object.fromEntries(names.map((n) => [n, same((mine || {})[n], (base || {})[n]) ? 'theirs' : 'mine'])));
  const labelOf = (code) => {
    const field = (fields || []).find((f) => f.code === code);
    return field ? field.label : code;
  };
  const merged = (all) => {
    const next = { ...(other.values || {}) };
    for (const name of names) {
      const pick = all || choice[name];
      if (pick === 'mine') {
        if (mine[name] === undefined) delete next[name];
        else next[name] = mine[name];
      }
    }
    return next;
  };
  return h('div', { class: 'alert conflict', role: 'alert', 'data-conflict': '' },
    h('p', { class: 'alert__title' }, t('conflict.pageTitle')),
    h('p', null, t('conflict.pageIntro')),
    h('table', { class: 'conflict__table' },
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, t('conflict.field')),
        h('th', { scope: 'col' }, t('conflict.mine')),
        h('th', { scope: 'col' }, t('conflict.theirs')))),
      h('tbody', null, names.map((name) => h('tr', { key: name, 'data-conflict-field': name },
        h('th', { scope: 'row' }, labelOf(name)),
        // data-label: on a phone the columns stack, each value under its heading (styles.css).
        ['mine', 'theirs'].map((side) => h('td', { key: side, ['data-' + side]: '', 'data-label': t(side === 'mine' ? 'conflict.mine' : 'conflict.theirs') },
          h('label', { class: 'check' },
            h('input', { type: 'radio', name: 'conflict-' + name, checked: choice[name] === side, onChange: () => setChoice({ ...choice, [name]: side }) }),
            ' ', shown(side === 'mine' ? mine[name] : (other.values || {})[name]) || h('span', { class: 'muted' }, t('conflict.empty'))))))))),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button button--primary', 'data-action': 'apply-merge', onClick: () => onResolve(merged(null)) }, t('conflict.apply')),
      h('button', { type: 'button', class: 'button', 'data-action': 'keep-mine', onClick: () => onResolve(merged('mine')) }, t('conflict.keepMinePage')),
      h('button', { type: 'button', class: 'button', 'data-action': 'take-theirs', onClick: () => onResolve(merged('theirs')) }, t('conflict.takeTheirs'))));
}
