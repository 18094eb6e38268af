// « Relier au référentiel » of an activity sheet (guide 001): the tasks the learner ticked, which the teacher checks
// and completes, and what the teacher chooses to evaluate at the visit — whole competencies (« globale ») or single
// criteria — from the referential version of the placement. Stored per sheet; the company review copies them.
// The teaching team edits it; everyone else reads it.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { t, tn } from '/app/i18n.js';
import { fetchReferential, useApi } from '/app/api.js';
import { linkSheet } from '/app/followup-api.js';
import { Alert, Loading } from '/app/components/common.js';
import { TasksPicker } from '/app/components/doc-fields-basic.js';
import { useDoc } from '/app/components/doc-field.js';

const list = (value) => (Array.isArray(value) ? value : []);
const key = (s) => s.competency + '|' + (s.criterion || '');

/** The tasks the learner ticked on the sheet (TASKS fields of its pages). */
export function learnerTasks(sheet) {
  const codes = new Set();
  for (const page of list(sheet.pages)) {
    for (const field of list(page.page.fields)) {
      if (field.type === 'TASKS') list((page.values || {})[field.code]).forEach((c) => codes.add(c));
    }
  }
  return codes;
}

function ReadOnly({ sheet, competencies }) {
  const doc = useDoc();
  const selections = list(sheet.selections);
  return h('div', { class: 'sheet-link', 'data-sheet-link': 'read' },
    h('h3', null, t('link.checkedTasks')),
    list(sheet.checkedTasks).length ? h('ul', { class: 'plain-list' }, sheet.checkedTasks.map((c) => h('li', { key: c, 'data-checked-task': c }, h('strong', null, c), ' ', doc.tasks.titles.get(c) || '')))
      : h('p', { class: 'muted' }, t('link.noTasks')),
    h('h3', null, t('link.selections')),
    selections.length ? h('ul', { class: 'plain-list' }, selections.map((s) => {
      const competency = competencies.get(s.competency);
      const criterion = competency && s.criterion ? list(competency.criteria).find((c) => c.code === s.criterion) : null;
      return h('li', { key: key(s), 'data-selection': key(s) }, h('strong', null, s.criterion || s.competency), ' ',
        s.criterion ? (criterion ? criterion.title : '') : (competency ? competency.title + ' (' + t('link.global') + ')' : ''));
    })) : h('p', { class: 'muted' }, t('link.noSelections')));
}

function Editor({ sheet, referential, onSheet }) {
  const learner = learnerTasks(sheet);
  const [tasks, setTasks] = useState(list(sheet.checkedTasks).length ? sheet.checkedTasks : [...learner]);
  const [selections, setSelections] = useState(list(sheet.selections));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [saved, setSaved] = useState(false);
  const [other, setOther] = useState(null);
  const linked = new Set(list(referential.taskCompetencies).filter((l) => tasks.includes(l.task)).map((l) => l.competency));
  const competencies = list(referential.competencies).slice().sort((a, b) => (linked.has(b.code) ? 1 : 0) - (linked.has(a.code) ? 1 : 0));
  const chosen = new Set(selections.map(key));
  const setGlobal = (code, on) => {
    setSaved(false);
    const rest = selections.filter((s) => s.competency !== code);
    setSelections(on ? rest.concat([{ competency: code, criterion: null }]) : rest);
  };
  const setCriterion = (code, criterion, on) => {
    setSaved(false);
    const rest = selections.filter((s) => !(s.competency === code && (!s.criterion || s.criterion === criterion)));
    setSelections(on ? rest.concat([{ competency: code, criterion }]) : rest);
  };
  const onSave = async (version, savedTasks = tasks, savedSelections = selections) => {
    setBusy(true);
    setError(null);
    setOther(null);
    try {
      const next = await linkSheet(sheet.summary.id, savedTasks, savedSelections, version);
      onSheet(next);
      setSaved(true);
    } catch (caught) {
      setError(caught);
      if (caught.status === 409 && caught.problem && caught.problem.current) setOther(caught.problem.current);
    } finally {
      setBusy(false);
    }
  };
  return h('div', { class: 'sheet-link', 'data-sheet-link': 'edit' },
    h('h3', { id: 'link-tasks-label' }, t('link.checkedTasks')),
    h('p', { class: 'muted' }, t('link.tasksIntro', { n: learner.size })),
    h(TasksPicker, { value: tasks, onValue: (v) => { setSaved(false); setTasks(v); }, path: 'checkedTasks', id: 'link-tasks', marked: learner }),
    h('h3', null, t('link.selections'), ' ', h('span', { class: 'counter', 'data-selection-count': String(selections.length) }, tn('link.selectionCount', selections.length))),
    h('p', { class: 'muted' }, t('link.selectionsIntro')),
    h('ul', { class: 'plain-list competency-picker' }, competencies.map((c) => {
      const criteriaChosen = list(c.criteria).filter((cr) => chosen.has(c.code + '|' + cr.code)).length;
      return h('li', { key: c.code, class: 'card competency-pick' + (linked.has(c.code) ? ' is-linked' : ''), 'data-competency': c.code },
        h('label', { class: 'check' },
          h('input', { type: 'checkbox', checked: chosen.has(c.code + '|'), 'data-select-competency': c.code, onChange: (e) => setGlobal(c.code, e.currentTarget.checked) }),
          h('span', null, h('strong', null, c.code), ' ', c.title, ' ', h('span', { class: 'muted' }, '(' + t('link.global') + ')'),
            linked.has(c.code) ? h('span', { class: 'tag' }, ' ' + t('link.linkedToTasks')) : null)),
        list(c.criteria).length ? h('details', { open: criteriaChosen > 0 || undefined },
          h('summary', null, t('link.criteria', { n: list(c.criteria).length }), criteriaChosen ? ' — ' + tn('link.criteriaChosen', criteriaChosen) : ''),
          h('ul', { class: 'plain-list' }, list(c.criteria).map((cr) => h('li', { key: cr.code },
            h('label', { class: 'check' },
              h('input', { type: 'checkbox', checked: chosen.has(c.code + '|' + cr.code), 'data-select-criterion': cr.code,
                onChange: (e) => setCriterion(c.code, cr.code, e.currentTarget.checked) }),
              h('span', null, h('strong', null, cr.code), ' ', cr.title)))))) : null);
    })),
    error ? h(Alert, { error },
      other ? h(LinkConflict, {
        other, competencies: new Map(list(referential.competencies).map((c) => [c.code, c])),
        onMerge: () => {
          const merged = mergeLinks({ tasks, selections }, other);
          setTasks(merged.tasks);
          setSelections(merged.selections);
          onSave(linkVersion(other), merged.tasks, merged.selections);
        },
        onTheirs: () => { onSheet(other); setTasks(list(other.checkedTasks)); setSelections(list(other.selections)); setError(null); setOther(null); },
        onMine: () => onSave(linkVersion(other)),
      }) : null) : null,
    saved ? h('p', { class: 'success', role: 'status', 'data-success': 'link' }, t('link.saved')) : null,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'button button--primary', disabled: busy, 'data-action': 'save-link', onClick: () => onSave(linkVersion(sheet)) },
      busy ? t('doc.saving') : t('link.save'))));
}

/**
 * Both teachers' choices kept: every task either checked, every selection either made. A competency one chose
 * globally and the other by criteria keeps the way shown on this screen (global or criteria, never both: the API
 * refuses that, global-or-criteria).
 */
export function mergeLinks(mine, other) {
  const tasks = [...new Set(list(mine.tasks).concat(list(other.checkedTasks)))];
  const mineCompetencies = new Map();
  list(mine.selections).forEach((s) => mineCompetencies.set(s.competency, (mineCompetencies.get(s.competency) || false) || !s.criterion));
  const theirs = list(other.selections).filter((s) => !mineCompetencies.has(s.competency) || mineCompetencies.get(s.competency) === !s.criterion);
  const seen = new Set();
  const selections = list(mine.selections).concat(theirs).filter((s) => !seen.has(key(s)) && seen.add(key(s)));
  return { tasks, selections };
}

/** What a colleague saved meanwhile, and the three ways on: both kept (the default), theirs, or only mine. */
function LinkConflict({ other, competencies, onMerge, onTheirs, onMine }) {
  return h('div', { class: 'link-conflict', 'data-link-conflict': '' },
    h('p', null, t('link.conflictIntro')),
    h('div', { class: 'card' }, h(ReadOnly, { sheet: other, competencies })),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button button--primary', 'data-action': 'merge-link', onClick: onMerge }, t('link.mergeBoth')),
      h('button', { type: 'button', class: 'button', 'data-action': 'take-theirs', onClick: onTheirs }, t('conflict.takeTheirs')),
      h('button', { type: 'button', class: 'button', 'data-action': 'keep-mine', onClick: onMine }, t('link.keepOnlyMine'))));
}

/** The version the link is saved with: its own (the learner's page saves never make it stale), else the sheet's. */
function linkVersion(sheet) {
  return Number.isInteger(sheet.linkVersion) ? sheet.linkVersion : sheet.summary.version;
}

/** props: sheet (Sheet), onSheet(next Sheet); editable when the sheet says `linkable`. */
export function SheetLink({ sheet, referentialCode, referentialVersion, onSheet }) {
  const referential = useApi((signal) => fetchReferential(referentialCode, referentialVersion, signal), [referentialCode, referentialVersion]);
  if (referential.loading) return h(Loading);
  if (referential.error) return h(Alert, { error: referential.error, onRetry: referential.retry });
  if (!sheet.linkable) return h(ReadOnly, { sheet, competencies: new Map(list(referential.data.competencies).map((c) => [c.code, c])) });
  return h(Editor, { sheet, referential: referential.data, onSheet });
}
