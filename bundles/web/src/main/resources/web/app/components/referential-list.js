// Page "#/": the installed referentials, then the refused bundles.
import { h } from 'preact';
import { t } from '/app/i18n.js';
import { fetchReferentials, useApi } from '/app/api.js';
import { referentialHref } from '/app/router.js';
import { Alert, Counts, Loading, OfficialShare, StatusBadge, useDocumentTitle } from '/app/components/common.js';

const STATUS_ORDER = { ACTIVE: 0, UNAVAILABLE: 1, RETIRED: 2 };

function compareVersions(a, b) {
  const pa = String(a || '').split('.').map(Number);
  const pb = String(b || '').split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** By code; within a code the default version first, then newest first. */
function compareSummaries(a, b) {
  const byCode = String(a.code || '').localeCompare(String(b.code || ''), 'fr');
  if (byCode !== 0) return byCode;
  if (a.defaultVersion !== b.defaultVersion) return a.defaultVersion ? -1 : 1;
  const byStatus = (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9);
  if (byStatus !== 0) return byStatus;
  return compareVersions(b.version, a.version);
}

/** The default, available version opens without ?version=; any other names its version. */
export function summaryHref(summary) {
  const plain = summary.defaultVersion && summary.status === 'ACTIVE';
  return referentialHref(summary.code, plain ? null : summary.version);
}

function ReferentialCard({ summary }) {
  const diplomaLevel = [summary.diploma, summary.level].filter(Boolean);
  const titleId = 'ref-' + summary.code + '-' + summary.version;
  return h('li', { class: 'card ref-card', 'data-referential': summary.code, 'data-version': summary.version },
    h('div', { class: 'ref-card__head' },
      h('span', { class: 'ref-card__code' }, summary.code),
      h(StatusBadge, { status: summary.status })),
    h('h3', { class: 'ref-card__title', id: titleId }, summary.title || summary.code),
    diplomaLevel.length
      ? h('p', { class: 'ref-card__diploma' }, diplomaLevel.length === 2
        ? t('list.diplomaLevel', { diploma: summary.diploma, level: summary.level })
        : diplomaLevel[0])
      : null,
    h('p', { class: 'ref-card__version' },
      t('list.version', { version: summary.version }),
      summary.defaultVersion ? h('span', { class: 'tag' }, t('list.defaultVersion')) : null),
    h(Counts, { counts: summary.counts, kind: summary.kind }),
    h(OfficialShare, { share: summary.officialShare }),
    h('p', { class: 'ref-card__actions' },
      h('a', {
        class: 'button button--primary',
        href: summaryHref(summary),
        'aria-label': t('list.openLabel', { code: summary.code, version: summary.version }),
      }, t('list.open'), h('span', { 'aria-hidden': 'true' }, '→'))));
}

function RefusedItem({ summary }) {
  return h('li', { class: 'refused', 'data-status': 'REFUSED', 'data-bundle': summary.bundle || '', ...(summary.code ? { 'data-refused-referential': summary.code } : {}) },
    h('dl', { class: 'refused__fields' },
      h('dt', null, t('list.refusedBundle')),
      h('dd', null, h('code', null, summary.bundle || t('list.unnamedBundle'))),
      summary.code ? [h('dt', { key: 'ct' }, t('list.refusedCode')), h('dd', { key: 'cd' }, summary.code, summary.version ? ' ' + summary.version : '')] : null,
      h('dt', null, t('list.refusedReason')),
      h('dd', { class: 'refused__reason' }, summary.refusal || t('list.refusedNoReason'))));
}

export function ReferentialList() {
  useDocumentTitle(t('list.pageTitle'));
  const { loading, data, error, retry } = useApi((signal) => fetchReferentials(signal), []);

  let body;
  if (loading) {
    body = h(Loading);
  } else if (error) {
    body = h(Alert, { error, onRetry: retry });
  } else {
    const all = Array.isArray(data) ? data : [];
    const refused = all.filter((s) => s && (s.status === 'REFUSED' || !s.code));
    const usable = all.filter((s) => s && s.status !== 'REFUSED' && s.code).sort(compareSummaries);
    body = [
      usable.length === 0
        ? h('div', { class: 'empty', 'data-empty': 'referentials', key: 'empty' },
          h('p', null, t('list.empty')),
          h('p', { class: 'muted' }, t('list.emptyHint')))
        : h('ul', { class: 'ref-list', key: 'list' }, usable.map((s) => h(ReferentialCard, { key: s.code + '/' + s.version, summary: s }))),
      refused.length > 0
        ? h('section', { class: 'refused-section', 'aria-labelledby': 'refused-heading', 'data-section': 'refused', key: 'refused' },
          h('h2', { id: 'refused-heading' }, t('list.refusedHeading')),
          h('p', null, t('list.refusedIntro')),
          h('ul', { class: 'refused-list' }, refused.map((s, i) => h(RefusedItem, { key: (s.bundle || '') + i, summary: s }))))
        : null,
    ];
  }

  return h('div', { class: 'page page--list' },
    h('h1', null, t('list.heading')),
    h('p', { class: 'lead' }, t('list.intro')),
    body);
}
