// A company trainer's access: "#/acces/{token}" opens the e-mailed link, then "#/mon-acces" shows what it opens.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { fetchLearner, fetchLearnerPeriods, fetchPlacement, useApi } from '/app/api.js';
import { attitudesReviewHref, companyReviewHref, dashboardHref, followUpHref, redirect, trainerHomeHref } from '/app/router.js';
import { useSession } from '/app/session.js';
import { Alert, Loading, useDocumentTitle } from '/app/components/common.js';
import { formatLastDay, fullName } from '/app/components/forms.js';
import { TaskList, hasCompanyReview, periodDates, useReferentialTasks } from '/app/components/periods-common.js';

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

const PLACE_FIELDS = ['companyName', 'sector', 'service', 'address', 'phone', 'tutorName', 'tutorFunction', 'tutorPhone', 'tutorEmail'];

/** The liaison sheet a placement link opens (`sheet`: its useApi state), read-only, one section under the other for a phone. */
function LiaisonSheet({ sheet }) {
  // The referential's titles of the planned tasks: a tutor reads « T2-3 — Réaliser… », not a bare code.
  const tasks = useReferentialTasks(sheet.data ? sheet.data.referentialCode : null, sheet.data ? sheet.data.referentialVersion : null);
  if (sheet.loading) return h(Loading);
  if (sheet.error) return h(Alert, { error: sheet.error, onRetry: sheet.retry });
  const p = sheet.data;
  const place = p.place || {};
  const list = (items, render) => (items && items.length
    ? h('ul', { class: 'plain-list' }, items.map((item) => h('li', { key: item }, render(item))))
    : h('p', { class: 'muted' }, t('trainer.none')));
  return h('article', { class: 'card', 'data-placement': p.id },
    h('h2', null, t('trainer.sheetTitle', { name: p.learnerName })),
    h('p', { class: 'muted', 'data-period-name': '' }, p.periodName + ' · ' + periodDates(p)),
    h('section', { 'aria-labelledby': 'sheet-place' },
      h('h3', { id: 'sheet-place' }, t('trainer.place')),
      h('dl', { class: 'facts' }, PLACE_FIELDS.map((field) => [
        h('dt', { key: field + ':t' }, t('liaison.' + field)),
        h('dd', { key: field + ':d', 'data-liaison-field': field }, place[field] || h('span', { class: 'muted' }, t('liaison.empty'))),
      ]))),
    h('section', { 'aria-labelledby': 'sheet-objectives' },
      h('h3', { id: 'sheet-objectives' }, t('trainer.objectives')),
      list(p.objectives, (o) => o)),
    h('section', { 'aria-labelledby': 'sheet-tasks' },
      h('h3', { id: 'sheet-tasks' }, t('trainer.tasks')),
      h(TaskList, { codes: p.tasks, titles: tasks.titles, empty: t('trainer.none') })),
    // Issue 12: the learner's dashboard (the link grants reading it).
    h('p', null, h('a', { class: 'button', href: dashboardHref(p.learnerId), 'data-action': 'open-dashboard' }, t('dash.heading'))),
    h('p', null, h('a', { class: 'button', href: '/api/v1/placements/' + encodeURIComponent(p.id) + '/attendance-certificate.pdf',
      'data-action': 'attendance-certificate' }, t('trainer.certificate'))));
}

/** The learner's documents of a placement (issue 11): portfolio or logbook, activity sheets, personal review. */
function Documents({ placementId, kind }) {
  return h('section', { class: 'card', 'aria-labelledby': 'trainer-docs', 'data-trainer-documents': String(placementId) },
    h('h2', { id: 'trainer-docs' }, t('trainer.documents')),
    h('p', { class: 'muted' }, t('trainer.documentsIntro')),
    h('ul', { class: 'plain-list' },
      h('li', null, h('a', { class: 'button', href: followUpHref(placementId), 'data-action': 'open-follow-up' }, t('trainer.openPortfolio'))),
      h('li', null, h('a', { href: followUpHref(placementId, 'fiches'), 'data-action': 'open-sheets' }, t('trainer.openSheets'))),
      h('li', null, h('a', { href: followUpHref(placementId, 'bilan-personnel'), 'data-action': 'open-review' }, t('trainer.openReview'))),
      // Issue 12 (guide 003): the company review, to read before the teacher's visit and fill together.
      hasCompanyReview(kind) ? h('li', null, h('a', { class: 'button', href: companyReviewHref(placementId), 'data-action': 'company-review' }, t('review.link'))) : null,
      // The professional attitudes review, every period kind: the tutor fills the company's side at the end of the period.
      h('li', null, h('a', { class: 'button', href: attitudesReviewHref(placementId), 'data-action': 'attitudes-review' }, t('attitudes.link')))));
}

/** A placement link's documents and liaison sheet, from one request for the placement. */
function PlacementDocuments({ placementId }) {
  const sheet = useApi((signal) => fetchPlacement(placementId, signal), [placementId]);
  return [
    h(Documents, { key: 'documents', placementId, kind: sheet.data ? sheet.data.kind : null }),
    h(LiaisonSheet, { key: 'sheet', sheet }),
  ];
}

/** The documents of each period of the learner a link was issued for (a master's link). */
function LearnerDocuments({ learnerId }) {
  const periods = useApi((signal) => fetchLearnerPeriods(learnerId, signal).catch(() => []), [learnerId]);
  const rows = Array.isArray(periods.data) ? periods.data : [];
  if (rows.length === 0) return null;
  return h('section', { class: 'card', 'aria-labelledby': 'trainer-docs', 'data-trainer-documents': 'learner' },
    h('h2', { id: 'trainer-docs' }, t('trainer.documents')),
    h('ul', { class: 'plain-list' }, rows.map((p) => h('li', { key: p.placementId },
      h('a', { href: followUpHref(p.placementId), 'data-action': 'open-follow-up' }, p.periodName), ' ',
      h('span', { class: 'muted' }, periodDates(p)),
      hasCompanyReview(p.kind) ? [' ', h('a', { key: 'review', href: companyReviewHref(p.placementId), 'data-action': 'company-review' }, t('review.link'))] : null,
      ' ', h('a', { href: attitudesReviewHref(p.placementId), 'data-action': 'attitudes-review' }, t('attitudes.link'))))));
}

/** What the trainer's link opens: a placement's liaison sheet, or the learner it was issued for. */
/** Until which day the trainer's link works (the link's true end, in the establishment's time zone). */
function AccessUntil({ user }) {
  return user.accessUntil ? h('p', { 'data-access-until': user.accessUntil }, t('trainer.accessUntil', { date: formatLastDay(user.accessUntil) })) : null;
}

export function TrainerHomePage({ user }) {
  const placementId = user.grant && user.grant.startsWith('placement:') ? user.grant.slice('placement:'.length) : null;
  if (placementId) {
    return h('section', { class: 'page', 'data-page': 'trainer-home' },
      h('h1', null, t('trainer.homeTitle')),
      h('p', null, t('trainer.welcome', { name: fullName(user) })),
      h(AccessUntil, { user }),
      h(PlacementDocuments, { placementId }),
      h('p', { class: 'muted' }, t('trainer.keepLink')));
  }
  useDocumentTitle(t('trainer.homeTitle'));
  const learnerId = user.grant && user.grant.startsWith('learner:') ? user.grant.slice('learner:'.length) : null;
  const learner = useApi((signal) => (learnerId ? fetchLearner(learnerId, signal) : Promise.resolve(null)), [learnerId]);
  return h('section', { class: 'page', 'data-page': 'trainer-home' },
    h('h1', null, t('trainer.homeTitle')),
    h('p', null, t('trainer.welcome', { name: fullName(user) })),
    h(AccessUntil, { user }),
    learner.loading ? h(Loading) : null,
    learner.error ? h(Alert, { error: learner.error, onRetry: learner.retry }) : null,
    learner.data
      ? h('div', { class: 'card' },
        h('p', null, t('trainer.grants')),
        h('p', { 'data-granted-learner': learner.data.id }, h('strong', null,
          t('trainer.learnerLine', { name: fullName(learner.data), classCode: learner.data.classCode || '—' }))))
      : null,
    learnerId ? h('p', null, h('a', { class: 'button', href: dashboardHref(learnerId), 'data-action': 'open-dashboard' }, t('dash.heading'))) : null,
    learnerId ? h(LearnerDocuments, { learnerId }) : null,
    h('p', { class: 'muted' }, t('trainer.keepLink')));
}
