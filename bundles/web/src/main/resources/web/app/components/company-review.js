// Page "#/bilans-entreprise/{placementId}[?retour=/path]": the company review (bilan entreprise) of a placement of a
// « Période 2 » or « Autre » period (guide 000, « Éditer un bilan en entreprise pour un apprenant »), filled jointly by
// the teacher and the tutor (through their link) or the master, often on a phone during the visit; the learner reads it.
//   - Each level is saved at once, alone, with its own version: two people filling the review together never lose
//     each other's levels. A 409 refreshes every row from the review as it is now and tells, on the row, who chose
//     what meanwhile (« Garder leur choix » / « Mettre le mien »).
//   - A competency's mode (global or by criteria) and a competency added are saved at once too (the header's modes).
//   - Tasks, stars, meeting date and comment are saved with « Enregistrer »; what someone else saved meanwhile is
//     shown field by field, and nothing is sent until the person chooses. Typing is never lost to a refresh.
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { fetchPlacement, fetchReferential, useApi } from '/app/api.js';
import { fetchCompanyReview, reviewGridUrl, saveReviewHeader, saveReviewLevel } from '/app/review-api.js';
import { myPeriodsHref, placementHref, trainerHomeHref } from '/app/router.js';
import { useDocumentTitle } from '/app/components/common.js';
import { formatDate } from '/app/components/forms.js';
import { setChanged } from '/app/components/form-safety.js';
import { STAFF_ROLES, list, pending } from '/app/components/periods-common.js';
import { ReviewCompetencies, catalogueOf, rowKey } from '/app/components/review-competencies.js';
import { ReviewFoot, ReviewTasks, normalised, sameValue } from '/app/components/review-header.js';

const SAFETY_ID = 'company-review';

function backHref(user, placementId, returnTo) {
  if (returnTo) return '#' + returnTo;
  if (user.role === 'TUTOR') return trainerHomeHref();
  if (STAFF_ROLES.includes(user.role)) return placementHref(placementId);
  return myPeriodsHref();
}

function resultOf(review, row) {
  return list(review.results).find((r) => r.competency === row.competency && (r.criterion || null) === (row.criterion || null));
}

/** The header as saved in `review`, with `override` on top: what a PUT of the header sends. */
function headerOf(review, override) {
  return {
    meetingDate: review.meetingDate, engagement: review.engagement, comment: review.comment, tasks: list(review.tasks),
    modes: review.modes || {}, version: review.version, ...override,
  };
}

/** The fields edited here that someone else changed since: their value moved away from the one the edit began on. */
function conflictsOf(edits, review) {
  return Object.keys(edits).filter((f) => normalised(f, review[f]) !== normalised(f, edits[f].from)
    && normalised(f, review[f]) !== normalised(f, edits[f].value));
}

function timeNow() {
  return new Date().toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' });
}

export function CompanyReviewPage({ id, returnTo, user }) {
  const loaded = useApi((signal) => fetchCompanyReview(id, signal), [id]);
  const [review, setReview] = useState(null);
  const current = review || loaded.data;
  const latest = useRef(null);
  latest.current = current;
  const referential = useApi((signal) => (current ? fetchReferential(current.referentialCode, current.referentialVersion, signal) : Promise.resolve(null)),
    [current ? current.referentialCode + '@' + current.referentialVersion : '']);
  const placement = useApi((signal) => fetchPlacement(id, signal).catch(() => null), [id]);
  // Header edits not saved yet, by field: { value, from (the saved value the edit began on) }.
  const [edits, setEdits] = useState({});
  const editsRef = useRef(edits);
  editsRef.current = edits;
  const [rows, setRows] = useState({});
  const [modeBusy, setModeBusy] = useState(false);
  const [modeError, setModeError] = useState(null);
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState(null);
  const [headerError, setHeaderError] = useState(null);
  const [conflicts, setConflicts] = useState([]);
  const dirty = Object.keys(edits).length > 0;
  useDocumentTitle(current ? t('review.documentTitle', { name: current.learnerName }) : t('review.pageTitle'));

  useEffect(() => {
    setChanged(SAFETY_ID, dirty);
    return () => setChanged(SAFETY_ID, false);
  }, [dirty]);

  /** Takes the review as the server has it now: every row follows; an edit equal to what is saved is done. */
  const applyReview = (next) => {
    latest.current = next;
    setReview(next);
    setEdits((previous) => {
      const kept = {};
      for (const [f, edit] of Object.entries(previous)) {
        if (!sameValue(f, edit.value, next[f])) kept[f] = edit;
      }
      return kept;
    });
  };

  // Back on the page (another tab, the phone woken up): what the other person saved meanwhile is shown.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible' && latest.current) fetchCompanyReview(id).then(applyReview, () => {});
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [id]);

  const setRow = (key, state) => setRows((previous) => ({ ...previous, [key]: state }));

  const onChoose = async (row, level) => {
    const key = rowKey(row.competency, row.criterion);
    const stored = resultOf(latest.current, row);
    setRow(key, { busy: true });
    try {
      applyReview(await saveReviewLevel(id, { competency: row.competency, criterion: row.criterion, level, version: stored ? stored.version : 0 }));
      setRow(key, {});
    } catch (caught) {
      const now = caught.status === 409 && caught.problem && caught.problem.current;
      if (now) {
        applyReview(now);
        const theirs = resultOf(now, row);
        const theirLevel = theirs ? theirs.level : null;
        setRow(key, theirLevel === level ? {} : { conflict: { mine: level, theirs: theirLevel, by: theirs ? theirs.updatedBy : null } });
      } else {
        setRow(key, { error: caught.message });
        // Taken into account meanwhile: the page turns read-only with its notice.
        if (caught.status === 409) fetchCompanyReview(id).then(applyReview, () => {});
      }
    }
  };

  const onMode = async (code, mode) => {
    setModeBusy(true);
    setModeError(null);
    const send = (base) => saveReviewHeader(id, headerOf(base, { modes: { ...(base.modes || {}), [code]: mode } }));
    try {
      applyReview(await send(latest.current));
    } catch (caught) {
      const now = caught.status === 409 && caught.problem && caught.problem.current;
      if (now) {
        // Only this competency's mode is sent over what is saved now: the other person's header stays as it is.
        applyReview(now);
        try {
          applyReview(await send(now));
        } catch (again) {
          setModeError(again.message);
        }
      } else {
        setModeError(caught.message);
      }
    } finally {
      setModeBusy(false);
    }
  };

  const onValue = (field, value) => {
    setSavedAt(null);
    setEdits((previous) => {
      const saved = latest.current[field];
      const from = previous[field] ? previous[field].from : saved;
      const next = { ...previous };
      if (sameValue(field, value, saved) && sameValue(field, from, saved)) delete next[field];
      else next[field] = { value, from };
      return next;
    });
  };

  const onSave = async () => {
    setHeaderError(null);
    setSaving(true);
    try {
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const base = latest.current;
        const found = conflictsOf(editsRef.current, base);
        if (found.length) {
          setConflicts(found);
          return;
        }
        const values = {};
        for (const [f, edit] of Object.entries(editsRef.current)) values[f] = edit.value;
        try {
          const next = await saveReviewHeader(id, headerOf(base, values));
          applyReview(next);
          // What was typed during the save is newer than what was just saved: it begins on this save.
          setEdits((previous) => Object.fromEntries(Object.entries(previous).map(([f, e]) => [f, { value: e.value, from: next[f] }])));
          setSavedAt(timeNow());
          return;
        } catch (caught) {
          const now = caught.status === 409 && caught.problem && caught.problem.current;
          if (!now) {
            setHeaderError(caught.message);
            if (caught.status === 409) fetchCompanyReview(id).then(applyReview, () => {});
            return;
          }
          applyReview(now);
        }
      }
    } finally {
      setSaving(false);
    }
  };

  const onKeepMine = (field) => {
    setEdits((previous) => (previous[field] ? { ...previous, [field]: { value: previous[field].value, from: latest.current[field] } } : previous));
    setConflicts((previous) => previous.filter((f) => f !== field));
  };
  const onTakeTheirs = (field) => {
    setEdits((previous) => {
      const next = { ...previous };
      delete next[field];
      return next;
    });
    setConflicts((previous) => previous.filter((f) => f !== field));
  };

  if (!current) return h('div', { class: 'page', 'data-page': 'company-review' }, pending(loaded));
  const value = (field) => (edits[field] ? edits[field].value : current[field]);
  const writable = !!current.writable;
  const catalogue = catalogueOf(referential.data);
  const activities = list(referential.data && referential.data.activities).map((a) => ({ code: a.code, title: a.title, tasks: list(a.tasks) }));
  const titles = new Map(activities.flatMap((a) => a.tasks.map((task) => [task.code, task.title])));
  const planned = new Set(list(placement.data && placement.data.tasks));
  return h('div', { class: 'page page--review', 'data-page': 'company-review', 'data-placement': String(current.placementId), 'data-writable': String(writable) },
    h('p', { class: 'breadcrumb' }, h('a', { href: backHref(user, current.placementId, returnTo), 'data-action': 'back' },
      h('span', { 'aria-hidden': 'true' }, '← '), t('review.back'))),
    h('h1', null, t('review.heading'), h('span', { class: 'h1-sub' }, ' — ' + current.learnerName)),
    h('dl', { class: 'facts review-facts', 'data-review-header': '' },
      h('dt', null, t('review.period')),
      h('dd', { 'data-review-period': '' }, current.periodName + ' · ' + t('periods.dates', { start: formatDate(current.periodStart), end: formatDate(current.periodEnd) })),
      h('dt', null, t('review.learner')),
      h('dd', { 'data-review-learner': '' }, current.learnerName),
      h('dt', null, t('review.company')),
      h('dd', { 'data-review-company': '' }, current.company || h('span', { class: 'muted' }, t('review.noCompany')))),
    current.takenIntoAccount ? h('p', { class: 'notice notice--warn', 'data-review-locked': '' }, t('review.locked'))
      : writable ? h('p', { class: 'muted' }, t('review.intro'))
        : h('p', { class: 'notice', 'data-read-only': '' }, t('review.readOnly')),
    referential.error ? pending(referential) : null,
    h('div', { class: 'review-columns' },
      h(ReviewTasks, { value: value('tasks'), onValue: (v) => onValue('tasks', v), activities, planned, writable }),
      h('div', null,
        modeError ? h('p', { class: 'form-error', role: 'alert', 'data-mode-error': '' }, modeError) : null,
        h(ReviewCompetencies, { review: current, catalogue, state: rows, writable, modeBusy, onChoose, onMode,
          onKeepTheirs: (key) => setRow(key, {}),
          onPutMine: (row) => onChoose(row, rows[rowKey(row.competency, row.criterion)].conflict.mine) }))),
    h(ReviewFoot, {
      value, onValue, review: current, writable, dirty, saving, savedAt, error: headerError, conflicts, titles,
      theirs: (field) => latest.current[field], gridUrl: reviewGridUrl(current.placementId), onSave, onKeepMine, onTakeTheirs,
    }));
}
