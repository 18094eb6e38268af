// A placement's tutor (« Tuteur de stage », pupils only; an apprentice has a master): created by the teaching team,
// pre-filled from the liaison sheet, e-mailed a personal access link, which can be invalidated. Used by the liaison
// sheet's tab and by the period's « Gestion des tuteurs ». Dates are shown in the establishment's time zone.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t, tEnum } from '/app/i18n.js';
import { createTutor, fetchTrainerLinks, revokeTrainerLink, sendTutorLink, useApi } from '/app/api.js';
import { Alert } from '/app/components/common.js';
import {
  Field, FormAlert, RequiredNote, SubmitButton, Success, formatDateTime, formatDay, formatLastDay, requiredErrors, useForm,
} from '/app/components/forms.js';
import { list, pending } from '/app/components/periods-common.js';

export function validEmail(value) {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(value).trim());
}

/** "Eude Toutcourt" → first name "Eude", family name "Toutcourt" (the sheet holds one text). */
export function splitTutorName(text) {
  const words = String(text || '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { firstName: '', familyName: '' };
  if (words.length === 1) return { firstName: '', familyName: words[0] };
  return { firstName: words[0], familyName: words.slice(1).join(' ') };
}

/** A placement's tutor: their identity (pre-filled from the liaison sheet), their access link and its e-mail. */
export function TutorTab({ placement, onChanged, onAccess }) {
  if (placement.apprentice) return h('p', { class: 'notice', 'data-apprentice': 'true' }, t('placement.apprenticeHasMaster'));
  const tutor = placement.tutor;
  return h('div', null,
    h('p', { class: 'muted' }, t('placement.tutorIntro')),
    tutor ? h(TutorCard, { placement, tutor, onAccess }) : null,
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

function TutorCard({ placement, tutor, onAccess }) {
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
      if (onAccess) onAccess();
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
    sent ? h(Success, { 'data-success': 'tutor-link' }, t('placement.linkSent', { email: sent.email || tutor.email, date: formatLastDay(sent.expiresAt) })) : null,
    error ? h(Alert, { error }) : null,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button button--primary', disabled: busy, 'data-action': 'send-tutor-link', onClick: () => act(() => sendTutorLink(placement.id), setSent) },
        busy ? t('form.sending') : t('placement.sendLink'))),
    h('p', { class: 'muted' }, t('placement.linkHelp')),
    h('h4', null, t('placement.linksHeading')),
    pending(links) || (rows.length === 0
      ? h('p', { class: 'muted', 'data-empty': 'links' }, t('placement.noLinks'))
      : h('ul', { class: 'plain-list' }, rows.map((link) => h('li', { key: link.id, class: 'link-row', 'data-link': String(link.id), 'data-link-state': linkState(link) },
        h('span', null, t('placement.linkIssued', { date: formatDay(link.issuedAt) }), ' — ', t('placement.linkState.' + linkState(link), {
          expires: formatLastDay(link.expiresAt), revoked: formatDay(link.revokedAt),
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
