// Page "#/periodes": the staff's periods in company for one class level, as the guides lay it out: on the left
// the class level and the two views, on the right the work area.
//   - « Vue par périodes »: the level's periods (in order of creation); for the chosen one, its actions (edit the
//     parameters, print every pre-agreement, delete) and its learners with their company and sheet count.
//   - « Vue par apprenants »: the level's learners; for the chosen one, their periods and their free-sheets folder.
// Periods deleted less than 30 days ago are listed for restoring.
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, tn } from '/app/i18n.js';
import {
  deletePeriod, fetchClasses, fetchLearners, fetchPeriodPlacements, fetchPeriods,
  periodPreAgreementsUrl, preAgreementUrl, restorePeriod, useApi,
} from '/app/api.js';
import {
  annexesHref, attitudesReviewHref, companyReviewHref, currentPath, followUpHref, navigate, periodHref, periodTutorsHref, periodsHref, placementHref,
} from '/app/router.js';
import { TutorAccess } from '/app/components/period-tutors.js';
import { Alert, useDocumentTitle } from '/app/components/common.js';
import { DataTable, Success, byName, listName } from '/app/components/forms.js';
import { LearnerFolders } from '/app/components/learner-folders.js';
import {
  InEstablishment, LevelSelect, LockedNotice, hasCompanyReview, kindLabel, list, pending, periodDates, sortedLevels, useClassLevels, useLayoutKinds,
} from '/app/components/periods-common.js';

export function PeriodsPage({ user, route }) {
  useDocumentTitle(t('periods.pageTitle'));
  return h('div', { class: 'page', 'data-page': 'periods' },
    h('h1', null, t('periods.heading')),
    h(InEstablishment, { user, render: (establishmentId) => h(PeriodsWorkspace, { key: establishmentId, establishmentId, route }) }));
}

function PeriodsWorkspace({ establishmentId, route }) {
  const levels = useClassLevels(establishmentId);
  const sorted = sortedLevels(levels.data);
  const level = sorted.find((l) => l.id === route.levelId) || sorted[0] || null;
  const wait = pending(levels);
  if (wait) return wait;
  if (!level) return h('p', { class: 'notice', 'data-empty': 'class-levels' }, t('periods.noClassLevel'));
  const view = route.view;
  const viewLink = (name, label) => h('li', { key: name },
    h('a', {
      class: 'side-menu__link' + (view === name ? ' is-current' : ''),
      href: periodsHref({ levelId: level.id, view: name }),
      'aria-current': view === name ? 'page' : undefined,
      'data-view': name,
    }, label));
  return h('div', { class: 'workspace', 'data-class-level': String(level.id) },
    h('aside', { class: 'workspace__side card', 'aria-label': t('periods.sideLabel') },
      h(LevelSelect, { levels: sorted, levelId: level.id, onChange: (id) => navigate(periodsHref({ levelId: id, view })) }),
      h('ul', { class: 'side-menu' },
        viewLink('periods', t('periods.byPeriods')),
        viewLink('learners', t('periods.byLearners'))),
      h('p', null, h('a', { class: 'button button--small', href: annexesHref(level.id), 'data-nav': 'annexes' }, t('periods.annexesLink')))),
    h('div', { class: 'workspace__main' },
      view === 'learners'
        ? h(ByLearners, { key: 'learners:' + level.id, establishmentId, level, learnerId: route.learnerId })
        : h(ByPeriods, { key: 'periods:' + level.id, establishmentId, level, periodId: route.periodId })));
}

// ---------------------------------------------------------------- view by periods

function ByPeriods({ establishmentId, level, periodId }) {
  const periods = useApi((signal) => fetchPeriods(establishmentId, level.id, false, signal), [establishmentId, level.id]);
  const deleted = useApi((signal) => fetchPeriods(establishmentId, level.id, true, signal), [establishmentId, level.id]);
  const [message, setMessage] = useState(null);
  const rows = list(periods.data);
  const selected = rows.find((p) => p.id === periodId) || null;
  const reload = () => {
    periods.retry();
    deleted.retry();
  };
  return h('section', { 'aria-labelledby': 'by-periods-h' },
    h('h2', { id: 'by-periods-h' }, t('periods.byPeriodsHeading', { level: level.label })),
    message ? h(Success, { 'data-success': 'period' }, message) : null,
    pending(periods) || (rows.length === 0
      ? h('p', { class: 'notice', 'data-empty': 'periods' }, t('periods.none'), ' ',
        h('a', { href: annexesHref(level.id) }, t('periods.noneLink')))
      : h('ul', { class: 'period-list' }, rows.map((p) => h('li', { key: p.id },
        h('a', {
          class: 'period-card' + (selected && selected.id === p.id ? ' is-current' : ''),
          href: periodsHref({ levelId: level.id, periodId: p.id }),
          'aria-current': selected && selected.id === p.id ? 'true' : undefined,
          'data-period': String(p.id),
        },
        h('span', { class: 'period-card__name' }, p.name),
        h('span', { class: 'period-card__meta' }, kindLabel(p.kind) + ' · ' + periodDates(p)),
        h('span', { class: 'period-card__meta' }, tn('periods.learnerCount', list(p.learnerIds).length),
          p.locked ? h('span', { class: 'badge badge--off', 'data-locked': 'true' }, t('periods.lockedBadge')) : null)))))),
    selected
      ? h(SelectedPeriod, {
        key: selected.id,
        period: selected,
        onDeleted: () => {
          setMessage(t('periods.deleted', { name: selected.name }));
          navigate(periodsHref({ levelId: level.id }));
          reload();
        },
      })
      : rows.length > 0 ? h('p', { class: 'muted' }, t('periods.choose')) : null,
    h(DeletedPeriods, {
      state: deleted,
      onRestored: (restored) => {
        setMessage(t('periods.restored', { name: restored.name }));
        reload();
      },
    }));
}

/** A placement's follow-up in the table: « N fiche(s) » (activity sheets) or « ✎ Édité » / « ○ Pas encore édité ». */
function FollowUpState({ placement: p, kind }) {
  if (kind === 'ACTIVITY_SHEETS') {
    return h('a', { href: followUpHref(p.id, 'fiches'), 'data-action': 'open-follow-up', 'data-sheet-count': String(p.sheetCount),
      'aria-label': t('periods.openSheetsLabel', { name: p.learnerName, count: tn('periods.sheetCount', p.sheetCount) }) }, tn('periods.sheetCount', p.sheetCount));
  }
  const edited = kind ? p.portfolioEdited : undefined;
  return h('a', { href: followUpHref(p.id), class: 'portfolio-state', 'data-action': 'open-follow-up', 'data-portfolio-edited': edited === undefined ? '' : String(!!edited),
    'aria-label': t(kind === 'APPRENTICE_LOGBOOK' ? 'periods.openLogbookLabel' : 'periods.openFollowUpLabel', { name: p.learnerName }) },
  edited === true ? [h('span', { 'aria-hidden': 'true', key: 'i' }, '✎ '), t('periods.portfolioEdited')]
    : edited === false ? [h('span', { 'aria-hidden': 'true', key: 'i' }, '○ '), t('periods.portfolioNotEdited')]
      : t('periods.openFollowUp'));
}

function SelectedPeriod({ period, onDeleted }) {
  const placements = useApi((signal) => fetchPeriodPlacements(period.id, signal), [period.id]);
  const kindOf = useLayoutKinds([{ referentialCode: period.referentialCode, referentialVersion: period.referentialVersion }]);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const confirmRef = useRef(null);
  useEffect(() => {
    if (confirming && confirmRef.current) confirmRef.current.focus();
  }, [confirming]);
  const onDelete = async () => {
    setBusy(true);
    setError(null);
    try {
      await deletePeriod(period.id);
      onDeleted();
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };
  const columns = [
    { key: 'learner', label: t('periods.learner'), render: (p) => h('strong', null, p.learnerName) },
    { key: 'company', label: t('periods.company'), render: (p) => (p.place && p.place.companyName ? p.place.companyName : h('span', { class: 'muted' }, t('periods.noCompany'))) },
    { key: 'tutor', label: t('periods.tutor'), render: (p) => h(TutorAccess, { placement: p }) },
    // What the learner keeps, in the words of its layout: activity sheets are counted (the count opens them); a
    // portfolio or a logbook says whether it was edited at least once (guide 000: a word and an icon), never « 0 fiche ».
    { key: 'followUp', label: t('periods.followUp'), render: (p) => h(FollowUpState, { placement: p, kind: kindOf(p) }) },
    {
      key: 'liaison',
      label: t('periods.liaisonSheet'),
      render: (p) => h('span', { class: 'badges' },
        p.individualised ? h('span', { class: 'badge', 'data-individualised': 'true' }, t('periods.individualised')) : null,
        p.differsFromPeriod ? h('span', { class: 'badge badge--warn', 'data-differs': 'true' }, t('periods.differs')) : null,
        !p.individualised ? h('span', { class: 'muted' }, t('periods.followsPeriod')) : null),
    },
    {
      key: 'actions',
      label: t('table.actions'),
      className: 'data-table__actions',
      render: (p) => h('div', { class: 'row-actions' },
        h('a', { class: 'button button--small', href: placementHref(p.id), 'data-action': 'open-placement', 'aria-label': t('periods.openSheetLabel', { name: p.learnerName }) }, t('periods.openSheet')),
        // Issue 12: a company review for « Période 2 » and « Autre » periods only (guide 000).
        hasCompanyReview(period.kind) ? h('a', { class: 'button button--small', href: companyReviewHref(p.id, currentPath()), 'data-action': 'company-review',
          'aria-label': t('review.editLinkLabel', { name: p.learnerName }) }, t('review.editLink')) : null,
        // The professional attitudes review, for every period kind (« Période 1 » has only this one, guide 000).
        h('a', { class: 'button button--small', href: attitudesReviewHref(p.id, currentPath()), 'data-action': 'attitudes-review',
          'aria-label': t('attitudes.editLinkLabel', { name: p.learnerName }) }, t('attitudes.editLink')),
        // An apprentice has a contract: no pre-agreement.
        p.apprentice ? null : h('a', { class: 'button button--small', href: preAgreementUrl(p.id), target: '_blank', rel: 'noopener', 'data-action': 'pre-agreement', 'aria-label': t('periods.preAgreementLabel', { name: p.learnerName }) }, t('periods.preAgreement'))),
    },
  ];
  return h('section', { class: 'card selected-period', 'data-selected-period': String(period.id), 'aria-labelledby': 'selected-period-h' },
    h('h3', { id: 'selected-period-h' }, period.name),
    h('p', { class: 'muted' }, kindLabel(period.kind) + ' · ' + periodDates(period) + ' · ' + period.referentialCode + ' ' + period.referentialVersion),
    h(LockedNotice, { item: period }),
    h('div', { class: 'actions' },
      period.locked ? null : h('a', { class: 'button button--primary', href: periodHref(period.id), 'data-action': 'edit-period' }, t('periods.edit')),
      h('a', { class: 'button', href: periodTutorsHref(period.id), 'data-action': 'manage-tutors' }, t('periods.manageTutors')),
      h('a', { class: 'button', href: periodPreAgreementsUrl(period.id), target: '_blank', rel: 'noopener', 'data-action': 'pre-agreements' }, t('periods.printAll')),
      period.locked ? null : h('button', {
        type: 'button', class: 'button button--danger', 'data-action': 'delete-period', 'aria-expanded': confirming ? 'true' : 'false',
        onClick: () => setConfirming(true),
      }, t('periods.delete'))),
    confirming
      ? h('div', {
        class: 'confirm', role: 'alertdialog', 'aria-labelledby': 'confirm-delete-h', 'aria-describedby': 'confirm-delete-text', tabIndex: -1, ref: confirmRef, 'data-confirm': 'delete-period',
        // Escape closes the question, as it closes any dialog.
        onKeyDown: (event) => { if (event.key === 'Escape' && !busy) { setConfirming(false); setError(null); } },
      },
        h('p', { id: 'confirm-delete-h', class: 'confirm__title' }, t('periods.confirmTitle', { name: period.name })),
        h('p', { id: 'confirm-delete-text' }, t('periods.confirmText')),
        error ? h(Alert, { error }) : null,
        h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'button button--danger', disabled: busy, 'data-action': 'confirm-delete', onClick: onDelete }, t('periods.confirmDelete')),
          h('button', { type: 'button', class: 'button', disabled: busy, 'data-action': 'cancel-delete', onClick: () => { setConfirming(false); setError(null); } }, t('periods.cancel'))))
      : null,
    h('h4', null, t('periods.learnersHeading')),
    pending(placements) || h(DataTable, {
      caption: t('periods.learnersCaption', { name: period.name }),
      columns,
      rows: list(placements.data),
      rowKey: (p) => p.id,
      empty: t('periods.noLearners'),
    }));
}

function DeletedPeriods({ state, onRestored }) {
  const [busy, setBusy] = useState(null);
  const [error, setError] = useState(null);
  const rows = list(state.data);
  if (state.error) return h(Alert, { error: state.error, onRetry: state.retry });
  if (rows.length === 0) return null;
  const restore = async (period) => {
    setBusy(period.id);
    setError(null);
    try {
      onRestored(await restorePeriod(period.id));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };
  return h('section', { class: 'card deleted-periods', 'data-deleted-periods': '', 'aria-labelledby': 'deleted-h' },
    h('h3', { id: 'deleted-h' }, t('periods.deletedHeading')),
    h('p', { class: 'muted' }, t('periods.deletedIntro')),
    error ? h(Alert, { error }) : null,
    h('ul', { class: 'plain-list' }, rows.map((p) => h('li', { key: p.id, 'data-deleted-period': String(p.id), class: 'deleted-periods__item' },
      h('span', null, h('strong', null, p.name), ' — ', periodDates(p)),
      h('button', { type: 'button', class: 'button button--small', disabled: busy === p.id, 'data-action': 'restore-period', onClick: () => restore(p) }, t('periods.restore'))))));
}

// ---------------------------------------------------------------- view by learners

function ByLearners({ establishmentId, level, learnerId }) {
  const classes = useApi((signal) => fetchClasses(establishmentId, signal), [establishmentId]);
  const learners = useApi((signal) => fetchLearners(establishmentId, null, signal), [establishmentId]);
  const wait = pending(classes) || pending(learners);
  const classIds = new Set(list(classes.data).filter((c) => c.classLevelId === level.id).map((c) => c.id));
  const rows = list(learners.data).filter((l) => classIds.has(l.classId)).sort(byName);
  const selected = rows.find((l) => l.id === learnerId) || null;
  return h('section', { 'aria-labelledby': 'by-learners-h' },
    h('h2', { id: 'by-learners-h' }, t('periods.byLearnersHeading', { level: level.label })),
    wait || (rows.length === 0
      ? h('p', { class: 'notice', 'data-empty': 'learners' }, t('periods.noLevelLearners'))
      : h('ul', { class: 'learner-list' }, rows.map((l) => h('li', { key: l.id },
        h('a', {
          class: 'learner-chip' + (selected && selected.id === l.id ? ' is-current' : ''),
          href: periodsHref({ levelId: level.id, view: 'learners', learnerId: l.id }),
          'aria-current': selected && selected.id === l.id ? 'true' : undefined,
          'data-learner': String(l.id),
        }, listName(l), h('span', { class: 'muted' }, ' ' + (l.classCode || ''))))))),
    selected ? h(LearnerFolders, { key: selected.id, learner: selected }) : rows.length > 0 ? h('p', { class: 'muted' }, t('periods.chooseLearner')) : null);
}
