// The header of the company review, saved together with « Enregistrer » (guide 000: « N'oubliez pas d'enregistrer avant
// de fermer le bilan »): « Tâches » (the tasks performed), the learner's engagement on 4 stars, the meeting date, the
// « Commentaire ». What was saved meanwhile by someone else is shown field by field beside what this person typed.
import { h } from 'preact';
import { t, tn } from '/app/i18n.js';
import { formatDate } from '/app/components/forms.js';

const list = (value) => (Array.isArray(value) ? value : []);

/** A header value as compared and shown: tasks in a set order, blanks as empty. */
export function normalised(field, value) {
  if (field === 'tasks') return list(value).slice().sort().join(',');
  return value === undefined || value === null ? '' : String(value).trim();
}

/** Exactly the same value (a space typed at the end of the comment is a change): whether an edit is still one. */
export function sameValue(field, a, b) {
  if (field === 'tasks') return normalised(field, a) === normalised(field, b);
  return (a === undefined || a === null ? '' : String(a)) === (b === undefined || b === null ? '' : String(b));
}

function shown(field, value, titles) {
  if (field === 'tasks') return list(value).map((c) => c + (titles && titles.get(c) ? ' ' + titles.get(c) : '')).join(' · ');
  if (field === 'engagement') return value ? tn('review.stars', value) : '';
  if (field === 'meetingDate') return value ? formatDate(value) : '';
  return value || '';
}

/** « Tâches »: the referential's tasks by activity, those of the placement's plan marked « prévue ». */
export function ReviewTasks({ value, onValue, activities, planned, writable }) {
  const codes = list(value);
  const toggle = (code, on) => onValue(on ? codes.concat([code]) : codes.filter((c) => c !== code));
  return h('section', { class: 'review-part', 'aria-labelledby': 'review-tasks-h', 'data-review-tasks': '' },
    h('h2', { id: 'review-tasks-h' }, t('review.tasks')),
    h('p', { class: 'muted' }, t('review.tasksIntro')),
    writable ? activities.map((a) => h('fieldset', { key: a.code, class: 'review-activity' },
      h('legend', null, h('strong', null, a.code), ' ', a.title),
      h('ul', { class: 'plain-list' }, a.tasks.map((task) => h('li', { key: task.code },
        h('label', { class: 'check' },
          h('input', { type: 'checkbox', checked: codes.includes(task.code), 'data-task': task.code, onChange: (e) => toggle(task.code, e.currentTarget.checked) }),
          h('span', null, h('strong', null, task.code), ' ', task.title,
            planned.has(task.code) ? h('span', { class: 'tag' }, t('review.planned')) : null)))))))
      : codes.length ? h('ul', { class: 'plain-list' }, codes.map((code) => h('li', { key: code, 'data-task-read': code },
        h('strong', null, code), ' ', (activities.flatMap((a) => a.tasks).find((task) => task.code === code) || {}).title || '')))
        : h('p', { class: 'muted' }, t('review.noTasks')));
}

/** The 4 stars: a radio group (arrows move, Space chooses), « Effacer » for none. */
function Stars({ value, onValue, writable }) {
  if (!writable) {
    return h('p', { 'data-engagement-read': String(value || '') }, value
      ? [h('span', { 'aria-hidden': 'true', class: 'stars-read', key: 's' }, '★'.repeat(value) + '☆'.repeat(4 - value)), ' ', tn('review.stars', value)]
      : h('span', { class: 'muted' }, t('review.noEngagement')));
  }
  return h('fieldset', { class: 'stars', 'data-engagement': String(value || '') },
    h('legend', null, t('review.engagement')),
    h('div', { class: 'stars__line' },
      [1, 2, 3, 4].map((n) => h('label', { key: n, class: 'star' + (value && n <= value ? ' is-on' : '') },
        h('input', { type: 'radio', name: 'engagement', value: String(n), class: 'visually-hidden-input', checked: value === n, 'data-star': String(n),
          onChange: () => onValue(n) }),
        h('span', { 'aria-hidden': 'true', class: 'star__icon' }, value && n <= value ? '★' : '☆'),
        h('span', { class: 'visually-hidden' }, tn('review.stars', n)))),
      h('button', { type: 'button', class: 'button button--small', disabled: !value, 'data-action': 'clear-engagement', onClick: () => onValue(null) }, t('review.clearEngagement'))));
}

/** The fields saved meanwhile by someone else, each with « Garder le mien » / « Prendre le leur ». */
function HeaderConflict({ fields, mine, theirs, by, titles, onKeepMine, onTakeTheirs }) {
  return h('div', { class: 'conflict', role: 'alert', 'data-header-conflict': '' },
    h('p', null, by ? t('review.headerConflictBy', { name: by }) : t('review.headerConflict')),
    h('ul', { class: 'plain-list review-conflict-list' }, fields.map((f) => h('li', { key: f, class: 'card review-conflict-field', 'data-conflict-field': f },
      h('p', null, h('strong', null, t('review.field.' + f))),
      h('p', { 'data-mine': '' }, t('conflict.mine'), ' : ', shown(f, mine(f), titles) || t('review.empty')),
      h('p', { 'data-theirs': '' }, t('conflict.theirs'), ' : ', shown(f, theirs(f), titles) || t('review.empty')),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'button button--small', 'data-action': 'keep-mine', onClick: () => onKeepMine(f) }, t('review.keepMine')),
        h('button', { type: 'button', class: 'button button--small', 'data-action': 'take-theirs', onClick: () => onTakeTheirs(f) }, t('review.takeTheirs')))))));
}

/**
 * The foot of the review: stars, meeting date, comment, « Préparer la rencontre » and « Enregistrer ».
 * props: value(field), onValue(field, v), review, writable, dirty, saving, savedAt, error, conflicts (fields),
 * theirs(field), titles, gridUrl, onSave, onKeepMine(field), onTakeTheirs(field).
 */
export function ReviewFoot(props) {
  const { value, onValue, review, writable, dirty, saving, savedAt, error, conflicts, theirs, titles, gridUrl, onSave, onKeepMine, onTakeTheirs } = props;
  return h('section', { class: 'review-part review-foot', 'aria-labelledby': 'review-foot-h', 'data-review-foot': '' },
    h('h2', { id: 'review-foot-h', class: 'visually-hidden' }, t('review.engagement')),
    writable ? null : h('h3', null, t('review.engagement')),
    h(Stars, { value: value('engagement'), onValue: (v) => onValue('engagement', v), writable }),
    writable ? h('div', { class: 'form-field' },
      h('label', { for: 'review-meeting' }, t('review.meetingDate')),
      h('input', { id: 'review-meeting', type: 'date', name: 'meetingDate', value: value('meetingDate') || '', min: review.periodStart,
        onInput: (e) => onValue('meetingDate', e.currentTarget.value || null) }),
      h('p', { class: 'form-field__hint' }, t('review.meetingDateHint')))
      : h('p', { 'data-meeting-read': '' }, h('strong', null, t('review.meetingDate')), ' : ', formatDate(value('meetingDate'))),
    writable ? h('div', { class: 'form-field form-field--wide' },
      h('label', { for: 'review-comment' }, t('review.comment')),
      h('textarea', { id: 'review-comment', name: 'comment', rows: 5, maxLength: 4000, value: value('comment') || '',
        onInput: (e) => onValue('comment', e.currentTarget.value) }),
      h('p', { class: 'form-field__hint' }, t('review.commentHint')))
      : h('div', { 'data-comment-read': '' }, h('h3', null, t('review.comment')),
        value('comment') ? h('p', { class: 'doc-long-text' }, value('comment')) : h('p', { class: 'muted' }, t('review.empty'))),
    conflicts.length ? h(HeaderConflict, { fields: conflicts, mine: value, theirs, by: theirs('updatedBy'), titles, onKeepMine, onTakeTheirs }) : null,
    error ? h('p', { class: 'form-error', role: 'alert', 'data-header-error': '' }, error) : null,
    h('div', { class: 'actions review-actions' },
      h('a', { class: 'button', href: gridUrl, target: '_blank', rel: 'noopener', 'data-action': 'prepare-meeting', title: t('review.prepareHint') }, t('review.prepare')),
      writable ? h('button', { type: 'button', class: 'button button--primary', 'data-action': 'save-review', disabled: saving || conflicts.length > 0 || !dirty,
        onClick: onSave }, saving ? t('review.saving') : t('review.save')) : null,
      writable ? h('span', { class: 'save-state', role: 'status', 'data-save-state': dirty ? 'dirty' : savedAt ? 'saved' : '' },
        dirty ? t('review.unsaved') : savedAt ? t('review.savedAt', { time: savedAt }) : '') : null),
    writable ? h('p', { class: 'muted' }, t('review.saveReminder')) : null);
}
