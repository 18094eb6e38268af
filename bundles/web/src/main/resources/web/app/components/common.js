// Small shared components: badges, alerts, loading state, legend, counts.
import { h, createContext } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import { t, tn, tEnum, formatNumber, formatPercentValue } from '/app/i18n.js';

export const PROVENANCES = [
  'verbatim_official',
  'derived_official',
  'third_party_corroborated',
  'third_party_single',
  'third_party_summary',
  'from_seed_guides',
  'reconstructed',
];

const OFFICIAL = new Set(['verbatim_official', 'derived_official']);
const THIRD_PARTY = new Set(['third_party_corroborated', 'third_party_single', 'third_party_summary']);

function provenanceFamily(provenance) {
  if (OFFICIAL.has(provenance)) return 'official';
  if (THIRD_PARTY.has(provenance)) return 'third-party';
  if (provenance === 'from_seed_guides') return 'guides';
  if (provenance === 'reconstructed') return 'reconstructed';
  return 'unknown';
}

/** Map of source id → source of the referential being shown. */
export const SourcesContext = createContext(new Map());

export function useDocumentTitle(page) {
  useEffect(() => {
    document.title = page ? t('app.documentTitle', { page }) : t('app.name');
  }, [page]);
}

/** Extra CSS class for items whose provenance must stand out. */
export function provenanceClass(provenance) {
  return provenance === 'reconstructed' ? ' is-reconstructed' : '';
}

function sourceLabel(sources, id) {
  const source = sources.get(id);
  return source ? id + ' — ' + source.title : id + ' (' + t('sources.unknownId') + ')';
}

export function ProvenanceBadge({ provenance, sources: ids, title }) {
  const sources = useContext(SourcesContext);
  const label = tEnum('provenance', provenance);
  const family = provenanceFamily(provenance);
  const tooltip = title
    ? title
    : ids && ids.length
      ? t('provenance.badgeTitleWithSources', { label, sources: ids.map((id) => sourceLabel(sources, id)).join(' ; ') })
      : t('provenance.badgeTitle', { label });
  return h('span', { class: 'prov prov--' + family, 'data-provenance': provenance || 'unknown', title: tooltip },
    h('span', { class: 'prov__icon', 'aria-hidden': 'true' }),
    label);
}

/** Source ids of an item, shown on demand. */
export function SourceRefs({ ids }) {
  const sources = useContext(SourcesContext);
  if (!ids || ids.length === 0) return null;
  return h('details', { class: 'source-refs' },
    h('summary', null, tn('sources.summary', ids.length)),
    h('ul', null, ids.map((id) => {
      const source = sources.get(id);
      return h('li', { key: id, 'data-source': id },
        h('code', null, id), ' ',
        source ? source.title : t('sources.unknownId'));
    })));
}

/** Provenance badge plus source ids, for one item. */
export function ItemMeta({ item, children }) {
  return h('span', { class: 'item-meta' },
    children,
    h(ProvenanceBadge, { provenance: item.provenance, sources: item.sources }),
    h(SourceRefs, { ids: item.sources }));
}

export function StatusBadge({ status }) {
  const value = status || 'unknown';
  return h('span', { class: 'status status--' + value.toLowerCase(), 'data-status': value }, tEnum('status', status));
}

export function WeightChip({ weight, title }) {
  if (weight === undefined || weight === null) return null;
  return h('span', { class: 'weight', title }, t('weight.label', { weight: formatNumber(weight) }));
}

export function Loading() {
  return h('p', { class: 'loading', role: 'status', 'aria-live': 'polite' },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }), t('common.loading'));
}

/** The heading of an error: "Accès refusé" for a 403, etc.; the general one otherwise. */
export function errorTitle(error) {
  // The server's French title says what happened (« Identifiant ou mot de passe incorrect »), better than its status.
  if (error && error.problem && typeof error.problem.title === 'string' && error.problem.title) return error.problem.title;
  const status = error && error.status;
  if (status === 401) return t('error.unauthorizedTitle');
  if (status === 403) return t('error.forbiddenTitle');
  if (status === 409) return t('error.conflictTitle');
  if (status === 429) return t('error.tooManyAttemptsTitle');
  return t('common.errorTitle');
}

export function Alert({ error, onRetry, title, id, children }) {
  const message = error ? (error.message || t('common.errorTitle')) : null;
  return h('div', { class: 'alert', role: 'alert', id, 'data-error-status': error && error.status ? String(error.status) : undefined },
    h('p', { class: 'alert__title' }, title || errorTitle(error)),
    message ? h('p', { class: 'alert__detail' }, message) : null,
    children,
    onRetry ? h('button', { type: 'button', class: 'button', onClick: onRetry }, t('common.retry')) : null,
    // Something that is not there, or not for this person: always a way back.
    error && (error.status === 404 || error.status === 403)
      ? h('p', { class: 'alert__back' },
        window.history.length > 1 ? h('button', { type: 'button', class: 'button button--small', 'data-action': 'go-back', onClick: () => window.history.back() }, t('common.back')) : null,
        ' ', h('a', { class: 'button button--small', href: '#/', 'data-action': 'go-home' }, t('common.home')))
      : null);
}

/**
 * Tabs that are addresses (bookmarkable, "back" works): `tabs` the names, `current` the one shown,
 * `href(name)` its address, `text(name)` its label; `label` names the whole navigation.
 */
export function TabNav({ label, tabs, current, href, text }) {
  // Tabs that scroll sideways (a document's pages on a phone): the current one is brought into view.
  const ref = useRef(null);
  // On mount too (a reload on the 9th tab): whichever scrolls, the strip (a document's tabs) or its list (a phone).
  useEffect(() => {
    const nav = ref.current;
    const link = nav && nav.querySelector('.is-current');
    const list = nav && nav.firstElementChild;
    const overflows = (el) => el && el.scrollWidth > el.clientWidth;
    if (link && link.scrollIntoView && (overflows(nav) || overflows(list))) link.scrollIntoView({ block: 'nearest', inline: 'center' });
  }, [current]);
  return h('nav', { class: 'tabs', 'aria-label': label, ref },
    h('ul', { class: 'tabs__list' }, tabs.map((name) => h('li', { key: name },
      h('a', {
        class: 'tabs__link' + (name === current ? ' is-current' : ''),
        href: href(name),
        'aria-current': name === current ? 'page' : undefined,
        'data-tab': name,
      }, text(name))))));
}

/**
 * « Page précédente » / « Page suivante » under a document's page, in the order of its tabs, each with the name of the
 * page it leads to (a phone need not scroll back up to the tabs). title(name): the page's name as plain text.
 */
export function TabPager({ tabs, current, href, title }) {
  const i = tabs.indexOf(current);
  if (i < 0 || tabs.length < 2) return null;
  const link = (name, dir) => h('a', { class: 'tab-pager__link tab-pager__link--' + dir, href: href(name), rel: dir, 'data-action': dir + '-page' },
    h('span', { class: 'tab-pager__dir' }, dir === 'prev' ? [h('span', { 'aria-hidden': 'true', key: 'a' }, '← '), t('tabs.previous')] : [t('tabs.next'), h('span', { 'aria-hidden': 'true', key: 'a' }, ' →')]),
    h('span', { class: 'tab-pager__name' }, title(name)));
  return h('nav', { class: 'tab-pager', 'aria-label': t('tabs.pagerLabel'), 'data-tab-pager': '' },
    i > 0 ? link(tabs[i - 1], 'prev') : h('span'),
    i < tabs.length - 1 ? link(tabs[i + 1], 'next') : null);
}

export function ProvenanceLegend() {
  return h('details', { class: 'legend', 'data-legend': 'provenance' },
    h('summary', null, t('provenance.legendTitle')),
    h('p', null, t('provenance.legendIntro')),
    h('dl', { class: 'legend__list' }, PROVENANCES.map((p) => [
      h('dt', { key: p + '-t' }, h(ProvenanceBadge, { provenance: p, title: t('provenance.help.' + p) })),
      h('dd', { key: p + '-d' }, t('provenance.help.' + p)),
    ])));
}

const COUNT_KEYS = ['activities', 'tasks', 'competencies', 'criteria', 'commonCompetencies', 'attitudes'];

/** The counts worth showing: all of a diploma's main ones, the non-zero ones otherwise. */
export function Counts({ counts, kind }) {
  if (!counts) return null;
  const always = kind === 'FAMILY' ? ['commonCompetencies'] : ['activities', 'tasks', 'competencies', 'criteria'];
  const shown = COUNT_KEYS.filter((key) => typeof counts[key] === 'number' && (always.includes(key) || counts[key] > 0));
  if (shown.length === 0) return null;
  return h('ul', { class: 'counts', 'aria-label': t('counts.label') },
    shown.map((key) => h('li', { key, 'data-count': key }, tn('counts.' + key, counts[key]))));
}

export function OfficialShare({ share }) {
  if (typeof share !== 'number') return null;
  return h('p', { class: 'official-share', 'data-official-share': String(share) },
    h('span', { class: 'official-share__bar', 'aria-hidden': 'true' },
      h('span', { style: { width: Math.max(0, Math.min(100, share * 100)) + '%' } })),
    t('officialShare', { percent: formatPercentValue(share) }));
}
