// What the assessment pages share (issue 12): the six levels of success with their colour AND their mark (never the
// colour alone), the legend of guides 003/004, the codes of an evaluation (a rectangle « F » with its complexity
// « D », « Int », « Ba » at school; a pill « E » in company), and the class picker of the staff.
import { h } from 'preact';
import { t, tEnum } from '/app/i18n.js';
import { fetchClasses, useApi } from '/app/api.js';
import { useUniqueId } from '/app/components/forms.js';
import { list } from '/app/components/periods-common.js';

/** SuccessLevel, in the legend's order. */
export const LEVELS = ['NOT_ACHIEVED', 'PARTIAL', 'ACHIEVED_WITH_HELP', 'ACHIEVED_AUTONOMOUS', 'NOT_ASSESSABLE', 'ABSENT'];

/** What a cell prints beside its colour (SuccessLevel.mark()). */
export const MARKS = {
  NOT_ACHIEVED: '0', PARTIAL: '1', ACHIEVED_WITH_HELP: '2', ACHIEVED_AUTONOMOUS: '3', NOT_ASSESSABLE: 'NE', ABSENT: 'ABS',
};

/** The key that gives each level in the grid. */
export const LEVEL_KEYS = {
  NOT_ACHIEVED: '0', PARTIAL: '1', ACHIEVED_WITH_HELP: '2', ACHIEVED_AUTONOMOUS: '3', NOT_ASSESSABLE: 'N', ABSENT: 'A',
};

/** A typed key → its level (letters either case); undefined when the key gives none. */
export function levelOfKey(key) {
  const k = String(key || '').toUpperCase();
  return LEVELS.find((level) => LEVEL_KEYS[level] === k);
}

export const COMPLEXITIES = ['DISCOVERY', 'INTERMEDIATE', 'BAC_PRO'];
export const COMPLEXITY_CODES = { DISCOVERY: 'D', INTERMEDIATE: 'Int', BAC_PRO: 'Ba' };

/** The full name of a level (« Réussite partielle »), « Non évalué » for null. */
export function levelName(level) {
  return tEnum('assess.level', level || 'none');
}

export function complexityName(complexity) {
  return tEnum('assess.complexity', complexity);
}

/** A level as a coloured mark; its full name for screen readers and in the tooltip. Null: an empty cell. */
export function LevelMark({ level }) {
  if (!level) return h('span', { class: 'level-mark level-mark--none', title: levelName(null) },
    h('span', { 'aria-hidden': 'true' }, ''), h('span', { class: 'visually-hidden' }, levelName(null)));
  return h('span', { class: 'level-mark level--' + level, title: levelName(level), 'data-level': level },
    h('span', { 'aria-hidden': 'true' }, MARKS[level]), h('span', { class: 'visually-hidden' }, levelName(level)));
}

/** The code of an evaluation: a rectangle « F » + complexity (at school), a pill « E » (in company). */
export function EvaluationCode({ source, complexity }) {
  const school = source !== 'COMPANY';
  const label = school ? t('assess.codeLabel.school', { complexity: complexityName(complexity) }) : t('assess.codeLabel.company');
  return h('span', { class: 'eval-code ' + (school ? 'eval-code--school' : 'eval-code--company'), title: label, 'data-eval-code': school ? 'F ' + (COMPLEXITY_CODES[complexity] || '') : 'E' },
    h('span', { 'aria-hidden': 'true' }, school ? ['F', h('span', { class: 'eval-code__complexity', key: 'c' }, COMPLEXITY_CODES[complexity] || '')] : 'E'),
    h('span', { class: 'visually-hidden' }, label));
}

/** The legend of the levels; withKeys: the key that gives each in the grid. */
export function LevelLegend({ withKeys }) {
  return h('div', { class: 'level-legend', 'data-legend': '' },
    h('p', { class: 'level-legend__title' }, t('assess.legend')),
    h('ul', { class: 'level-legend__list' }, LEVELS.map((level) => h('li', { key: level },
      h(LevelMark, { level }), ' ', h('span', { 'aria-hidden': 'true' }, levelName(level)),
      withKeys ? h('kbd', { class: 'level-legend__key', title: t('assess.key', { key: LEVEL_KEYS[level] }) }, LEVEL_KEYS[level]) : null))));
}

/** "2027-01-12" → "12/01". */
export function shortDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso || ''));
  return match ? match[3] + '/' + match[2] : String(iso || '');
}

/** The establishment's classes, sorted by code. */
export function useClasses(establishmentId) {
  const state = useApi((signal) => fetchClasses(establishmentId, signal), [establishmentId]);
  const classes = list(state.data).slice().sort((a, b) => String(a.code).localeCompare(String(b.code), 'fr'));
  return { ...state, classes };
}

/** A select of the classes; onChange(id). */
export function ClassSelect({ classes, classId, onChange }) {
  const id = useUniqueId('class');
  return h('div', { class: 'form-field' },
    h('label', { for: id, class: 'form-field__label' }, t('assess.classLabel')),
    h('select', { id, class: 'input', name: 'class', 'data-filter': 'class', value: classId ? String(classId) : '', onChange: (e) => onChange(Number(e.currentTarget.value)) },
      classes.map((c) => h('option', { key: c.id, value: String(c.id) }, c.code + (c.label && c.label !== c.code ? ' — ' + c.label : '')))));
}
