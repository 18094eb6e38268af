// A learner's dashboard, competency view (guides 002, 003, 004; issue 12, item 6): per competency its rows (the
// competency as a whole first, then its criteria, « [MSPC] C1.5 » in a family) × one column per evaluation in
// chronological order; each column headed by its code (a rectangle « F » + D / Int / Ba at school, a pill « E » in
// company) and its date; cells coloured with their mark; a thick black line « Bilan intermédiaire » after the
// evaluations the last finalised intermediate review took into account; filters by kind; a column's detail on a
// click or Enter on its header.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { useApi } from '/app/api.js';
import { fetchDashboard } from '/app/assessment-api.js';
import { formatDate } from '/app/components/forms.js';
import { list, pending } from '/app/components/periods-common.js';
import { EvaluationCode, LevelLegend, LevelMark, complexityName, shortDate } from '/app/components/assessment-common.js';

const FILTERS = ['all', 'school', 'company'];

function kindOf(column) {
  return column.source === 'COMPANY' ? t('assess.company') : t('assess.school') + ' — ' + complexityName(column.complexity);
}

/** The columns shown, each with its index in the dashboard and where the boundary line falls among them. */
export function visibleColumns(columns, boundary, filter) {
  const shown = list(columns).map((column, index) => ({ column, index }))
    .filter(({ column }) => filter === 'all' || (filter === 'school') === (column.source !== 'COMPANY'));
  // The line goes before the first shown column that came after the review, or after the last one if all came before;
  // none when no shown column came before it.
  let lineBefore = -1;
  let lineAfterLast = false;
  if (boundary > 0 && shown.length) {
    const firstAfter = shown.findIndex((c) => c.index >= boundary);
    if (firstAfter > 0) lineBefore = firstAfter;
    else if (firstAfter === -1) lineAfterLast = true;
  }
  return shown.map((c, i) => ({ ...c, lineBefore: i === lineBefore, lineAfter: lineAfterLast && i === shown.length - 1 }));
}

function ColumnDetail({ column, onClose }) {
  return h('div', { class: 'card dash-detail', role: 'region', 'aria-label': t('dash.detailTitle'), 'data-column-detail': String(column.evaluationId), tabIndex: -1,
    ref: (el) => el && el.focus({ preventScroll: true }) },
  h('p', { class: 'dash-detail__title' }, h(EvaluationCode, { source: column.source, complexity: column.complexity }), ' ', h('strong', null, column.title)),
  h('dl', { class: 'facts' },
    h('dt', null, t('dash.detailDate')), h('dd', null, formatDate(column.date)),
    h('dt', null, t('dash.detailKind')), h('dd', null, kindOf(column))),
  h('button', { type: 'button', class: 'button button--small', 'data-action': 'close-detail', onClick: onClose }, t('dash.close')));
}

function Section({ section, shown, onOpen, openId }) {
  const id = 'dash-' + section.competency.replace(/[^A-Za-z0-9_-]/g, '_');
  const edge = (c) => (c.lineBefore ? ' is-after-boundary' : '') + (c.lineAfter ? ' is-before-boundary' : '');
  return h('section', { class: 'dash-section', 'aria-labelledby': id, 'data-section': section.competency },
    h('h3', { id }, h('span', { class: 'dash-section__code' }, section.competency), ' ', section.title),
    h('div', { class: 'dash-table-wrap' },
      h('table', { class: 'dash-table' },
        h('caption', { class: 'visually-hidden' }, t('dash.caption', { code: section.competency, title: section.title })),
        h('thead', null, h('tr', null,
          h('th', { scope: 'col' }, t('dash.criterion')),
          shown.map((c) => h(ColumnHeader, { key: c.index, c, onOpen, openId })))),
        h('tbody', null, list(section.rows).map((row, r) => h('tr', { key: r, 'data-row': row.criterion || 'global' },
          h('th', { scope: 'row', class: 'dash-table__row' },
            row.specialty ? h('span', { class: 'dash-specialty' }, '[' + row.specialty + '] ' + (row.specialtyCompetency || '') + ' ') : null,
            row.criterion ? h('strong', null, row.criterion + ' ') : h('strong', null, t('assess.globalRow') + ' '),
            row.criterion ? row.title : null),
          shown.map((c) => {
            const level = list(row.cells)[c.index] || null;
            return h('td', { key: c.index, class: 'dash-table__cell' + (c.column.source === 'COMPANY' ? ' is-company' : ' is-school') + edge(c),
              'data-evaluation': String(c.column.evaluationId), 'data-level': level || '' },
            level ? h(LevelMark, { level }) : h('span', { class: 'visually-hidden' }, t('dash.notAssessed')));
          })))))),
    list(section.previousReviews).length
      ? h('p', { class: 'dash-reviews', 'data-previous-reviews': '' }, t('dash.previousReviews'), ' ',
        section.previousReviews.map((level, i) => h('span', { key: i, class: 'review-level' }, REVIEW_SYMBOLS[level] || level)))
      : null);
}

const REVIEW_SYMBOLS = { ACQUIRED: '++', PARTLY_ACQUIRED: '+', BEING_ACQUIRED: '-', NOT_ACQUIRED: '---', NOT_EVALUATED: 'NE' };

/** A column's header: its code (shape) and date, a button opening its detail; the boundary's label beside its line. */
function ColumnHeader({ c, onOpen, openId }) {
  const opened = openId === c.column.evaluationId;
  return h('th', { scope: 'col', class: 'dash-table__head' + (c.lineBefore ? ' is-after-boundary' : '') + (c.lineAfter ? ' is-before-boundary' : ''),
    'data-evaluation': String(c.column.evaluationId), 'data-source': c.column.source, 'data-column': String(c.index) },
  c.lineBefore ? h('span', { class: 'dash-boundary-label', 'data-boundary-line': 'before' }, t('dash.boundary')) : null,
  c.lineAfter ? h('span', { class: 'dash-boundary-label dash-boundary-label--end', 'data-boundary-line': 'after' }, t('dash.boundary')) : null,
  h('button', { type: 'button', class: 'dash-head', 'aria-expanded': opened ? 'true' : 'false', 'data-action': 'column-detail',
    'aria-label': t('dash.columnLabel', { kind: kindOf(c.column), date: formatDate(c.column.date), title: c.column.title }),
    onClick: () => onOpen(opened ? null : c.column.evaluationId) },
  h(EvaluationCode, { source: c.column.source, complexity: c.column.complexity }),
  h('span', { class: 'dash-head__date' }, shortDate(c.column.date))));
}

/** The dashboard of a learner as useApi's state. */
export function useDashboard(learnerId) {
  return useApi((signal) => fetchDashboard(learnerId, signal), [learnerId]);
}

/** dashboard: useDashboard's state (fetched by the learner's dashboard as a whole, which shows a refusal alone). */
export function DashboardView({ learnerId, dashboard }) {
  const [filter, setFilter] = useState('all');
  const [openId, setOpenId] = useState(null);
  const wait = pending(dashboard);
  if (wait) return wait;
  const data = dashboard.data;
  const columns = list(data.columns);
  const shown = visibleColumns(columns, data.boundary || 0, filter);
  const open = columns.find((c) => c.evaluationId === openId && shown.some((s) => s.column === c));
  return h('div', { class: 'dashboard', 'data-dashboard': String(learnerId), 'data-boundary': String(data.boundary || 0) },
    h('fieldset', { class: 'dash-filters' },
      h('legend', null, t('dash.filter')),
      FILTERS.map((f) => h('label', { key: f, class: 'radio' },
        h('input', { type: 'radio', name: 'dash-filter', value: f, checked: filter === f, 'data-filter-kind': f, onChange: () => setFilter(f) }),
        h('span', null, t('dash.filter.' + f))))),
    h(LevelLegend, {}),
    data.boundary > 0 ? h('p', { class: 'muted' }, t('dash.boundaryHelp')) : null,
    columns.length === 0 ? h('p', { class: 'notice', 'data-empty': 'dashboard' }, t('dash.empty'))
      : shown.length === 0 ? h('p', { class: 'notice', 'data-empty': 'dashboard-filtered' }, t('dash.emptyFiltered'))
        : [
          open ? h(ColumnDetail, { key: 'detail:' + open.evaluationId, column: open, onClose: () => setOpenId(null) }) : null,
          list(data.sections).map((section) => h(Section, { key: section.competency, section, shown, onOpen: setOpenId, openId })),
        ]);
}
