// Building blocks shared by the pages of periods, annexes and liaison sheets: the referential's tasks (by the
// version an annex pinned), the task picker, the objectives editor, the establishment and class level the staff
// work in, and small formatters.
import { h } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { t, tEnum, tn } from '/app/i18n.js';
import { fetchClassLevels, fetchEstablishments, fetchReferential, useApi } from '/app/api.js';
import { Alert, Loading } from '/app/components/common.js';
import { formatDate, useUniqueId } from '/app/components/forms.js';

export const STAFF_ROLES = ['ADMIN', 'DDFPT', 'TEACHER'];
export const PERIOD_KINDS = ['PERIOD_1', 'PERIOD_2', 'OTHER'];

export const list = (value) => (Array.isArray(value) ? value : []);

/** A loading indicator, or the error, or null when `state` has its data. */
export function pending(state) {
  if (state.error) return h(Alert, { error: state.error, onRetry: state.retry });
  if (state.loading && !state.data) return h(Loading);
  return null;
}

/** Whether a period of this kind has a company review (guide 000: none for « Période 1 », only the attitudes review). */
export function hasCompanyReview(kind) {
  return kind === 'PERIOD_2' || kind === 'OTHER';
}

export function kindLabel(kind) {
  return tEnum('periodKind', kind);
}

/** "du 02/03/2026 au 27/03/2026". */
export function periodDates(item) {
  return t('periods.dates', { start: formatDate(item.startDate), end: formatDate(item.endDate) });
}

/**
 * The tasks of a referential version, for pickers and for showing codes with their titles:
 * { loading, error, retry, activities: [{ code, title, tasks: [{ code, title }] }], titles: Map(code → title) }.
 */
export function useReferentialTasks(code, version) {
  const state = useApi((signal) => (code ? fetchReferential(code, version, signal) : Promise.resolve(null)), [code, version]);
  return useMemo(() => {
    const activities = list(state.data && state.data.activities).map((a) => ({
      code: a.code, title: a.title, tasks: list(a.tasks).map((task) => ({ code: task.code, title: task.title })),
    }));
    const titles = new Map();
    for (const a of activities) for (const task of a.tasks) titles.set(task.code, task.title);
    return { loading: state.loading, error: state.error, retry: state.retry, activities, titles };
  }, [state]);
}

/**
 * What each learner keeps, as their referential version's layout says (ACTIVITY_SHEETS, MAINTENANCE_PORTFOLIO,
 * APPRENTICE_LOGBOOK): `items` carry referentialCode, referentialVersion and apprentice (placements, a learner's
 * periods). Each referential version is fetched once; returns kindOf(item) → the kind, or null while unknown.
 */
export function useLayoutKinds(items) {
  const keyOf = (item) => item.referentialCode + '|' + (item.referentialVersion || '');
  const keys = [...new Set(list(items).filter((i) => i.referentialCode).map(keyOf))].sort();
  const state = useApi((signal) => Promise.all(keys.map((k) => {
    const [code, version] = k.split('|');
    return fetchReferential(code, version || null, signal).then((r) => [k, (r && r.portfolio) || {}], () => [k, {}]);
  })), [keys.join(' ')]);
  return useMemo(() => {
    const layouts = new Map(list(state.data));
    return (item) => {
      const portfolio = layouts.get(keyOf(item));
      const layout = portfolio && portfolio[item.apprentice ? 'apprentice' : 'pupil'];
      return layout ? layout.kind : null;
    };
  }, [state.data]);
}

/** What a button to the follow-up opens, in the words of the layout (« Journal de bord et fiches hebdomadaires »…). */
export function followUpLabel(kind) {
  if (kind === 'ACTIVITY_SHEETS') return t('followUp.sheets');
  if (kind === 'MAINTENANCE_PORTFOLIO') return t('periods.openPortfolio');
  if (kind === 'APPRENTICE_LOGBOOK') return t('followUp.openLogbook');
  return t('followUp.openDocuments');
}

/** The tasks as a list "CODE — title" (read-only). */
export function TaskList({ codes, titles, empty }) {
  const items = list(codes);
  if (items.length === 0) return h('p', { class: 'muted', 'data-empty': 'tasks' }, empty || t('periods.noTasks'));
  return h('ul', { class: 'plain-list task-list' }, items.map((code) => h('li', { key: code, 'data-task-code': code },
    h('code', null, code), titles && titles.get(code) ? ' — ' + titles.get(code) : null)));
}

/** The objectives as a list (read-only). */
export function ObjectiveList({ objectives, empty }) {
  const items = list(objectives);
  if (items.length === 0) return h('p', { class: 'muted', 'data-empty': 'objectives' }, empty || t('periods.noObjectives'));
  return h('ul', { class: 'plain-list objective-list' }, items.map((o, i) => h('li', { key: i + ':' + o, 'data-objective': o }, o)));
}

/**
 * Checkboxes of every task of the referential, grouped by activity. `value`: the selected codes (kept in the
 * referential's order when changed); `onValue(codes)`.
 */
export function TaskPicker({ tasks, value, onValue, disabled, error, name = 'tasks' }) {
  const id = useUniqueId('tasks');
  if (tasks.error) return h(Alert, { error: tasks.error, onRetry: tasks.retry });
  if (tasks.loading && tasks.activities.length === 0) return h(Loading);
  const selected = new Set(list(value));
  const order = tasks.activities.flatMap((a) => a.tasks.map((task) => task.code));
  const toggle = (code, checked) => {
    const next = new Set(selected);
    if (checked) next.add(code); else next.delete(code);
    onValue(order.filter((c) => next.has(c)));
  };
  return h('fieldset', { class: 'form-field form-field--wide task-picker' + (error ? ' has-error' : ''), 'data-task-picker': '', 'aria-describedby': error ? id + '-error' : undefined },
    h('legend', { class: 'form-field__label' }, t('periods.tasksLegend'),
      h('span', { class: 'task-picker__count', 'aria-live': 'polite' }, ' — ' + tn('periods.tasksChosen', selected.size))),
    error ? h('p', { id: id + '-error', class: 'form-field__error' }, h('span', { class: 'form-field__error-icon', 'aria-hidden': 'true' }, '!'), error) : null,
    tasks.activities.length === 0 ? h('p', { class: 'muted' }, t('periods.noReferentialTasks')) : null,
    tasks.activities.map((activity) => h('div', { class: 'task-picker__activity', key: activity.code },
      h('p', { class: 'task-picker__activity-title' }, h('code', null, activity.code), ' ', activity.title),
      h('ul', { class: 'task-picker__tasks' }, activity.tasks.map((task) => h('li', { key: task.code },
        h('label', { class: 'checkbox' },
          h('input', {
            type: 'checkbox',
            name,
            value: task.code,
            checked: selected.has(task.code),
            disabled,
            onChange: (event) => toggle(task.code, event.currentTarget.checked),
          }),
          h('span', null, h('code', null, task.code), ' ', task.title))))))));
}

/** Objectives typed one per line; blank lines are dropped. */
export function objectivesFromText(text) {
  return String(text || '').split('\n').map((line) => line.trim()).filter((line) => line !== '');
}

export function objectivesToText(objectives) {
  return list(objectives).join('\n');
}

/** A textarea for objectives, one per line. */
export function ObjectivesField({ id, name, value, onValue, error, disabled, label }) {
  const hintId = id + '-hint';
  const errorId = id + '-error';
  return h('div', { class: 'form-field form-field--wide' + (error ? ' has-error' : '') },
    h('label', { for: id, class: 'form-field__label' }, label || t('periods.objectivesLabel')),
    h('textarea', {
      id,
      name,
      class: 'input textarea',
      rows: Math.max(4, objectivesFromText(value).length + 1),
      value: value || '',
      disabled,
      onInput: (event) => onValue(event.currentTarget.value),
      'aria-invalid': error ? 'true' : undefined,
      'aria-describedby': [hintId, error ? errorId : null].filter(Boolean).join(' '),
    }),
    h('p', { id: hintId, class: 'form-field__hint' }, t('periods.objectivesHint')),
    error ? h('p', { id: errorId, class: 'form-field__error' }, h('span', { class: 'form-field__error-icon', 'aria-hidden': 'true' }, '!'), error) : null);
}

/** "Cette période ne peut plus être modifiée…" when a company review of it is taken into account. */
export function LockedNotice({ item }) {
  if (!item || !item.locked) return null;
  return h('p', { class: 'notice notice--warn', role: 'note', 'data-locked': 'true' }, t('periods.lockedNotice'));
}

const CHOSEN_ESTABLISHMENT = 'passerelle.establishment';

/**
 * The establishment the staff member works in: their own; the platform administrator (no establishment) picks
 * one, remembered for the browser tab. Renders `render(establishmentId)` or the choice.
 */
export function InEstablishment({ user, render }) {
  const own = user.establishment ? user.establishment.id : null;
  const [chosen, setChosen] = useState(() => {
    const stored = window.sessionStorage.getItem(CHOSEN_ESTABLISHMENT);
    return stored && /^\d+$/.test(stored) ? Number(stored) : null;
  });
  const all = useApi((signal) => (own ? Promise.resolve([]) : fetchEstablishments(signal)), [own]);
  const id = useUniqueId('est');
  const choose = (value) => {
    if (value) window.sessionStorage.setItem(CHOSEN_ESTABLISHMENT, String(value)); else window.sessionStorage.removeItem(CHOSEN_ESTABLISHMENT);
    setChosen(value);
  };
  if (own) return render(own);
  const choice = pending(all) || h('div', { class: 'card filter-bar', 'data-establishment-choice': '' },
    h('label', { for: id, class: 'form-field__label' }, t('periods.chooseEstablishment')),
    h('select', { id, class: 'input', 'data-filter': 'establishment', value: chosen ? String(chosen) : '', onChange: (e) => choose(e.currentTarget.value ? Number(e.currentTarget.value) : null) },
      h('option', { value: '' }, t('form.choose')),
      list(all.data).map((e) => h('option', { key: e.id, value: String(e.id) }, e.name + ' (' + e.uai + ')'))));
  return [h('div', { key: 'choice' }, choice), chosen ? h('div', { key: 'content:' + chosen }, render(chosen)) : null];
}

/** The class levels of the establishment, with a select; `levelId` null picks the first. */
export function useClassLevels(establishmentId) {
  return useApi((signal) => fetchClassLevels(establishmentId, signal), [establishmentId]);
}

export function sortedLevels(levels) {
  return list(levels).slice().sort((a, b) => String(a.label || '').localeCompare(String(b.label || ''), 'fr'));
}

export function LevelSelect({ levels, levelId, onChange }) {
  const id = useUniqueId('level');
  return h('div', { class: 'form-field' },
    h('label', { for: id, class: 'form-field__label' }, t('periods.classLevel')),
    h('select', { id, class: 'input', name: 'classLevel', 'data-filter': 'class-level', value: levelId ? String(levelId) : '', onChange: (e) => onChange(Number(e.currentTarget.value)) },
      levels.map((level) => h('option', { key: level.id, value: String(level.id), 'data-referential': level.referentialCode }, levelName(level, levels)))));
}

/** A class level as people name it (« Première MELEC »), not by its referential's code; its year beside when another has the same name. */
export function levelName(level, levels) {
  const twin = list(levels).some((other) => other.id !== level.id && other.label === level.label);
  return twin && level.year ? level.label + ' — ' + tEnum('year', level.year) : level.label;
}
