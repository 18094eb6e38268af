// One page of a follow-up document (a portfolio or logbook tab, a sheet's page, the personal review), editable when
// `writable`, read-only otherwise: the « À compléter » list, the save state (autosave, doc-autosave.js), a conflict
// to settle (doc-conflict.js), then the fields (doc-field.js).
import { h } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { t, tn } from '/app/i18n.js';
import { Alert } from '/app/components/common.js';
import { formatDateTime } from '/app/components/forms.js';
import { DocContext, FieldList, fieldId } from '/app/components/doc-field.js';
import { useAutosave } from '/app/components/doc-autosave.js';
import { PageConflict } from '/app/components/doc-conflict.js';

/** « Enregistré à 14:05 », « Enregistrement… », « Modifications non enregistrées »… (a polite live region). */
function SaveState({ state }) {
  let text;
  if (state.status === 'saving') text = t('doc.saving');
  else if (state.status === 'pending') text = t('doc.pending');
  else if (state.status === 'error') text = t('doc.saveFailed');
  else if (state.status === 'conflict') text = t('doc.conflict');
  // The time in the establishment's zone, like every instant shown (« 14/03/2025 09:05:12 » → « 09:05 »).
  else if (state.savedAt) text = t('doc.savedAt', { time: formatDateTime(state.savedAt.toISOString()).slice(11, 16) });
  else text = state.page.updatedAt ? t('doc.lastSaved', { date: formatDateTime(state.page.updatedAt) }) : t('doc.neverSaved');
  return h('p', { class: 'save-state save-state--' + state.status, role: 'status', 'aria-live': 'polite', 'data-save-state': state.status },
    h('span', { class: 'save-state__dot', 'aria-hidden': 'true' }), text,
    state.status === 'error' ? [' ', h('button', { type: 'button', key: 'retry', class: 'button button--small', 'data-action': 'retry-save', onClick: state.retry }, t('common.retry'))] : null);
}

/** The labels of the paths the server lists as missing (« activitesMaintenance[0].titre » → « Activités… › Titre… »). */
function missingLabel(fields, path) {
  const parts = path.split('.');
  const labels = [];
  let current = fields;
  for (const part of parts) {
    const match = /^([^[]+)(\[(\d+)\])?$/.exec(part);
    const field = match && (current || []).find((f) => f.code === match[1]);
    if (!field) break;
    labels.push(match[3] !== undefined ? field.label + ' ' + (Number(match[3]) + 1) : field.label);
    current = field.fields;
  }
  return labels.length ? labels.join(' › ') : path;
}

function Missing({ page }) {
  const missing = Array.isArray(page.missing) ? page.missing : [];
  if (missing.length === 0) return null;
  return h('div', { class: 'notice notice--todo', 'data-missing-list': '' },
    h('p', null, h('strong', null, t('doc.toComplete')), ' — ', tn('doc.missingCount', missing.length)),
    h('ul', { class: 'plain-list' }, missing.map((path) => h('li', { key: path },
      h('a', { href: '#' + fieldId(path), onClick: (e) => {
        e.preventDefault();
        const target = document.getElementById(fieldId(path)) || document.querySelector('[data-field="' + path.replace(/"/g, '') + '"]');
        if (target) { target.scrollIntoView({ block: 'center' }); if (target.focus) target.focus({ preventScroll: true }); }
      } }, missingLabel(page.page.fields, path))))));
}

/**
 * props: page (DocumentPage), save(values, version), draftName, context (DocContext values but writable, missing,
 * errors, comments), onComment(fieldCode, text) → Comment, visible, onSaved(page).
 */
export function PageEditor({ page, save, draftName, context, onComment, visible = true, onSaved }) {
  const state = useAutosave(page, async (values, version) => {
    const saved = await save(values, version);
    if (onSaved) onSaved(saved);
    return saved;
  }, draftName, page.page.code);
  const [comments, setComments] = useState(page.comments || {});
  const current = state.page;
  const writable = !!current.writable;
  const fields = current.page.fields || [];
  // A page of comments only (« Commentaires »): nothing to save, and whoever may comment is not « consulting only ».
  const commentsOnly = fields.length > 0 && fields.every((f) => f.type === 'COMMENTS');
  // Nor is the teacher who links a sheet to the referential (« Relier au référentiel », a page the learner writes).
  const acts = (commentsOnly && !!current.commentable) || (!!(context && context.linkable) && fields.some((f) => f.type === 'COMPETENCIES'));
  const doc = useMemo(() => ({
    ...context,
    writable,
    commentable: !!current.commentable,
    missing: new Set(Array.isArray(current.missing) ? current.missing : []),
    errors: state.errors,
    comments,
    visible,
    onComment: async (fieldCode, text) => {
      const comment = await onComment(fieldCode, text);
      setComments((previous) => ({ ...previous, [fieldCode]: (previous[fieldCode] || []).concat([comment]) }));
    },
  }), [context, writable, current, state.errors, comments, visible]);
  return h(DocContext.Provider, { value: doc },
    h('section', { class: 'doc-page', 'data-doc-page': current.page.code, 'data-version': String(current.version), hidden: !visible,
      'data-complete': current.complete ? 'true' : 'false', 'aria-labelledby': 'doc-page-h-' + current.page.code },
    h('h2', { id: 'doc-page-h-' + current.page.code }, current.page.title,
      current.complete ? h('span', { class: 'tag tag--done' }, h('span', { 'aria-hidden': 'true' }, ' ✓ '), t('doc.complete')) : null),
    current.page.description ? h('p', { class: 'lead' }, current.page.description) : null,
    writable ? (commentsOnly ? null : h(SaveState, { state })) : acts ? null : h('p', { class: 'muted', 'data-read-only': '' }, t('doc.readOnly')),
    current.prefilled && writable ? h('p', { class: 'notice notice--info' }, t('doc.prefilled')) : null,
    state.conflict ? h(PageConflict, { mine: state.values, base: current.values, other: state.conflict, fields: current.page.fields, onResolve: state.resolve }) : null,
    state.status === 'error' && state.error && !Object.keys(state.errors).length ? h(Alert, { error: state.error, onRetry: state.retry }) : null,
    h(Missing, { page: current }),
    h('div', { class: 'doc-fields' }, h(FieldList, { fields: current.page.fields, values: state.values, onValues: writable ? state.onValues : () => {} }))));
}
