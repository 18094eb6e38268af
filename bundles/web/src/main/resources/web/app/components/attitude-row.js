// One attitude of the professional attitudes review: its code and title, then both sides always shown, one line each,
// « Entreprise (tuteur ou maître d'apprentissage) » and « Établissement (professeur) », with the level (colour AND mark,
// review-levels.js) and who set it, when. The caller's own side is the fan of six level buttons; the other side is read
// only. After a conflict on the caller's side: « Modifié par X entre-temps » with « Garder leur choix » / « Mettre le mien ».
import { h } from 'preact';
import { t } from '/app/i18n.js';
import { formatDateTime } from '/app/components/forms.js';
import { LevelBadge, LevelFan, levelText } from '/app/components/review-levels.js';

export const SIDES = ['COMPANY', 'SCHOOL'];

/** The level given on `side` ({ level, updatedBy, updatedAt, version }); absent members as "never saved". */
export function levelOn(attitude, side) {
  const given = attitude ? attitude[side === 'COMPANY' ? 'company' : 'school'] : null;
  return { level: null, updatedBy: null, updatedAt: null, version: 0, ...(given || {}) };
}

function SetBy({ given }) {
  if (!given.level || !given.updatedBy) return null;
  return given.updatedAt ? t('attitudes.setBy', { name: given.updatedBy, date: formatDateTime(given.updatedAt) })
    : t('attitudes.setByName', { name: given.updatedBy });
}

/** An unsettled conflict on the caller's side: what the other person chose, mine, and the two ways out. */
function Conflict({ conflict, onKeepTheirs, onPutMine }) {
  return h('div', { class: 'review-conflict', role: 'alert', 'data-row-conflict': '' },
    h('p', null, t('attitudes.conflict', { name: conflict.by || t('attitudes.conflictSomeone'), level: levelText(conflict.theirs) })),
    h('p', { class: 'muted' }, t('attitudes.mine', { level: levelText(conflict.mine) })),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button button--small', 'data-action': 'keep-theirs', onClick: onKeepTheirs }, t('attitudes.keepTheirs')),
      h('button', { type: 'button', class: 'button button--small button--primary', 'data-action': 'put-mine', onClick: onPutMine }, t('attitudes.putMine'))));
}

/** One side's line: its name, the level (buttons when it is the caller's side), who set it and when. */
function SideLine({ attitude, side, mine, state, onChoose, onKeepTheirs, onPutMine }) {
  const given = levelOn(attitude, side);
  const sideName = t('attitudes.side.' + side);
  return h('div', { class: 'attitude-side' + (mine ? ' attitude-side--mine' : ''), 'data-side': side, 'data-mine': String(mine), 'data-level-chosen': given.level || '' },
    h('p', { class: 'attitude-side__label' }, sideName),
    mine
      ? h(LevelFan, { label: t('attitudes.levelsOf', { side: sideName, title: attitude.title }), level: given.level, busy: !!state.busy, onChoose })
      : h('p', { class: 'review-row__read', 'data-level-read': given.level || '' }, h(LevelBadge, { level: given.level })),
    h('p', { class: 'review-row__state muted', 'data-side-state': '' }, mine && state.busy ? t('attitudes.saving') : h(SetBy, { given })),
    mine && state.error ? h('p', { class: 'form-error', role: 'alert', 'data-row-error': '' }, state.error) : null,
    mine && state.conflict ? h(Conflict, { conflict: state.conflict, onKeepTheirs, onPutMine }) : null);
}

/**
 * props: attitude ({ code, title, company, school }), side (the caller's: 'COMPANY', 'SCHOOL' or null for a reader),
 * state ({ busy, error, conflict: { mine, theirs, by } }), onChoose(level), onKeepTheirs(), onPutMine().
 */
export function AttitudeRow({ attitude, side, state, onChoose, onKeepTheirs, onPutMine }) {
  return h('li', { class: 'review-row attitude-row' + (state.conflict ? ' has-conflict' : ''), 'data-attitude': attitude.code },
    h('h3', { class: 'attitude-row__title' }, h('span', { class: 'attitude-row__code' }, attitude.code), ' ', attitude.title),
    SIDES.map((s) => h(SideLine, { key: s, attitude, side: s, mine: s === side, state, onChoose, onKeepTheirs, onPutMine })));
}
