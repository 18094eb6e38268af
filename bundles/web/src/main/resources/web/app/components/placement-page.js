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
  attendanceCertificateUrl, createSheet, createTutor, fetchPeriod, fetchPlacement, fetchSheets, fetchTrainerLinks, individualise,
  preAgreementUrl, realign, revokeTrainerLink, sendTutorLink, updatePlace, useApi,
} from '/app/api.js';
import { PLACEMENT_TABS, myPeriodsHref, placementHref, periodsHref } from '/app/router.js';
import { AttendanceForm } from '/app/components/document-fields.js';
import { Alert, Loading, TabNav, useDocumentTitle } from '/app/components/common.js';
import {
  Field, FormAlert, RequiredNote, SubmitButton, Success, formatDate, formatDateTime, optional, requiredErrors, useForm,
} from '/app/components/forms.js';
import {
  LockedNotice, ObjectiveList, ObjectivesField, STAFF_ROLES, TaskList, TaskPicker, kindLabel, list, objectivesFromText,
  objectivesToText, pending, periodDates, useReferentialTasks,
} from '/app/components/periods-common.js';

export const PLACE_FIELDS = ['companyName', 'sector', 'service', 'address', 'phone', 'tutorName', 'tutorFunction', 'tutorPhone', 'tutorEmail'];
const REQUIRED_PLACE_FIELDS = ['companyName', 'sector', 'tutorName'];

function validEmail(value) {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(value).trim());
}

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
  useDocumentTitle(placement ? t('placement.documentTitle', { name: placement.learnerName, tab: t('placement.tab.' + tab) }) : t('placement.pageTitle'));
  if (!placement) return h('div', { class: 'page', 'data-page': 'placement' }, pending(loaded) || h(Loading));
  const tabs = tabsFor(user);
  const shown = tabs.includes(tab) ? tab : tabs[0];
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
    // An apprentice has a contract: neither pre-agreement nor attendance certificate (issue 10, item 7).
    placement.apprentice ? null : h('div', { class: 'actions' },
      h('a', { class: 'button', href: preAgreementUrl(placement.id), target: '_blank', rel: 'noopener', 'data-action': 'pre-agreement' }, t('placement.preAgreement')),
      h('a', { class: 'button', href: attendanceCertificateUrl(placement.id), target: '_blank', rel: 'noopener', 'data-action': 'attendance-certificate' }, t('placement.certificate'))),
    staff && !placement.apprentice ? h(AttendanceForm, { placementId: placement.id }) : null,
    h(TabNav, {
      label: t('placement.tabsLabel'),
      tabs,
      current: shown,
      href: (name) => placementHref(placement.id, name),
      text: (name) => (name === 'fiches' ? t('placement.tab.fiches') + ' (' + placement.sheetCount + ')' : t('placement.tab.' + name)),
    }),
    saved && saved.tab === shown ? h(Success, { 'data-success': saved.what, reveal: true, key: saved.what + ':' + placement.version + ':' + placement.sheetCount }, t('placement.saved.' + saved.what)) : null,
    h('section', { class: 'tab-panel', 'data-tab-panel': shown, 'aria-labelledby': 'placement-tab-h' },
      h('h2', { id: 'placement-tab-h' }, t('placement.tab.' + shown)),
      h(PlacementTab, { key: shown, tab: shown, placement, user, onChanged, onConflict })));
}

function PlacementTab({ tab, placement, user, onChanged, onConflict }) {
  switch (tab) {
    case 'objectifs': return h(ObjectivesTab, { placement, user, onChanged, onConflict });
    case 'activites': return h(ActivitiesTab, { placement, user, onChanged, onConflict });
    case 'tuteur': return h(TutorTab, { placement, onChanged });
    case 'fiches': return h(SheetsTab, { placement, user, onChanged });
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
  const initial = {};
  for (const name of PLACE_FIELDS) initial[name] = place[name] || '';
  const form = useForm(initial);
  if (!editable) {
    return h('dl', { class: 'facts card', 'data-place': 'read-only' }, PLACE_FIELDS.map((name) => [
      h('dt', { key: name + ':t' }, t('liaison.' + name)),
      h('dd', { key: name + ':d', 'data-liaison-field': name }, place[name] || h('span', { class: 'muted' }, t('liaison.empty'))),
    ]));
  }
  const validate = (values) => {
    const errors = requiredErrors(values, REQUIRED_PLACE_FIELDS);
    if (values.tutorEmail && !validEmail(values.tutorEmail)) errors.tutorEmail = t('form.invalidEmail');
    return errors;
  };
  const onSubmit = (event) => form.submit(event, async (values) => {
    const body = { version: placement.version };
    for (const name of PLACE_FIELDS) body[name] = optional(values[name]);
    onChanged(await withConflict(() => updatePlace(placement.id, body), onConflict), 'place');
  }, validate);
  const field = (name, extra) => h(Field, {
    ...form.field(name), label: t('liaison.' + name), required: REQUIRED_PLACE_FIELDS.includes(name), maxLength: 200, ...extra,
  });
  return h('form', { class: 'card form', 'data-form': 'place', noValidate: true, onSubmit, ref: form.formRef },
    h('p', { class: 'muted' }, user.role === 'LEARNER' ? t('placement.placeIntroLearner') : t('placement.placeIntroStaff')),
    h(RequiredNote),
    h(FormAlert, { form }),
    h('fieldset', { class: 'form-grid fieldset' },
      h('legend', null, t('placement.company')),
      field('companyName', { wide: true, autocomplete: 'organization' }),
      field('sector', { wide: true }),
      field('service'),
      field('phone', { type: 'tel', autocomplete: 'off' }),
      field('address', { wide: true, autocomplete: 'off' })),
    h('fieldset', { class: 'form-grid fieldset' },
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
  const form = useForm({ objectives: objectivesToText(placement.objectives) });
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
  const form = useForm({ tasks: list(placement.tasks) });
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

// ---------------------------------------------------------------- tutor

/** "Eude Toutcourt" → first name "Eude", family name "Toutcourt" (the sheet holds one text). */
export function splitTutorName(text) {
  const words = String(text || '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { firstName: '', familyName: '' };
  if (words.length === 1) return { firstName: '', familyName: words[0] };
  return { firstName: words[0], familyName: words.slice(1).join(' ') };
}

function TutorTab({ placement, onChanged }) {
  if (placement.apprentice) return h('p', { class: 'notice', 'data-apprentice': 'true' }, t('placement.apprenticeHasMaster'));
  const tutor = placement.tutor;
  return h('div', null,
    h('p', { class: 'muted' }, t('placement.tutorIntro')),
    tutor ? h(TutorCard, { placement, tutor }) : null,
    tutor
      ? h('details', { class: 'card' }, h('summary', null, t('placement.changeTutor')), h(TutorForm, { placement, onChanged }))
      : h(TutorForm, { placement, onChanged }));
}

function TutorForm({ placement, onChanged }) {
  const place = placement.place || {};
  const name = splitTutorName(place.tutorName);
  const form = useForm({ familyName: name.familyName, firstName: name.firstName, email: place.tutorEmail || '' });
  const validate = (values) => {
    const errors = requiredErrors(values, ['familyName', 'firstName', 'email']);
    if (!errors.email && !validEmail(values.email)) errors.email = t('form.invalidEmail');
    return errors;
  };
  const onSubmit = (event) => form.submit(event, async (values) => {
    onChanged(await createTutor(placement.id, {
      familyName: values.familyName.trim(), firstName: values.firstName.trim(), email: values.email.trim(),
    }), 'tutor');
  }, validate);
  return h('form', { class: 'card form', 'data-form': 'tutor', noValidate: true, onSubmit, ref: form.formRef },
    h('h3', null, t('placement.tutorIdentity')),
    h('p', { class: 'muted' }, t('placement.tutorPrefilled')),
    h(RequiredNote),
    h(FormAlert, { form }),
    h('div', { class: 'form-grid' },
      h(Field, { ...form.field('familyName'), label: t('placement.tutorFamilyName'), required: true, autocomplete: 'off' }),
      h(Field, { ...form.field('firstName'), label: t('placement.tutorFirstName'), required: true, autocomplete: 'off' }),
      h(Field, { ...form.field('email'), type: 'email', label: t('placement.tutorEmail'), hint: t('placement.tutorEmailHint'), required: true, wide: true, autocomplete: 'off' })),
    h('div', { class: 'actions' }, h(SubmitButton, { busy: form.busy, label: t('placement.createTutor') })));
}

function TutorCard({ placement, tutor }) {
  const links = useApi((signal) => fetchTrainerLinks(tutor.id, signal), [tutor.id]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [sent, setSent] = useState(null);
  const act = async (action, after) => {
    setBusy(true);
    setError(null);
    setSent(null);
    try {
      after(await action());
      links.retry();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const grant = 'placement:' + placement.id;
  const rows = list(links.data).filter((link) => link.grant === grant);
  // While an e-mail waits, look again: soon when it is about to leave, less often while a retry is planned.
  const waiting = rows.filter((link) => DELIVERY_PENDING.includes(link.delivery));
  useEffect(() => {
    if (waiting.length === 0 || links.loading) return undefined;
    const soon = waiting.some((link) => link.delivery !== 'RETRYING');
    const timer = setTimeout(links.retry, soon ? 2000 : 15000);
    return () => clearTimeout(timer);
  }, [links.data, links.loading]);
  return h('div', { class: 'card', 'data-tutor': String(tutor.id) },
    h('h3', null, t('placement.tutorIdentity')),
    h('p', null, h('strong', { 'data-tutor-name': '' }, tutor.firstName + ' ' + tutor.familyName), ' — ', h('span', { class: 'break', 'data-tutor-email': '' }, tutor.email)),
    sent ? h(Success, { 'data-success': 'tutor-link' }, t('placement.linkSent', { email: sent.email || tutor.email, date: formatDate(sent.expiresAt) })) : null,
    error ? h(Alert, { error }) : null,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button button--primary', disabled: busy, 'data-action': 'send-tutor-link', onClick: () => act(() => sendTutorLink(placement.id), setSent) },
        busy ? t('form.sending') : t('placement.sendLink'))),
    h('p', { class: 'muted' }, t('placement.linkHelp')),
    h('h4', null, t('placement.linksHeading')),
    pending(links) || (rows.length === 0
      ? h('p', { class: 'muted', 'data-empty': 'links' }, t('placement.noLinks'))
      : h('ul', { class: 'plain-list' }, rows.map((link) => h('li', { key: link.id, class: 'link-row', 'data-link': String(link.id), 'data-link-state': linkState(link) },
        h('span', null, t('placement.linkIssued', { date: formatDate(link.issuedAt) }), ' — ', t('placement.linkState.' + linkState(link), {
          expires: formatDate(link.expiresAt), revoked: formatDate(link.revokedAt),
        }), h('br'), h(DeliveryState, { link })),
        linkState(link) === 'active'
          ? h('button', { type: 'button', class: 'button button--small', disabled: busy, 'data-action': 'revoke-link', onClick: () => act(() => revokeTrainerLink(link.id), () => {}) }, t('placement.revokeLink'))
          : null)))));
}

const DELIVERY_PENDING = ['QUEUED', 'SENDING', 'RETRYING'];

/** Where a link's e-mail stands, in words: waiting, leaving, sent, a retry planned, failed (and why), cancelled. */
function DeliveryState({ link }) {
  const state = link.delivery || 'QUEUED';
  const reason = link.errorReason ? tEnum('placement.mailError', link.errorReason) : '';
  let text;
  if (state === 'SENT') {
    text = t(link.transport === 'OUTBOX' ? 'placement.delivery.SENT.OUTBOX' : 'placement.delivery.SENT', { date: formatDateTime(link.sentAt) });
  } else if (state === 'RETRYING') {
    text = t('placement.delivery.RETRYING', { date: formatDateTime(link.nextAttemptAt), attempts: link.attempts, reason });
  } else if (state === 'FAILED') {
    text = t('placement.delivery.FAILED', { reason, attempts: link.attempts });
  } else {
    text = tEnum('placement.delivery', state);
  }
  const tone = state === 'FAILED' ? ' delivery--failed' : state === 'SENT' ? ' delivery--sent' : '';
  return h('span', { class: 'delivery' + tone, 'data-delivery': state, title: link.lastError || undefined }, text);
}

function linkState(link) {
  if (link.revokedAt) return 'revoked';
  return new Date(link.expiresAt).getTime() <= Date.now() ? 'expired' : 'active';
}

// ---------------------------------------------------------------- activity sheets

function SheetsTab({ placement, user, onChanged }) {
  const sheets = useApi((signal) => fetchSheets(placement.id, signal), [placement.id, placement.sheetCount]);
  const form = useForm({ title: '' });
  const onSubmit = (event) => form.submit(event, async (values) => {
    await createSheet(placement.id, values.title.trim());
    form.reset({ title: '' });
    onChanged({ ...placement, sheetCount: placement.sheetCount + 1 }, 'sheet');
  }, (values) => requiredErrors(values, ['title']));
  const rows = list(sheets.data);
  return h('div', null,
    pending(sheets) || (rows.length === 0
      ? h('p', { class: 'muted', 'data-empty': 'sheets' }, t('placement.noSheets'))
      : h('ol', { class: 'sheet-list' }, rows.map((s) => h('li', { key: s.id, class: 'card sheet', 'data-sheet': String(s.id) },
        h('strong', null, s.title), ' ',
        h('span', { class: 'muted' }, t('placement.sheetCreated', { date: formatDateTime(s.createdAt) })))))),
    h('p', { class: 'muted' }, tn('periods.sheetCount', rows.length), ' — ', t('placement.sheetsNote')),
    user.role === 'LEARNER'
      ? h('form', { class: 'card form', 'data-form': 'sheet', noValidate: true, onSubmit, ref: form.formRef },
        h('h3', null, t('placement.newSheet')),
        h(FormAlert, { form }),
        h('div', { class: 'form-grid' }, h(Field, { ...form.field('title'), label: t('placement.sheetTitle'), hint: t('placement.sheetTitleHint'), required: true, wide: true, maxLength: 200 })),
        h('div', { class: 'actions' }, h(SubmitButton, { busy: form.busy, label: t('placement.createSheet') })))
      : null);
}
