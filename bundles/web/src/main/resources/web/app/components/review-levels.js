// The six levels of success (DOMAIN.md "Evaluation", guide 000) as a fan of buttons: each shows its colour AND its
// mark (« 0 », « 1 », « 2 », « 3 », « NE », « ABS »), never colour alone, and is named in words for screen readers;
// the level chosen is pressed (aria-pressed). A row also says who set it, the activity sheets it came from, and, after
// a conflict, what the other person chose with « Garder leur choix » / « Mettre le mien ».
import { h } from 'preact';
import { t, tEnum } from '/app/i18n.js';

export const LEVELS = [
  { code: 'NOT_ACHIEVED', mark: '0' },
  { code: 'PARTIAL', mark: '1' },
  { code: 'ACHIEVED_WITH_HELP', mark: '2' },
  { code: 'ACHIEVED_AUTONOMOUS', mark: '3' },
  { code: 'NOT_ASSESSABLE', mark: 'NE' },
  { code: 'ABSENT', mark: 'ABS' },
];

const MARKS = new Map(LEVELS.map((l) => [l.code, l.mark]));

/** « 1 Réussite partielle », or « Non évalué » for no level. */
export function levelText(level) {
  if (!level) return t('level.none');
  return (MARKS.get(level) || '?') + ' ' + tEnum('level', level);
}

/** The level's mark in its colour (read-only badge). */
export function LevelBadge({ level }) {
  if (!level) return h('span', { class: 'level-badge level-badge--none' }, t('level.none'));
  return h('span', { class: 'level-badge level--' + level, 'data-level-badge': level },
    h('span', { class: 'level-badge__mark', 'aria-hidden': 'true' }, MARKS.get(level)), ' ', tEnum('level', level));
}

/**
 * props: label (the row's name, for the group), level (chosen or null), disabled, busy, onChoose(level or null: the
 * pressed one again clears it).
 */
export function LevelFan({ label, level, disabled, busy, onChoose }) {
  return h('div', { class: 'level-fan' + (busy ? ' is-busy' : ''), role: 'group', 'aria-label': t('review.levelsOf', { name: label }), 'aria-busy': busy ? 'true' : undefined },
    LEVELS.map((l) => {
      const pressed = level === l.code;
      return h('button', {
        type: 'button',
        key: l.code,
        class: 'level-button level--' + l.code + (pressed ? ' is-pressed' : ''),
        'aria-pressed': pressed ? 'true' : 'false',
        'aria-label': t('review.levelLabel', { mark: l.mark, name: tEnum('level', l.code) }),
        title: tEnum('level', l.code),
        'data-level': l.code,
        disabled: disabled || busy,
        onClick: () => onChoose(pressed ? null : l.code),
      }, h('span', { class: 'level-button__mark', 'aria-hidden': 'true' }, l.mark), pressed ? h('span', { class: 'level-button__check', 'aria-hidden': 'true' }, '✓') : null);
    }));
}

/** « [1] Fiche : Pose d'un tableau de répartition », for each sheet the row came from. */
export function SheetRefs({ numbers, sheets }) {
  const refs = (numbers || []).map((n) => (sheets || []).find((s) => s.number === n) || { number: n, title: '' });
  if (refs.length === 0) return null;
  return h('ul', { class: 'plain-list review-refs' }, refs.map((s) => h('li', { key: s.number, 'data-sheet-ref': String(s.number) },
    t('review.sheetRef', { n: s.number, title: s.title }))));
}

/**
 * One row to assess: its label, the fan (or the level read-only), who set it, its sheets, and an unsettled conflict.
 * props: rowKey, label (node), name (text), result ({ level, updatedBy, sheets } or undefined), sheets, writable,
 * busy, error, conflict ({ mine, theirs, by }), onChoose(level), onKeepTheirs(), onPutMine().
 */
export function LevelRow({ rowKey, label, name, result, sheets, writable, busy, error, conflict, onChoose, onKeepTheirs, onPutMine }) {
  const level = result ? result.level : null;
  return h('li', { class: 'review-row' + (conflict ? ' has-conflict' : ''), 'data-review-row': rowKey, 'data-level-chosen': level || '' },
    h('div', { class: 'review-row__label' }, label),
    h(SheetRefs, { numbers: result ? result.sheets : [], sheets }),
    writable
      ? h(LevelFan, { label: name, level, busy, onChoose })
      : h('p', { class: 'review-row__read' }, h(LevelBadge, { level })),
    h('p', { class: 'review-row__state muted', 'data-row-state': '' },
      busy ? t('review.saving')
        : level && result.updatedBy ? (writable ? t('review.setBy', { level: levelText(level), name: result.updatedBy }) : t('review.by', { name: result.updatedBy })) : null),
    error ? h('p', { class: 'form-error', role: 'alert', 'data-row-error': '' }, error) : null,
    conflict ? h('div', { class: 'review-conflict', role: 'alert', 'data-row-conflict': '' },
      h('p', null, t('review.conflict', { name: conflict.by || t('review.conflictSomeone'), level: levelText(conflict.theirs) })),
      h('p', { class: 'muted' }, t('review.mine', { level: levelText(conflict.mine) })),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'button button--small', 'data-action': 'keep-theirs', onClick: onKeepTheirs }, t('review.keepTheirs')),
        h('button', { type: 'button', class: 'button button--small button--primary', 'data-action': 'put-mine', onClick: onPutMine }, t('review.putMine')))) : null);
}
