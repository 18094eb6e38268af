// Any unknown route.
import { h } from 'preact';
import { t } from '/app/i18n.js';
import { referentialListHref } from '/app/router.js';
import { useDocumentTitle } from '/app/components/common.js';

export function NotFound() {
  useDocumentTitle(t('notFound.pageTitle'));
  return h('div', { class: 'page page--not-found', 'data-page': 'not-found' },
    h('h1', null, t('notFound.heading')),
    h('p', null, t('notFound.text')),
    h('p', null, h('a', { class: 'button button--primary', href: referentialListHref() }, t('notFound.home'))));
}
