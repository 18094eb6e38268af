// « Évaluations en établissement » (guide 004; issue 12, item 5): the staff pick a class, see its school evaluations
// (newest first: date, title, complexity, levels given), open one to enter the whole class, or create a new one.
import { h } from 'preact';
import { t, tn } from '/app/i18n.js';
import { useApi } from '/app/api.js';
import { fetchSchoolEvaluations } from '/app/assessment-api.js';
import { dashboardHref, evaluationHref, evaluationsHref, navigate, newEvaluationHref, synthesisHref } from '/app/router.js';
import { useDocumentTitle } from '/app/components/common.js';
import { DataTable, formatDate } from '/app/components/forms.js';
import { InEstablishment, list, pending } from '/app/components/periods-common.js';
import { ClassSelect, EvaluationCode, complexityName, useClasses } from '/app/components/assessment-common.js';

export function EvaluationsPage({ user, route }) {
  useDocumentTitle(t('evals.pageTitle'));
  return h('div', { class: 'page', 'data-page': 'evaluations' },
    h('h1', null, t('evals.heading')),
    h('p', { class: 'lead' }, t('evals.intro')),
    h(InEstablishment, { user, render: (establishmentId) => h(ClassEvaluations, { key: establishmentId, establishmentId, classId: route.classId }) }));
}

function ClassEvaluations({ establishmentId, classId }) {
  const classes = useClasses(establishmentId);
  const wait = pending(classes);
  if (wait) return wait;
  const chosen = classes.classes.find((c) => c.id === classId) || classes.classes[0] || null;
  if (!chosen) return h('p', { class: 'notice', 'data-empty': 'classes' }, t('assess.noClass'));
  return h('div', { 'data-class': String(chosen.id) },
    h('div', { class: 'card filter-bar' },
      h(ClassSelect, { classes: classes.classes, classId: chosen.id, onChange: (id) => navigate(evaluationsHref(id)) }),
      h('div', { class: 'actions' },
        h('a', { class: 'button button--primary', href: newEvaluationHref(chosen.id), 'data-action': 'new-evaluation' }, t('evals.new')),
        h('a', { class: 'button', href: dashboardHref(null, chosen.id), 'data-action': 'open-dashboards' }, t('evals.dashboards')),
        h('a', { class: 'button', href: synthesisHref(null, chosen.classLevelId), 'data-action': 'open-synthesis' }, t('syn.link')))),
    h(EvaluationList, { key: chosen.id, schoolClass: chosen }));
}

function EvaluationList({ schoolClass }) {
  const evaluations = useApi((signal) => fetchSchoolEvaluations(schoolClass.id, signal), [schoolClass.id]);
  const columns = [
    { key: 'date', label: t('evals.date'), render: (e) => formatDate(e.date) },
    { key: 'title', label: t('evals.title'), render: (e) => h('a', { href: evaluationHref(e.id), 'data-action': 'open-evaluation' }, e.title) },
    { key: 'complexity', label: t('evals.complexity'), render: (e) => [h(EvaluationCode, { key: 'c', source: 'SCHOOL', complexity: e.complexity }), ' ', complexityName(e.complexity)] },
    { key: 'criteria', label: t('evals.criteria'), render: (e) => tn('evals.criteriaCount', e.criteriaCount) },
    { key: 'levels', label: t('evals.levelsGiven'), render: (e) => h('span', { 'data-levels-given': String(e.levelsGiven) }, tn('evals.levelsCount', e.levelsGiven)) },
    {
      key: 'actions', label: t('table.actions'), className: 'data-table__actions',
      render: (e) => h('a', { class: 'button button--small', href: evaluationHref(e.id), 'aria-label': t('evals.openLabel', { title: e.title }) }, t('evals.open')),
    },
  ];
  return h('section', { 'aria-labelledby': 'evals-h', 'data-evaluation-list': '' },
    h('h2', { id: 'evals-h' }, t('evals.listHeading', { classCode: schoolClass.code })),
    pending(evaluations) || h(DataTable, {
      caption: t('evals.listHeading', { classCode: schoolClass.code }),
      columns,
      rows: list(evaluations.data),
      rowKey: (e) => e.id,
      empty: t('evals.none'),
    }));
}
