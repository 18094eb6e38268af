// A learner's dashboard, « Vue par activités » (issue 12, guide 002): the referential's activities as headings, their
// tasks as rows, one column per week (« S10 », grouped under their year), an « X » where the task was performed, its
// sources (journal de bord, fiche activité, bilan entreprise) in the tooltip and for screen readers. Also the
// dashboard as a whole for one learner: the reviews' box, the switch between the two views and the view chosen.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { t, tEnum } from '/app/i18n.js';
import { useApi } from '/app/api.js';
import { list, pending } from '/app/components/periods-common.js';
import { fetchActivityView } from '/app/reviews-api.js';
import { DashboardView, useDashboard } from '/app/components/dashboard-table.js';
import { Alert } from '/app/components/common.js';
import { DashboardReviews, ViewSwitch } from '/app/components/dashboard-reviews.js';

/** Consecutive weeks of the same year: [{ year, span }]. */
export function yearGroups(weeks) {
  const groups = [];
  for (const w of list(weeks)) {
    const last = groups[groups.length - 1];
    if (last && last.year === w.year) last.span += 1;
    else groups.push({ year: w.year, span: 1 });
  }
  return groups;
}

function TaskRow({ task, weeks }) {
  return h('tr', { 'data-task': task.code || '' },
    h('th', { scope: 'row', class: 'dash-table__row' }, h('strong', null, (task.code || '') + ' '), task.title || ''),
    weeks.map((w, i) => {
      const sources = list(list(task.marks)[i]);
      if (!sources.length) return h('td', { key: w.key, class: 'dash-table__cell', 'data-week': w.key }, h('span', { class: 'visually-hidden' }, t('acts.notPerformed')));
      const names = sources.map((s) => tEnum('acts.source', s)).join(', ');
      const label = t('acts.performed', { task: task.code || task.title, week: w.label, sources: names });
      return h('td', { key: w.key, class: 'dash-table__cell rv-act-cell', 'data-week': w.key, 'data-sources': sources.join(' '), title: label },
        h('span', { 'aria-hidden': 'true' }, 'X'), h('span', { class: 'visually-hidden' }, label));
    }));
}

export function ActivityView({ learnerId }) {
  const view = useApi((signal) => fetchActivityView(learnerId, signal), [learnerId]);
  const wait = pending(view);
  if (wait) return wait;
  const weeks = list(view.data.weeks);
  const activities = list(view.data.activities);
  if (!weeks.length || !activities.length) return h('p', { class: 'notice', 'data-empty': 'activities' }, t('acts.none'));
  const columns = weeks.length + 1;
  return h('div', { class: 'dash-activities', 'data-activity-view': String(learnerId) },
    h('p', { class: 'muted' }, t('acts.legend')),
    h('div', { class: 'dash-table-wrap' },
      h('table', { class: 'dash-table rv-act-table' },
        h('caption', { class: 'visually-hidden' }, t('acts.caption')),
        h('thead', null,
          h('tr', null, h('td', null), yearGroups(weeks).map((g, i) => h('th', { key: i, scope: 'colgroup', colSpan: g.span, class: 'rv-act-year', 'data-year': String(g.year) }, String(g.year)))),
          h('tr', null, h('th', { scope: 'col' }, t('acts.taskHead')),
            weeks.map((w) => h('th', { key: w.key, scope: 'col', class: 'dash-table__head', 'data-week': w.key, title: w.key }, w.label)))),
        activities.map((a, i) => h('tbody', { key: a.code || 'other-' + i, 'data-activity': a.code || '' },
          h('tr', { class: 'rv-act-heading' }, h('th', { scope: 'rowgroup', colSpan: columns }, a.code ? (a.code + ' ' + (a.title || '')) : (a.title || t('acts.otherVersion')))),
          list(a.tasks).map((task, j) => h(TaskRow, { key: (task.code || '') + ':' + j, task, weeks })))))));
}

/** One learner's dashboard: the reviews' box, « Vue par compétences » / « Vue par activités », the view. */
export function LearnerDashboard({ learnerId, user, intro }) {
  const [view, setView] = useState('competencies');
  const dashboard = useDashboard(learnerId);
  const error = dashboard.error;
  // A learner the reader may not see (or that does not exist): the refusal alone, nothing about that learner, no retry.
  if (error && (error.status === 404 || error.status === 403)) {
    return h('div', { class: 'learner-dashboard', 'data-learner-dashboard': String(learnerId), 'data-refused': String(error.status) }, h(Alert, { error }));
  }
  if (dashboard.loading && !dashboard.data) return pending(dashboard);
  return h('div', { class: 'learner-dashboard', 'data-learner-dashboard': String(learnerId) },
    intro ? h('p', { class: 'lead' }, t('dash.intro')) : null,
    user ? h(DashboardReviews, { learnerId, user }) : null,
    h(ViewSwitch, { view, onView: setView }),
    view === 'activities' ? h(ActivityView, { learnerId }) : h(DashboardView, { learnerId, dashboard }));
}
