// Page "#/admin/etablissements": the establishments (ADMIN: all; DDFPT: their own), creation (ADMIN) and
// edition with optimistic locking (the `version` goes back with the changes; a 409 reloads the current values).
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { createEstablishment, fetchEstablishment, fetchEstablishments, updateEstablishment, useApi } from '/app/api.js';
import { establishmentHref } from '/app/router.js';
import { Alert, Loading, useDocumentTitle } from '/app/components/common.js';
import {
  DataTable, Field, FormAlert, RequiredNote, SelectField, SubmitButton, Success, optional, requiredErrors, useForm,
} from '/app/components/forms.js';

/** The zones an establishment may be in (core TimeZones.SELECTABLE), metropolitan France first. */
export const TIME_ZONES = ['Europe/Paris', 'America/Guadeloupe', 'America/Martinique', 'America/Cayenne', 'Indian/Reunion', 'Indian/Mayotte',
  'America/Miquelon', 'America/St_Barthelemy', 'America/Marigot', 'Pacific/Noumea', 'Pacific/Tahiti', 'Pacific/Marquesas', 'Pacific/Gambier',
  'Pacific/Wallis'];

const EMPTY = { uai: '', name: '', address: '', contactEmail: '', timeZone: 'Europe/Paris' };

function valuesOf(establishment) {
  return {
    uai: establishment.uai || '',
    name: establishment.name || '',
    address: establishment.address || '',
    contactEmail: establishment.contactEmail || '',
    timeZone: establishment.timeZone || 'Europe/Paris',
    version: establishment.version,
  };
}

function payload(values) {
  return {
    uai: values.uai.trim().toUpperCase(),
    name: values.name.trim(),
    address: optional(values.address),
    contactEmail: optional(values.contactEmail),
    timeZone: values.timeZone || 'Europe/Paris',
  };
}

function validate(values) {
  const errors = requiredErrors(values, ['uai', 'name']);
  if (!errors.contactEmail && values.contactEmail && !/^[^\s@]+@[^\s@]+$/.test(values.contactEmail.trim())) {
    errors.contactEmail = t('form.invalidEmail');
  }
  return errors;
}

/** Creation (no `establishment`) or edition of one establishment. */
export function EstablishmentForm({ establishment, onSaved, onCancel }) {
  const editing = !!establishment;
  const form = useForm(editing ? valuesOf(establishment) : EMPTY, {
    fromCurrent: (current) => {
      const theirs = valuesOf(current);
      delete theirs.version;
      return theirs;
    },
  });
  const [reloaded, setReloaded] = useState(false);
  const headingId = form.id + '-heading';

  // Opening the edition moves the focus to its first field.
  useEffect(() => {
    if (editing && form.formRef.current) {
      const first = form.formRef.current.querySelector('input');
      if (first) first.focus();
    }
  }, []);

  const onSubmit = (event) => {
    setReloaded(false);
    return form.submit(event, async (values) => {
      if (!editing) {
        const created = await createEstablishment(payload(values));
        form.reset(EMPTY);
        onSaved(created, 'created');
        return;
      }
      try {
        const saved = await updateEstablishment(establishment.id, { ...payload(values), version: values.version });
        onSaved(saved, 'updated');
      } catch (error) {
        if (error && error.status === 409) {
          // Someone else saved first: show their values (and the new version) before trying again.
          try {
            const sent = error.problem && error.problem.current;
            const current = sent && sent.id === establishment.id && sent.version !== undefined
              ? sent
              : await fetchEstablishment(establishment.id);
            form.setValues(valuesOf(current));
            setReloaded(true);
          } catch (ignored) {
            // The message of the 409 is shown anyway.
          }
        }
        throw error;
      }
    }, validate);
  };

  return h('form', {
    class: 'card form',
    'data-form': 'establishment',
    'data-mode': editing ? 'edit' : 'create',
    'data-establishment-id': editing ? String(establishment.id) : undefined,
    noValidate: true,
    onSubmit,
    ref: form.formRef,
    'aria-labelledby': headingId,
  },
  h('h2', { id: headingId }, editing ? t('establishments.editHeading', { name: establishment.name }) : t('establishments.createHeading')),
  h(RequiredNote),
  h(FormAlert, { form }),
  reloaded && form.error && form.error.status === 409
    ? h('p', { class: 'notice', 'data-reloaded': '' }, t('establishments.reloaded'))
    : null,
  h('div', { class: 'form-grid' },
    h(Field, { ...form.field('uai'), label: t('establishments.uai'), hint: t('establishments.uaiHint'), required: true, autocomplete: 'off', maxLength: 8, autocapitalize: 'characters' }),
    h(Field, { ...form.field('name'), label: t('establishments.name'), required: true, autocomplete: 'organization' }),
    h(Field, { ...form.field('address'), label: t('establishments.address'), wide: true, autocomplete: 'street-address' }),
    h(Field, { ...form.field('contactEmail'), type: 'email', label: t('establishments.contactEmail'), autocomplete: 'email' }),
    h(SelectField, {
      ...form.field('timeZone'),
      label: t('establishments.timeZone'),
      hint: t('establishments.timeZoneHint'),
      options: TIME_ZONES.map((zone) => ({ value: zone, label: t('timeZone.' + zone) })),
      required: true,
    })),
  h('div', { class: 'actions' },
    h(SubmitButton, { busy: form.busy, label: editing ? t('form.save') : t('establishments.create') }),
    onCancel ? h('button', { type: 'button', class: 'button', onClick: onCancel, 'data-action': 'cancel' }, t('form.cancel')) : null));
}

export function EstablishmentsPage({ user }) {
  useDocumentTitle(t('establishments.pageTitle'));
  const isAdmin = user.role === 'ADMIN';
  const list = useApi((signal) => fetchEstablishments(signal), []);
  const [editing, setEditing] = useState(null);
  const [message, setMessage] = useState(null);

  const onSaved = (saved, how) => {
    setMessage(t(how === 'created' ? 'establishments.created' : 'establishments.updated', { name: saved && saved.name ? saved.name : '' }));
    setEditing(null);
    list.retry();
  };

  const rows = Array.isArray(list.data) ? [...list.data].sort((a, b) => String(a.name || '').localeCompare(String(b.name || ''), 'fr')) : [];
  const columns = [
    { key: 'uai', label: t('establishments.uai'), render: (e) => h('code', null, e.uai) },
    { key: 'name', label: t('establishments.name'), render: (e) => h('a', { href: establishmentHref(e.id), 'data-action': 'open' }, e.name) },
    { key: 'contactEmail', label: t('establishments.contactEmail'), render: (e) => (e.contactEmail ? h('a', { href: 'mailto:' + e.contactEmail, class: 'break' }, e.contactEmail) : h('span', { class: 'muted' }, t('table.none'))) },
    {
      key: 'actions',
      label: t('table.actions'),
      className: 'data-table__actions',
      render: (e) => h('button', {
        type: 'button',
        class: 'button button--small',
        'data-action': 'edit',
        'aria-label': t('establishments.editLabel', { name: e.name }),
        onClick: () => { setMessage(null); setEditing(e); },
      }, t('establishments.edit')),
    },
  ];

  let body;
  if (list.loading && !list.data) body = h(Loading);
  else if (list.error) body = h(Alert, { error: list.error, onRetry: list.retry });
  else body = h(DataTable, { caption: t('establishments.listCaption'), columns, rows, rowKey: (e) => e.id, empty: t('establishments.empty') });

  return h('div', { class: 'page page--admin', 'data-page': 'establishments' },
    h('h1', null, t('establishments.heading')),
    h('p', { class: 'lead' }, isAdmin ? t('establishments.introAdmin') : t('establishments.introDdfpt')),
    message ? h(Success, { 'data-success': 'establishment' }, message) : null,
    h('section', { class: 'section', 'aria-labelledby': 'establishments-list-heading' },
      h('h2', { id: 'establishments-list-heading', class: 'visually-hidden' }, t('establishments.listCaption')),
      body),
    editing
      ? h(EstablishmentForm, { key: 'edit-' + editing.id, establishment: editing, onSaved, onCancel: () => setEditing(null) })
      : isAdmin ? h(EstablishmentForm, { key: 'create', onSaved }) : null);
}
