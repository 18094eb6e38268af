// Page "#/bilans-de-competences/{learnerId}": « Bilans de compétences » (issue 12, guides 002 and 004), every review of
// the learner by date — intermediate reviews of the teachers and the master's « Bilans des activités en entreprise » —
// with its kind, state and marks, then a table competencies × review dates with the symbols; each date opens its
// review. Read by the staff, the learner, their master and a tutor (the server decides; drafts only for who writes them).
import { h } from 'preact';
import { t, tEnum, tn } from '/app/i18n.js';
import { fetchLearner, useApi } from '/app/api.js';
import { dashboardHref, reviewHref } from '/app/router.js';
import { useDocumentTitle } from '/app/components/common.js';
import { formatDate, fullName } from '/app/components/forms.js';
import { list, pending } from '/app/components/periods-common.js';
import { fetchLearnerReviews } from '/app/reviews-api.js';
import { LevelSymbol, ObjectiveBox, formatMark, reviewLevelName } from '/app/components/review-scale.js';

function ReviewList({ reviews }) {
  return h('div', { class: 'dash-table-wrap' },
    h('table', { class: 'data-table rv-archive-list', 'data-review-list': '' },
      h('caption', { class: 'visually-hidden' }, t('archive.listCaption')),
      h('thead', null, h('tr', null, ['archive.date', 'archive.kind', 'archive.status', 'archive.proposed', 'archive.kept'].map((k) => h('th', { key: k, scope: 'col' }, t(k))))),
      h('tbody', null, reviews.map((r) => h('tr', { key: r.id, 'data-review-row': String(r.id), 'data-kind': r.kind, 'data-finalised': r.finalised ? 'true' : 'false' },
        h('th', { scope: 'row' }, h('a', { href: reviewHref(r.id), 'aria-label': t('archive.open', { date: formatDate(r.date) }) }, formatDate(r.date))),
        h('td', null, tEnum('creview.kindShort', r.kind)),
        h('td', null, r.finalised ? t('creview.finalisedOnNoName', { date: formatDate(r.finalisedAt) }) : t('creview.draft')),
        h('td', { 'data-proposed': '' }, r.proposedMark == null ? t('archive.noMark') : [formatMark(r.proposedMark) + '/20',
          h('span', { key: 'b', class: 'muted rv-archive-basis', 'data-mark-basis': '' }, ' ' + tn('archive.basis', Number(r.assessedCount) || 0, {
            all: (Number(r.assessedCount) || 0) + (Number(r.notAssessableCount) || 0) + (Number(r.notGivenCount) || 0) }))]),
        h('td', { 'data-kept': '' }, r.keptMark == null ? t('archive.noMark') : formatMark(r.keptMark) + '/20'))))));
}

function LevelsTable({ reviews }) {
  const competencies = [];
  const titles = new Map();
  for (const r of reviews) {
    for (const l of list(r.levels)) {
      if (!titles.has(l.competency)) { titles.set(l.competency, l.title || ''); competencies.push(l.competency); }
    }
  }
  const levelOf = (r, code) => list(r.levels).find((l) => l.competency === code) || {};
  return h('div', { class: 'dash-table-wrap' },
    h('table', { class: 'dash-table rv-archive-table', 'data-review-table': '' },
      h('caption', null, t('archive.tableCaption')),
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, t('archive.competency')),
        reviews.map((r) => h('th', { key: r.id, scope: 'col', 'data-review-column': String(r.id), class: r.kind === 'COMPANY_ACTIVITY' ? 'is-company' : 'is-school' },
          h('a', { href: reviewHref(r.id), title: tEnum('creview.kindShort', r.kind) }, formatDate(r.date)),
          h('span', { class: 'visually-hidden' }, ' ' + tEnum('creview.kindShort', r.kind)),
          r.finalised ? null : h('span', { class: 'rv-draft-mark' }, ' ' + t('creview.draft')))))),
      h('tbody', null, competencies.map((code) => h('tr', { key: code, 'data-competency': code },
        h('th', { scope: 'row', class: 'dash-table__row' }, h('strong', null, code + ' '), titles.get(code)),
        reviews.map((r) => {
          const l = levelOf(r, code);
          return h('td', { key: r.id, class: 'dash-table__cell', 'data-review-column': String(r.id), 'data-level': l.level || '', title: l.level ? reviewLevelName(l.level) : null },
            l.level ? h(LevelSymbol, { level: l.level }) : '', l.objective ? h(ObjectiveBox, { objective: l.objective }) : null);
        }))))));
}

export function ReviewArchivePage({ learnerId }) {
  useDocumentTitle(t('archive.pageTitle'));
  const learner = useApi((signal) => fetchLearner(learnerId, signal).catch(() => null), [learnerId]);
  const reviews = useApi((signal) => fetchLearnerReviews(learnerId, signal), [learnerId]);
  const rows = list(reviews.data);
  return h('div', { class: 'page page--wide', 'data-page': 'review-archive', 'data-learner': String(learnerId) },
    h('p', { class: 'breadcrumb' }, h('a', { href: dashboardHref(learnerId), 'data-link': 'dashboard' }, t('creview.dashboard'))),
    h('h1', null, learner.data ? t('archive.heading', { name: fullName(learner.data) }) : t('archive.headingPlain')),
    h('p', { class: 'lead' }, t('archive.intro')),
    pending(reviews) || (rows.length === 0 ? h('p', { class: 'notice', 'data-empty': 'reviews' }, t('archive.none')) : [
      h(ReviewList, { key: 'l', reviews: rows }),
      h(LevelsTable, { key: 't', reviews: rows }),
    ]));
}
