// Page "#/periodes/{id}[/{tab}]": « Modifier les paramètres de la période », four pages in tabs (informations,
// apprenants, objectifs, activités). Each page is saved on its own with the period's version; the annex never
// changes, and the liaison sheets that were not individualised follow. A locked period is shown read-only.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { fetchClasses, fetchLearners, fetchPeriod, updatePeriodPage, useApi } from '/app/api.js';
import { PERIOD_TABS, periodHref, periodsHref } from '/app/router.js';
import { Alert, Loading, TabNav, useDocumentTitle } from '/app/components/common.js';
import { FormAlert, SubmitButton, Success, byName, requiredErrors, useForm } from '/app/components/forms.js';
import { InformationFields, LearnerChoice } from '/app/components/annexes.js';
import { PreAgreementTermsForm } from '/app/components/document-fields.js';
import {
  LockedNotice, ObjectivesField, TaskPicker, kindLabel, list, objectivesFromText, objectivesToText, pending, periodDates,
  useReferentialTasks,
} from '/app/components/periods-common.js';

const PAGE_OF_TAB = { informations: 'information', apprenants: 'learners', objectifs: 'objectives', activites: 'activities' };

export function PeriodPage({ id, tab }) {
  const loaded = useApi((signal) => fetchPeriod(id, signal), [id]);
  const [current, setCurrent] = useState(null);
  const [saved, setSaved] = useState(null);
  const period = current || loaded.data;
  useDocumentTitle(period ? t('period.documentTitle', { name: period.name, tab: t('period.tab.' + tab) }) : t('period.pageTitle'));
  if (!period) return h('div', { class: 'page', 'data-page': 'period' }, pending(loaded) || h(Loading));
  const onSaved = (next, savedTab) => {
    setCurrent(next);
    setSaved(savedTab);
  };
  // A 409 stale-version carries the period as it is now: the page takes it, so that a second attempt can succeed.
  const onConflict = (error) => {
    if (error && error.problem && error.problem.current) setCurrent(error.problem.current);
  };
  return h('div', { class: 'page', 'data-page': 'period', 'data-period': String(period.id), 'data-version': String(period.version) },
    h('p', { class: 'breadcrumb' }, h('a', { href: periodsHref({ levelId: period.classLevelId, periodId: period.id }) },
      h('span', { 'aria-hidden': 'true' }, '← '), t('period.back'))),
    h('h1', null, t('period.heading', { name: period.name })),
    h('p', { class: 'muted' }, kindLabel(period.kind) + ' · ' + periodDates(period) + ' · ' + period.referentialCode + ' ' + period.referentialVersion),
    h('p', { class: 'muted' }, t('period.annexNote')),
    h(LockedNotice, { item: period }),
    h(TabNav, {
      label: t('period.tabsLabel'), tabs: PERIOD_TABS, current: tab, href: (name) => periodHref(period.id, name), text: (name) => t('period.tab.' + name),
    }),
    saved === tab ? h(Success, { 'data-success': 'period-' + tab, reveal: true, key: 'saved:' + period.version }, t('period.saved')) : null,
    h('section', { class: 'tab-panel', 'data-tab-panel': tab, 'aria-labelledby': 'period-tab-h' },
      h('h2', { id: 'period-tab-h' }, t('period.tab.' + tab)),
      h(TabForm, { key: tab, tab, period, onSaved: (next) => onSaved(next, tab), onConflict, onPeriod: setCurrent })));
}

function TabForm({ tab, period, onSaved, onConflict, onPeriod }) {
  switch (tab) {
    case 'apprenants': return h(LearnersForm, { period, onSaved, onConflict });
    case 'objectifs': return h(ObjectivesForm, { period, onSaved, onConflict });
    case 'activites': return h(ActivitiesForm, { period, onSaved, onConflict });
    default: return h(InformationForm, { period, onSaved, onConflict, onPeriod });
  }
}

/** Submits `body` (with the version) to the period's page; hands the answer over, or the conflict. */
async function save(period, tab, body, onSaved, onConflict) {
  try {
    onSaved(await updatePeriodPage(period.id, PAGE_OF_TAB[tab], { ...body, version: period.version }));
  } catch (error) {
    if (error && error.status === 409) onConflict(error);
    throw error;
  }
}

function PageForm({ name, form, onSubmit, locked, children }) {
  return h('form', { class: 'card form', 'data-form': 'period-' + name, noValidate: true, onSubmit, ref: form.formRef },
    h(FormAlert, { form }),
    children,
    locked ? null : h('div', { class: 'actions' }, h(SubmitButton, { busy: form.busy, label: t('form.save') })));
}

function InformationForm({ period, onSaved, onConflict, onPeriod }) {
  const form = useForm({ name: period.name, kind: period.kind, startDate: period.startDate, endDate: period.endDate },
    { fromCurrent: (current) => ({ name: current.name, kind: current.kind, startDate: current.startDate, endDate: current.endDate }) });
  const validate = (values) => {
    const errors = requiredErrors(values, ['name', 'kind', 'startDate', 'endDate']);
    if (!errors.startDate && !errors.endDate && values.endDate < values.startDate) errors.endDate = t('newPeriod.endBeforeStart');
    return errors;
  };
  const onSubmit = (event) => form.submit(event, (values) => save(period, 'informations', {
    name: values.name.trim(), kind: values.kind, startDate: values.startDate, endDate: values.endDate,
  }, onSaved, onConflict), validate);
  return h('div', null,
    h(PageForm, { name: 'information', form, onSubmit, locked: period.locked },
      h(InformationFields, { form, disabled: period.locked })),
    // Saved on their own with the period's version, which the page then reloads (the form above needs it).
    h(PreAgreementTermsForm, { period, onPeriod }));
}

function LearnersForm({ period, onSaved, onConflict }) {
  const classes = useApi((signal) => fetchClasses(period.establishmentId, signal), [period.establishmentId]);
  const learners = useApi((signal) => fetchLearners(period.establishmentId, null, signal), [period.establishmentId]);
  const form = useForm({ learnerIds: list(period.learnerIds) });
  const wait = pending(classes) || pending(learners);
  if (wait) return wait;
  const classIds = new Set(list(classes.data).filter((c) => c.classLevelId === period.classLevelId).map((c) => c.id));
  const assigned = new Set(list(period.learnerIds));
  // The level's learners, and those of the period who have changed class since.
  const choices = list(learners.data).filter((l) => classIds.has(l.classId) || assigned.has(l.id)).sort(byName);
  const onSubmit = (event) => form.submit(event, (values) => save(period, 'apprenants', { learnerIds: values.learnerIds }, onSaved, onConflict));
  const removed = list(period.learnerIds).filter((id) => !form.values.learnerIds.includes(id)).length;
  return h(PageForm, { name: 'learners', form, onSubmit, locked: period.locked },
    h('p', { class: 'muted' }, t('period.learnersIntro')),
    h(LearnerChoice, { learners: choices, value: form.values.learnerIds, onValue: (ids) => form.set('learnerIds', ids), error: form.fieldErrors.learnerIds, disabled: period.locked }),
    removed > 0 ? h('p', { class: 'notice notice--warn', role: 'status', 'data-warning': 'learners-removed' }, t('period.learnersRemovedWarning', { n: removed })) : null);
}

function ObjectivesForm({ period, onSaved, onConflict }) {
  const form = useForm({ objectives: objectivesToText(period.objectives) }, { fromCurrent: (current) => ({ objectives: objectivesToText(current.objectives) }) });
  const onSubmit = (event) => form.submit(event, (values) => save(period, 'objectifs', { objectives: objectivesFromText(values.objectives) }, onSaved, onConflict));
  return h(PageForm, { name: 'objectives', form, onSubmit, locked: period.locked },
    h('p', { class: 'muted' }, t('period.followersNote')),
    h('div', { class: 'form-grid' }, h(ObjectivesField, { ...form.field('objectives'), disabled: period.locked })));
}

function ActivitiesForm({ period, onSaved, onConflict }) {
  const tasks = useReferentialTasks(period.referentialCode, period.referentialVersion);
  const form = useForm({ tasks: list(period.tasks) }, { fromCurrent: (current) => ({ tasks: list(current.tasks) }) });
  const onSubmit = (event) => form.submit(event, (values) => save(period, 'activites', { tasks: values.tasks }, onSaved, onConflict));
  if (tasks.error) return h(Alert, { error: tasks.error, onRetry: tasks.retry });
  return h(PageForm, { name: 'activities', form, onSubmit, locked: period.locked },
    h('p', { class: 'muted' }, t('period.followersNote')),
    h('div', { class: 'form-grid' },
      h(TaskPicker, { tasks, value: form.values.tasks, onValue: (codes) => form.set('tasks', codes), error: form.fieldErrors.tasks, disabled: period.locked })));
}
