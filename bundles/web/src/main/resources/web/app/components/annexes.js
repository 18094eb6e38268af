// Pedagogical annexes (annexes pédagogiques) of a class level, and the only way to create a period: from an annex.
//   #/annexes[?niveau=ID]             the level's annexes
//   #/annexes/nouvelle[?niveau=ID]    a new annex: name, objectives, tasks of the level's referential
//   #/annexes/{id}                    an annex, changed (its periods keep their copy)
//   #/annexes/{id}/nouvelle-periode   a period from the annex: name, kind, dates, learners
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { t, tn } from '/app/i18n.js';
import {
  createAnnex, createPeriod, fetchAnnexes, fetchClasses, fetchLearners, updateAnnex, useApi,
} from '/app/api.js';
import { annexHref, annexesHref, navigate, newAnnexHref, newPeriodHref, periodsHref } from '/app/router.js';
import { Alert, Loading, useDocumentTitle } from '/app/components/common.js';
import {
  Field, FormAlert, RequiredNote, SelectField, SubmitButton, Success, byName, listName, requiredErrors, useForm,
} from '/app/components/forms.js';
import {
  InEstablishment, LevelSelect, ObjectiveList, ObjectivesField, PERIOD_KINDS, TaskList, TaskPicker, kindLabel, list,
  objectivesFromText, objectivesToText, pending, sortedLevels, useClassLevels, useReferentialTasks,
} from '/app/components/periods-common.js';

function Breadcrumb({ href, label }) {
  return h('p', { class: 'breadcrumb' }, h('a', { href }, h('span', { 'aria-hidden': 'true' }, '← '), label));
}

// ---------------------------------------------------------------- list

export function AnnexesPage({ user, levelId }) {
  useDocumentTitle(t('annexes.pageTitle'));
  return h('div', { class: 'page', 'data-page': 'annexes' },
    h(Breadcrumb, { href: periodsHref({ levelId }), label: t('annexes.backToPeriods') }),
    h('h1', null, t('annexes.heading')),
    h('p', { class: 'lead' }, t('annexes.intro')),
    h(InEstablishment, { user, render: (establishmentId) => h(AnnexList, { key: establishmentId, establishmentId, levelId }) }));
}

function AnnexList({ establishmentId, levelId }) {
  const levels = useClassLevels(establishmentId);
  const annexes = useApi((signal) => fetchAnnexes(establishmentId, signal), [establishmentId]);
  const sorted = sortedLevels(levels.data);
  const level = sorted.find((l) => l.id === levelId) || sorted[0] || null;
  const wait = pending(levels) || pending(annexes);
  if (wait) return wait;
  if (!level) return h('p', { class: 'notice', 'data-empty': 'class-levels' }, t('periods.noClassLevel'));
  const rows = list(annexes.data).filter((a) => a.classLevelId === level.id);
  return h('div', { 'data-class-level': String(level.id) },
    h('div', { class: 'filter-bar' },
      h(LevelSelect, { levels: sorted, levelId: level.id, onChange: (id) => navigate(annexesHref(id)) }),
      h('a', { class: 'button button--primary', href: newAnnexHref(level.id), 'data-action': 'new-annex' }, t('annexes.create'))),
    rows.length === 0
      ? h('p', { class: 'notice', 'data-empty': 'annexes' }, t('annexes.none'))
      : h('ul', { class: 'annex-list' }, rows.map((a) => h('li', { key: a.id, class: 'card annex', 'data-annex': String(a.id) },
        h('h2', { class: 'annex__name' }, a.name),
        h('p', { class: 'muted' }, t('annexes.meta', { code: a.referentialCode, version: a.referentialVersion }), ' · ',
          tn('annexes.objectiveCount', list(a.objectives).length), ' · ', tn('annexes.taskCount', list(a.tasks).length)),
        h('div', { class: 'actions' },
          h('a', { class: 'button button--primary', href: newPeriodHref(a.id), 'data-action': 'new-period' }, t('annexes.createPeriod')),
          h('a', { class: 'button', href: annexHref(a.id), 'data-action': 'edit-annex' }, t('annexes.edit')))))));
}

// ---------------------------------------------------------------- one annex

export function AnnexFormPage({ user, annexId, levelId }) {
  useDocumentTitle(annexId ? t('annexes.editTitle') : t('annexes.newTitle'));
  return h('div', { class: 'page', 'data-page': annexId ? 'annex' : 'new-annex' },
    h(InEstablishment, {
      user,
      render: (establishmentId) => h(AnnexLoader, { key: establishmentId + ':' + (annexId || 'new'), establishmentId, annexId, levelId }),
    }));
}

function AnnexLoader({ establishmentId, annexId, levelId }) {
  const levels = useClassLevels(establishmentId);
  const annexes = useApi((signal) => (annexId ? fetchAnnexes(establishmentId, signal) : Promise.resolve([])), [establishmentId, annexId]);
  const wait = pending(levels) || pending(annexes);
  if (wait) return wait;
  const sorted = sortedLevels(levels.data);
  const annex = annexId ? list(annexes.data).find((a) => a.id === annexId) : null;
  if (annexId && !annex) return h(Alert, { error: { message: t('annexes.notFound') } });
  const level = annex ? sorted.find((l) => l.id === annex.classLevelId) : sorted.find((l) => l.id === levelId) || sorted[0];
  if (!level) return h('p', { class: 'notice' }, t('periods.noClassLevel'));
  return h(AnnexForm, { establishmentId, annex, level, levels: sorted });
}

function AnnexForm({ establishmentId, annex, level: initialLevel, levels }) {
  const form = useForm({
    classLevelId: String(initialLevel.id),
    name: annex ? annex.name : '',
    objectives: annex ? objectivesToText(annex.objectives) : '',
    tasks: annex ? list(annex.tasks) : [],
  });
  const level = levels.find((l) => String(l.id) === String(form.values.classLevelId)) || initialLevel;
  // A new annex takes the level's current referential version; an annex keeps the one it pinned.
  const tasks = useReferentialTasks(annex ? annex.referentialCode : level.referentialCode, annex ? annex.referentialVersion : null);
  const [saved, setSaved] = useState(null);
  const onSubmit = (event) => form.submit(event, async (values) => {
    const body = {
      classLevelId: Number(values.classLevelId),
      name: values.name.trim(),
      objectives: objectivesFromText(values.objectives),
      tasks: values.tasks,
    };
    if (annex) {
      const changed = await updateAnnex(annex.id, { ...body, version: saved ? saved.version : annex.version });
      setSaved(changed);
    } else {
      const created = await createAnnex(establishmentId, body);
      navigate(annexesHref(created.classLevelId));
    }
  }, (values) => requiredErrors(values, ['name', 'classLevelId']));
  return h('div', null,
    h(Breadcrumb, { href: annexesHref(level.id), label: t('annexes.backToList') }),
    h('h1', null, annex ? t('annexes.editHeading', { name: annex.name }) : t('annexes.newHeading')),
    annex ? h('p', { class: 'muted' }, t('annexes.pinned', { code: annex.referentialCode, version: annex.referentialVersion })) : null,
    annex ? h('p', { class: 'notice' }, t('annexes.editNote')) : null,
    saved ? h(Success, { 'data-success': 'annex' }, t('annexes.saved')) : null,
    h('form', { class: 'card form', 'data-form': 'annex', noValidate: true, onSubmit, ref: form.formRef },
      h(RequiredNote),
      h(FormAlert, { form }),
      h('div', { class: 'form-grid' },
        annex
          ? null
          : h(SelectField, {
            ...form.field('classLevelId'),
            label: t('periods.classLevel'),
            options: levels.map((l) => ({ value: l.id, label: l.label + ' (' + l.referentialCode + ')' })),
            required: true,
            onValue: (value) => { form.set('classLevelId', value); form.set('tasks', []); },
          }),
        h(Field, { ...form.field('name'), label: t('annexes.name'), required: true, wide: true, maxLength: 200 }),
        h(ObjectivesField, { ...form.field('objectives') }),
        h(TaskPicker, { tasks, value: form.values.tasks, onValue: (codes) => form.set('tasks', codes), error: form.fieldErrors.tasks })),
      h('div', { class: 'actions' }, h(SubmitButton, { busy: form.busy, label: annex ? t('form.save') : t('annexes.createSubmit') }))));
}

// ---------------------------------------------------------------- new period

export function NewPeriodPage({ user, annexId }) {
  useDocumentTitle(t('newPeriod.pageTitle'));
  return h('div', { class: 'page', 'data-page': 'new-period' },
    h(InEstablishment, { user, render: (establishmentId) => h(NewPeriodLoader, { key: establishmentId, establishmentId, annexId }) }));
}

function NewPeriodLoader({ establishmentId, annexId }) {
  const annexes = useApi((signal) => fetchAnnexes(establishmentId, signal), [establishmentId]);
  const classes = useApi((signal) => fetchClasses(establishmentId, signal), [establishmentId]);
  const learners = useApi((signal) => fetchLearners(establishmentId, null, signal), [establishmentId]);
  const wait = pending(annexes) || pending(classes) || pending(learners);
  if (wait) return wait;
  const annex = list(annexes.data).find((a) => a.id === annexId);
  if (!annex) return h(Alert, { error: { message: t('annexes.notFound') } });
  const classIds = new Set(list(classes.data).filter((c) => c.classLevelId === annex.classLevelId).map((c) => c.id));
  const levelLearners = list(learners.data).filter((l) => classIds.has(l.classId)).sort(byName);
  return h(NewPeriodForm, { annex, learners: levelLearners });
}

function NewPeriodForm({ annex, learners }) {
  const tasks = useReferentialTasks(annex.referentialCode, annex.referentialVersion);
  const form = useForm({ name: annex.name, kind: 'PERIOD_1', startDate: '', endDate: '', learnerIds: learners.map((l) => l.id) });
  const validate = (values) => {
    const errors = requiredErrors(values, ['name', 'kind', 'startDate', 'endDate']);
    if (!errors.startDate && !errors.endDate && values.endDate < values.startDate) errors.endDate = t('newPeriod.endBeforeStart');
    return errors;
  };
  const onSubmit = (event) => form.submit(event, async (values) => {
    const created = await createPeriod(annex.id, {
      name: values.name.trim(), kind: values.kind, startDate: values.startDate, endDate: values.endDate, learnerIds: values.learnerIds,
    });
    navigate(periodsHref({ levelId: created.classLevelId, periodId: created.id }));
  }, validate);
  return h('div', null,
    h(Breadcrumb, { href: annexesHref(annex.classLevelId), label: t('annexes.backToList') }),
    h('h1', null, t('newPeriod.heading', { name: annex.name })),
    h('p', { class: 'muted' }, t('newPeriod.intro')),
    h('form', { class: 'card form', 'data-form': 'new-period', noValidate: true, onSubmit, ref: form.formRef },
      h(RequiredNote),
      h(FormAlert, { form }),
      h(InformationFields, { form }),
      h(LearnerChoice, { learners, value: form.values.learnerIds, onValue: (ids) => form.set('learnerIds', ids), error: form.fieldErrors.learnerIds }),
      h('details', { class: 'annex-content' },
        h('summary', null, t('newPeriod.annexContent')),
        h('h3', null, t('periods.objectivesHeading')),
        h(ObjectiveList, { objectives: annex.objectives }),
        h('h3', null, t('periods.tasksHeading')),
        tasks.loading && tasks.activities.length === 0 ? h(Loading) : h(TaskList, { codes: annex.tasks, titles: tasks.titles })),
      h('div', { class: 'actions' }, h(SubmitButton, { busy: form.busy, label: t('newPeriod.submit') }))));
}

/** Name, kind and dates of a period (new period and page « informations »). */
export function InformationFields({ form, disabled }) {
  return h('div', { class: 'form-grid' },
    h(Field, { ...form.field('name'), label: t('periods.name'), required: true, wide: true, maxLength: 200, disabled }),
    h(SelectField, { ...form.field('kind'), label: t('periods.kind'), options: PERIOD_KINDS.map((k) => ({ value: k, label: kindLabel(k) })), required: true, disabled }),
    h('div', { class: 'form-field' }),
    h(Field, { ...form.field('startDate'), type: 'date', label: t('periods.startDate'), required: true, disabled }),
    h(Field, { ...form.field('endDate'), type: 'date', label: t('periods.endDate'), required: true, min: form.values.startDate || undefined, disabled }));
}

/** Checkboxes of the level's learners, all chosen at first, with « tout cocher / tout décocher ». */
export function LearnerChoice({ learners, value, onValue, error, disabled }) {
  const chosen = new Set(list(value));
  const toggle = (id, checked) => {
    const next = new Set(chosen);
    if (checked) next.add(id); else next.delete(id);
    onValue(learners.map((l) => l.id).filter((l) => next.has(l)));
  };
  return h('fieldset', { class: 'form-field form-field--wide learner-choice' + (error ? ' has-error' : ''), 'data-learner-choice': '' },
    h('legend', { class: 'form-field__label' }, t('periods.learnersLegend'), ' — ', tn('periods.learnersChosen', chosen.size)),
    error ? h('p', { class: 'form-field__error' }, error) : null,
    learners.length === 0 ? h('p', { class: 'muted' }, t('periods.noLevelLearners')) : h('div', { class: 'actions actions--compact' },
      h('button', { type: 'button', class: 'button button--small', disabled, 'data-action': 'check-all', onClick: () => onValue(learners.map((l) => l.id)) }, t('periods.checkAll')),
      h('button', { type: 'button', class: 'button button--small', disabled, 'data-action': 'uncheck-all', onClick: () => onValue([]) }, t('periods.uncheckAll'))),
    h('ul', { class: 'learner-choice__list' }, learners.map((l) => h('li', { key: l.id },
      h('label', { class: 'checkbox' },
        h('input', { type: 'checkbox', name: 'learnerIds', value: String(l.id), checked: chosen.has(l.id), disabled, onChange: (e) => toggle(l.id, e.currentTarget.checked) }),
        h('span', null, listName(l), ' ', h('span', { class: 'muted' }, l.classCode || '')))))));
}
