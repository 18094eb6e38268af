// Page "#/bilans/{reviewId}": one competency review (issue 12, guides 002 and 004) — a teacher's « bilan intermédiaire de
// compétences » or a master's « Bilan des activités en entreprise ». Header (learner, date, kind, « Brouillon » or
// « Finalisé le … par … »), the competency lines (competency-review-lines.js), « Constats » and « Conseils », the radar
// and, in an intermediate review, the proposed and kept marks (competency-review-mark.js). A draft is saved with its
// version (« Enregistrer le brouillon »; a 409 keeps what was typed and lists what the other version changed),
// finalised by typing CONFIRMATION, or deleted; a finalised review is read-only, the DDFPT may unlock it with a reason.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { useApi } from '/app/api.js';
import { dashboardHref, navigate, reviewArchiveHref } from '/app/router.js';
import { Alert, useDocumentTitle } from '/app/components/common.js';
import { formatDate, formatDateTime, useUniqueId } from '/app/components/forms.js';
import { list, pending } from '/app/components/periods-common.js';
import { deleteReview, fetchReview, finaliseReview, saveReview, unlockReview } from '/app/reviews-api.js';
import { kindName, parseKeptMark, reviewLevelName, symbolOf } from '/app/components/review-scale.js';
import { CompetencyLines } from '/app/components/competency-review-lines.js';
import { MarkPanel, Radar } from '/app/components/competency-review-mark.js';
import { ReviewConflict, ReviewQuestion, reviewDifferences } from '/app/components/competency-review-dialogs.js';

/** What the form holds, from a review as the server gives it. */
export function formOf(review) {
  const levels = {};
  for (const l of list(review.levels)) levels[l.competency] = { level: l.level || null, objective: l.objective || null };
  return { date: review.date || '', levels, findings: review.findings || '', advice: review.advice || '',
    kept: review.keptMark == null ? '' : String(review.keptMark).replace('.', ',') };
}

/** The PUT body: every competency, a level null removing it. */
export function bodyOf(form, review) {
  const intermediate = review.kind === 'INTERMEDIATE';
  const levels = list(review.levels).map((l) => {
    const v = form.levels[l.competency] || {};
    return { competency: l.competency, level: v.level || null, objective: intermediate && v.level ? v.objective || null : null };
  });
  const body = { date: form.date, levels, findings: form.findings, advice: form.advice, version: review.version };
  if (intermediate) body.keptMark = parseKeptMark(form.kept);
  return body;
}

export function CompetencyReviewPage({ id, user }) {
  useDocumentTitle(t('creview.pageTitle'));
  const loaded = useApi((signal) => fetchReview(id, signal), [id]);
  const wait = pending(loaded);
  return h('div', { class: 'page page--wide', 'data-page': 'competency-review', 'data-review': String(id) },
    wait || h(ReviewEditor, { key: loaded.data.id, initial: loaded.data, user }));
}

function ReviewEditor({ initial, user }) {
  const [review, setReview] = useState(initial);
  const [form, setForm] = useState(() => formOf(initial));
  const [base, setBase] = useState(initial);
  const [state, setState] = useState({ busy: false, error: null, message: null, conflict: null });
  const [question, setQuestion] = useState(null);
  const dateId = useUniqueId('rv-date');
  const findingsId = useUniqueId('rv-findings');
  const adviceId = useUniqueId('rv-advice');
  const editing = !review.finalised && review.writable;
  const intermediate = review.kind === 'INTERMEDIATE';
  const dirty = JSON.stringify(form) !== JSON.stringify(formOf(base));
  const keptError = intermediate && Number.isNaN(parseKeptMark(form.kept)) ? t('creview.keptInvalid') : null;

  const take = (r, message) => {
    setReview(r);
    setBase(r);
    setForm(formOf(r));
    setState({ busy: false, error: null, message, conflict: null });
  };
  const change = (patch) => setForm((f) => ({ ...f, ...patch }));
  const failed = (error) => {
    const current = error && error.status === 409 && error.problem && error.problem.current;
    if (current && typeof current === 'object' && current.id === review.id) {
      // Nothing was written (a stale version, or 409 review-finalised: both carry the review as it is): the typed values
      // stay; the other version is shown and becomes the one saved over.
      const differences = reviewDifferences(base, current, (l) => symbolOf(l.level) + ' ' + reviewLevelName(l.level));
      setReview(current);
      setBase(current);
      setState({ busy: false, error: current.finalised ? { message: t('creview.finalisedMeanwhile'), status: 409 } : null, message: null, conflict: current.finalised ? null : differences });
      return true;
    }
    setState({ busy: false, error, message: null, conflict: null });
    return false;
  };
  /** Saves the draft; resolves to the saved review (or the review as it was when nothing changed). */
  const save = () => {
    if (keptError) return Promise.reject({ message: keptError });
    setState((s) => ({ ...s, busy: true, error: null, message: null }));
    return saveReview(review.id, bodyOf(form, review)).then((r) => { take(r, t('creview.saved')); return r; });
  };
  const onSave = (event) => {
    event.preventDefault();
    if (keptError) { setState({ busy: false, error: { message: keptError }, message: null, conflict: null }); return; }
    save().catch(failed);
  };
  const finalise = () => {
    const first = dirty ? save() : Promise.resolve(review);
    return first.then((saved) => finaliseReview(saved.id, 'CONFIRMATION', saved.version))
      .then((r) => { take(r, t('creview.finalised')); setQuestion(null); }, (e) => { if (failed(e)) setQuestion(null); throw e; });
  };
  const unlock = (reason) => unlockReview(review.id, reason, review.version)
    .then((r) => { take(r, t('creview.unlocked')); setQuestion(null); }, (e) => { if (failed(e)) setQuestion(null); throw e; });
  const remove = () => deleteReview(review.id, review.version).then(() => navigate(dashboardHref(review.learnerId)));

  return h('form', { class: 'rv-page', 'data-form': 'competency-review', 'data-kind': review.kind, 'data-finalised': review.finalised ? 'true' : 'false',
    'data-version': String(review.version), noValidate: true, onSubmit: onSave },
  h('header', { class: 'rv-header' },
    h('p', { class: 'breadcrumb' },
      h('a', { href: dashboardHref(review.learnerId), 'data-link': 'dashboard' }, t('creview.dashboard')), ' · ',
      h('a', { href: reviewArchiveHref(review.learnerId), 'data-link': 'archive' }, t('creview.archive')), ' · ',
      h('a', { href: '/api/v1/competency-reviews/' + encodeURIComponent(review.id) + '/review.pdf', 'data-link': 'review-pdf' }, t('creview.pdf'))),
    h('h1', null, t('creview.heading', { kind: kindName(review.kind), name: review.learnerName || '' })),
    h('p', { class: 'rv-status', 'data-status': review.finalised ? 'finalised' : 'draft' },
      review.finalised
        ? h('span', { class: 'badge badge--ok' }, review.finalisedBy
          ? t('creview.finalisedOn', { date: formatDateTime(review.finalisedAt), name: review.finalisedBy })
          : t('creview.finalisedOnNoName', { date: formatDateTime(review.finalisedAt) }))
        : h('span', { class: 'badge badge--warn' }, t('creview.draft')),
      ' ', review.referentialCode ? h('span', { class: 'muted' }, t('creview.referential', { code: review.referentialCode, version: review.referentialVersion || '' })) : null,
      review.createdBy ? [' · ', h('span', { key: 'c', class: 'muted' }, t('creview.createdBy', { name: review.createdBy }))] : null),
    editing
      ? h('div', { class: 'form-field' },
        h('label', { for: dateId, class: 'form-field__label' }, t('creview.date')),
        h('input', { id: dateId, type: 'date', class: 'input input--short', name: 'date', value: form.date, onInput: (e) => change({ date: e.currentTarget.value }) }))
      : h('p', { 'data-review-date': review.date }, t('creview.date') + ' : ' + formatDate(review.date)),
    review.finalised ? h('p', { class: 'notice notice--info' }, t('creview.readOnly')) : null),
  state.conflict ? h(ReviewConflict, { differences: state.conflict, onKeep: () => setState((s) => ({ ...s, conflict: null })), onTake: () => take(review, null) }) : null,
  h(CompetencyLines, { lines: review.levels, values: form.levels, kind: review.kind, editing,
    onChange: (code, value) => setForm((f) => ({ ...f, levels: { ...f.levels, [code]: value } })) }),
  h('section', { class: 'card rv-texts', 'aria-labelledby': 'rv-texts-h' },
    h('h2', { id: 'rv-texts-h', class: 'visually-hidden' }, t('creview.findings') + ', ' + t('creview.advice')),
    h('p', { class: 'muted' }, t('creview.visibleToLearner')),
    [['findings', findingsId, 'creview.findings'], ['advice', adviceId, 'creview.advice']].map(([name, fid, label]) => h('div', { key: name, class: 'form-field form-field--wide' },
      h('label', { for: fid, class: 'form-field__label' }, t(label), review.kind === 'COMPANY_ACTIVITY' && editing ? h('span', { class: 'form-field__required', 'aria-hidden': 'true' }, ' *') : null),
      editing
        ? h('textarea', { id: fid, class: 'input', name, rows: 4, value: form[name], required: review.kind === 'COMPANY_ACTIVITY', onInput: (e) => change({ [name]: e.currentTarget.value }) })
        : h('p', { id: fid, class: 'rv-text', 'data-text': name }, review[name] || t('creview.conflictEmpty'))))),
  intermediate ? h(MarkPanel, { review, kept: form.kept, onKept: (v) => change({ kept: v }), editing, error: keptError, dirty }) : null,
  h(Radar, { review }),
  state.error ? h(Alert, { error: state.error }) : null,
  state.message ? h('p', { class: 'notice notice--info', role: 'status', 'data-review-message': '' }, state.message) : null,
  editing && dirty ? h('p', { class: 'muted', 'data-unsaved': '' }, t('creview.unsaved')) : null,
  question ? h(ReviewQuestion, { kind: question, reviewDate: review.date, onClose: () => setQuestion(null),
    run: question === 'finalise' ? finalise : question === 'unlock' ? unlock : remove }) : null,
  h('div', { class: 'actions rv-actions' },
    editing ? [
      h('button', { key: 's', type: 'submit', class: 'button button--primary', disabled: state.busy, 'data-action': 'save-review' }, state.busy ? t('creview.saving') : t('creview.save')),
      h('button', { key: 'f', type: 'button', class: 'button', disabled: state.busy, 'data-action': 'finalise-review', onClick: () => setQuestion('finalise') }, t('creview.finalise')),
      h('button', { key: 'd', type: 'button', class: 'button button--danger', disabled: state.busy, 'data-action': 'delete-review', onClick: () => setQuestion('delete') }, t('creview.delete')),
    ] : null,
    review.finalised && user.role === 'DDFPT'
      ? h('button', { type: 'button', class: 'button', 'data-action': 'unlock-review', onClick: () => setQuestion('unlock') }, t('creview.unlock'))
      : null));
}
