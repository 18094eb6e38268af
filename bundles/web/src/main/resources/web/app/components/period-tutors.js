// Page "#/periodes/{id}/tuteurs[?fiche=ID]": « Gestion des tuteurs » of a period (guide 000). On the left every learner
// of the period with their tutor and where their access stands; choosing one opens their tutor's identity
// (pre-filled from the liaison sheet), « Envoyer un lien d'accès au tuteur » and « Invalider l'accès »; « Terminer »
// goes back to the period. An apprentice has a master, never a tutor: shown as such.
import { h } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { fetchPeriod, fetchPeriodPlacements, useApi } from '/app/api.js';
import { periodTutorsHref, periodsHref } from '/app/router.js';
import { Loading, useDocumentTitle } from '/app/components/common.js';
import { formatLastDay } from '/app/components/forms.js';
import { list, pending } from '/app/components/periods-common.js';
import { TutorTab } from '/app/components/tutors.js';

/** Where a placement's tutor access stands, in words: no tutor, no link yet, valid until, expired, invalidated. */
export function TutorAccess({ placement }) {
  if (placement.apprentice) {
    const master = placement.master;
    return h('span', { class: 'muted', 'data-access': 'apprentice' },
      master ? t('tutors.master', { name: master.firstName + ' ' + master.familyName }) : t('tutors.apprentice'));
  }
  const tutor = placement.tutor;
  if (!tutor) return h('span', { class: 'muted', 'data-access': 'no-tutor' }, t('tutors.noTutor'));
  const state = tutor.access || 'NONE';
  const tone = state === 'ACTIVE' ? ' badge--ok' : state === 'NONE' ? '' : ' badge--warn';
  return h('span', { class: 'tutor-access' },
    h('span', { class: 'tutor-access__name' }, tutor.firstName + ' ' + tutor.familyName),
    ' ',
    h('span', { class: 'badge' + tone, 'data-access': state }, t('tutors.access.' + state, { date: formatLastDay(tutor.accessUntil) })));
}

export function PeriodTutorsPage({ id, placementId }) {
  const detail = useRef(null);
  // On a phone the tutor's panel is below the list: choosing a learner brings it into view.
  useEffect(() => {
    if (placementId && detail.current && detail.current.scrollIntoView && window.innerWidth < 768) {
      detail.current.scrollIntoView({ block: 'start' });
    }
  }, [placementId, detail.current]);
  const period = useApi((signal) => fetchPeriod(id, signal), [id]);
  const placements = useApi((signal) => fetchPeriodPlacements(id, signal), [id]);
  useDocumentTitle(period.data ? t('tutors.documentTitle', { name: period.data.name }) : t('tutors.heading'));
  const wait = pending(period) || pending(placements);
  if (wait) return h('div', { class: 'page', 'data-page': 'period-tutors' }, wait || h(Loading));
  const rows = list(placements.data).slice().sort((a, b) => String(a.learnerName).localeCompare(String(b.learnerName), 'fr'));
  const selected = rows.find((p) => p.id === placementId) || null;
  const back = periodsHref({ levelId: period.data.classLevelId, periodId: period.data.id });
  return h('div', { class: 'page', 'data-page': 'period-tutors', 'data-period': String(id) },
    h('p', { class: 'breadcrumb' }, h('a', { href: back }, h('span', { 'aria-hidden': 'true' }, '← '), t('tutors.back'))),
    h('h1', null, t('tutors.heading')),
    h('p', { class: 'muted' }, t('tutors.intro', { name: period.data.name })),
    h('div', { class: 'tutors-layout' },
      h('nav', { class: 'card tutors-list', 'aria-label': t('tutors.listLabel') },
        rows.length === 0 ? h('p', { class: 'muted' }, t('periods.noLearners')) : h('ul', { class: 'plain-list' }, rows.map((p) => h('li', { key: p.id },
          h('a', {
            class: 'tutors-list__item' + (selected && selected.id === p.id ? ' is-current' : ''),
            href: periodTutorsHref(id, p.id),
            'aria-current': selected && selected.id === p.id ? 'true' : undefined,
            'data-placement': String(p.id),
          }, h('strong', null, p.learnerName), h('br'), h(TutorAccess, { placement: p })))))),
      h('section', { class: 'tutors-detail', 'aria-live': 'polite', ref: detail },
        selected
          ? [
            h('h2', { key: 'h' }, t('tutors.tutorOf', { name: selected.learnerName })),
            h(TutorTab, { key: 'tab:' + selected.id, placement: selected, onChanged: () => placements.retry(), onAccess: () => placements.retry() }),
          ]
          : h('p', { class: 'muted' }, t('tutors.choose')))),
    h('div', { class: 'actions' }, h('a', { class: 'button button--primary', href: back, 'data-action': 'tutors-done' }, t('tutors.done'))));
}
