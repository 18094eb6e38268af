// A company trainer's access: "#/acces/{token}" opens the e-mailed link, then "#/mon-acces" shows what it opens.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { fetchLearner, useApi } from '/app/api.js';
import { redirect, trainerHomeHref } from '/app/router.js';
import { useSession } from '/app/session.js';
import { Alert, Loading, useDocumentTitle } from '/app/components/common.js';
import { fullName } from '/app/components/forms.js';

/** Opens the link once, then replaces the address so that the token leaves the address bar and the history. */
export function TrainerLinkPage({ token }) {
  useDocumentTitle(t('trainer.openingTitle'));
  const session = useSession();
  const [error, setError] = useState(null);
  useEffect(() => {
    session.openLink(token).then(() => redirect(trainerHomeHref()), setError);
  }, [token]);
  if (error) {
    return h('section', { class: 'page', 'data-page': 'trainer-link' },
      h('h1', null, t('trainer.deadLinkTitle')),
      h(Alert, { error, title: t('trainer.deadLinkTitle') }),
      h('p', null, t('trainer.deadLinkHelp')));
  }
  return h('section', { class: 'page', 'data-page': 'trainer-link' }, h('p', { role: 'status' }, t('trainer.opening')));
}

/** What the trainer's link opens: for now the learner it was issued for. */
export function TrainerHomePage({ user }) {
  useDocumentTitle(t('trainer.homeTitle'));
  const learnerId = user.grant && user.grant.startsWith('learner:') ? user.grant.slice('learner:'.length) : null;
  const learner = useApi((signal) => (learnerId ? fetchLearner(learnerId, signal) : Promise.resolve(null)), [learnerId]);
  return h('section', { class: 'page', 'data-page': 'trainer-home' },
    h('h1', null, t('trainer.homeTitle')),
    h('p', null, t('trainer.welcome', { name: fullName(user) })),
    learner.loading ? h(Loading) : null,
    learner.error ? h(Alert, { error: learner.error, onRetry: learner.retry }) : null,
    learner.data
      ? h('div', { class: 'card' },
        h('p', null, t('trainer.grants')),
        h('p', { 'data-granted-learner': learner.data.id }, h('strong', null,
          t('trainer.learnerLine', { name: fullName(learner.data), classCode: learner.data.classCode || '—' }))))
      : null,
    h('p', { class: 'muted' }, t('trainer.keepLink')));
}
