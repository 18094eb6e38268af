// Page "#/connexion[?retour=/path]": sign in with a login and a password.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { useSession } from '/app/session.js';
import { homeHref, redirect, referentialListHref } from '/app/router.js';
import { Loading, useDocumentTitle } from '/app/components/common.js';
import { takeSessionEnded } from '/app/components/form-safety.js';
import { Field, FormAlert, SubmitButton, fullName, requiredErrors, roleLabel, useForm } from '/app/components/forms.js';

export function SignInPage({ returnTo }) {
  useDocumentTitle(t('signIn.pageTitle'));
  const session = useSession();
  const form = useForm({ login: '', password: '' }, { guard: false });
  // Said once: the session ended while the person was working (what they typed is kept and comes back).
  const [ended] = useState(() => takeSessionEnded());

  if (session.status === 'loading') return h('div', { class: 'page' }, h(Loading));

  const onSubmit = (event) => form.submit(event, async (values) => {
    await session.signIn(values.login.trim(), values.password);
    redirect(returnTo ? '#' + returnTo : homeHref());
  }, (values) => requiredErrors(values, ['login', 'password']));

  return h('div', { class: 'page page--narrow page--sign-in', 'data-page': 'sign-in' },
    h('h1', null, t('signIn.heading')),
    session.status === 'signedIn'
      ? h('p', { class: 'notice notice--info', 'data-already-signed-in': '' },
        t('signIn.already', { name: fullName(session.user), role: roleLabel(session.user.role) }), ' ',
        h('a', { href: returnTo ? '#' + returnTo : homeHref() }, t('signIn.continue')))
      : h('p', { class: 'lead' }, t('signIn.intro')),
    ended && session.status !== 'signedIn' ? h('p', { class: 'notice notice--warn', role: 'status', 'data-session-ended': '' }, t('signIn.sessionEnded')) : null,
    h('form', { class: 'card form', 'data-form': 'sign-in', noValidate: true, onSubmit, ref: form.formRef, 'aria-labelledby': form.id + '-title' },
      h('h2', { id: form.id + '-title', class: 'visually-hidden' }, t('signIn.heading')),
      h(FormAlert, { form }),
      h(Field, { ...form.field('login'), label: t('signIn.login'), autocomplete: 'username', autocapitalize: 'none', spellcheck: false, required: true }),
      h(Field, { ...form.field('password'), type: 'password', label: t('signIn.password'), autocomplete: 'current-password', required: true }),
      h('div', { class: 'actions' },
        h(SubmitButton, { busy: form.busy, label: t('signIn.submit'), busyLabel: t('signIn.submitting') }))),
    h('p', { class: 'muted' }, t('signIn.help')),
    h('p', null, h('a', { href: referentialListHref() }, t('signIn.referentialsLink'))));
}
