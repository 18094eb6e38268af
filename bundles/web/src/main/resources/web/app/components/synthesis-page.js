// Page "#/synthese-pfmp[/{learnerId}][?niveau=ID]": the synthesis of the periods in company (issue 12, item 11).
// A learner's (whoever reads their record: staff, the learner, their master, a tutor of theirs) or, for the staff, a
// whole class level's: per learner their periods (dates, weeks, company, tutor), the company review's meeting, stars
// and levels given, the attitudes' levels; with its PDF.
import { h } from 'preact';
import { t, tn } from '/app/i18n.js';
import { fetchClasses, request, useApi } from '/app/api.js';
import { navigate, synthesisHref } from '/app/router.js';
import { Alert, useDocumentTitle } from '/app/components/common.js';
import { formatDate } from '/app/components/forms.js';
import { InEstablishment, LevelSelect, STAFF_ROLES, kindLabel, list, pending, sortedLevels, useClassLevels } from '/app/components/periods-common.js';
import { LEVELS, LevelMark } from '/app/components/assessment-common.js';

const enc = encodeURIComponent;

export function SynthesisPage({ user, route }) {
  useDocumentTitle(t('syn.pageTitle'));
  const learnerId = route.learnerId || (user.role === 'LEARNER' ? user.learnerId : null);
  return h('div', { class: 'page page--wide', 'data-page': 'synthesis' },
    h('h1', null, t('syn.heading')),
    learnerId ? h(OneLearner, { learnerId })
      : STAFF_ROLES.includes(user.role) ? h(InEstablishment, { user, render: (e) => h(Level, { key: e, establishmentId: e, levelId: route.levelId }) })
        : null);
}

function OneLearner({ learnerId }) {
  const synthesis = useApi((signal) => request('GET', '/learners/' + enc(learnerId) + '/pfmp-synthesis', { signal }), [learnerId]);
  const wait = pending(synthesis);
  if (wait) return wait;
  const learner = synthesis.data || {};
  return [
    // Whose synthesis it is, as the PDF says it: the learner and their class.
    learner.learnerName ? h('p', { key: 'who', class: 'lead syn-learner', 'data-synthesis-learner': learner.learnerId },
      learner.classCode ? t('syn.learnerInClass', { name: learner.learnerName, classCode: learner.classCode }) : learner.learnerName) : null,
    h('p', { key: 'pdf' }, h('a', { class: 'button', href: '/api/v1/learners/' + enc(learnerId) + '/pfmp-synthesis.pdf', 'data-action': 'synthesis-pdf' },
      t('syn.pdf'))),
    h(LearnerSynthesis, { key: 's', synthesis: synthesis.data }),
  ];
}

function Level({ establishmentId, levelId }) {
  const levels = useClassLevels(establishmentId);
  // Without a level asked for: the level of the class the evaluations page opens on (the first by code), so a teacher
  // lands on a level with classes rather than on the first by name (« CAP Électricien » for everyone).
  const classes = useApi((signal) => (levelId ? Promise.resolve([]) : fetchClasses(establishmentId, signal).catch(() => [])), [establishmentId, levelId]);
  const wait = pending(levels) || (classes.loading ? pending(classes) : null);
  if (wait) return wait;
  const sorted = sortedLevels(levels.data);
  const first = list(classes.data).slice().sort((a, b) => String(a.code).localeCompare(String(b.code), 'fr'))[0];
  const chosen = sorted.find((l) => l.id === levelId) || (first && sorted.find((l) => l.id === first.classLevelId)) || sorted[0];
  if (!chosen) return h('p', { class: 'notice' }, t('syn.noLevel'));
  return [
    h('div', { key: 'pick', class: 'card filter-bar' },
      h(LevelSelect, { levels: sorted, levelId: chosen.id, onChange: (id) => navigate(synthesisHref(null, id)) }),
      h('a', { class: 'button', 'data-action': 'synthesis-pdf',
        href: '/api/v1/establishments/' + enc(establishmentId) + '/pfmp-synthesis.pdf?classLevelId=' + enc(chosen.id) }, t('syn.pdfLevel'))),
    h(LevelLearners, { key: 'l:' + chosen.id, establishmentId, levelId: chosen.id }),
  ];
}

function LevelLearners({ establishmentId, levelId }) {
  const all = useApi((signal) => request('GET', '/establishments/' + enc(establishmentId) + '/pfmp-synthesis?classLevelId=' + enc(levelId), { signal }),
    [establishmentId, levelId]);
  const wait = pending(all);
  if (wait) return wait;
  const learners = list(all.data);
  if (learners.length === 0) return h('p', { class: 'empty' }, t('syn.noLearner'));
  return learners.map((s) => h(LearnerSynthesis, { key: s.learnerId, synthesis: s, withName: true }));
}

function LearnerSynthesis({ synthesis, withName }) {
  if (!synthesis) return h(Alert, { kind: 'error' }, t('error.unexpected'));
  const periods = list(synthesis.periods);
  return h('section', { class: 'card synthesis', 'data-synthesis': synthesis.learnerId },
    h('h2', null, (withName ? synthesis.learnerName + (synthesis.classCode ? ' (' + synthesis.classCode + ') — ' : ' — ') : '')
      + tn('syn.weeks', synthesis.totalWeeks)),
    periods.length === 0 ? h('p', { class: 'empty' }, t('syn.noPeriod')) : h('div', { class: 'table-wrap' },
      h('table', { class: 'data-table syn-table' },
        h('thead', null, h('tr', null, ['period', 'dates', 'weeks', 'company', 'tutor', 'review', 'attitudes'].map((c) =>
          h('th', { scope: 'col', key: c }, t('syn.col.' + c))))),
        h('tbody', null, periods.map((p) => h('tr', { key: p.placementId, 'data-period': p.placementId },
          h('td', { 'data-label': t('syn.col.period') }, p.name, h('br'), h('span', { class: 'muted' }, kindLabel(p.kind))),
          h('td', { 'data-label': t('syn.col.dates') }, formatDate(p.start) + ' – ' + formatDate(p.end)),
          h('td', { 'data-label': t('syn.col.weeks') }, String(p.weeks)),
          h('td', { 'data-label': t('syn.col.company') }, p.company || '—'),
          h('td', { 'data-label': t('syn.col.tutor') }, p.tutorName || '—'),
          h('td', { 'data-label': t('syn.col.review') }, p.meetingDate ? [
            h('span', { key: 'm' }, t('syn.meeting', { date: formatDate(p.meetingDate) })),
            p.engagement ? h('span', { key: 'e', class: 'syn-stars', 'aria-label': tn('syn.stars', p.engagement) },
              ' ' + '★'.repeat(p.engagement) + '☆'.repeat(4 - p.engagement)) : null,
            h(Counts, { key: 'c', counts: p.levels }),
          ] : '—'),
          h('td', { 'data-label': t('syn.col.attitudes') }, h(Counts, { counts: p.attitudes }))))))));
}

/** Each level given and how many times, its colour and mark shown (never colour alone). */
function Counts({ counts }) {
  const given = LEVELS.filter((level) => counts && counts[level]);
  if (given.length === 0) return h('span', { class: 'muted' }, t('syn.noLevelGiven'));
  return h('span', { class: 'syn-counts' }, given.map((level) => h('span', { key: level, class: 'syn-count', 'data-level-count': level },
    h(LevelMark, { level }), ' ×' + counts[level])));
}
