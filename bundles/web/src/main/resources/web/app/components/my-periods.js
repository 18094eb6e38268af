// Page "#/mes-periodes": a learner's periods in company (each one opens their liaison sheet and activity
// sheets) and their free-sheets folder; for an apprenticeship master, the same for each of their apprentices.
import { h } from 'preact';
import { t } from '/app/i18n.js';
import { fetchLearners, useApi } from '/app/api.js';
import { useDocumentTitle } from '/app/components/common.js';
import { dashboardHref } from '/app/router.js';
import { byName, listName } from '/app/components/forms.js';
import { LearnerFolders } from '/app/components/learner-folders.js';
import { list, pending } from '/app/components/periods-common.js';

export function MyPeriodsPage({ user }) {
  useDocumentTitle(user.role === 'MASTER' ? t('myPeriods.masterTitle') : t('myPeriods.title'));
  if (user.role === 'MASTER') {
    return h('div', { class: 'page', 'data-page': 'my-periods' },
      h('h1', null, t('myPeriods.masterTitle')),
      h('p', { class: 'lead' }, t('myPeriods.masterIntro')),
      h(Apprentices, { user }));
  }
  return h('div', { class: 'page', 'data-page': 'my-periods' },
    h('h1', null, t('myPeriods.title')),
    h('p', { class: 'lead' }, t('myPeriods.intro')),
    user.learnerId
      ? h(LearnerFolders, { learner: { id: user.learnerId, familyName: user.familyName, firstName: user.firstName }, title: t('myPeriods.folders') })
      : h('p', { class: 'notice' }, t('myPeriods.notALearner')));
}

function Apprentices({ user }) {
  const establishmentId = user.establishment ? user.establishment.id : null;
  const learners = useApi((signal) => (establishmentId ? fetchLearners(establishmentId, null, signal) : Promise.resolve([])), [establishmentId]);
  const rows = list(learners.data).slice().sort(byName);
  return pending(learners) || (rows.length === 0
    ? h('p', { class: 'notice', 'data-empty': 'apprentices' }, t('myPeriods.noApprentice'))
    : rows.map((l) => h('div', { key: l.id },
      h(LearnerFolders, { learner: l, title: t('myPeriods.apprentice', { name: listName(l), classCode: l.classCode || '—' }) }),
      // Issue 12: the apprentice's dashboard, beside their folders.
      h('p', null, h('a', { class: 'button', href: dashboardHref(l.id), 'data-action': 'open-dashboard', 'data-learner': String(l.id) },
        t('dash.heading') + ' — ' + listName(l))))));
}
