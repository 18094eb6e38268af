// A learner's folders: their periods in company (each one opens the portfolio or logbook and activity sheets, the
// liaison sheet) and their free sheets (each a whole sheet, opened with its pages). Shown to the staff (« Vue par apprenants » of the periods page) and to the learner or their master
// (« Mes périodes »): a module of its own, so that a learner's page does not fetch the staff's periods page.
import { h } from 'preact';
import { t, tEnum, tn } from '/app/i18n.js';
import { fetchFreeSheets, fetchLearnerPeriods, useApi } from '/app/api.js';
import { attitudesReviewHref, companyReviewHref, currentPath, followUpHref, placementHref, sheetHref } from '/app/router.js';
import { DataTable, formatDateTime, listName } from '/app/components/forms.js';
import { followUpLabel, hasCompanyReview, kindLabel, list, pending, periodDates, useLayoutKinds } from '/app/components/periods-common.js';
import { BookletLink } from '/app/components/booklet-link.js';

/** A learner's periods (each one a folder: liaison sheet, activity sheets) and their free-sheets folder. */
export function LearnerFolders({ learner, title }) {
  const periods = useApi((signal) => fetchLearnerPeriods(learner.id, signal), [learner.id]);
  const free = useApi((signal) => fetchFreeSheets(learner.id, signal), [learner.id]);
  const kindOf = useLayoutKinds(list(periods.data));
  const columns = [
    { key: 'name', label: t('periods.period'), render: (p) => h('strong', null, p.periodName) },
    { key: 'dates', label: t('periods.datesLabel'), render: (p) => kindLabel(p.kind) + ' · ' + periodDates(p) },
    // Activity sheets are counted; a portfolio or a logbook is named (never « 0 fiche »).
    { key: 'followUp', label: t('periods.followUp'), render: (p) => (kindOf(p) === 'ACTIVITY_SHEETS'
      ? h('span', { 'data-sheet-count': String(p.sheetCount) }, tn('periods.sheetCount', p.sheetCount))
      : kindOf(p) ? h('span', { 'data-layout-kind': kindOf(p) }, tEnum('portfolio.kind', kindOf(p))) : null) },
    {
      key: 'actions',
      label: t('table.actions'),
      className: 'data-table__actions',
      render: (p) => h('div', { class: 'row-actions' },
        h('a', { class: 'button button--small button--primary', href: followUpHref(p.placementId), 'data-action': 'open-follow-up' }, followUpLabel(kindOf(p))),
        h('a', { class: 'button button--small', href: placementHref(p.placementId), 'data-action': 'open-placement' }, t('periods.openSheet')),
        kindOf(p) === 'ACTIVITY_SHEETS'
          ? h('a', { class: 'button button--small', href: placementHref(p.placementId, 'fiches'), 'data-action': 'open-sheets' }, t('periods.openSheets')) : null,
        // Issue 12: the company review of a « Période 2 » or « Autre » period (the learner reads it, the master fills it).
        hasCompanyReview(p.kind)
          ? h('a', { class: 'button button--small', href: companyReviewHref(p.placementId, currentPath()), 'data-action': 'company-review' }, t('review.link')) : null,
        // The professional attitudes review, every period kind (the learner reads it, the master fills the company's side).
        h('a', { class: 'button button--small', href: attitudesReviewHref(p.placementId, currentPath()), 'data-action': 'attitudes-review' }, t('attitudes.link'))),
    },
  ];
  return h('section', { class: 'card learner-folders', 'data-learner-folders': String(learner.id), 'aria-labelledby': 'folders-h-' + learner.id },
    h('h3', { id: 'folders-h-' + learner.id }, title || t('periods.foldersOf', { name: listName(learner) })),
    // Issue 11, item 5: an apprentice's booklet, over their whole course, beside their periods.
    h(BookletLink, { learner, back: true }),
    pending(periods) || h(DataTable, {
      caption: t('periods.periodsOf', { name: listName(learner) }),
      columns,
      rows: list(periods.data),
      rowKey: (p) => p.placementId,
      empty: t('periods.noLearnerPeriods'),
    }),
    h('h4', null, t('periods.freeSheets')),
    pending(free) || (list(free.data).length === 0
      ? h('p', { class: 'muted', 'data-empty': 'free-sheets' }, t('periods.noFreeSheets'))
      : h('ul', { class: 'plain-list', 'data-free-sheets': '' }, list(free.data).map((s) => h('li', { key: s.id, 'data-free-sheet': String(s.id) },
        h('a', { href: sheetHref(s.id), 'data-action': 'open-sheet' }, h('strong', null, s.title)), ' — ',
        h('span', { class: 'muted' }, t('periods.freeSheetOrigin', { period: s.formerPeriodName || '—', date: formatDateTime(s.createdAt) })))))));
}

