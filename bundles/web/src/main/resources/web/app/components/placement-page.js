// Page "#/fiches-liaison/{id}[/{tab}]": a learner's folder for one period and its company liaison sheet
// (« fiche de liaison entreprise »), in the three pages of the guides (lieu de réalisation, objectifs, activités),
// then the tutor (teaching team, pupils only) and the activity sheets.
//   - The learner and the teaching team fill the place; a master reads it.
//   - The teaching team, or the apprentice's master, individualise the objectives and tasks; the team may re-align
//     a sheet that differs from its period.
//   - The teaching team creates the pupil's tutor (pre-filled from the sheet) and e-mails them the access link; the
//     e-mail is queued and sent after the commit, and each link shows where its e-mail stands (refreshed while it
//     waits).
//   - The learner starts activity sheets; everyone who reads the folder sees them (not the tutor).
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t, tEnum, tn } from '/app/i18n.js';
import {
  attendanceCertificateUrl, fetchPeriod, fetchPlacement, individualise,
  preAgreementUrl, realign, updatePlace, useApi,
} from '/app/api.js';
import { PLACEMENT_TABS, followUpHref, myPeriodsHref, placementHref, periodsHref } from '/app/router.js';
import { SheetList } from '/app/components/sheet-list.js';
import { fetchFollowUp } from '/app/followup-api.js';
import { AttendanceForm } from '/app/components/document-fields.js';
import { Alert, Loading, TabNav, useDocumentTitle } from '/app/components/common.js';
import { TutorTab, validEmail } from '/app/components/tutors.js';
import {
  Field, FormAlert, RequiredNote, SubmitButton, Success, formatDate, formatDateTime, optional, requiredErrors, useForm,
} from '/app/components/forms.js';
import {
  LockedNotice, ObjectiveList, ObjectivesField, STAFF_ROLES, TaskList, TaskPicker, kindLabel, list, objectivesFromText,
  objectivesToText, pending, periodDates, useReferentialTasks, followUpLabel, useLayoutKinds,
} from '/app/components/periods-common.js';

export const PLACE_FIELDS = ['companyName', 'sector', 'service', 'address', 'phone', 'tutorName', 'tutorFunction', 'tutorPhone', 'tutorEmail'];
const REQUIRED_PLACE_FIELDS = ['companyName', 'sector', 'tutorName'];


/** Which tabs the person sees: the tutor's tab is the teaching team's, activity sheets are not the tutor's. */
function tabsFor(user) {
  return PLACEMENT_TABS.filter((tab) => (tab !== 'tuteur' || STAFF_ROLES.includes(user.role)) && (tab !== 'fiches' || user.role !== 'TUTOR'));
}

export function PlacementPage({ id, tab, user }) {
  const loaded = useApi((signal) => fetchPlacement(id, signal), [id]);
  const [current, setCurrent] = useState(null);
  const [saved, setSaved] = useState(null);
  const placement = current || loaded.data;
  const staff = STAFF_ROLES.includes(user.role);
  // The period gives the class level of the way back (staff only read periods as a whole).
  const period = useApi((signal) => (staff && placement ? fetchPeriod(placement.periodId, signal) : Promise.resolve(null)),
    [staff, placement ? placement.periodId : null]);
  const kindOf = useLayoutKinds(placement ? [placement] : []);
  useDocumentTitle(placement ? t('placement.documentTitle', { name: placement.learnerName, tab: tabLabel(placement, tab) }) : t('placement.pageTitle'));
  if (!placement) return h('div', { class: 'page', 'data-page': 'placement' }, pending(loaded) || h(Loading));
  const tabs = tabsFor(user);
  const shown = tabs.includes(tab) ? tab : tabs[0];
  const kind = kindOf(placement);
  const onChanged = (next, what) => {
    setCurrent(next);
    setSaved({ what, tab: shown });
  };
  const onConflict = (error) => {
    if (error && error.status === 409 && error.problem && error.problem.current) setCurrent(error.problem.current);
  };
  const back = staff
    ? periodsHref({ levelId: period.data ? period.data.classLevelId : null, periodId: placement.periodId })
    : myPeriodsHref();
  return h('div', { class: 'page', 'data-page': 'placement', 'data-placement': String(placement.id), 'data-version': String(placement.version) },
    h('p', { class: 'breadcrumb' }, h('a', { href: back, 'data-action': 'back' }, h('span', { 'aria-hidden': 'true' }, '← '),
      staff ? t('placement.backToPeriod') : t('placement.backToMine'))),
    h('h1', null, t('placement.heading', { name: placement.learnerName })),
    h('p', { class: 'muted' }, placement.periodName + ' · ' + kindLabel(placement.kind) + ' · ' + periodDates(placement)),
    h('p', { class: 'badges' },
      placement.apprentice ? h('span', { class: 'badge' }, t('placement.apprentice')) : h('span', { class: 'badge' }, t('placement.pupil')),
      placement.individualised ? h('span', { class: 'badge', 'data-individualised': 'true' }, t('periods.individualised')) : h('span', { class: 'badge badge--on' }, t('periods.followsPeriod')),
      placement.differsFromPeriod ? h('span', { class: 'badge badge--warn', 'data-differs': 'true' }, t('periods.differs')) : null),
    h(LockedNotice, { item: placement }),
    h(TabNav, {
      label: t('placement.tabsLabel'),
      tabs,
      current: shown,
      href: (name) => placementHref(placement.id, name),
      // sheetCount counts activity sheets only: no counter beside a logbook's weekly sheets nor a portfolio.
      text: (name) => (name === 'fiches' && kind === 'ACTIVITY_SHEETS' ? tabLabel(placement, name) + ' (' + placement.sheetCount + ')' : tabLabel(placement, name)),
    }),
    saved && saved.tab === shown ? h(Success, { 'data-success': saved.what, reveal: true, key: saved.what + ':' + placement.version + ':' + placement.sheetCount }, t('placement.saved.' + saved.what)) : null,
    h('section', { class: 'tab-panel', 'data-tab-panel': shown, 'aria-labelledby': 'placement-tab-h' },
      h('h2', { id: 'placement-tab-h' }, tabLabel(placement, shown)),
      h(PlacementTab, { key: shown, tab: shown, placement, user, onChanged, onConflict })),
    // The follow-up documents (portfolio or logbook, activity sheets, personal review), after the page's own work too.
    user.role === 'TUTOR' || shown === 'fiches' ? null : h('p', { class: 'actions' },
      h('a', { class: 'button', href: followUpHref(placement.id), 'data-action': 'open-follow-up' }, followUpLabel(kind))),
    // The documents to print come after the work of the page: on a phone, the form's first field shows first.
    // An apprentice has a contract, a master and a logbook: no pre-agreement, attendance certificate nor tutor.
    placement.apprentice
      ? null
      : h('div', { class: 'actions', 'data-documents': '' },
        h('a', { class: 'button', href: preAgreementUrl(placement.id), target: '_blank', rel: 'noopener', 'data-action': 'pre-agreement' }, t('placement.preAgreement')),
        h('a', { class: 'button', href: attendanceCertificateUrl(placement.id), target: '_blank', rel: 'noopener', 'data-action': 'attendance-certificate' }, t('placement.certificate'))),
    staff && !placement.apprentice ? h(AttendanceForm, { placementId: placement.id }) : null);
}

/** A tab's name in the words of the learner's status: an apprentice's sheets are their « Journal de bord », their trainer their master. */
function tabLabel(placement, tab) {
  return placement.apprentice && (tab === 'tuteur' || tab === 'fiches') ? t('placement.tab.' + tab + '.apprentice') : t('placement.tab.' + tab);
}

/** The apprentice's master, named on their sheet. */
function MasterLine({ placement }) {
  const master = placement.master;
  return h('p', { class: 'card', 'data-master': master ? String(master.id) : 'none' },
    h('strong', null, t('placement.master')), '\u00a0: ',
    master ? [master.firstName + ' ' + master.familyName, master.email ? ' — ' : null, master.email ? h('a', { href: 'mailto:' + master.email, class: 'break', key: 'm' }, master.email) : null]
      : h('span', { class: 'muted' }, t('placement.noMaster')));
}

function PlacementTab({ tab, placement, user, onChanged, onConflict }) {
  switch (tab) {
    case 'objectifs': return h(ObjectivesTab, { placement, user, onChanged, onConflict });
    case 'activites': return h(ActivitiesTab, { placement, user, onChanged, onConflict });
    case 'tuteur': return placement.apprentice ? h(MasterLine, { placement }) : h(TutorTab, { placement, onChanged });
    case 'fiches': return h(SheetsTab, { placement, user });
    default: return h(PlaceTab, { placement, user, onChanged, onConflict });
  }
}

async function withConflict(action, onConflict) {
  try {
    return await action();
  } catch (error) {
    onConflict(error);
    throw error;
  }
}

// ---------------------------------------------------------------- lieu de réalisation

function PlaceTab({ placement, user, onChanged, onConflict }) {
  const editable = user.role === 'LEARNER' || STAFF_ROLES.includes(user.role);
  const place = placement.place || {};
  // An apprentice's company trainer is their master, named on the sheet: no tutor fields to fill.
  const fields = placement.apprentice ? PLACE_FIELDS.filter((name) => !name.startsWith('tutor')) : PLACE_FIELDS;
  const required = REQUIRED_PLACE_FIELDS.filter((name) => fields.includes(name));
  const initial = {};
  for (const name of PLACE_FIELDS) initial[name] = place[name] || '';
  const form = useForm(initial, { fromCurrent: (current) => Object.fromEntries(fields.map((name) => [name, (current.place || {})[name] || ''])) });
  if (!editable) {
    return h('div', null,
      placement.apprentice ? h(MasterLine, { placement }) : null,
      h('dl', { class: 'facts card', 'data-place': 'read-only' }, fields.map((name) => [
        h('dt', { key: name + ':t' }, t('liaison.' + name)),
        h('dd', { key: name + ':d', 'data-liaison-field': name }, place[name] || h('span', { class: 'muted' }, t('liaison.empty'))),
      ])));
  }
  const validate = (values) => {
    const errors = requiredErrors(values, required);
    if (values.tutorEmail && !validEmail(values.tutorEmail)) errors.tutorEmail = t('form.invalidEmail');
    return errors;
  };
  const onSubmit = (event) => form.submit(event, async (values) => {
    const body = { version: placement.version };
    for (const name of fields) body[name] = optional(values[name]);
    onChanged(await withConflict(() => updatePlace(placement.id, body), onConflict), 'place');
  }, validate);
  const field = (name, extra) => h(Field, {
    ...form.field(name), label: t('liaison.' + name), required: required.includes(name), maxLength: 200, ...extra,
  });
  return h('form', { class: 'card form', 'data-form': 'place', noValidate: true, onSubmit, ref: form.formRef },
    h('p', { class: 'muted' }, user.role === 'LEARNER' ? t(placement.apprentice ? 'placement.placeIntroApprentice' : 'placement.placeIntroLearner') : t('placement.placeIntroStaff')),
    h(RequiredNote),
    h(FormAlert, { form }),
    h('fieldset', { class: 'form-grid fieldset' },
      h('legend', null, t('placement.company')),
      field('companyName', { wide: true, autocomplete: 'organization' }),
      field('sector', { wide: true }),
      field('service'),
      field('phone', { type: 'tel', autocomplete: 'off' }),
      field('address', { wide: true, autocomplete: 'off' })),
    placement.apprentice
      ? h(MasterLine, { placement })
      : h('fieldset', { class: 'form-grid fieldset' },
        h('legend', null, t('placement.tutorOfCompany')),
        field('tutorName', { autocomplete: 'off' }),
        field('tutorFunction'),
        field('tutorPhone', { type: 'tel', autocomplete: 'off' }),
        field('tutorEmail', { type: 'email', autocomplete: 'off' })),
    h('div', { class: 'actions' }, h(SubmitButton, { busy: form.busy, label: t('form.save') })));
}

// ---------------------------------------------------------------- objectives and activities

/** The teaching team and the apprentice's master individualise; others read. */
function mayIndividualise(user, placement) {
  return STAFF_ROLES.includes(user.role) || (user.role === 'MASTER' && placement.apprentice);
}

function Realign({ placement, user, onChanged, onConflict }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  if (!placement.individualised) return h('p', { class: 'muted', 'data-follows': 'true' }, t('placement.followsNote'));
  const staff = STAFF_ROLES.includes(user.role);
  const onRealign = async () => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await withConflict(() => realign(placement.id, placement.version), onConflict), 'realign');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return h('div', { class: 'notice' + (placement.differsFromPeriod ? ' notice--warn' : ''), 'data-individualised-notice': '' },
    h('p', null, placement.differsFromPeriod ? t('placement.differsNote') : t('placement.individualisedNote')),
    error ? h(Alert, { error }) : null,
    staff ? h('button', { type: 'button', class: 'button button--small', disabled: busy, 'data-action': 'realign', onClick: onRealign }, t('placement.realign')) : null);
}

function ObjectivesTab({ placement, user, onChanged, onConflict }) {
  const form = useForm({ objectives: objectivesToText(placement.objectives) }, { fromCurrent: (current) => ({ objectives: objectivesToText(current.objectives) }) });
  const editable = mayIndividualise(user, placement);
  const onSubmit = (event) => form.submit(event, async (values) => {
    onChanged(await withConflict(() => individualise(placement.id, {
      objectives: objectivesFromText(values.objectives), tasks: list(placement.tasks), version: placement.version,
    }), onConflict), 'individualisation');
  });
  return h('div', null,
    h(Realign, { placement, user, onChanged, onConflict }),
    editable
      ? h('form', { class: 'card form', 'data-form': 'individualisation-objectives', noValidate: true, onSubmit, ref: form.formRef },
        h('p', { class: 'muted' }, t('placement.individualiseIntro')),
        h(FormAlert, { form }),
        h('div', { class: 'form-grid' }, h(ObjectivesField, { ...form.field('objectives') })),
        h('div', { class: 'actions' }, h(SubmitButton, { busy: form.busy, label: t('placement.individualise') })))
      : h('div', { class: 'card' }, h(ObjectiveList, { objectives: placement.objectives })));
}

function ActivitiesTab({ placement, user, onChanged, onConflict }) {
  const tasks = useReferentialTasks(placement.referentialCode, placement.referentialVersion);
  const form = useForm({ tasks: list(placement.tasks) }, { fromCurrent: (current) => ({ tasks: list(current.tasks) }) });
  const editable = mayIndividualise(user, placement);
  const onSubmit = (event) => form.submit(event, async (values) => {
    onChanged(await withConflict(() => individualise(placement.id, {
      objectives: list(placement.objectives), tasks: values.tasks, version: placement.version,
    }), onConflict), 'individualisation');
  });
  return h('div', null,
    h(Realign, { placement, user, onChanged, onConflict }),
    editable
      ? h('form', { class: 'card form', 'data-form': 'individualisation-tasks', noValidate: true, onSubmit, ref: form.formRef },
        h('p', { class: 'muted' }, t('placement.individualiseIntro')),
        h(FormAlert, { form }),
        h('div', { class: 'form-grid' }, h(TaskPicker, { tasks, value: form.values.tasks, onValue: (codes) => form.set('tasks', codes), error: form.fieldErrors.tasks })),
        h('div', { class: 'actions' }, h(SubmitButton, { busy: form.busy, label: t('placement.individualise') })))
      : h('div', { class: 'card' }, tasks.loading && tasks.activities.length === 0 ? h(Loading) : h(TaskList, { codes: placement.tasks, titles: tasks.titles })));
}

// ---------------------------------------------------------------- activity sheets

function SheetsTab({ placement, user }) {
  // The whole list (read states, weekly sheets, creation) is the follow-up's (sheet-list.js); the document's kind says
  // whether the learner starts sheets here (activity sheets) or keeps a portfolio or a logbook instead.
  const doc = useApi((signal) => fetchFollowUp(placement.id, signal).catch(() => null), [placement.id]);
  const kind = doc.data ? doc.data.kind : null;
  return h('div', null,
    h('p', null, h('a', { class: 'button', href: followUpHref(placement.id), 'data-action': 'open-follow-up' }, followUpLabel(kind))),
    doc.loading ? null : h(SheetList, { placementId: placement.id, user, kind }),
    kind && kind !== 'ACTIVITY_SHEETS' ? h('p', { class: 'muted', 'data-no-free-sheets': kind }, t('followUp.noFreeSheets.' + kind)) : null);
}
