// What only the printed documents need (issue 10, item 6), filled by the teaching team:
//   - on a period, the terms every pre-agreement prints (guide 000, « Imprimer une pré-convention », items 2, 5, 6);
//   - on a pupil's placement, the six fields of the attendance certificate (« Imprimer une attestation de présence »).
// Every field is optional: an empty one prints as a line to complete by hand.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { fetchAttendance, fetchPeriod, fetchPreAgreementTerms, updateAttendance, updatePreAgreementTerms, useApi } from '/app/api.js';
import { Field, FormAlert, SubmitButton, Success, optional, useForm } from '/app/components/forms.js';
import { pending } from '/app/components/periods-common.js';

const TERMS = ['consultation', 'derogationWork', 'assessment'];
const ATTENDANCE = ['representativeName', 'headOfficeAddress', 'learnerAddress', 'totalHours', 'gratification', 'signedAt'];

/**
 * The period's pre-agreement terms (three paragraphs), saved with the period's version; after a save (or a conflict)
 * the page takes the period again through onPeriod, so that its other forms keep a current version.
 */
export function PreAgreementTermsForm({ period, onPeriod }) {
  const loaded = useApi((signal) => fetchPreAgreementTerms(period.id, signal), [period.id]);
  return pending(loaded) || h(TermsForm, { period, terms: loaded.data, onPeriod });
}

function TermsForm({ period, terms, onPeriod }) {
  const [saved, setSaved] = useState(false);
  const locked = period.locked;
  const form = useForm(Object.fromEntries(TERMS.map((name) => [name, terms[name] || ''])));
  const onSubmit = (event) => form.submit(event, async (values) => {
    setSaved(false);
    const body = { version: period.version };
    for (const name of TERMS) body[name] = optional(values[name]);
    try {
      await updatePreAgreementTerms(period.id, body);
    } finally {
      onPeriod(await fetchPeriod(period.id));
    }
    setSaved(true);
  });
  return h('form', { class: 'card form', 'data-form': 'pre-agreement-terms', noValidate: true, onSubmit, ref: form.formRef },
    h('h3', null, t('documents.termsHeading')),
    h('p', { class: 'muted' }, t('documents.termsIntro')),
    saved ? h(Success, { 'data-success': 'pre-agreement-terms', reveal: true }, t('documents.termsSaved')) : null,
    h(FormAlert, { form }),
    TERMS.map((name) => h(TextArea, { key: name, ...form.field(name), label: t('documents.' + name), disabled: locked, maxLength: 2000 })),
    locked ? null : h('div', { class: 'actions' }, h(SubmitButton, { busy: form.busy, label: t('form.save') })));
}

function TextArea({ id, name, label, value, onValue, error, disabled, maxLength }) {
  const errorId = id + '-error';
  return h('div', { class: 'form-field form-field--wide' + (error ? ' has-error' : '') },
    h('label', { for: id, class: 'form-field__label' }, label),
    h('textarea', {
      id, name, class: 'input textarea', rows: 3, value: value || '', disabled, maxLength,
      onInput: (event) => onValue(event.currentTarget.value),
      'aria-invalid': error ? 'true' : undefined,
      'aria-describedby': error ? errorId : undefined,
    }),
    error ? h('p', { id: errorId, class: 'form-field__error' }, h('span', { class: 'form-field__error-icon', 'aria-hidden': 'true' }, '!'), error) : null);
}

/** The attendance certificate's fields of a pupil's placement, folded under the document's button. */
export function AttendanceForm({ placementId }) {
  const loaded = useApi((signal) => fetchAttendance(placementId, signal), [placementId]);
  return h('details', { class: 'card', 'data-attendance': String(placementId) },
    h('summary', null, t('documents.attendanceHeading')),
    pending(loaded) || h(AttendanceFields, { placementId, details: loaded.data }));
}

function AttendanceFields({ placementId, details }) {
  const [current, setCurrent] = useState(details);
  const [saved, setSaved] = useState(false);
  const initial = Object.fromEntries(ATTENDANCE.map((name) => [name, details[name] === null || details[name] === undefined ? ''
    : String(details[name]).replace('.', ',')]));
  const form = useForm(initial);
  const validate = (values) => {
    const errors = {};
    const hours = String(values.totalHours || '').trim().replace(',', '.');
    if (hours && !/^\d{1,4}(\.\d)?$/.test(hours)) errors.totalHours = t('documents.hoursInvalid');
    return errors;
  };
  const onSubmit = (event) => form.submit(event, async (values) => {
    setSaved(false);
    const body = { version: current.version };
    for (const name of ATTENDANCE) body[name] = optional(values[name]);
    body.totalHours = body.totalHours ? Number(String(body.totalHours).replace(',', '.')) : null;
    setCurrent(await updateAttendance(placementId, body));
    setSaved(true);
  }, validate);
  const field = (name, extra) => h(Field, { ...form.field(name), label: t('documents.' + name), maxLength: 200, ...extra });
  return h('form', { class: 'form', 'data-form': 'attendance', noValidate: true, onSubmit, ref: form.formRef },
    h('p', { class: 'muted' }, t('documents.attendanceIntro')),
    saved ? h(Success, { 'data-success': 'attendance', reveal: true }, t('documents.attendanceSaved')) : null,
    h(FormAlert, { form }),
    h('div', { class: 'form-grid' },
      field('representativeName'),
      field('headOfficeAddress', { wide: true, maxLength: 500, hint: t('documents.headOfficeHint') }),
      field('learnerAddress', { wide: true, maxLength: 500 }),
      field('totalHours', { inputmode: 'decimal', hint: t('documents.totalHoursHint') }),
      field('gratification', { hint: t('documents.gratificationHint') }),
      field('signedAt', { maxLength: 100 })),
    h('div', { class: 'actions' }, h(SubmitButton, { busy: form.busy, label: t('form.save') })));
}
