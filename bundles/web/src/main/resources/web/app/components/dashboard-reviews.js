// The competency reviews from a learner's dashboard (issue 12, guides 002 and 004): the staff's « Créer un bilan
// intermédiaire », the apprentice's master's « Bilan des activités en entreprise » (each dated, today by default, and
// opening the new draft; when a draft of that kind exists, a link to it instead), and « Bilans de compétences » for
// every reader. Who may create what is the server's rule; this only offers it to the roles it allows.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { t, tEnum } from '/app/i18n.js';
import { useApi } from '/app/api.js';
import { navigate, reviewArchiveHref, reviewHref, synthesisHref } from '/app/router.js';
import { Alert } from '/app/components/common.js';
import { formatDate, todayIso, useUniqueId } from '/app/components/forms.js';
import { STAFF_ROLES, list } from '/app/components/periods-common.js';
import { createReview, fetchLearnerReviews } from '/app/reviews-api.js';

const today = todayIso;

function CreateReview({ learnerId, kind, onExists }) {
  const [date, setDate] = useState(today);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const id = useUniqueId('rv-new');
  const create = (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    createReview(learnerId, kind, date).then((r) => navigate(reviewHref(r.id)), (e) => {
      setBusy(false);
      if (e && e.status === 409) onExists();
      setError(e);
    });
  };
  const label = t(kind === 'INTERMEDIATE' ? 'creview.createIntermediate' : 'creview.createCompany');
  return h('form', { class: 'inline-form rv-create', 'data-create-review': kind, noValidate: true, onSubmit: create },
    h('div', { class: 'form-field' },
      h('label', { for: id, class: 'form-field__label' }, t('creview.createDate')),
      h('input', { id, type: 'date', class: 'input input--short', name: 'reviewDate', required: true, value: date, onInput: (e) => setDate(e.currentTarget.value) })),
    h('button', { type: 'submit', class: 'button button--primary', disabled: busy || !date, 'data-action': 'create-review' }, busy ? t('creview.creating') : label),
    error ? h(Alert, { error }) : null);
}

export function DashboardReviews({ learnerId, user }) {
  const kind = STAFF_ROLES.includes(user.role) ? 'INTERMEDIATE' : user.role === 'MASTER' ? 'COMPANY_ACTIVITY' : null;
  const reviews = useApi((signal) => (kind ? fetchLearnerReviews(learnerId, signal).catch(() => []) : Promise.resolve([])), [learnerId, kind]);
  const draft = list(reviews.data).find((r) => r.kind === kind && !r.finalised && r.writable !== false);
  return h('div', { class: 'card rv-dashboard', 'data-dashboard-reviews': '' },
    h('h2', { class: 'rv-dashboard__title' }, t('creview.reviewsTitle')),
    kind && !reviews.loading
      ? draft
        ? h('p', null, h('a', { class: 'button', href: reviewHref(draft.id), 'data-link': 'review-draft' },
          t('creview.openDraft.' + kind, { date: formatDate(draft.date) })))
        : h(CreateReview, { learnerId, kind, onExists: reviews.retry })
      : null,
    h('p', null, h('a', { href: reviewArchiveHref(learnerId), 'data-link': 'review-archive' }, t('creview.archive')), ' · ',
      h('a', { href: synthesisHref(learnerId), 'data-link': 'synthesis' }, t('syn.link'))));
}

/** « Vue par compétences » / « Vue par activités ». */
export function ViewSwitch({ view, onView }) {
  return h('fieldset', { class: 'dash-filters dash-view-switch' },
    h('legend', null, t('dash.view')),
    ['competencies', 'activities'].map((v) => h('label', { key: v, class: 'radio' },
      h('input', { type: 'radio', name: 'dash-view', value: v, checked: view === v, 'data-dash-view': v, onChange: () => onView(v) }),
      h('span', null, tEnum('dash.view', v)))));
}
