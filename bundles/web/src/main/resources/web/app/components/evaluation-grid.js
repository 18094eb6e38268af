// The whole-class grid of a school evaluation (issue 12, item 5): a learner per row, a criterion per column (sticky
// first column and header), entered with the keyboard only — arrows move, 0 1 2 3 N A give a level, Delete or
// Backspace clears, Enter goes down — or with the buttons under the legend on a touch screen. Saved as typed
// (grid-save.js), with the save state in view and the cells another person changed meanwhile shown as such.
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { fetchReferential, useApi } from '/app/api.js';
import { fetchSchoolEvaluation } from '/app/assessment-api.js';
import { editEvaluationHref, evaluationsHref } from '/app/router.js';
import { useDocumentTitle } from '/app/components/common.js';
import { formatDate, listName } from '/app/components/forms.js';
import { list, pending } from '/app/components/periods-common.js';
import { EvaluationCode, LEVELS, LEVEL_KEYS, LevelLegend, LevelMark, MARKS, complexityName, levelName, levelOfKey } from '/app/components/assessment-common.js';
import { cellKey, useGridSave } from '/app/components/grid-save.js';

export function EvaluationGridPage({ id }) {
  const evaluation = useApi((signal) => fetchSchoolEvaluation(id, signal), [id]);
  useDocumentTitle(evaluation.data ? t('grid.pageTitle', { title: evaluation.data.title }) : t('evals.pageTitle'));
  return h('div', { class: 'page page--wide', 'data-page': 'evaluation-grid', 'data-evaluation': String(id) },
    pending(evaluation) || h(GridWithTitles, { evaluation: evaluation.data }));
}

/** The criteria's titles come from the evaluation's referential version (tooltips of the column headers). */
function GridWithTitles({ evaluation }) {
  const referential = useApi((signal) => fetchReferential(evaluation.referentialCode, evaluation.referentialVersion, signal).catch(() => null),
    [evaluation.referentialCode, evaluation.referentialVersion]);
  const titles = new Map();
  for (const c of list(referential.data && referential.data.competencies)) {
    titles.set(c.code + '|', c.title);
    for (const cr of list(c.criteria)) titles.set(c.code + '|' + cr.code, cr.title);
  }
  return h(Grid, { evaluation, titles });
}

function SaveState({ saver }) {
  const { status } = saver;
  if (status === 'failed') {
    return h('div', { class: 'save-state save-state--failed', role: 'alert', 'data-save-state': 'failed' },
      h('button', { type: 'button', class: 'button button--small', 'data-action': 'retry-save', onClick: saver.retry }, t('grid.failed')),
      saver.error ? h('span', { class: 'muted' }, ' ' + t('grid.failedDetail', { detail: saver.error.message })) : null);
  }
  const text = status === 'saving' ? t('grid.saving') : status === 'pending' ? t('grid.unsaved') : t('grid.saved');
  return h('p', { class: 'save-state save-state--' + status, role: 'status', 'aria-live': 'polite', 'data-save-state': status }, text);
}

function columnCode(c) {
  return c.criterion || c.competency;
}

function Grid({ evaluation, titles }) {
  const saver = useGridSave(evaluation);
  const learners = list(evaluation.learners);
  const columns = list(evaluation.criteria);
  const [active, setActive] = useState({ row: 0, col: 0 });
  const table = useRef(null);
  const focusCell = (row, col) => {
    const cell = table.current && table.current.querySelector('[data-cell="' + row + ':' + col + '"]');
    if (cell) cell.focus();
  };
  const move = (row, col) => {
    const r = Math.max(0, Math.min(learners.length - 1, row));
    const c = Math.max(0, Math.min(columns.length - 1, col));
    setActive({ row: r, col: c });
    focusCell(r, c);
  };
  const keyAt = (row, col) => cellKey(learners[row].learnerId, columns[col].competency, columns[col].criterion);
  const onKeyDown = (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { row, col } = active;
    let handled = true;
    const level = levelOfKey(event.key);
    if (event.key === 'ArrowUp') move(row - 1, col);
    else if (event.key === 'ArrowDown' || event.key === 'Enter') move(row + 1, col);
    else if (event.key === 'ArrowLeft') move(row, col - 1);
    else if (event.key === 'ArrowRight') move(row, col + 1);
    else if (event.key === 'Home') move(row, 0);
    else if (event.key === 'End') move(row, columns.length - 1);
    else if (level) saver.setLevel(keyAt(row, col), level);
    else if (event.key === 'Delete' || event.key === 'Backspace') saver.setLevel(keyAt(row, col), null);
    else handled = false;
    if (handled) event.preventDefault();
  };
  // The buttons of a touch screen act on the chosen cell, which keeps the focus.
  const pick = (level) => {
    if (!learners.length || !columns.length) return;
    saver.setLevel(keyAt(active.row, active.col), level);
    focusCell(active.row, active.col);
  };
  // Warn before leaving with levels not yet saved.
  useEffect(() => {
    const onBeforeUnload = (event) => { if (saver.unsaved()) { event.preventDefault(); event.returnValue = ''; } };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  });
  const criterionLabel = (c) => columnCode(c) + (c.criterion ? '' : ' (' + t('assess.global') + ')');
  return h('div', { class: 'eval-grid-page' },
    h('p', null, h('a', { href: evaluationsHref(evaluation.classId), 'data-action': 'back' }, '← ' + t('grid.back'))),
    h('h1', null, h(EvaluationCode, { source: 'SCHOOL', complexity: evaluation.complexity }), ' ', evaluation.title),
    h('p', null, h('a', { class: 'button button--small', href: editEvaluationHref(evaluation.id), 'data-action': 'edit-evaluation' }, t('grid.edit'))),
    h('p', { class: 'muted' }, t('grid.meta', { classCode: evaluation.classCode, date: formatDate(evaluation.date), complexity: complexityName(evaluation.complexity) })),
    // On a phone the legend and the keys go under the grid (styles.css), the level buttons and the save state stay above.
    h('div', { class: 'eval-grid-legend' },
      h(LevelLegend, { withKeys: true }),
      h('p', { class: 'muted eval-grid-help', id: 'grid-help' }, t('grid.help'))),
    h('div', { class: 'eval-grid-tools' },
      h('div', { class: 'level-picker', role: 'group', 'aria-label': t('grid.pickerLabel') },
        LEVELS.map((level) => h('button', { type: 'button', key: level, class: 'button button--small level-picker__button level--' + level,
          'data-pick': level, 'aria-label': levelName(level) + ' (' + t('assess.key', { key: LEVEL_KEYS[level] }) + ')', onMouseDown: (e) => e.preventDefault(), onClick: () => pick(level) }, MARKS[level])),
        h('button', { type: 'button', class: 'button button--small', 'data-pick': 'none', onMouseDown: (e) => e.preventDefault(), onClick: () => pick(null) }, t('grid.clear'))),
      h(SaveState, { saver })),
    saver.changed.size ? h(ChangedByOthers, { saver, learners, columns, criterionLabel }) : null,
    learners.length === 0 ? h('p', { class: 'notice' }, t('grid.noLearner')) : h('div', { class: 'eval-grid-wrap' },
      h('table', { class: 'eval-grid', role: 'grid', ref: table, onKeyDown, 'aria-describedby': 'grid-help', 'data-grid': '' },
        h('caption', { class: 'visually-hidden' }, t('grid.caption', { classCode: evaluation.classCode, title: evaluation.title })),
        h('thead', null, h('tr', null,
          h('th', { scope: 'col', class: 'eval-grid__corner' }, t('grid.learner')),
          columns.map((c, col) => h('th', { scope: 'col', key: col, 'data-column': c.competency + '|' + (c.criterion || '') },
            h('abbr', { title: titles.get(c.competency + '|' + (c.criterion || '')) || criterionLabel(c) }, columnCode(c)),
            c.criterion ? null : h('span', { class: 'eval-grid__global' }, t('assess.global')))))),
        h('tbody', null, learners.map((learner, row) => h('tr', { key: learner.learnerId, 'data-learner': String(learner.learnerId), class: learner.inClass ? '' : 'is-left' },
          h('th', { scope: 'row', class: 'eval-grid__learner' }, listName(learner),
            learner.inClass ? null : h('span', { class: 'tag' }, ' ' + t('grid.left'))),
          columns.map((c, col) => {
            const key = keyAt(row, col);
            const level = saver.levelOf(key);
            const isActive = active.row === row && active.col === col;
            const changed = saver.changed.has(key);
            const who = changed ? (saver.changed.get(key) ? t('grid.changedBy', { name: saver.changed.get(key) }) : t('grid.changedByOther')) : null;
            return h('td', {
              key: col,
              tabIndex: isActive ? 0 : -1,
              class: 'eval-grid__cell' + (isActive ? ' is-active' : '') + (changed ? ' is-changed' : ''),
              'data-cell': row + ':' + col,
              'data-key': key,
              'data-level': level || '',
              'data-changed-by': changed ? (saver.changed.get(key) || '') : undefined,
              title: who || undefined,
              'aria-label': t('grid.cellLabel', { learner: listName(learner), criterion: criterionLabel(c), level: levelName(level) }) + (who ? ' — ' + who : ''),
              onFocus: () => { if (!isActive) setActive({ row, col }); },
              onClick: () => move(row, col),
            }, h(LevelMark, { level }), changed ? h('span', { class: 'eval-grid__changed', 'aria-hidden': 'true' }, '●') : null);
          })))))));
}

function ChangedByOthers({ saver, learners, columns, criterionLabel }) {
  const lines = [];
  learners.forEach((learner) => columns.forEach((c) => {
    const key = cellKey(learner.learnerId, c.competency, c.criterion);
    if (!saver.changed.has(key)) return;
    const name = saver.changed.get(key);
    lines.push(h('li', { key }, t('grid.conflictLine', { learner: listName(learner), criterion: criterionLabel(c), level: levelName(saver.levelOf(key)),
      who: name ? t('grid.changedBy', { name }) : t('grid.changedByOther') })));
  }));
  return h('div', { class: 'notice notice--warn', role: 'alert', 'data-grid-conflict': '' },
    h('p', null, h('strong', null, t('grid.conflictTitle'))),
    h('p', null, t('grid.conflictIntro')),
    h('ul', null, lines),
    h('button', { type: 'button', class: 'button button--small', 'data-action': 'dismiss-conflict', onClick: saver.dismissChanged }, t('grid.dismiss')));
}
