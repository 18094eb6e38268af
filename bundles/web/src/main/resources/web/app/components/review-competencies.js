// « Compétences » of the company review (guide 000): each competency to assess with its switch « Compétence globale /
// Indicateurs d'évaluation », then one row for the competency as a whole or one per criterion (« [MSPC] C1.5 » before
// a family's criteria: the specialty and the competency they come from), each with its fan of six levels. Another
// competency of the referential can be added.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { LevelRow } from '/app/components/review-levels.js';

const list = (value) => (Array.isArray(value) ? value : []);

export const rowKey = (competency, criterion) => competency + '|' + (criterion || '');

/**
 * What can be assessed in a referential version, by code: its competencies, or a family's common competencies whose
 * criteria are their specialty groups' (each with its « [MSPC] C1.5 » prefix). Same reading as the server's.
 */
export function catalogueOf(referential) {
  const catalogue = new Map();
  for (const c of list(referential && referential.competencies)) {
    catalogue.set(c.code, { code: c.code, title: c.title, criteria: list(c.criteria).map((cr) => ({ code: cr.code, title: cr.title, prefix: null })) });
  }
  for (const c of list(referential && referential.commonCompetencies)) {
    if (catalogue.has(c.code)) continue;
    const criteria = list(c.groups).flatMap((g) => list(g.criteria).map((cr) => ({
      code: cr.code, title: cr.title, prefix: '[' + g.referential + '] ' + g.competency,
    })));
    catalogue.set(c.code, { code: c.code, title: c.title, criteria });
  }
  return catalogue;
}

/** The competencies the review lists (its results, then its modes), in the review's order. */
export function assessedCodes(review) {
  const codes = [];
  for (const r of list(review.results)) if (!codes.includes(r.competency)) codes.push(r.competency);
  for (const code of Object.keys(review.modes || {})) if (!codes.includes(code)) codes.push(code);
  return codes;
}

function ModeSwitch({ code, mode, disabled, onMode }) {
  const name = 'mode-' + code;
  return h('fieldset', { class: 'mode-switch', 'data-mode-switch': code },
    h('legend', { class: 'visually-hidden' }, t('review.mode', { code })),
    ['GLOBAL', 'CRITERIA'].map((m) => h('label', { key: m, class: 'mode-switch__option' + (mode === m ? ' is-on' : '') },
      h('input', { type: 'radio', name, value: m, checked: mode === m, disabled, 'data-mode': m, onChange: () => onMode(code, m) }),
      h('span', null, t('review.mode.' + m)))));
}

function CompetencyBlock({ code, competency, review, state, writable, onChoose, onKeepTheirs, onPutMine, onMode, modeBusy }) {
  const mode = (review.modes || {})[code] || 'GLOBAL';
  const results = new Map(list(review.results).filter((r) => r.competency === code).map((r) => [rowKey(r.competency, r.criterion), r]));
  const title = competency ? competency.title : '';
  let rows;
  if (mode === 'CRITERIA') {
    const criteria = competency ? competency.criteria.slice() : [];
    // A criterion the review holds but the referential shown lacks stays listed.
    for (const r of results.values()) if (r.criterion && !criteria.some((c) => c.code === r.criterion)) criteria.push({ code: r.criterion, title: '', prefix: null });
    rows = criteria.map((c) => ({ criterion: c.code, name: [c.prefix, c.code, c.title].filter(Boolean).join(' '),
      label: [c.prefix ? h('span', { class: 'review-prefix', key: 'p' }, c.prefix + ' ') : null, h('strong', { key: 'c' }, c.code), ' ' + c.title] }));
  } else {
    rows = [{ criterion: null, name: code + ' ' + title, label: [h('strong', { key: 'c' }, t('review.wholeCompetency'))] }];
  }
  // A reader sees what was assessed or selected, not every criterion left blank.
  if (!writable) rows = rows.filter((row) => results.has(rowKey(code, row.criterion)));
  // Levels of the other mode are kept, only hidden: the person who switches is told they come back.
  const hidden = [...results.values()].some((r) => r.level && (mode === 'CRITERIA' ? !r.criterion : r.criterion));
  return h('section', { class: 'card review-competency', 'data-competency': code, 'data-mode': mode, 'aria-labelledby': 'review-c-' + code },
    h('h3', { id: 'review-c-' + code }, h('strong', null, code), ' ', title),
    writable ? h(ModeSwitch, { code, mode, disabled: modeBusy, onMode })
      : h('p', { class: 'muted', 'data-mode-read': mode }, t('review.mode.' + mode)),
    writable && hidden ? h('p', { class: 'review-kept', 'data-kept-levels': mode === 'CRITERIA' ? 'GLOBAL' : 'CRITERIA' },
      t(mode === 'CRITERIA' ? 'review.keptGlobal' : 'review.keptCriteria')) : null,
    rows.length === 0 ? h('p', { class: 'muted' }, t('level.none')) : null,
    h('ul', { class: 'plain-list review-rows' }, rows.map((row) => {
      const k = rowKey(code, row.criterion);
      const s = state[k] || {};
      return h(LevelRow, {
        key: k, rowKey: k, label: row.label, name: row.name, result: results.get(k), sheets: review.sheets, writable,
        busy: s.busy, error: s.error, conflict: s.conflict,
        onChoose: (level) => onChoose({ competency: code, criterion: row.criterion }, level),
        onKeepTheirs: () => onKeepTheirs(k),
        onPutMine: () => onPutMine({ competency: code, criterion: row.criterion }),
      });
    })));
}

function AddCompetency({ catalogue, shown, disabled, onAdd }) {
  const [code, setCode] = useState('');
  const choices = [...catalogue.values()].filter((c) => !shown.includes(c.code));
  if (choices.length === 0) return null;
  return h('div', { class: 'review-add', 'data-add-competency': '' },
    h('label', { for: 'review-add-select' }, t('review.addCompetency')),
    h('div', { class: 'review-add__line' },
      h('select', { id: 'review-add-select', value: code, onChange: (e) => setCode(e.currentTarget.value) },
        h('option', { value: '' }, t('review.addCompetencyChoose')),
        choices.map((c) => h('option', { key: c.code, value: c.code }, c.code + ' ' + c.title))),
      h('button', { type: 'button', class: 'button', disabled: disabled || !code, 'data-action': 'add-competency',
        onClick: () => { onAdd(code); setCode(''); } }, t('review.add'))));
}

/** props: review, catalogue (catalogueOf), state (by row key: busy, error, conflict), writable, and the handlers. */
export function ReviewCompetencies({ review, catalogue, state, writable, modeBusy, onChoose, onKeepTheirs, onPutMine, onMode }) {
  const codes = assessedCodes(review);
  return h('section', { class: 'review-part', 'aria-labelledby': 'review-competencies-h', 'data-review-competencies': '' },
    h('h2', { id: 'review-competencies-h' }, t('review.competencies')),
    writable ? h('p', { class: 'muted' }, t('review.levelsSavedAtOnce')) : null,
    codes.length === 0 ? h('p', { class: 'muted', 'data-empty': 'competencies' }, t('review.noCompetencies')) : null,
    codes.map((code) => h(CompetencyBlock, {
      key: code, code, competency: catalogue.get(code), review, state, writable, onChoose, onKeepTheirs, onPutMine, onMode, modeBusy,
    })),
    writable ? h(AddCompetency, { catalogue, shown: codes, disabled: modeBusy, onAdd: (code) => onMode(code, 'GLOBAL') }) : null);
}
