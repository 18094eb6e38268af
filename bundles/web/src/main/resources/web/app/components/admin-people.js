// Tabs "Personnel" (staff and apprenticeship masters) and "Apprenants" (learners) of an establishment.
// New accounts and password resets show their password once, to be handed over.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t, tEnum } from '/app/i18n.js';
import {
  changeRole, createLearner, createPerson, fetchClasses, fetchLearners, fetchPeople, resetPassword, useApi,
} from '/app/api.js';
import { establishmentHref } from '/app/router.js';
import { Alert, Loading } from '/app/components/common.js';
import {
  DataTable, Field, FormAlert, OneTimePassword, RequiredNote, SelectField, SubmitButton, Success, byName, formatDate,
  fullName, listName, optional, optionalId, requiredErrors, roleLabel, useForm, useUniqueId,
} from '/app/components/forms.js';

const list = (value) => (Array.isArray(value) ? value : []);

/** Roles listed in the staff tab. */
const STAFF_FILTER_ROLES = ['ADMIN', 'DDFPT', 'TEACHER', 'MASTER'];
/** Roles a staff member can be given by a role change. */
const STAFF_ROLES = ['ADMIN', 'DDFPT', 'TEACHER'];

/** Roles the signed-in person may create here (master accounts: ADMIN only). */
function creatableRoles(user) {
  return user.role === 'ADMIN' ? ['TEACHER', 'DDFPT', 'MASTER', 'ADMIN'] : ['TEACHER'];
}

function pending(state) {
  if (state.error) return h(Alert, { error: state.error, onRetry: state.retry });
  if (state.loading && !state.data) return h(Loading);
  return null;
}

function TabSection({ tab, children }) {
  return h('section', { class: 'tab-panel', 'data-tab-panel': tab, 'aria-labelledby': 'tab-heading-' + tab },
    h('h2', { id: 'tab-heading-' + tab }, t('establishment.tab.' + tab)),
    children);
}

function validEmail(value) {
  return /^[^\s@]+@[^\s@]+$/.test(String(value).trim());
}

// ---------------------------------------------------------------- staff

function PersonForm({ establishmentId, user, onCreated }) {
  const roles = creatableRoles(user);
  const initial = { role: roles.length === 1 ? roles[0] : '', familyName: '', firstName: '', email: '', login: '' };
  const form = useForm(initial);
  const validate = (values) => {
    const errors = requiredErrors(values, ['role', 'familyName', 'firstName', 'login']);
    if (!errors.email && values.email && !validEmail(values.email)) errors.email = t('form.invalidEmail');
    return errors;
  };
  const onSubmit = (event) => form.submit(event, async (values) => {
    const created = await createPerson(establishmentId, {
      role: values.role,
      familyName: values.familyName.trim(),
      firstName: values.firstName.trim(),
      email: optional(values.email),
      login: values.login.trim(),
    });
    form.reset(initial);
    onCreated(created);
  }, validate);

  return h('form', { class: 'card form', 'data-form': 'person', noValidate: true, onSubmit, ref: form.formRef, 'aria-labelledby': form.id + '-h' },
    h('h3', { id: form.id + '-h' }, t('people.createHeading')),
    h(RequiredNote),
    h(FormAlert, { form }),
    h('div', { class: 'form-grid' },
      h(SelectField, {
        ...form.field('role'),
        label: t('people.role'),
        options: roles.map((role) => ({ value: role, label: roleLabel(role) })),
        placeholder: roles.length > 1 ? t('form.choose') : undefined,
        required: true,
        hint: user.role === 'ADMIN' ? t('people.roleHintAdmin') : t('people.roleHintDdfpt'),
        wide: true,
      }),
      h(Field, { ...form.field('familyName'), label: t('people.familyName'), required: true, autocomplete: 'off' }),
      h(Field, { ...form.field('firstName'), label: t('people.firstName'), required: true, autocomplete: 'off' }),
      h(Field, { ...form.field('email'), type: 'email', label: t('people.email'), autocomplete: 'off' }),
      h(Field, { ...form.field('login'), label: t('people.login'), hint: t('people.loginHint'), required: true, autocomplete: 'off', autocapitalize: 'none', spellcheck: false })),
    h('div', { class: 'actions' }, h(SubmitButton, { busy: form.busy, label: t('people.create') })));
}

/** Role change of one staff member (ADMIN). */
function RoleChange({ person, onChanged, onError }) {
  const [role, setRole] = useState(person.role);
  const [busy, setBusy] = useState(false);
  const id = useUniqueId('role');
  const submit = async (event) => {
    event.preventDefault();
    if (busy || role === person.role) return;
    setBusy(true);
    try {
      const changed = await changeRole(person.id, role, person.version);
      onChanged(person, changed || { ...person, role });
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };
  return h('form', { class: 'inline-form', 'data-form': 'role', noValidate: true, onSubmit: submit },
    h('label', { for: id, class: 'visually-hidden' }, t('people.newRoleLabel', { name: fullName(person) })),
    h('select', { id, name: 'role', class: 'input input--small', value: role, onChange: (e) => setRole(e.currentTarget.value) },
      STAFF_ROLES.map((r) => h('option', { key: r, value: r }, roleLabel(r)))),
    h('button', {
      type: 'submit',
      class: 'button button--small',
      disabled: busy || role === person.role,
      'data-action': 'change-role',
    }, t('people.changeRole')));
}

export function PeopleTab({ establishmentId, user }) {
  const isAdmin = user.role === 'ADMIN';
  const [filter, setFilter] = useState('');
  const people = useApi((signal) => fetchPeople(establishmentId, filter || null, signal), [establishmentId, filter]);
  const [secret, setSecret] = useState(null);
  const [message, setMessage] = useState(null);
  const [actionError, setActionError] = useState(null);
  const [resetting, setResetting] = useState(null);
  const filterId = useUniqueId('people-filter');

  const onReset = async (person) => {
    setMessage(null);
    setActionError(null);
    setSecret(null);
    setResetting(person.id);
    try {
      const answer = await resetPassword(person.id);
      setSecret({ title: t('people.temporaryPasswordTitle', { name: fullName(person) }), login: person.login, password: answer.temporaryPassword });
    } catch (error) {
      setActionError(error);
    } finally {
      setResetting(null);
    }
  };

  const columns = [
    { key: 'name', label: t('people.name'), render: (p) => h('strong', null, listName(p)) },
    { key: 'login', label: t('people.login'), render: (p) => h('code', null, p.login) },
    { key: 'email', label: t('people.email'), render: (p) => (p.email ? h('span', { class: 'break' }, p.email) : h('span', { class: 'muted' }, t('table.none'))) },
    { key: 'role', label: t('people.role'), render: (p) => h('span', { 'data-role': p.role }, roleLabel(p.role)) },
    { key: 'active', label: t('people.state'), render: (p) => (p.active === false ? h('span', { class: 'badge badge--off' }, t('people.inactive')) : h('span', { class: 'badge badge--on' }, t('people.active'))) },
  ];
  if (isAdmin) {
    columns.push({
      key: 'actions',
      label: t('table.actions'),
      className: 'data-table__actions',
      render: (p) => h('div', { class: 'row-actions' },
        h('button', {
          type: 'button',
          class: 'button button--small',
          'data-action': 'reset-password',
          disabled: resetting === p.id,
          'aria-label': t('people.resetLabel', { name: fullName(p) }),
          onClick: () => onReset(p),
        }, t('people.reset')),
        STAFF_ROLES.includes(p.role)
          ? h(RoleChange, {
            key: p.id + ':' + p.role,
            person: p,
            onChanged: (before, after) => {
              setSecret(null);
              setActionError(null);
              setMessage(t('people.roleChanged', { name: fullName(before), from: roleLabel(before.role), to: roleLabel(after.role) }));
              people.retry();
            },
            // A 409 (someone changed this person meanwhile): the list is read again, the error says why.
            onError: (error) => { setMessage(null); setActionError(error); if (error && error.status === 409) people.retry(); },
          })
          : null),
    });
  }

  const rows = list(people.data).filter((p) => p && (filter ? p.role === filter : p.role !== 'LEARNER' && p.role !== 'TUTOR')).sort(byName);

  return h(TabSection, { tab: 'personnel' },
    h('p', { class: 'muted' }, t('people.intro')),
    secret ? h(OneTimePassword, { ...secret, onDismiss: () => setSecret(null) }) : null,
    message ? h(Success, { 'data-success': 'person' }, message) : null,
    actionError ? h(Alert, { error: actionError }) : null,
    h('div', { class: 'filter-bar' },
      h('label', { for: filterId }, t('people.filter')),
      h('select', { id: filterId, class: 'input input--small', name: 'roleFilter', 'data-filter': 'role', value: filter, onChange: (e) => setFilter(e.currentTarget.value) },
        h('option', { value: '' }, t('people.filterAll')),
        STAFF_FILTER_ROLES.map((r) => h('option', { key: r, value: r }, roleLabel(r))))),
    pending(people) || h(DataTable, { caption: t('people.caption'), columns, rows, rowKey: (p) => p.id, empty: t('people.empty') }),
    h(PersonForm, {
      establishmentId,
      user,
      onCreated: (created) => {
        setMessage(t('people.created', { name: fullName(created), role: roleLabel(created.role) }));
        setActionError(null);
        setSecret(created.initialPassword
          ? { title: t('people.initialPasswordTitle', { name: fullName(created) }), login: created.login, password: created.initialPassword }
          : null);
        people.retry();
      },
    }));
}

// ---------------------------------------------------------------- learners

const STATUSES = ['PUPIL', 'APPRENTICE'];

function LearnerForm({ establishmentId, classes, teachers, masters, defaultClassId, onCreated }) {
  const initial = {
    familyName: '', firstName: '', ine: '', birthDate: '', status: 'PUPIL',
    classId: defaultClassId ? String(defaultClassId) : '', referentTeacherId: '', masterId: '',
  };
  const form = useForm(initial);
  // The class shown in the list is the likely class of the next learner.
  useEffect(() => {
    if (defaultClassId) form.set('classId', String(defaultClassId));
  }, [defaultClassId]);
  const validate = (values) => {
    const errors = requiredErrors(values, ['familyName', 'firstName', 'status', 'classId']);
    if (!errors.ine && values.ine && !/^[0-9A-Za-z]{11}$/.test(values.ine.trim())) errors.ine = t('learners.ineInvalid');
    return errors;
  };
  const onSubmit = (event) => form.submit(event, async (values) => {
    const created = await createLearner(establishmentId, {
      familyName: values.familyName.trim(),
      firstName: values.firstName.trim(),
      ine: values.ine ? values.ine.trim().toUpperCase() : null,
      birthDate: optional(values.birthDate),
      status: values.status,
      classId: Number(values.classId),
      referentTeacherId: optionalId(values.referentTeacherId),
      masterId: optionalId(values.masterId),
    });
    form.reset(initial);
    onCreated(created);
  }, validate);

  const apprentice = form.values.status === 'APPRENTICE';
  return h('form', { class: 'card form', 'data-form': 'learner', noValidate: true, onSubmit, ref: form.formRef, 'aria-labelledby': form.id + '-h' },
    h('h3', { id: form.id + '-h' }, t('learners.createHeading')),
    h(RequiredNote),
    h(FormAlert, { form }),
    h('div', { class: 'form-grid' },
      h(Field, { ...form.field('familyName'), label: t('learners.familyName'), required: true, autocomplete: 'off' }),
      h(Field, { ...form.field('firstName'), label: t('learners.firstName'), required: true, autocomplete: 'off' }),
      h(Field, { ...form.field('ine'), label: t('learners.ine'), hint: t('learners.ineHint'), autocomplete: 'off', maxLength: 11, autocapitalize: 'characters', spellcheck: false }),
      h(Field, { ...form.field('birthDate'), type: 'date', label: t('learners.birthDate'), max: new Date().toISOString().slice(0, 10) }),
      h(SelectField, { ...form.field('status'), label: t('learners.status'), options: STATUSES.map((s) => ({ value: s, label: tEnum('learnerStatus', s) })), required: true }),
      h(SelectField, { ...form.field('classId'), label: t('learners.class'), options: classes.map((c) => ({ value: c.id, label: c.label ? t('learners.classOption', { code: c.code, label: c.label }) : c.code })), placeholder: t('form.choose'), required: true }),
      h(SelectField, { ...form.field('referentTeacherId'), label: t('learners.referentTeacher'), options: teachers.map((p) => ({ value: p.id, label: listName(p) })), placeholder: t('learners.nobody') }),
      h(SelectField, {
        ...form.field('masterId'),
        label: t('learners.master'),
        options: masters.map((p) => ({ value: p.id, label: listName(p) })),
        placeholder: t('learners.nobody'),
        hint: apprentice ? t('learners.masterHintApprentice') : t('learners.masterHint'),
      })),
    h('div', { class: 'actions' }, h(SubmitButton, { busy: form.busy, label: t('learners.create') })));
}

export function LearnersTab({ establishmentId, user }) {
  const isAdmin = user && user.role === 'ADMIN';
  const [resetting, setResetting] = useState(null);
  const [actionError, setActionError] = useState(null);
  const [classFilter, setClassFilter] = useState('');
  const classes = useApi((signal) => fetchClasses(establishmentId, signal), [establishmentId]);
  const staff = useApi((signal) => fetchPeople(establishmentId, null, signal), [establishmentId]);
  const learners = useApi((signal) => fetchLearners(establishmentId, classFilter || null, signal), [establishmentId, classFilter]);
  const [secret, setSecret] = useState(null);
  const [message, setMessage] = useState(null);
  const filterId = useUniqueId('class-filter');

  const classList = list(classes.data).slice().sort((a, b) => String(a.code || '').localeCompare(String(b.code || ''), 'fr'));
  const teacherList = list(staff.data).filter((p) => p.role === 'TEACHER' && p.active !== false).sort(byName);
  const masterList = list(staff.data).filter((p) => p.role === 'MASTER' && p.active !== false).sort(byName);
  const people = new Map(list(staff.data).map((p) => [p.id, p]));
  const classById = new Map(list(classes.data).map((c) => [c.id, c]));
  const personCell = (id) => (id !== null && id !== undefined && people.has(id)
    ? listName(people.get(id))
    : h('span', { class: 'muted' }, id !== null && id !== undefined ? t('learners.unknownPerson') : t('table.none')));

  const columns = [
    { key: 'name', label: t('learners.name'), render: (l) => h('strong', null, listName(l)) },
    { key: 'ine', label: t('learners.ine'), render: (l) => (l.ine ? h('code', null, l.ine) : h('span', { class: 'muted' }, t('table.none'))) },
    { key: 'birthDate', label: t('learners.birthDate'), render: (l) => (l.birthDate ? h('time', { datetime: l.birthDate }, formatDate(l.birthDate)) : h('span', { class: 'muted' }, t('table.none'))) },
    { key: 'status', label: t('learners.status'), render: (l) => h('span', { 'data-learner-status': l.status }, tEnum('learnerStatus', l.status)) },
    { key: 'class', label: t('learners.class'), render: (l) => (l.leftOn
      ? h('span', { class: 'tag', 'data-left-on': l.leftOn }, t('learners.leftOn', { date: formatDate(l.leftOn) }))
      : l.classCode || (classById.get(l.classId) || {}).code || h('span', { class: 'muted' }, t('table.none'))) },
    { key: 'referent', label: t('learners.referentTeacher'), render: (l) => personCell(l.referentTeacherId) },
    { key: 'master', label: t('learners.master'), render: (l) => personCell(l.masterId) },
    { key: 'login', label: t('learners.login'), render: (l) => (l.login ? h('code', null, l.login) : h('span', { class: 'muted' }, t('table.none'))) },
  ];
  // Imported learners have no password yet: the administrator hands each account over with a reset.
  const onReset = async (learner) => {
    setMessage(null);
    setActionError(null);
    setSecret(null);
    setResetting(learner.id);
    try {
      const answer = await resetPassword(learner.personId);
      setSecret({ title: t('people.temporaryPasswordTitle', { name: fullName(learner) }), login: learner.login, password: answer.temporaryPassword });
    } catch (error) {
      setActionError(error);
    } finally {
      setResetting(null);
    }
  };
  if (isAdmin) {
    columns.push({
      key: 'actions',
      label: t('table.actions'),
      className: 'data-table__actions',
      render: (l) => h('div', { class: 'row-actions' },
        h('button', {
          type: 'button',
          class: 'button button--small',
          'data-action': 'reset-password',
          disabled: resetting === l.id,
          'aria-label': t('people.resetLabel', { name: fullName(l) }),
          onClick: () => onReset(l),
        }, t('people.reset'))),
    });
  }
  const rows = list(learners.data).slice().sort(byName);

  let form;
  const waiting = [classes, staff].find((s) => s.error || (s.loading && !s.data));
  if (waiting) form = pending(waiting);
  else if (classList.length === 0) {
    form = h('p', { class: 'notice', 'data-empty': 'classes' }, t('learners.needClass'), ' ',
      h('a', { href: establishmentHref(establishmentId, 'classes') }, t('learners.needClassLink')));
  } else {
    form = h(LearnerForm, {
      establishmentId,
      classes: classList,
      teachers: teacherList,
      masters: masterList,
      defaultClassId: classFilter,
      onCreated: (created) => {
        setMessage(t('learners.created', { name: fullName(created) }));
        setSecret(created.initialPassword
          ? { title: t('learners.initialPasswordTitle', { name: fullName(created) }), login: created.login, password: created.initialPassword }
          : null);
        learners.retry();
        classes.retry();
      },
    });
  }

  return h(TabSection, { tab: 'apprenants' },
    h('p', { class: 'muted' }, t('learners.intro')),
    secret ? h(OneTimePassword, { ...secret, onDismiss: () => setSecret(null) }) : null,
    actionError ? h(Alert, { error: actionError }) : null,
    message ? h(Success, { 'data-success': 'learner' }, message) : null,
    h('div', { class: 'filter-bar' },
      h('label', { for: filterId }, t('learners.filter')),
      h('select', { id: filterId, class: 'input input--small', name: 'classFilter', 'data-filter': 'class', value: classFilter, onChange: (e) => setClassFilter(e.currentTarget.value) },
        h('option', { value: '' }, t('learners.filterAll')),
        classList.map((c) => h('option', { key: c.id, value: String(c.id) }, c.code)))),
    pending(learners) || h(DataTable, { caption: t('learners.caption'), columns, rows, rowKey: (l) => l.id, empty: classFilter ? t('learners.emptyClass') : t('learners.empty') }),
    form);
}
