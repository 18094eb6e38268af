// The questions of a review page (guide 004): « Finaliser le bilan » asks to type CONFIRMATION (capital letters, exact);
// the DDFPT's « Déverrouiller » asks for the reason (audited); « Supprimer le brouillon » asks once. Each is an
// alertdialog in the page (Escape closes it, the field or the first button takes the focus); run() does the request
// and rejects with the error to show.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { Alert } from '/app/components/common.js';
import { formatDate, todayIso, useUniqueId } from '/app/components/forms.js';

/**
 * kind: 'finalise' | 'unlock' | 'delete'; run(typed) → Promise; onClose(); reviewDate: the review's date (ISO): a review
 * dated after today is finalised only knowing that it takes into account, from now on, every company review met up to
 * that date (they and their periods lock at once).
 */
export function ReviewQuestion({ kind, run, onClose, reviewDate }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const id = useUniqueId('rv-q');
  const withField = kind !== 'delete';
  const title = t(kind === 'finalise' ? 'creview.finaliseTitle' : kind === 'unlock' ? 'creview.unlockTitle' : 'creview.deleteTitle');
  const text = t(kind === 'finalise' ? 'creview.finaliseText' : kind === 'unlock' ? 'creview.unlockText' : 'creview.deleteText');
  const submit = (event) => {
    event.preventDefault();
    if (busy) return;
    if (kind === 'finalise' && typed !== 'CONFIRMATION') {
      setError({ message: t('creview.confirmWrong'), local: true });
      return;
    }
    if (kind === 'unlock' && !typed.trim()) {
      setError({ message: t('creview.unlockRequired'), local: true });
      return;
    }
    setBusy(true);
    setError(null);
    run(typed.trim()).then(() => setBusy(false), (e) => { setBusy(false); setError(e); });
  };
  return h('form', {
    class: 'card confirm rv-question', role: 'alertdialog', 'aria-labelledby': id + '-t', 'aria-describedby': id + '-d', 'data-question': kind, noValidate: true,
    onSubmit: submit, onKeyDown: (e) => { if (e.key === 'Escape' && !busy) onClose(); },
  },
  h('p', { id: id + '-t', class: 'confirm__title' }, title),
  h('p', { id: id + '-d' }, text),
  kind === 'finalise' && reviewDate && reviewDate > todayIso()
    ? h('p', { class: 'notice notice--warn', role: 'note', 'data-future-date': '' }, t('creview.futureDate', { date: formatDate(reviewDate) }))
    : null,
  withField
    ? h('div', { class: 'form-field' + (error && error.local ? ' has-error' : '') },
      h('label', { for: id, class: 'form-field__label' }, t(kind === 'finalise' ? 'creview.confirmLabel' : 'creview.unlockReason')),
      kind === 'finalise'
        ? h('input', { id, class: 'input', name: 'confirmation', autocomplete: 'off', autocapitalize: 'characters', spellcheck: false, value: typed,
          'aria-invalid': error && error.local ? 'true' : 'false', onInput: (e) => setTyped(e.currentTarget.value), ref: (el) => el && !typed && !error && el.focus() })
        : h('textarea', { id, class: 'input', name: 'reason', rows: 3, value: typed,
          'aria-invalid': error && error.local ? 'true' : 'false', onInput: (e) => setTyped(e.currentTarget.value), ref: (el) => el && !typed && !error && el.focus() }))
    : null,
  error ? (error.local ? h('p', { class: 'form-field__error', role: 'alert', 'data-question-error': '' }, error.message) : h(Alert, { error })) : null,
  h('div', { class: 'actions' },
    h('button', { type: 'submit', class: 'button ' + (kind === 'delete' ? 'button--danger' : 'button--primary'), disabled: busy, 'data-action': 'confirm-' + kind,
      ref: (el) => el && !withField && !busy && !error && el.focus() },
    t(kind === 'finalise' ? 'creview.finaliseConfirm' : kind === 'unlock' ? 'creview.unlockConfirm' : 'creview.deleteConfirm')),
    h('button', { type: 'button', class: 'button', disabled: busy, 'data-action': 'cancel-' + kind, onClick: onClose }, t('creview.cancel'))));
}

/** What differs between the version the person started from and the one saved meanwhile: [{ what, theirs }]. */
export function reviewDifferences(before, current, name) {
  const out = [];
  const empty = t('creview.conflictEmpty');
  if (before.date !== current.date) out.push({ what: t('creview.date'), theirs: current.date || empty });
  const old = new Map((before.levels || []).map((l) => [l.competency, l]));
  for (const l of current.levels || []) {
    const o = old.get(l.competency) || {};
    if ((o.level || null) !== (l.level || null) || (o.objective || null) !== (l.objective || null)) {
      out.push({ what: l.competency, theirs: name(l) });
    }
  }
  if ((before.findings || '') !== (current.findings || '')) out.push({ what: t('creview.findings'), theirs: current.findings || empty });
  if ((before.advice || '') !== (current.advice || '')) out.push({ what: t('creview.advice'), theirs: current.advice || empty });
  if ((before.keptMark ?? null) !== (current.keptMark ?? null)) out.push({ what: t('creview.kept'), theirs: current.keptMark == null ? empty : String(current.keptMark) });
  return out;
}

/** The 409 panel: their changes listed; « Garder la mienne » (typed values stay, saved at the next save) or « Prendre leur version ». */
export function ReviewConflict({ differences, onTake, onKeep }) {
  return h('div', { class: 'notice notice--warn rv-conflict', role: 'alert', 'data-review-conflict': '' },
    h('p', null, h('strong', null, t('creview.conflictTitle'))),
    h('p', null, t('creview.conflictIntro')),
    h('ul', null, differences.map((d, i) => h('li', { key: i }, t('creview.conflictLine', { what: d.what, theirs: d.theirs })))),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button', 'data-action': 'keep-mine', onClick: onKeep }, t('creview.conflictKeep')),
      h('button', { type: 'button', class: 'button', 'data-action': 'take-theirs', onClick: onTake }, t('creview.conflictTake'))));
}
