// The bottom of an intermediate review (guide 004): the proposed mark out of 20 with what it rests on — « sur n
// compétences évaluées (de m) », the NE and the not-given (« non renseignée ») counts apart, a warning while some have
// no level — and its formula — each competency's weight × the share of its level in the establishment's mapping, « NE »
// and no level left out — and the mark the teacher keeps
// (quarter points; both are kept); the radar of the previous review of the same kind and this one, from the API's SVG.
import { h } from 'preact';
import { formatNumber, t, tn } from '/app/i18n.js';
import { useUniqueId } from '/app/components/forms.js';
import { list } from '/app/components/periods-common.js';
import { formatMark, formatShare, symbolOf } from '/app/components/review-scale.js';
import { radarUrl } from '/app/reviews-api.js';

/** "20 × (1 × 1 + 1 × 2/3) ÷ 2", the terms NE left out said apart. */
function Formula({ terms }) {
  const counted = list(terms).filter((term) => term.counted);
  const left = list(terms).filter((term) => !term.counted && term.level);
  const notGiven = list(terms).filter((term) => !term.level);
  if (!counted.length) return null;
  const weights = counted.reduce((sum, term) => sum + Number(term.weight), 0);
  const text = counted.map((term) => formatNumber(Number(term.weight)) + ' × ' + formatShare(term.share)).join(' + ');
  return h('div', { class: 'rv-formula', 'data-formula': '' },
    h('p', null, t('creview.formula', { terms: text, weights: formatNumber(weights) })),
    h('ul', { class: 'inline-list rv-terms' }, counted.map((term) => h('li', { key: term.competency, 'data-term': term.competency },
      term.competency + ' (' + symbolOf(term.level) + ') : ' + formatNumber(Number(term.weight)) + ' × ' + formatShare(term.share)))),
    left.length ? h('p', { class: 'muted', 'data-left-out': '' }, left.map((term) => t('creview.termLeftOut', { code: term.competency, symbol: symbolOf(term.level) })).join(' · ')) : null,
    notGiven.length ? h('p', { class: 'muted', 'data-terms-not-given': '' }, t('creview.termsNotGiven', { codes: notGiven.map((term) => term.competency).join(', ') })) : null,
    h('p', { class: 'muted' }, t('creview.formulaHelp')));
}

/**
 * What the mark rests on, from the review's counts: « sur 1 compétence évaluée (de 13) », then « 0 NE · 12 non
 * renseignées », and a warning while some competencies have no level (the mark is still proposed).
 */
function Basis({ review }) {
  const assessed = Number(review.assessedCount) || 0;
  const notAssessable = Number(review.notAssessableCount) || 0;
  const notGiven = Number(review.notGivenCount) || 0;
  const all = assessed + notAssessable + notGiven;
  return h('div', { class: 'rv-basis', 'data-mark-basis': '', 'data-assessed': assessed, 'data-not-assessable': notAssessable, 'data-not-given': notGiven },
    h('p', null, tn('creview.basis', assessed, { all })),
    h('p', { class: 'muted' }, tn('creview.basisNe', notAssessable) + ' · ' + tn('creview.basisNotGiven', notGiven)),
    notGiven > 0 ? h('p', { class: 'notice', role: 'note', 'data-not-given-warning': '' }, tn('creview.notGivenWarning', notGiven)) : null);
}

/** review: as saved; kept: the typed text of « Note retenue »; editing: the input is shown. */
export function MarkPanel({ review, kept, onKept, editing, error, dirty }) {
  const id = useUniqueId('kept-mark');
  const proposed = review.proposedMark;
  return h('section', { class: 'card rv-mark', 'aria-labelledby': 'rv-mark-h', 'data-mark': '' },
    h('h2', { id: 'rv-mark-h' }, t('creview.mark')),
    h('p', { class: 'rv-mark__proposed', 'data-proposed-mark': proposed == null ? '' : String(proposed) },
      proposed == null ? t('creview.proposedNone') : h('strong', null, t('creview.proposed', { mark: formatMark(proposed) }))),
    h(Basis, { review }),
    h(Formula, { terms: review.markTerms }),
    dirty ? h('p', { class: 'muted' }, t('creview.markRecompute')) : null,
    editing
      ? h('div', { class: 'form-field' + (error ? ' has-error' : '') },
        h('label', { for: id, class: 'form-field__label' }, t('creview.kept')),
        h('input', { id, class: 'input input--short', name: 'keptMark', inputMode: 'decimal', value: kept, autocomplete: 'off',
          'aria-invalid': error ? 'true' : 'false', 'aria-describedby': error ? id + '-e' : null, onInput: (e) => onKept(e.currentTarget.value) }),
        error ? h('p', { id: id + '-e', class: 'form-field__error' }, error) : null)
      : null,
    h('p', { class: 'rv-mark__kept', 'data-kept-mark': review.keptMark == null ? '' : String(review.keptMark) },
      review.keptMark == null ? t('creview.keptNone') : h('strong', null, t('creview.keptShown', { mark: formatMark(review.keptMark) }))));
}

/** The radar (SVG of the API, same origin: the CSP's img-src 'self' lets an <img> show it). */
export function Radar({ review }) {
  return h('section', { class: 'card rv-radar', 'aria-labelledby': 'rv-radar-h' },
    h('h2', { id: 'rv-radar-h' }, t('creview.radar')),
    h('p', { class: 'muted' }, t('creview.radarHelp')),
    h('img', { src: radarUrl(review.id, review.version), alt: t('creview.radarAlt'), class: 'rv-radar__image', 'data-radar': '', width: 360, height: 360 }));
}
