// Page "#/bilans-attitudes/{placementId}[?retour=/path]": the professional attitudes review (bilan des attitudes
// professionnelles) of a placement, any period kind, « Période 1 » included (guide 000: « renseigné en fin de période
// par le tuteur de stage. Le professeur peut consulter, compléter et modifier le bilan si besoin »).
//   - Per attitude, two lines always shown: the company's level (tutor or master) and the school's (teacher). The
//     server says which side the caller writes (`side`); that line is the fan of level buttons, the other is read only.
//     The learner (no side) reads both, without a control.
//   - Each level is saved at once, alone, with its own version. A 409 refreshes every attitude from the review as it
//     is now (`current`) and, when the other person chose something else, says so on the attitude with « Garder leur
//     choix » / « Mettre le mien ». Made for a phone first (the tutor at the end of the period).
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { useApi } from '/app/api.js';
import { fetchAttitudesReview, saveAttitudeLevel } from '/app/attitudes-api.js';
import { myPeriodsHref, placementHref, trainerHomeHref } from '/app/router.js';
import { useDocumentTitle } from '/app/components/common.js';
import { formatDate } from '/app/components/forms.js';
import { STAFF_ROLES, list, pending } from '/app/components/periods-common.js';
import { AttitudeRow, levelOn } from '/app/components/attitude-row.js';

function backHref(user, placementId, returnTo) {
  if (returnTo) return '#' + returnTo;
  if (user.role === 'TUTOR') return trainerHomeHref();
  if (STAFF_ROLES.includes(user.role)) return placementHref(placementId);
  return myPeriodsHref();
}

function attitudeOf(review, code) {
  return list(review && review.attitudes).find((a) => a.code === code);
}

export function AttitudesReviewPage({ id, returnTo, user }) {
  const loaded = useApi((signal) => fetchAttitudesReview(id, signal), [id]);
  const [review, setReview] = useState(null);
  const current = review || loaded.data;
  const latest = useRef(null);
  latest.current = current;
  // Per attitude code: { busy, error, conflict }.
  const [rows, setRows] = useState({});
  useDocumentTitle(current ? t('attitudes.documentTitle', { name: current.learnerName }) : t('attitudes.pageTitle'));

  const applyReview = (next) => {
    latest.current = next;
    setReview(next);
  };
  const setRow = (code, state) => setRows((previous) => ({ ...previous, [code]: state }));

  // Back on the page (another tab, the phone woken up): what the other side saved meanwhile is shown.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible' && latest.current) fetchAttitudesReview(id).then(applyReview, () => {});
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [id]);

  const onChoose = async (code, level) => {
    const side = latest.current.side;
    const stored = levelOn(attitudeOf(latest.current, code), side);
    setRow(code, { busy: true });
    try {
      applyReview(await saveAttitudeLevel(id, { attitude: code, level, version: stored.version || 0 }));
      setRow(code, {});
    } catch (caught) {
      const now = caught.status === 409 && caught.problem && caught.problem.current;
      if (now) {
        applyReview(now);
        const theirs = levelOn(attitudeOf(now, code), side);
        setRow(code, theirs.level === level ? {} : { conflict: { mine: level, theirs: theirs.level, by: theirs.updatedBy } });
      } else {
        setRow(code, { error: caught.message });
      }
    }
  };

  if (!current) return h('div', { class: 'page', 'data-page': 'attitudes-review' }, pending(loaded));
  const side = current.side || null;
  const attitudes = list(current.attitudes);
  return h('div', { class: 'page page--attitudes', 'data-page': 'attitudes-review', 'data-placement': String(current.placementId), 'data-side': side || '',
    'data-writable': String(!!side) },
    h('p', { class: 'breadcrumb' }, h('a', { href: backHref(user, current.placementId, returnTo), 'data-action': 'back' },
      h('span', { 'aria-hidden': 'true' }, '← '), t('attitudes.back'))),
    h('h1', null, t('attitudes.heading'), h('span', { class: 'h1-sub' }, ' — ' + current.learnerName)),
    h('dl', { class: 'facts review-facts', 'data-attitudes-header': '' },
      h('dt', null, t('attitudes.period')),
      h('dd', { 'data-attitudes-period': '' }, current.periodName + ' · ' + t('periods.dates', { start: formatDate(current.periodStart), end: formatDate(current.periodEnd) })),
      h('dt', null, t('attitudes.learner')),
      h('dd', { 'data-attitudes-learner': '' }, current.learnerName),
      h('dt', null, t('attitudes.company')),
      h('dd', { 'data-attitudes-company': '' }, current.company || h('span', { class: 'muted' }, t('attitudes.noCompany')))),
    h('p', { class: 'muted' }, t('attitudes.intro')),
    current.locked ? h('p', { class: 'notice notice--warn', 'data-review-locked': '' }, t('attitudes.locked'))
      : side ? h('p', { class: 'notice', 'data-you-write': side }, t('attitudes.youWrite.' + side))
        : h('p', { class: 'notice', 'data-read-only': '' }, t('attitudes.readOnly')),
    h('section', { class: 'attitudes-list', 'aria-labelledby': 'attitudes-list-h' },
      h('h2', { id: 'attitudes-list-h' }, t('attitudes.list')),
      attitudes.length === 0 ? h('p', { class: 'muted', 'data-empty': 'attitudes' }, t('attitudes.none'))
        : h('ul', { class: 'review-rows attitude-rows', 'data-attitudes': '' }, attitudes.map((a) => h(AttitudeRow, {
          key: a.code,
          attitude: a,
          side,
          state: rows[a.code] || {},
          onChoose: (level) => onChoose(a.code, level),
          onKeepTheirs: () => setRow(a.code, {}),
          onPutMine: () => onChoose(a.code, rows[a.code].conflict.mine),
        })))));
}
