// The competency lines of a review page (guide 004, « Bilan des compétences »): per competency its code and title, the
// levels of the previous reviews beside it (date and symbol), then the level as buttons and, in an intermediate review,
// its objective as a half or full box (none for NE; finalising asks for the others). A finalised review shows the chosen
// level and objective only.
import { h } from 'preact';
import { formatNumber, t, tEnum } from '/app/i18n.js';
import { formatDate } from '/app/components/forms.js';
import { list } from '/app/components/periods-common.js';
import { LevelButtons, LevelSymbol, ObjectiveBox, ObjectiveToggle, reviewLevelName } from '/app/components/review-scale.js';
import { shortDate } from '/app/components/assessment-common.js';

function Previous({ previous }) {
  const items = list(previous);
  return h('div', { class: 'rv-previous', 'data-previous': '' },
    h('span', { class: 'rv-previous__label' }, items.length ? t('creview.previous') : t('creview.previousNone')),
    items.map((p) => h('span', {
      key: p.reviewId, class: 'rv-previous__item', 'data-previous-review': String(p.reviewId),
      title: t('creview.previousItem', { kind: tEnum('creview.kindShort', p.kind), date: formatDate(p.date), level: reviewLevelName(p.level) }),
    }, h('span', { class: 'rv-previous__date' }, shortDate(p.date) + ' ' + String(p.date || '').slice(0, 4)), ' ', h(LevelSymbol, { level: p.level }),
    p.objective ? h(ObjectiveBox, { objective: p.objective }) : null)));
}

function Line({ line, value, kind, editing, onChange }) {
  const code = line.competency;
  const id = 'rv-line-' + code.replace(/[^A-Za-z0-9_-]/g, '_');
  const level = value.level || null;
  const objective = value.objective || null;
  return h('li', { class: 'rv-line card', 'aria-labelledby': id, 'data-competency': code, 'data-level': level || '', 'data-objective': objective || '' },
    h('div', { class: 'rv-line__head' },
      h('h3', { id, class: 'rv-line__title' }, h('span', { class: 'rv-line__code' }, code), ' ', line.title || ''),
      line.weight != null && Number(line.weight) !== 1 ? h('span', { class: 'muted rv-line__weight' }, t('creview.weight', { weight: formatNumber(Number(line.weight)) })) : null),
    h(Previous, { previous: line.previous }),
    editing
      ? h('div', { class: 'rv-line__choices' },
        h(LevelButtons, { kind, code, level, onChoose: (l) => onChange(code, { level: l, objective: l && l !== 'NOT_EVALUATED' ? objective : null }) }),
        kind === 'INTERMEDIATE'
          ? h(ObjectiveToggle, { code, objective, disabled: !level || level === 'NOT_EVALUATED', onChoose: (o) => onChange(code, { level, objective: o }) })
          : null)
      : h('p', { class: 'rv-line__chosen', 'data-chosen': '' },
        h(LevelSymbol, { level }), ' ', h('span', null, reviewLevelName(level)),
        objective ? [' · ', h(ObjectiveBox, { key: 'b', objective }), ' ', h('span', { key: 'o' }, tEnum('creview.objective', objective))] : null));
}

/** lines: the review's levels (every competency of its referential); values: { code: { level, objective } }. */
export function CompetencyLines({ lines, values, kind, editing, onChange }) {
  return h('section', { class: 'rv-lines', 'aria-labelledby': 'rv-lines-h' },
    h('h2', { id: 'rv-lines-h' }, t('creview.competencies')),
    editing ? h('p', { class: 'muted' }, t('creview.intro.' + (kind === 'COMPANY_ACTIVITY' ? 'COMPANY_ACTIVITY' : 'INTERMEDIATE'))) : null,
    h('ul', { class: 'plain-list rv-line-list' }, list(lines).map((line) => h(Line, {
      key: line.competency, line, value: values[line.competency] || {}, kind, editing, onChange,
    }))));
}
