// Pages that need someone signed in, possibly with some roles: sign-in first, « Accès refusé » otherwise.
import { h } from 'preact';
import { useEffect } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { useSession } from '/app/session.js';
import { currentPath, homeHref, parseHash, redirect, signInHref } from '/app/router.js';
import { Loading, useDocumentTitle } from '/app/components/common.js';

export function Forbidden({ text }) {
  useDocumentTitle(t('forbidden.pageTitle'));
  return h('div', { class: 'page page--forbidden', 'data-page': 'forbidden' },
    h('h1', null, t('forbidden.heading')),
    h('p', { class: 'notice', role: 'alert' }, text || t('forbidden.text')),
    h('p', null, h('a', { class: 'button button--primary', href: homeHref() }, t('forbidden.home'))));
}

/** Renders `render(user)` when signed in (and with one of `roles`, if given). */
export function RequireSignIn({ roles, render }) {
  const session = useSession();
  const anonymous = session.status === 'anonymous';
  useEffect(() => {
    // Not when a request answering 401 has already sent the browser to the sign-in page.
    if (anonymous && parseHash(window.location.hash).name !== 'signIn') redirect(signInHref(currentPath()));
  }, [anonymous]);
  if (session.status !== 'signedIn') return h('div', { class: 'page' }, h(Loading));
  if (roles && !roles.includes(session.user.role)) return h(Forbidden);
  return render(session.user);
}
