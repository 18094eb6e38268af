// FILES (the learner's files: upload from a phone, its camera included, then listed with download links) and LINKS
// (web addresses with a title), each with a counter, as on « Ajouter des annexes ».
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { t, tn, formatNumber } from '/app/i18n.js';
import { fetchFileMeta, fetchLearnerFiles, fileUrl, uploadLearnerFile } from '/app/followup-api.js';
import { useApi } from '/app/api.js';
import { Alert } from '/app/components/common.js';
import { FieldMarks, FieldNotes, fieldId, useDoc } from '/app/components/doc-field.js';

const list = (value) => (Array.isArray(value) ? value : []);
/** What may be sent (the server judges the bytes anyway): photos, PDF, office documents, plain text. */
const ACCEPT = 'image/*,application/pdf,.pdf,.odt,.ods,.odp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.txt,text/plain';

function megabytes(bytes) {
  return formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10);
}

function size(bytes) {
  if (!Number.isFinite(bytes)) return '';
  return bytes < 1024 * 1024 ? t('files.kb', { n: formatNumber(Math.max(1, Math.round(bytes / 1024))) }) : t('files.mb', { n: megabytes(bytes) });
}

export function FilesField({ field, value, onValue, path }) {
  const doc = useDoc();
  const ids = list(value);
  const known = useApi((signal) => (doc.learnerId ? fetchLearnerFiles(doc.learnerId, signal) : Promise.resolve(null)), [doc.learnerId]);
  const [added, setAdded] = useState([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const files = new Map();
  for (const f of list(known.data && known.data.files).concat(added)) files.set(f.id, f);
  // Readers who may not list the learner's files (a tutor, a master) ask for the attached ones' names one by one.
  const unknown = known.loading ? [] : ids.filter((fileId) => !files.has(fileId));
  const metas = useApi((signal) => Promise.all(unknown.map((fileId) => fetchFileMeta(fileId, signal).catch(() => null))), [unknown.join(',')]);
  for (const f of list(metas.data)) if (f) files.set(f.id, f);
  const id = fieldId(path);
  const onChange = async (event) => {
    const input = event.currentTarget;
    const chosen = Array.from(input.files || []);
    if (chosen.length === 0) return;
    setBusy(true);
    setError(null);
    let next = ids.slice();
    try {
      for (const file of chosen) {
        const saved = await uploadLearnerFile(doc.learnerId, file);
        setAdded((previous) => previous.concat([saved]));
        next = next.concat([saved.id]);
        onValue(next);
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
      input.value = '';
    }
  };
  const usage = known.data && Number.isFinite(known.data.quotaBytes)
    ? t('files.usage', { used: megabytes(known.data.usedBytes + added.reduce((n, f) => n + (f.size || 0), 0)), quota: megabytes(known.data.quotaBytes), max: megabytes(known.data.maxFileBytes) })
    : null;
  return h('fieldset', { class: 'doc-files', 'data-field': path, 'data-field-type': 'FILES' },
    h('legend', null, field.label, ' ', h('span', { class: 'counter', 'data-counter': path }, '(' + ids.length + ')'), h(FieldMarks, { field, path })),
    h(FieldNotes, { field, path }),
    ids.length === 0 ? h('p', { class: 'muted' }, t('files.none')) : h('ul', { class: 'plain-list file-list' }, ids.map((fileId) => {
      const file = files.get(fileId);
      return h('li', { key: fileId, 'data-file': String(fileId) },
        h('a', { href: fileUrl(fileId), download: file ? file.name : '', 'data-action': 'download-file' }, file ? file.name : t('files.unnamed', { id: fileId })),
        file ? h('span', { class: 'muted' }, ' — ' + size(file.size)) : null,
        doc.writable ? [' ', h('button', { type: 'button', class: 'button button--small', key: 'rm', 'data-action': 'remove-file',
          onClick: () => onValue(ids.filter((x) => x !== fileId)) }, t('files.remove'))] : null);
    })),
    doc.writable ? h('div', { class: 'form-field' },
      h('label', { for: id + '-upload', class: 'button file-button' }, busy ? t('files.sending') : t('files.add')),
      h('input', { id: id + '-upload', name: path + '.upload', type: 'file', class: 'visually-hidden-input', accept: ACCEPT, multiple: true, disabled: busy, onChange, 'data-upload': path }),
      h('p', { class: 'form-field__hint' }, t('files.hint')),
      usage ? h('p', { class: 'muted', 'data-usage': '' }, usage) : null) : null,
    error ? h(Alert, { error, title: t('files.refused') }) : null);
}

export function LinksField({ field, value, onValue, path }) {
  const doc = useDoc();
  const links = list(value);
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState(null);
  const id = fieldId(path);
  const add = () => {
    const address = url.trim();
    if (!/^https?:\/\/[^\s]+$/i.test(address)) {
      setError(t('links.invalid'));
      return;
    }
    onValue(links.concat([{ url: address, title: title.trim() || address }]));
    setUrl('');
    setTitle('');
    setError(null);
  };
  return h('fieldset', { class: 'doc-links', 'data-field': path, 'data-field-type': 'LINKS' },
    h('legend', null, field.label, ' ', h('span', { class: 'counter', 'data-counter': path }, '(' + links.length + ')'), h(FieldMarks, { field, path })),
    h(FieldNotes, { field, path }),
    links.length === 0 ? h('p', { class: 'muted' }, t('links.none')) : h('ul', { class: 'plain-list' }, links.map((link, index) => h('li', { key: index + link.url, 'data-link': link.url },
      h('a', { href: link.url, target: '_blank', rel: 'noopener noreferrer' }, link.title || link.url),
      doc.writable ? [' ', h('button', { type: 'button', class: 'button button--small', key: 'rm', onClick: () => onValue(links.filter((l, i) => i !== index)) }, t('links.remove'))] : null))),
    doc.writable ? h('div', { class: 'form-grid' },
      h('div', { class: 'form-field' }, h('label', { class: 'form-field__label', for: id + '-url' }, t('links.url')),
        h('input', { class: 'input', id: id + '-url', name: path + '.url', type: 'url', inputmode: 'url', placeholder: 'https://', value: url, onInput: (e) => setUrl(e.currentTarget.value), 'aria-invalid': error ? 'true' : undefined })),
      h('div', { class: 'form-field' }, h('label', { class: 'form-field__label', for: id + '-title' }, t('links.title')),
        h('input', { class: 'input', id: id + '-title', name: path + '.title', value: title, maxLength: 200, onInput: (e) => setTitle(e.currentTarget.value) })),
      h('div', { class: 'form-field' }, h('button', { type: 'button', class: 'button', 'data-action': 'add-link', onClick: add }, '+ ', t('links.add'))),
      error ? h('p', { class: 'form-field__error', role: 'alert' }, error) : null) : null);
}
