// The activity sheets of a placement (issue 11, item 3; guides 001 and 002): each one's title as a link, its state for
// the reader — green « Nouveau » or « Modifié » (not opened since the learner's last change), black « Lu », red
// « Supprimée par l'élève » (staff only) — always a word and an icon beside the colour; counters; for an apprentice the
// sheets generated per week, « Fiche activité : semaine NN [AAAA] », with their last change; the learner starts a sheet.
import { h } from 'preact';
import { t, tn } from '/app/i18n.js';
import { createSheet, fetchSheets, useApi } from '/app/api.js';
import { navigate, sheetHref } from '/app/router.js';
import { Field, FormAlert, SubmitButton, formatDateTime, formatDay, requiredErrors, useForm } from '/app/components/forms.js';
import { list, pending } from '/app/components/periods-common.js';

/** A weekly sheet whose week the apprentice has not written in the logbook (its one page is not complete). */
function unwritten(sheet) {
  return !!sheet.week && sheet.pageCount === 1 && sheet.pagesComplete === 0;
}

/** The reader's state of a sheet: { key, icon } or null (the learner's own sheets have none). */
export function sheetState(sheet) {
  if (sheet.deletedAt || sheet.readState === 'DELETED') return { key: 'deleted', icon: '✕' };
  // An apprentice's weekly sheet whose week has no entry in the logbook yet: nothing to read, never « Nouveau ».
  if (unwritten(sheet)) return { key: 'unwritten', icon: '○' };
  if (sheet.readState === 'NEW') return sheet.updatedAt && sheet.createdAt && sheet.updatedAt !== sheet.createdAt
    ? { key: 'modified', icon: '●' } : { key: 'new', icon: '●' };
  if (sheet.readState === 'READ') return { key: 'read', icon: '✓' };
  return null;
}

export function SheetStateBadge({ sheet }) {
  const state = sheetState(sheet);
  if (!state) return null;
  return h('span', { class: 'sheet-state sheet-state--' + state.key, 'data-read-state': state.key },
    h('span', { 'aria-hidden': 'true' }, state.icon + ' '), t('sheets.state.' + state.key));
}

function SheetRow({ sheet }) {
  const state = sheetState(sheet);
  return h('li', { class: 'card sheet sheet--' + (state ? state.key : 'own'), 'data-sheet': String(sheet.id), 'data-sheet-title': sheet.title },
    h('a', { class: 'sheet__title', href: sheetHref(sheet.id), 'data-action': 'open-sheet' }, sheet.title),
    ' ', h(SheetStateBadge, { sheet }),
    h('p', { class: 'muted sheet__meta' },
      sheet.week
        ? (unwritten(sheet) ? '' : t('sheets.lastChange', { date: formatDay(sheet.updatedAt || sheet.createdAt) }))
        : t('sheets.createdUpdated', { created: formatDateTime(sheet.createdAt), updated: formatDateTime(sheet.updatedAt || sheet.createdAt) }),
      Number.isFinite(sheet.pageCount) && !sheet.week ? ' · ' + t('sheets.pagesComplete', { done: sheet.pagesComplete, total: sheet.pageCount }) : ''),
    h('a', { class: 'button button--small', href: sheetHref(sheet.id), 'data-action': 'see-sheet' }, t('sheets.see'),
      // Each « Voir cette fiche » named by its sheet for screen readers (the visible words stay those of the button).
      h('span', { class: 'visually-hidden' }, ' ' + t('sheets.seeSuffix', { title: sheet.title }))));
}

/** Counters: « 4 fiches — 1 nouvelle ou modifiée, 1 supprimée ». */
function Counters({ rows }) {
  const fresh = rows.filter((s) => { const st = sheetState(s); return st && (st.key === 'new' || st.key === 'modified'); }).length;
  const deleted = rows.filter((s) => { const st = sheetState(s); return st && st.key === 'deleted'; }).length;
  const parts = [tn('periods.sheetCount', rows.length - deleted)];
  if (fresh) parts.push(tn('sheets.freshCount', fresh));
  if (deleted) parts.push(tn('sheets.deletedCount', deleted));
  return h('p', { class: 'sheet-counters', 'data-sheet-counters': '', 'data-fresh': String(fresh), 'data-deleted': String(deleted) }, parts.join(' — '));
}

/**
 * props: placementId, user, kind (the document's: a learner starts sheets only where the layout keeps activity sheets;
 * a maintenance portfolio or a logbook has none to start), openCreated (a new sheet opens at once; else the list shows it).
 */
export function SheetList({ placementId, user, kind, openCreated }) {
  const sheets = useApi((signal) => fetchSheets(placementId, signal), [placementId]);
  const form = useForm({ title: '' });
  const onSubmit = (event) => form.submit(event, async (values) => {
    const created = await createSheet(placementId, values.title.trim());
    form.reset({ title: '' });
    // Straight to its pages: the learner writes it now.
    if (openCreated) navigate(sheetHref(created.id));
    else sheets.retry();
  }, (values) => requiredErrors(values, ['title']));
  const rows = list(sheets.data);
  const weekly = rows.filter((s) => s.week);
  const own = rows.filter((s) => !s.week);
  return h('div', { class: 'sheet-lists', 'data-sheet-list': String(placementId) },
    pending(sheets) || [
      h(Counters, { rows, key: 'counters' }),
      user.role !== 'LEARNER' ? h('p', { class: 'muted legend', key: 'legend' }, t('sheets.legend')) : null,
      rows.length === 0 ? h('p', { class: 'muted', 'data-empty': 'sheets', key: 'empty' }, t('placement.noSheets')) : null,
      weekly.length ? h('h3', { key: 'wh' }, t('sheets.weekly')) : null,
      weekly.length ? h('ol', { class: 'sheet-list', key: 'weekly' }, weekly.map((s) => h(SheetRow, { key: s.id, sheet: s }))) : null,
      own.length && weekly.length ? h('h3', { key: 'oh' }, t('sheets.others')) : null,
      own.length ? h('ol', { class: 'sheet-list', key: 'own' }, own.map((s) => h(SheetRow, { key: s.id, sheet: s }))) : null,
    ],
    user.role === 'LEARNER' && kind === 'ACTIVITY_SHEETS'
      ? h('form', { class: 'card form', 'data-form': 'sheet', noValidate: true, onSubmit, ref: form.formRef },
        h('h3', null, t('placement.newSheet')),
        h(FormAlert, { form }),
        h('div', { class: 'form-grid' }, h(Field, { ...form.field('title'), label: t('placement.sheetTitle'), hint: t('placement.sheetTitleHint'), required: true, wide: true, maxLength: 200 })),
        h('div', { class: 'actions' }, h(SubmitButton, { busy: form.busy, label: t('placement.createSheet') })))
      : null);
}
