// Ways into an apprentice's booklet (livret d'apprentissage, issue 11 item 5): a button beside their folders (the
// staff's view by learners, the master's « Mes apprentis », the apprentice's « Mes périodes ») and a home tile for the
// apprentice. Shown for apprentices only (a pupil has no booklet): the learner's `status` when the caller has it,
// else the learner's record is asked once.
import { h } from 'preact';
import { t } from '/app/i18n.js';
import { fetchLearner, useApi } from '/app/api.js';
import { bookletHref, currentPath } from '/app/router.js';
import { listName } from '/app/components/forms.js';

/** The learner's status: from the record given, or from GET /learners/{id} (null while unknown or refused). */
function useStatus(learner) {
  const known = learner && learner.status ? learner.status : null;
  const asked = useApi((signal) => (known || !learner || !learner.id ? Promise.resolve(null) : fetchLearner(learner.id, signal).catch(() => null)),
    [learner ? learner.id : null, known]);
  return known || (asked.data ? asked.data.status : null);
}

/** « Livret d'apprentissage » for an apprentice; nothing for a pupil. `back`: go back to the current page (staff). */
export function BookletLink({ learner, back = false }) {
  if (useStatus(learner) !== 'APPRENTICE') return null;
  return h('p', { class: 'row-actions booklet-link' }, h('a', {
    class: 'button button--small button--primary', href: bookletHref(learner.id, null, back ? currentPath() : null), 'data-action': 'open-booklet',
    'aria-label': learner.familyName ? t('booklet.openLabel', { name: listName(learner) }) : undefined,
  }, t('booklet.open')));
}

/** The apprentice's home tile « Mon livret d'apprentissage » (a pupil: nothing). */
export function BookletTile({ learnerId }) {
  const learner = learnerId ? { id: learnerId } : null;
  if (useStatus(learner) !== 'APPRENTICE') return null;
  return h('li', { class: 'card tile', 'data-home-link': 'booklet' },
    h('h2', { class: 'tile__title' }, h('a', { href: bookletHref(learnerId, null, '/'), class: 'tile__link' }, t('booklet.tileTitle'))),
    h('p', { class: 'muted' }, t('booklet.tileText')));
}
