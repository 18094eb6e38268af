// Page "#/admin/etablissements/{id}[/{tab}]": one establishment, in tabs: class levels, classes, staff,
// learners, imports, audit log. Each tab is its own address, so that it can be bookmarked and "back" works.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { t, tEnum, tn } from '/app/i18n.js';
import {
  createClass, createClassLevel, fetchAudit, fetchClassLevels, fetchClasses, fetchEstablishment, fetchReferentials, useApi,
} from '/app/api.js';
import { ESTABLISHMENT_TABS, establishmentHref, establishmentsHref } from '/app/router.js';
import { Alert, Loading, TabNav, useDocumentTitle } from '/app/components/common.js';
import {
  DataTable, Field, FormAlert, RequiredNote, SelectField, SubmitButton, Success, formatDateTime, requiredErrors, useForm,
} from '/app/components/forms.js';
import { LearnersTab, PeopleTab } from '/app/components/admin-people.js';
import { ImportsTab } from '/app/components/admin-imports.js';
import { MarkScaleForm } from '/app/components/admin-mark-scale.js';

export const SCHOOL_YEARS = ['SECONDE', 'PREMIERE', 'TERMINALE', 'CAP1', 'CAP2', 'BTS1', 'BTS2'];

const list = (value) => (Array.isArray(value) ? value : []);

/** A loading indicator, or the error, or null when `state` has its data. */
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

// ---------------------------------------------------------------- class levels

function ClassLevelForm({ establishmentId, referentials, onCreated }) {
  const form = useForm({ referentialCode: '', year: '', label: '' });
  const onSubmit = (event) => form.submit(event, async (values) => {
    const created = await createClassLevel(establishmentId, {
      referentialCode: values.referentialCode,
      year: values.year,
      label: values.label.trim(),
    });
    form.reset();
    onCreated(created);
  }, (values) => requiredErrors(values, ['referentialCode', 'year', 'label']));

  const options = referentials
    .filter((r) => r && r.status === 'ACTIVE' && r.defaultVersion && r.code)
    .sort((a, b) => String(a.code).localeCompare(String(b.code), 'fr'))
    .map((r) => ({ value: r.code, label: r.title ? t('classLevels.referentialOption', { code: r.code, title: r.title }) : r.code }));

  return h('form', { class: 'card form', 'data-form': 'class-level', noValidate: true, onSubmit, ref: form.formRef, 'aria-labelledby': form.id + '-h' },
    h('h3', { id: form.id + '-h' }, t('classLevels.createHeading')),
    h(RequiredNote),
    h(FormAlert, { form }),
    options.length === 0 ? h('p', { class: 'notice' }, t('classLevels.noReferential')) : null,
    h('div', { class: 'form-grid' },
      h(SelectField, { ...form.field('referentialCode'), label: t('classLevels.referential'), options, placeholder: t('form.choose'), required: true, hint: t('classLevels.referentialHint') }),
      h(SelectField, { ...form.field('year'), label: t('classLevels.year'), options: SCHOOL_YEARS.map((y) => ({ value: y, label: tEnum('year', y) })), placeholder: t('form.choose'), required: true }),
      h(Field, { ...form.field('label'), label: t('classLevels.label'), hint: t('classLevels.labelHint'), required: true, wide: true })),
    h('div', { class: 'actions' }, h(SubmitButton, { busy: form.busy, label: t('classLevels.create') })));
}

function ClassLevelsTab({ establishmentId }) {
  const levels = useApi((signal) => fetchClassLevels(establishmentId, signal), [establishmentId]);
  const referentials = useApi((signal) => fetchReferentials(signal), []);
  const [message, setMessage] = useState(null);
  const columns = [
    { key: 'label', label: t('classLevels.label') },
    { key: 'referentialCode', label: t('classLevels.referential'), render: (l) => h('code', null, l.referentialCode) },
    { key: 'year', label: t('classLevels.year'), render: (l) => tEnum('year', l.year) },
  ];
  const rows = list(levels.data).slice().sort((a, b) => String(a.label || '').localeCompare(String(b.label || ''), 'fr'));
  return h(TabSection, { tab: 'niveaux' },
    h('p', { class: 'muted' }, t('classLevels.intro')),
    message ? h(Success, { 'data-success': 'class-level' }, message) : null,
    pending(levels) || h(DataTable, { caption: t('classLevels.caption'), columns, rows, rowKey: (l) => l.id, empty: t('classLevels.empty') }),
    referentials.error
      ? h(Alert, { error: referentials.error, onRetry: referentials.retry })
      : referentials.loading && !referentials.data
        ? h(Loading)
        : h(ClassLevelForm, {
          establishmentId,
          referentials: list(referentials.data),
          onCreated: (created) => {
            setMessage(t('classLevels.created', { label: created && created.label ? created.label : '' }));
            levels.retry();
          },
        }),
    // The proposed mark of the intermediate reviews (issue 12).
    h(MarkScaleForm, { establishmentId }));
}

// ---------------------------------------------------------------- classes

function ClassForm({ establishmentId, levels, onCreated }) {
  const form = useForm({ code: '', label: '', classLevelId: '' });
  const onSubmit = (event) => form.submit(event, async (values) => {
    const created = await createClass(establishmentId, {
      code: values.code.trim(),
      label: values.label.trim(),
      classLevelId: Number(values.classLevelId),
    });
    form.reset();
    onCreated(created);
  }, (values) => requiredErrors(values, ['code', 'label', 'classLevelId']));

  return h('form', { class: 'card form', 'data-form': 'class', noValidate: true, onSubmit, ref: form.formRef, 'aria-labelledby': form.id + '-h' },
    h('h3', { id: form.id + '-h' }, t('classes.createHeading')),
    h(RequiredNote),
    h(FormAlert, { form }),
    h('div', { class: 'form-grid' },
      h(Field, { ...form.field('code'), label: t('classes.code'), hint: t('classes.codeHint'), required: true, autocomplete: 'off' }),
      h(Field, { ...form.field('label'), label: t('classes.label'), required: true }),
      h(SelectField, {
        ...form.field('classLevelId'),
        label: t('classes.classLevel'),
        options: levels.map((l) => ({ value: l.id, label: l.label })),
        placeholder: t('form.choose'),
        required: true,
        wide: true,
      })),
    h('div', { class: 'actions' }, h(SubmitButton, { busy: form.busy, label: t('classes.create') })));
}

function ClassesTab({ establishmentId }) {
  const classes = useApi((signal) => fetchClasses(establishmentId, signal), [establishmentId]);
  const levels = useApi((signal) => fetchClassLevels(establishmentId, signal), [establishmentId]);
  const [message, setMessage] = useState(null);
  const levelById = new Map(list(levels.data).map((l) => [l.id, l]));
  const columns = [
    { key: 'code', label: t('classes.code'), render: (c) => h('strong', null, c.code) },
    { key: 'label', label: t('classes.label') },
    { key: 'classLevel', label: t('classes.classLevel'), render: (c) => (levelById.get(c.classLevelId) || {}).label || h('span', { class: 'muted' }, t('table.none')) },
    { key: 'learnerCount', label: t('classes.learners'), render: (c) => tn('classes.learnerCount', Number(c.learnerCount) || 0) },
  ];
  const rows = list(classes.data).slice().sort((a, b) => String(a.code || '').localeCompare(String(b.code || ''), 'fr'));
  let form;
  if (levels.error) form = h(Alert, { error: levels.error, onRetry: levels.retry });
  else if (levels.loading && !levels.data) form = h(Loading);
  else if (list(levels.data).length === 0) {
    form = h('p', { class: 'notice', 'data-empty': 'class-levels' }, t('classes.needLevel'), ' ',
      h('a', { href: establishmentHref(establishmentId, 'niveaux') }, t('classes.needLevelLink')));
  } else {
    form = h(ClassForm, {
      establishmentId,
      levels: list(levels.data),
      onCreated: (created) => {
        setMessage(t('classes.created', { code: created && created.code ? created.code : '' }));
        classes.retry();
      },
    });
  }
  return h(TabSection, { tab: 'classes' },
    message ? h(Success, { 'data-success': 'class' }, message) : null,
    pending(classes) || h(DataTable, { caption: t('classes.caption'), columns, rows, rowKey: (c) => c.id, empty: t('classes.empty') }),
    form);
}

// ---------------------------------------------------------------- audit log

function AuditTab({ establishmentId }) {
  const audit = useApi((signal) => fetchAudit(establishmentId, signal), [establishmentId]);
  const rows = list(audit.data).map((entry, index) => ({ ...entry, rowId: entry.id !== undefined && entry.id !== null ? entry.id : index }));
  rows.sort((a, b) => String(b.at || '').localeCompare(String(a.at || '')));
  const columns = [
    { key: 'at', label: t('audit.at'), render: (e) => h('time', { datetime: e.at }, formatDateTime(e.at)) },
    // Who: their name today; a login that is nobody's (a failed sign-in) as typed.
    { key: 'actor', label: t('audit.actor'), render: (e) => (e.actorName ? h('span', { title: e.actor }, e.actorName) : h('span', null, t('audit.login', { login: e.actor }))) },
    // What: the French sentence written with the entry; the codes stay one click away for an administrator.
    {
      key: 'summary',
      label: t('audit.action'),
      className: 'data-table__long',
      render: (e) => h('div', { 'data-action-code': e.action },
        h('span', null, e.summary || e.action),
        e.detail || e.target ? h('details', { class: 'audit-detail' }, h('summary', null, t('audit.technical')),
          h('p', { class: 'muted' }, [e.action, e.target, e.detail].filter(Boolean).join(' · '))) : null),
    },
  ];
  return h(TabSection, { tab: 'journal' },
    h('p', { class: 'muted' }, t('audit.intro')),
    audit.data ? h('p', null, h('button', { type: 'button', class: 'button button--small', onClick: audit.retry, 'data-action': 'refresh' }, t('audit.refresh'))) : null,
    pending(audit) || h(DataTable, { caption: t('audit.caption'), columns, rows, rowKey: (e) => e.rowId, empty: t('audit.empty') }));
}

// ---------------------------------------------------------------- page

function Tabs({ establishmentId, current }) {
  return h(TabNav, {
    label: t('establishment.tabsLabel'),
    tabs: ESTABLISHMENT_TABS,
    current,
    href: (tab) => establishmentHref(establishmentId, tab),
    text: (tab) => t('establishment.tab.' + tab),
  });
}

function tabContent(tab, establishmentId, user) {
  switch (tab) {
    case 'classes': return h(ClassesTab, { key: tab, establishmentId });
    case 'personnel': return h(PeopleTab, { key: tab, establishmentId, user });
    case 'apprenants': return h(LearnersTab, { key: tab, establishmentId, user });
    case 'imports': return h(ImportsTab, { key: tab, establishmentId });
    case 'journal': return h(AuditTab, { key: tab, establishmentId });
    default: return h(ClassLevelsTab, { key: tab, establishmentId });
  }
}

export function EstablishmentPage({ id, tab, user }) {
  const establishment = useApi((signal) => fetchEstablishment(id, signal), [id]);
  const e = establishment.data;
  useDocumentTitle(e ? t('establishment.documentTitle', { name: e.name, tab: t('establishment.tab.' + tab) }) : t('establishment.pageTitle'));
  const back = h('p', { class: 'breadcrumb' }, h('a', { href: establishmentsHref() }, h('span', { 'aria-hidden': 'true' }, '← '), t('establishment.backToList')));
  if (!e) {
    return h('div', { class: 'page page--admin', 'data-page': 'establishment' },
      back,
      establishment.error ? h(Alert, { error: establishment.error, onRetry: establishment.retry }) : h(Loading));
  }
  return h('div', { class: 'page page--admin', 'data-page': 'establishment', 'data-establishment': String(e.id) },
    back,
    h('header', { class: 'est-header' },
      h('h1', null, e.name),
      h('p', { class: 'est-header__meta' },
        h('span', null, t('establishment.uai', { uai: e.uai })),
        e.address ? h('span', null, e.address) : null,
        e.contactEmail ? h('a', { href: 'mailto:' + e.contactEmail }, e.contactEmail) : null)),
    h(Tabs, { establishmentId: e.id, current: tab }),
    tabContent(tab, e.id, user));
}
