// Page "#/mon-compte": who I am, and changing my password.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { changeMyPassword } from '/app/api.js';
import { useDocumentTitle } from '/app/components/common.js';
import { Field, FormAlert, RequiredNote, SubmitButton, Success, fullName, requiredErrors, roleLabel, useForm } from '/app/components/forms.js';

function PasswordForm() {
  const form = useForm({ currentPassword: '', newPassword: '', confirmation: '' });
  const [done, setDone] = useState(false);

  const validate = (values) => {
    const errors = requiredErrors(values, ['currentPassword', 'newPassword', 'confirmation']);
    if (!errors.newPassword && !errors.confirmation && values.newPassword !== values.confirmation) {
      errors.confirmation = t('account.mismatch');
    }
    if (!errors.newPassword && values.newPassword && values.newPassword === values.currentPassword) {
      errors.newPassword = t('account.sameAsCurrent');
    }
    return errors;
  };

  const onSubmit = (event) => {
    setDone(false);
    return form.submit(event, async (values) => {
      await changeMyPassword(values.currentPassword, values.newPassword);
      form.reset({ currentPassword: '', newPassword: '', confirmation: '' });
      setDone(true);
    }, validate);
  };

  return h('form', { class: 'card form', 'data-form': 'password', noValidate: true, onSubmit, ref: form.formRef, 'aria-labelledby': 'password-heading' },
    h('h2', { id: 'password-heading' }, t('account.passwordHeading')),
    h('p', { class: 'muted' }, t('account.passwordIntro')),
    h(RequiredNote),
    done ? h(Success, { 'data-success': 'password' }, t('account.passwordChanged')) : null,
    h(FormAlert, { form }),
    h(Field, { ...form.field('currentPassword'), type: 'password', label: t('account.currentPassword'), autocomplete: 'current-password', required: true }),
    h(Field, { ...form.field('newPassword'), type: 'password', label: t('account.newPassword'), autocomplete: 'new-password', required: true }),
    h(Field, { ...form.field('confirmation'), type: 'password', label: t('account.confirmation'), autocomplete: 'new-password', required: true }),
    h('div', { class: 'actions' }, h(SubmitButton, { busy: form.busy, label: t('account.submit') })));
}

export function AccountPage({ user }) {
  useDocumentTitle(t('account.pageTitle'));
  return h('div', { class: 'page page--narrow page--account', 'data-page': 'account' },
    h('h1', null, t('account.heading')),
    h('section', { class: 'card', 'aria-labelledby': 'identity-heading' },
      h('h2', { id: 'identity-heading' }, t('account.identityHeading')),
      h('dl', { class: 'meta meta--single' },
        h('div', { class: 'meta__row' }, h('dt', null, t('account.name')), h('dd', null, fullName(user))),
        h('div', { class: 'meta__row' }, h('dt', null, t('account.login')), h('dd', null, h('code', null, user.login))),
        h('div', { class: 'meta__row' }, h('dt', null, t('account.role')), h('dd', null, roleLabel(user.role))),
        user.establishment
          ? h('div', { class: 'meta__row' }, h('dt', null, t('account.establishment')),
            h('dd', null, user.establishment.name, user.establishment.uai ? ' (' + user.establishment.uai + ')' : ''))
          : null)),
    h(PasswordForm));
}
