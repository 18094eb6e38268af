// Page "#/fiches-activites/{sheetId}[/{pageCode}]": one activity sheet and its pages (guide 001: « Contexte »,
// « Fiche », « Relier au référentiel », « Annexes »; an apprentice's weekly sheet, guide 002). The learner writes it
// (autosave) and may delete it (after a confirmation; staff still read it, marked deleted); opening it marks it read
// for the reader; the teaching team links it to the referential; the master comments a weekly sheet.
import { h } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { fetchPlacement, useApi } from '/app/api.js';
import { commentSheet, deleteSheet, fetchSheet, renameSheet, saveSheetPage } from '/app/followup-api.js';
import { followUpHref, myPeriodsHref, navigate, sheetHref } from '/app/router.js';
import { Alert, Loading, TabNav, TabPager, useDocumentTitle } from '/app/components/common.js';
import { Field, formatDateTime } from '/app/components/forms.js';
import { pending, useReferentialTasks } from '/app/components/periods-common.js';
import { PageEditor } from '/app/components/doc-page.js';
import { SheetStateBadge } from '/app/components/sheet-list.js';
import { SheetLink } from '/app/components/sheet-link.js';

/**
 * The learner deletes the sheet, after a question. The sheet's version moves whenever one of its pages is saved; a 409
 * (their other device, or a page saved since this one was opened) shows the sheet as it now stands and asks again.
 */
function DeleteSheet({ sheet, onDeleted, onSummary }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const onConfirm = async () => {
    setBusy(true);
    setError(null);
    try {
      onDeleted(await deleteSheet(sheet.summary.id, sheet.summary.version));
    } catch (caught) {
      const current = caught && caught.status === 409 && caught.problem ? caught.problem.current : null;
      if (current && current.id === sheet.summary.id) onSummary(current);
      setError(current ? new Error(t('sheet.changedMeanwhile', { date: formatDateTime(current.updatedAt) })) : caught);
      setBusy(false);
    }
  };
  if (!asking) {
    return h('p', { class: 'row-actions' }, h('button', { type: 'button', class: 'button button--danger', 'data-action': 'delete-sheet', onClick: () => setAsking(true) }, t('sheet.delete')));
  }
  return h('div', { class: 'card confirm', role: 'alertdialog', 'aria-labelledby': 'delete-sheet-q', 'data-confirm': 'delete-sheet',
    onKeyDown: (e) => { if (e.key === 'Escape') setAsking(false); } },
  h('p', { id: 'delete-sheet-q' }, h('strong', null, t('sheet.deleteQuestion', { title: sheet.summary.title }))),
  h('p', { class: 'muted' }, t('sheet.deleteNote')),
  error ? h(Alert, { error }) : null,
  h('div', { class: 'actions' },
    h('button', { type: 'button', class: 'button button--danger', disabled: busy, 'data-action': 'confirm-delete-sheet', onClick: onConfirm, ref: (el) => el && !busy && !error && el.focus() }, t('sheet.deleteConfirm')),
    h('button', { type: 'button', class: 'button', 'data-action': 'cancel-delete-sheet', onClick: () => setAsking(false) }, t('common.cancel'))));
}

/**
 * The learner renames the sheet (« Fiche activité 1 » becomes what they did). Saved with the sheet's version: on a 409
 * the title they typed stays in the field and the sheet is taken as it now stands, to save again.
 */
function RenameSheet({ sheet, onSummary }) {
  const [title, setTitle] = useState(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  if (title === null) {
    return h('button', { type: 'button', class: 'button button--small', 'data-action': 'rename-sheet', onClick: () => setTitle(sheet.summary.title) }, t('sheet.rename'));
  }
  const onSubmit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSummary(await renameSheet(sheet.summary.id, title, sheet.summary.version));
      setTitle(null);
    } catch (caught) {
      const current = caught && caught.status === 409 && caught.problem ? caught.problem.current : null;
      if (current && current.id === sheet.summary.id) onSummary(current);
      setError(current ? new Error(t('sheet.renamedMeanwhile', { date: formatDateTime(current.updatedAt) })) : caught);
    }
    setBusy(false);
  };
  const fieldError = error && error.problem && error.problem.field === 'title' ? error.problem.detail : null;
  return h('form', { class: 'card form', 'data-form': 'rename-sheet', onSubmit, noValidate: true,
    onKeyDown: (e) => { if (e.key === 'Escape') setTitle(null); } },
  h(Field, { id: 'sheet-title', name: 'title', label: t('sheet.titleLabel'), value: title, onValue: setTitle, required: true, maxLength: 200, wide: true,
    error: fieldError, autoFocus: true }),
  error && !fieldError ? h(Alert, { error }) : null,
  h('div', { class: 'actions' },
    h('button', { type: 'submit', class: 'button button--primary', disabled: busy, 'data-action': 'save-title' }, t('sheet.renameSave')),
    h('button', { type: 'button', class: 'button', 'data-action': 'cancel-rename', onClick: () => setTitle(null) }, t('common.cancel'))));
}

export function SheetPage({ id, tab, user }) {
  const loaded = useApi((signal) => fetchSheet(id, signal), [id]);
  const [current, setCurrent] = useState(null);
  const sheet = current || loaded.data;
  const placementId = sheet ? sheet.summary.placementId : null;
  const placement = useApi((signal) => (placementId ? fetchPlacement(placementId, signal).catch(() => null) : Promise.resolve(null)), [placementId]);
  const p = placement.data;
  const tasks = useReferentialTasks(p ? p.referentialCode : null, p ? p.referentialVersion : null);
  const visited = useRef({}).current;
  useDocumentTitle(sheet ? t('sheet.documentTitle', { title: sheet.summary.title }) : t('sheet.pageTitle'));
  const context = useMemo(() => (sheet ? {
    placementId,
    learnerId: sheet.summary.learnerId,
    weeks: sheet.summary.week ? [sheet.summary.week] : [],
    tasks,
    address: p && p.place ? p.place.address : null,
    linkable: !!sheet.linkable,
    renderCompetencies: () => (p ? h(SheetLink, { sheet, referentialCode: p.referentialCode, referentialVersion: p.referentialVersion, onSheet: setCurrent })
      : h('p', { class: 'muted' }, t('link.noReferential'))),
  } : null), [sheet, tasks, p]);
  if (!sheet) return h('div', { class: 'page', 'data-page': 'sheet' }, pending(loaded) || h(Loading));
  const summary = sheet.summary;
  const tabs = sheet.pages.map((page) => page.page.code);
  const shown = tabs.includes(tab) ? tab : tabs[0];
  visited[shown] = true;
  const deleted = !!summary.deletedAt;
  const back = placementId ? followUpHref(placementId, 'fiches') : myPeriodsHref();
  const onDeleted = (next) => {
    setCurrent({ ...sheet, summary: next });
    navigate(back);
  };
  return h('div', { class: 'page page--sheet', 'data-page': 'sheet', 'data-sheet': String(summary.id), 'data-deleted': deleted ? 'true' : 'false' },
    h('p', { class: 'breadcrumb' }, h('a', { href: back, 'data-action': 'back' }, h('span', { 'aria-hidden': 'true' }, '← '), placementId ? t('sheet.back') : t('sheet.backFree'))),
    h('h1', null, summary.title, ' ', h(SheetStateBadge, { sheet: summary })),
    user.role === 'LEARNER' && !deleted && !summary.week ? h(RenameSheet, { sheet, onSummary: (next) => setCurrent({ ...sheet, summary: next }) }) : null,
    h('p', { class: 'muted' }, t('sheets.createdUpdated', { created: formatDateTime(summary.createdAt), updated: formatDateTime(summary.updatedAt || summary.createdAt) }),
      summary.formerPeriodName ? ' · ' + t('sheet.formerPeriod', { period: summary.formerPeriodName }) : ''),
    deleted ? h('p', { class: 'notice notice--deleted', 'data-deleted-notice': '' }, h('span', { 'aria-hidden': 'true' }, '✕ '), t('sheet.deletedOn', { date: formatDateTime(summary.deletedAt) })) : null,
    h(TabNav, { label: t('sheet.tabsLabel'), tabs, current: shown, href: (name) => sheetHref(summary.id, name),
      text: (name) => { const page = sheet.pages.find((x) => x.page.code === name); return page.page.title; } }),
    h('div', { class: 'tab-panel', 'data-tab-panel': shown },
      sheet.pages.filter((page) => visited[page.page.code]).map((page) => h(PageEditor, {
        key: page.page.code + ':' + (deleted ? 'd' : 'l'),
        page: deleted ? { ...page, writable: false } : page,
        visible: page.page.code === shown,
        draftName: 'sheet:' + summary.id + ':' + page.page.code,
        context,
        save: (values, version) => saveSheetPage(summary.id, page.page.code, values, version),
        // A saved page moves the sheet's version (and its last change): taken again, so that deleting it next is not a 409.
        onSaved: () => fetchSheet(summary.id).then((fresh) => setCurrent((previous) => ({ ...(previous || fresh), summary: fresh.summary })), () => {}),
        onComment: (field, text) => commentSheet(summary.id, page.page.code, field, text),
      }))),
    h(TabPager, { tabs, current: shown, href: (name) => sheetHref(summary.id, name), title: (name) => sheet.pages.find((x) => x.page.code === name).page.title }),
    user.role === 'LEARNER' && !deleted && !summary.week ? h(DeleteSheet, { sheet, onDeleted, onSummary: (summary) => setCurrent({ ...sheet, summary }) }) : null);
}
