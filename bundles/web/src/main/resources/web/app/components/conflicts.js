// A conflict (409) shown as people need it (issue 10, item 9): what the other person saved beside what this person
// typed, field by field, and a choice: take their values, or keep mine and save them knowingly. Until one is chosen,
// saving again sends nothing (use-form.js), so a second click never overwrites the other person's work.
import { h } from 'preact';
import { t } from '/app/i18n.js';

function shown(value) {
  if (Array.isArray(value)) return value.join(', ');
  return value === undefined || value === null ? '' : String(value);
}

/** The names whose typed value differs from the other person's (arrays and blanks compared as shown). */
export function differingFields(mine, theirs) {
  return Object.keys(theirs || {}).filter((name) => shown(mine[name]).trim() !== shown(theirs[name]).trim());
}

/** A field's label as the form shows it (without the required mark), else its name. */
function labelOf(form, name) {
  const label = form.formRef.current && form.formRef.current.querySelector('label[for="' + form.id + '-' + name + '"]');
  return label ? label.textContent.replace(/\s*\*\s*$/, '').trim() : name;
}

export function ConflictPanel({ form }) {
  const theirs = form.conflict.theirs;
  const names = differingFields(form.values, theirs);
  return h('div', { class: 'conflict', 'data-conflict': '' },
    h('p', null, t('conflict.intro')),
    h('table', { class: 'conflict__table' },
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, t('conflict.field')),
        h('th', { scope: 'col' }, t('conflict.mine')),
        h('th', { scope: 'col' }, t('conflict.theirs')))),
      h('tbody', null, names.map((name) => h('tr', { key: name, 'data-conflict-field': name },
        h('th', { scope: 'row' }, labelOf(form, name)),
        h('td', { 'data-mine': '', 'data-label': t('conflict.mine') }, shown(form.values[name]) || h('span', { class: 'muted' }, t('conflict.empty'))),
        h('td', { 'data-theirs': '', 'data-label': t('conflict.theirs') }, shown(theirs[name]) || h('span', { class: 'muted' }, t('conflict.empty'))))))),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button', 'data-action': 'take-theirs', onClick: form.takeTheirs }, t('conflict.takeTheirs')),
      h('button', { type: 'button', class: 'button', 'data-action': 'keep-mine', onClick: form.keepMine }, t('conflict.keepMine'))));
}
