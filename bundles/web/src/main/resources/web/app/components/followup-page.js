// Page "#/suivi/{placementId}[/{tab}]": what a learner keeps during a period, as the referential's layout says
// (issue 11): the maintenance portfolio (7 tabs, guide 000), the apprentice's logbook (6 pages and the weekly sheets,
// guide 002) or the activity sheets (guide 001); and the personal review (« Bilan personnel »). The learner writes
// (autosave while typing, phone first); the teaching team, the tutor (through their link) and the master read, and
// comment where the layout has comments. Tabs scroll sideways on a phone; a page once opened stays in memory (hidden)
// so that switching tabs never drops a save under way.
import { h } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { t, tEnum, tn } from '/app/i18n.js';
import { fetchPlacement, useApi } from '/app/api.js';
import { commentPortfolio, fetchFollowUp, portfolioExportUrl, savePortfolioPage } from '/app/followup-api.js';
import { followUpHref, myPeriodsHref, placementHref, trainerHomeHref } from '/app/router.js';
import { Loading, TabNav, TabPager, useDocumentTitle } from '/app/components/common.js';
import { formatDate } from '/app/components/forms.js';
import { STAFF_ROLES, pending, useReferentialTasks } from '/app/components/periods-common.js';
import { PageEditor } from '/app/components/doc-page.js';
import { SheetList } from '/app/components/sheet-list.js';
import { PersonalReview } from '/app/components/personal-review.js';

export const SHEETS_TAB = 'fiches';
export const REVIEW_TAB = 'bilan-personnel';

/** The tabs of a document: its pages, then its sheets (activity sheets, an apprentice's weekly sheets), then the review. */
export function followUpTabs(doc) {
  const tabs = (doc.pages || []).map((p) => p.page.code);
  if (doc.kind === 'ACTIVITY_SHEETS' || doc.kind === 'APPRENTICE_LOGBOOK') tabs.push(SHEETS_TAB);
  tabs.push(REVIEW_TAB);
  return tabs;
}

/**
 * A tab's counter: entries of a REPEATED field (« Présenter une activité (3) »), files and links of the annexes, the
 * comments left (« Commentaires (2) »: the learner sees there is something to read).
 */
function pageCount(page) {
  let n = 0;
  let counted = false;
  for (const field of page.page.fields || []) {
    const value = field.type === 'COMMENTS' ? (page.comments || {})[field.code] : (page.values || {})[field.code];
    if (field.type === 'REPEATED' || field.type === 'FILES' || field.type === 'LINKS' || field.type === 'COMMENTS') {
      counted = true;
      n += Array.isArray(value) ? value.length : 0;
    }
  }
  return counted ? n : null;
}

function ExportMenu({ doc }) {
  if (doc.kind === 'ACTIVITY_SHEETS') return null;
  return h('details', { class: 'export-menu', 'data-export-menu': '' },
    h('summary', { class: 'button' }, t('followUp.export')),
    h('p', { class: 'muted' }, t('followUp.exportIntro')),
    h('ul', { class: 'plain-list' }, ['odt', 'docx', 'pdf'].map((format) => h('li', { key: format },
      h('a', { href: portfolioExportUrl(doc.placementId, format), download: '', 'data-export': format, class: 'button button--small' }, t('followUp.export.' + format))))));
}

function backHref(user, placementId) {
  if (user.role === 'TUTOR') return trainerHomeHref();
  if (STAFF_ROLES.includes(user.role)) return placementHref(placementId);
  return myPeriodsHref();
}

export function FollowUpPage({ id, tab, user }) {
  const loaded = useApi((signal) => fetchFollowUp(id, signal), [id]);
  const placement = useApi((signal) => fetchPlacement(id, signal).catch(() => null), [id]);
  const doc = loaded.data;
  const tasks = useReferentialTasks(doc ? doc.referentialCode : null, doc ? doc.referentialVersion : null);
  const [pages, setPages] = useState({});
  const visited = useRef({}).current;
  useDocumentTitle(doc ? t('followUp.documentTitle', { title: doc.title, name: doc.learnerName }) : t('followUp.pageTitle'));
  const context = useMemo(() => (doc ? {
    placementId: doc.placementId,
    learnerId: doc.learnerId,
    weeks: doc.weeks || [],
    tasks,
    address: placement.data && placement.data.place ? placement.data.place.address : null,
  } : null), [doc, tasks, placement.data]);
  if (!doc) return h('div', { class: 'page', 'data-page': 'follow-up' }, pending(loaded) || h(Loading));
  const tabs = followUpTabs(doc);
  const shown = tabs.includes(tab) ? tab : tabs[0];
  visited[shown] = true;
  const pageOf = (code) => pages[code] || doc.pages.find((p) => p.page.code === code);
  const label = (name) => {
    if (name === SHEETS_TAB) return doc.kind === 'APPRENTICE_LOGBOOK' ? t('followUp.weeklySheets') : t('followUp.sheets');
    if (name === REVIEW_TAB) return t('followUp.review');
    const page = pageOf(name);
    const n = pageCount(page);
    return page.page.title + (n === null ? '' : ' (' + n + ')');
  };
  return h('div', { class: 'page page--follow-up', 'data-page': 'follow-up', 'data-placement': String(doc.placementId), 'data-kind': doc.kind },
    h('p', { class: 'breadcrumb' }, h('a', { href: backHref(user, doc.placementId), 'data-action': 'back' }, h('span', { 'aria-hidden': 'true' }, '← '), t('followUp.back'))),
    h('h1', null, doc.title, h('span', { class: 'h1-sub' }, ' — ' + doc.learnerName)),
    h('p', { class: 'muted' }, [doc.periodName, t('periods.dates', { start: formatDate(doc.start), end: formatDate(doc.end) }), doc.companyName].filter(Boolean).join(' · ')),
    h('p', { class: 'badges' },
      h('span', { class: 'badge' }, tEnum('portfolio.kind', doc.kind)),
      doc.kind === 'ACTIVITY_SHEETS' ? null : doc.edited || Object.keys(pages).length > 0 ? h('span', { class: 'badge badge--on', 'data-edited': 'true' }, h('span', { 'aria-hidden': 'true' }, '✎ '), t('followUp.edited'))
        : h('span', { class: 'badge', 'data-edited': 'false' }, t('followUp.notEdited')),
      doc.weeks && doc.weeks.length ? h('span', { class: 'badge' }, tn('followUp.weeks', doc.weeks.length)) : null),
    h(ExportMenu, { doc }),
    h(TabNav, { label: t('followUp.tabsLabel'), tabs, current: shown, href: (name) => followUpHref(doc.placementId, name), text: label }),
    h('div', { class: 'tab-panel', 'data-tab-panel': shown },
      doc.pages.filter((p) => visited[p.page.code] || p.page.code === shown).map((p) => h(PageEditor, {
        key: p.page.code,
        page: p,
        visible: p.page.code === shown,
        draftName: 'portfolio:' + doc.placementId + ':' + p.page.code,
        context,
        save: (values, version) => savePortfolioPage(doc.placementId, p.page.code, values, version),
        onSaved: (saved) => setPages((previous) => ({ ...previous, [p.page.code]: saved })),
        onComment: (field, text) => commentPortfolio(doc.placementId, p.page.code, field, text),
      })),
      shown === SHEETS_TAB ? h(SheetList, { placementId: doc.placementId, user, kind: doc.kind, openCreated: true }) : null,
      shown === REVIEW_TAB ? h(PersonalReview, { placementId: doc.placementId, context }) : null),
    h(TabPager, { tabs, current: shown, href: (name) => followUpHref(doc.placementId, name), title: label }));
}
