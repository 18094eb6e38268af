// Page "#/livret/{learnerId}[/{section}][?retour=]": an apprentice's apprenticeship booklet (livret d'apprentissage,
// guide 002, issue 11 item 5), over their whole course. One tab per section, in the guide's order; each section is
// written by one party (the teaching team, the master, the apprentice — the server says `writable`) and read by all
// the others: the writer fills it like a portfolio page (autosave, 409 merge: doc-page.js), the others read it. Every
// section says who writes it. Phone first: the tabs scroll sideways, a section once opened stays mounted (hidden) so
// that switching tabs never drops a save under way.
import { h } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { useApi } from '/app/api.js';
import { fetchBooklet, saveBookletPage } from '/app/booklet-api.js';
import { bookletHref, myPeriodsHref, periodsHref } from '/app/router.js';
import { Loading, TabNav, TabPager, useDocumentTitle } from '/app/components/common.js';
import { STAFF_ROLES, pending } from '/app/components/periods-common.js';
import { PageEditor } from '/app/components/doc-page.js';

/**
 * The word for who writes a section, from the roles the API names for it (`booklet.writers`): the team (staff), the
 * master, both, or the apprentice; null for none of these.
 */
export function writerOf(roles) {
  const list = roles || [];
  const team = list.some((role) => role === 'TEACHER' || role === 'DDFPT' || role === 'ADMIN');
  const master = list.includes('MASTER');
  if (team && master) return 'teamAndMaster';
  if (team) return 'team';
  if (master) return 'master';
  return list.includes('LEARNER') ? 'apprentice' : null;
}

/** A REPEATED, FILES or LINKS section's count of entries (« Suivi des visites en entreprise (2) »), else null. */
function entryCount(page) {
  let n = 0;
  let counted = false;
  for (const field of page.page.fields || []) {
    if (field.type === 'REPEATED' || field.type === 'FILES' || field.type === 'LINKS') {
      counted = true;
      const value = (page.values || {})[field.code];
      n += Array.isArray(value) ? value.length : 0;
    }
  }
  return counted ? n : null;
}

function backHref(user, learnerId, returnTo) {
  if (returnTo) return '#' + returnTo;
  if (STAFF_ROLES.includes(user.role)) return periodsHref({ view: 'learners', learnerId });
  return myPeriodsHref();
}

/** « Rédigé par le maître d'apprentissage » and, for the reader, whether they write this section. */
function SectionWriter({ roles, writable }) {
  const writer = writerOf(roles);
  return h('p', { class: 'booklet-writer' + (writable ? ' booklet-writer--yours' : ''), 'data-section-writer': writer || 'unknown',
    'data-writable': writable ? 'true' : 'false' },
  writer ? h('span', { class: 'badge' + (writable ? ' badge--on' : '') }, h('span', { 'aria-hidden': 'true' }, '✎ '), t('booklet.writer.' + writer)) : null,
  // A reader is told « Consultation seule. » by the editor below; the writer that the section is theirs.
  writable ? [' ', h('span', { key: 'yours', class: 'muted' }, t('booklet.yours'))] : null);
}

const noComments = () => Promise.reject(new Error(t('booklet.notCommentable')));

export function BookletPage({ id, tab, returnTo, user }) {
  const loaded = useApi((signal) => fetchBooklet(id, signal), [id]);
  const booklet = loaded.data;
  const [pages, setPages] = useState({});
  const visited = useRef({}).current;
  useDocumentTitle(booklet ? t('booklet.documentTitle', { name: booklet.learnerName }) : t('booklet.pageTitle'));
  // Files of the « Documents de référence » go to the apprentice's record; no period, no tasks in a booklet.
  const context = useMemo(() => (booklet ? { placementId: null, learnerId: booklet.learnerId, weeks: [], tasks: null, address: null } : null), [booklet]);
  const back = h('p', { class: 'breadcrumb' }, h('a', { href: backHref(user, id, returnTo), 'data-action': 'back' },
    h('span', { 'aria-hidden': 'true' }, '← '), t('booklet.back')));
  if (!booklet) return h('div', { class: 'page page--booklet', 'data-page': 'booklet' }, back, h('h1', null, t('booklet.heading')), pending(loaded) || h(Loading));
  const tabs = booklet.pages.map((p) => p.page.code);
  const shown = tabs.includes(tab) ? tab : tabs[0];
  visited[shown] = true;
  const pageOf = (code) => pages[code] || booklet.pages.find((p) => p.page.code === code);
  const label = (code) => {
    const page = pageOf(code);
    const n = entryCount(page);
    return [
      page.writable ? h('span', { key: 'mark', class: 'tabs__mark', title: t('booklet.writableMark'), 'aria-hidden': 'true', 'data-writable-mark': '' }, '✎ ') : null,
      page.page.title + (n === null ? '' : ' (' + n + ')'),
      page.writable ? h('span', { key: 'said', class: 'visually-hidden' }, ' — ' + t('booklet.writableMark')) : null,
    ];
  };
  return h('div', { class: 'page page--booklet page--follow-up', 'data-page': 'booklet', 'data-learner': String(booklet.learnerId) },
    back,
    h('h1', null, t('booklet.heading'), h('span', { class: 'h1-sub' }, ' — ' + booklet.learnerName)),
    h('p', { class: 'muted' }, booklet.masterName ? t('booklet.master', { name: booklet.masterName }) : t('booklet.noMaster')),
    h('p', { class: 'lead booklet-intro' }, t('booklet.intro')),
    h(TabNav, { label: t('booklet.tabsLabel'), tabs, current: shown, href: (code) => bookletHref(booklet.learnerId, code, returnTo), text: label }),
    h('div', { class: 'tab-panel', 'data-tab-panel': shown },
      booklet.pages.filter((p) => visited[p.page.code] || p.page.code === shown).map((p) => h('div', {
        key: p.page.code, class: 'booklet-section', 'data-booklet-section': p.page.code, hidden: p.page.code !== shown,
      },
      h(SectionWriter, { roles: (booklet.writers || {})[p.page.code], writable: !!pageOf(p.page.code).writable }),
      h(PageEditor, {
        page: p,
        visible: p.page.code === shown,
        draftName: 'booklet:' + booklet.learnerId + ':' + p.page.code,
        context,
        save: (values, version) => saveBookletPage(booklet.learnerId, p.page.code, values, version),
        onSaved: (saved) => setPages((previous) => ({ ...previous, [p.page.code]: saved })),
        onComment: noComments,
      })))),
    h(TabPager, { tabs, current: shown, href: (code) => bookletHref(booklet.learnerId, code, returnTo), title: (code) => pageOf(code).page.title }));
}
