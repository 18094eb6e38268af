// What the competency review pages share (issue 12, guides 002 and 004): the five levels of acquisition with their
// symbol AND full name (« ++ » Compétence totalement acquise et transférable … « NE »), four for a master's « Bilan des
// activités en entreprise »; the objective as a half box (objectifs intermédiaires) or a full box (objectifs terminaux);
// marks out of 20 in French ("13,5") and shares as fractions ("2/3").
import { h } from 'preact';
import { formatNumber, t, tEnum } from '/app/i18n.js';

/** ReviewLevel, from the best to « NE ». */
export const REVIEW_LEVELS = ['ACQUIRED', 'PARTLY_ACQUIRED', 'BEING_ACQUIRED', 'NOT_ACQUIRED', 'NOT_EVALUATED'];
export const OBJECTIVES = ['INTERMEDIATE', 'TERMINAL'];

/** The levels a review of this kind offers: no « NE » in a company-activity review. */
export function levelsOfKind(kind) {
  return kind === 'COMPANY_ACTIVITY' ? REVIEW_LEVELS.slice(0, 4) : REVIEW_LEVELS;
}

export function symbolOf(level) {
  return level ? tEnum('creview.symbol', level) : '';
}

export function reviewLevelName(level) {
  return tEnum('creview.level', level || 'none');
}

export function kindName(kind) {
  return tEnum('creview.kind', kind);
}

/** A mark out of 20 in French (13,5; 15,75), '' for none. */
export function formatMark(mark) {
  return mark === null || mark === undefined || mark === '' ? '' : formatNumber(Number(mark));
}

/** A share (0.666…) as the fraction it stands for ("2/3"), or a decimal when no small denominator fits. */
export function formatShare(share) {
  const value = Number(share);
  if (!Number.isFinite(value)) return String(share);
  for (let d = 1; d <= 12; d++) {
    const n = Math.round(value * d);
    if (Math.abs(value * d - n) < 1e-6) return d === 1 ? String(n) : n + '/' + d;
  }
  return formatNumber(value);
}

/** "13,75" or "13.75" → 13.75; null when empty; NaN when not a mark of 0 to 20 in quarter points. */
export function parseKeptMark(text) {
  const raw = String(text == null ? '' : text).trim().replace(',', '.');
  if (raw === '') return null;
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(raw)) return NaN;
  const value = Number(raw);
  return value >= 0 && value <= 20 && Number.isInteger(value * 4) ? value : NaN;
}

/** A level as its symbol, the full name for screen readers and in the tooltip. */
export function LevelSymbol({ level }) {
  if (!level) return h('span', { class: 'rv-symbol rv-symbol--none', title: reviewLevelName(null) }, h('span', { class: 'visually-hidden' }, reviewLevelName(null)));
  return h('span', { class: 'rv-symbol rv-level--' + level, title: reviewLevelName(level), 'data-review-level': level },
    h('span', { 'aria-hidden': 'true' }, symbolOf(level)), h('span', { class: 'visually-hidden' }, reviewLevelName(level)));
}

/** The objective drawn as a half box (intermediate) or a full box (terminal). */
export function ObjectiveBox({ objective }) {
  return h('span', { class: 'rv-box rv-box--' + (objective === 'TERMINAL' ? 'full' : 'half'), 'aria-hidden': 'true' });
}

/** The levels as buttons (symbol and full name, the chosen one aria-pressed); onChoose(level | null). */
export function LevelButtons({ kind, code, level, onChoose, disabled }) {
  return h('div', { class: 'rv-levels', role: 'group', 'aria-label': t('creview.levelsOf', { code }) },
    levelsOfKind(kind).map((l) => h('button', {
      key: l, type: 'button', class: 'rv-level-button rv-level--' + l + (level === l ? ' is-chosen' : ''), disabled,
      'aria-pressed': level === l ? 'true' : 'false', 'data-choose-level': l, onClick: () => onChoose(level === l ? null : l),
    }, h('span', { class: 'rv-level-button__symbol' }, symbolOf(l)), h('span', { class: 'rv-level-button__name' }, reviewLevelName(l)))));
}

/** The objective as two toggles: half box « Objectifs intermédiaires », full box « Objectifs terminaux ». */
export function ObjectiveToggle({ code, objective, onChoose, disabled }) {
  return h('div', { class: 'rv-objectives', role: 'group', 'aria-label': t('creview.objectiveOf', { code }) },
    OBJECTIVES.map((o) => h('button', {
      key: o, type: 'button', class: 'rv-objective-button' + (objective === o ? ' is-chosen' : ''), disabled,
      'aria-pressed': objective === o ? 'true' : 'false', 'data-choose-objective': o, title: tEnum('creview.objective', o),
      onClick: () => onChoose(objective === o ? null : o),
    }, h(ObjectiveBox, { objective: o }), h('span', { class: 'rv-objective-button__name' }, tEnum('creview.objective', o)))));
}
