// COMMENTS fields: no value, a thread (teacher → learner on the portfolio; the master's review of the period on the
// logbook; the master on an apprentice's weekly sheet), and « Ajouter un commentaire » for whoever may comment.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { Alert } from '/app/components/common.js';
import { formatDateTime, roleLabel } from '/app/components/forms.js';
import { FieldMarks, fieldId, useDoc } from '/app/components/doc-field.js';

export function CommentsField({ field, path }) {
  const doc = useDoc();
  const comments = Array.isArray(doc.comments[field.code]) ? doc.comments[field.code] : [];
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [empty, setEmpty] = useState(false);
  const id = fieldId(path);
  const onSubmit = async (event) => {
    event.preventDefault();
    if (busy) return;
    // An empty box says why nothing is added, under the box (the button stays enabled, so the click is answered).
    if (!text.trim()) {
      setEmpty(true);
      const box = document.getElementById(id + '-new');
      if (box) box.focus();
      return;
    }
    setEmpty(false);
    setBusy(true);
    setError(null);
    try {
      await doc.onComment(field.code, text.trim());
      setText('');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return h('section', { class: 'doc-comments', 'data-field': path, 'data-field-type': 'COMMENTS', 'aria-labelledby': id + '-h' },
    h('h3', { id: id + '-h' }, field.label, h(FieldMarks, { field, path })),
    // The help speaks to whoever comments (« Vous pouvez laisser un commentaire… à l'apprenant »).
    field.help && doc.commentable ? h('p', { class: 'form-field__hint' }, field.help) : null,
    comments.length === 0 ? h('p', { class: 'muted', 'data-empty': 'comments' }, t('comments.none'))
      : h('ol', { class: 'comment-thread' }, comments.map((c) => h('li', { key: c.id, class: 'card comment', 'data-comment': String(c.id) },
        h('p', { class: 'comment__meta' }, h('strong', null, c.authorName), ' · ', roleLabel(c.authorRole), ' · ', h('time', { dateTime: c.at }, formatDateTime(c.at))),
        h('p', { class: 'comment__text' }, c.text)))),
    doc.commentable ? h('form', { class: 'form comment-form', onSubmit, noValidate: true, 'data-form': 'comment-' + path },
      h('div', { class: 'form-field form-field--wide' + (empty ? ' has-error' : '') },
        h('label', { for: id + '-new', class: 'form-field__label' }, t('comments.add')),
        h('textarea', { id: id + '-new', name: path + '.new', class: 'input textarea', rows: 3, maxLength: 5000, value: text,
          'aria-invalid': empty ? 'true' : undefined, 'aria-describedby': empty ? id + '-new-error' : undefined,
          onInput: (e) => { setText(e.currentTarget.value); if (e.currentTarget.value.trim()) setEmpty(false); } }),
        empty ? h('p', { class: 'form-field__error', id: id + '-new-error', 'data-field-error': 'comment', role: 'alert' },
          h('span', { class: 'form-field__error-icon', 'aria-hidden': 'true' }, '!'), t('comments.empty')) : null),
      error ? h(Alert, { error }) : null,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button--primary', disabled: busy, 'data-action': 'add-comment' },
        busy ? t('comments.sending') : t('comments.add')))) : null);
}
