// The establishment's mark mapping (issue 12, guide 004, « Noter le dernier bilan »), under the class levels tab of the
// administration (ADMIN, DDFPT): the share of each level of acquisition in the proposed mark out of 20 (« ++ » 1,
// « + » 2/3, « - » 1/3, « --- » 0 by default), each a fraction or a decimal, saved with its version. On a 409 the typed
// shares stay and the version becomes the current one, so a second « Enregistrer » keeps them.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { useApi } from '/app/api.js';
import { Alert } from '/app/components/common.js';
import { useUniqueId } from '/app/components/forms.js';
import { pending } from '/app/components/periods-common.js';
import { fetchMarkScale, saveMarkScale } from '/app/reviews-api.js';
import { reviewLevelName, symbolOf } from '/app/components/review-scale.js';

const SHARES = [['acquired', 'ACQUIRED'], ['partlyAcquired', 'PARTLY_ACQUIRED'], ['beingAcquired', 'BEING_ACQUIRED'], ['notAcquired', 'NOT_ACQUIRED']];

function ScaleForm({ establishmentId, initial }) {
  const [values, setValues] = useState(() => Object.fromEntries(SHARES.map(([k]) => [k, String(initial[k] ?? '')])));
  const [scale, setScale] = useState(initial);
  const [state, setState] = useState({ busy: false, error: null, saved: false });
  const id = useUniqueId('scale');
  const submit = (event) => {
    event.preventDefault();
    setState({ busy: true, error: null, saved: false });
    saveMarkScale(establishmentId, { ...values, version: scale.version }).then((s) => { setScale(s); setState({ busy: false, error: null, saved: true }); }, (error) => {
      const current = error && error.status === 409 && error.problem && error.problem.current;
      if (current && typeof current === 'object') setScale(current);
      setState({ busy: false, error, saved: false });
    });
  };
  return h('form', { class: 'card form', 'data-form': 'mark-scale', 'data-version': String(scale.version), noValidate: true, onSubmit: submit, 'aria-labelledby': id + '-h' },
    h('h3', { id: id + '-h' }, t('scale.title')),
    h('p', { class: 'muted' }, t('scale.intro')),
    h('p', { 'data-scale-custom': scale.custom ? 'true' : 'false' }, scale.custom ? t('scale.custom') : t('scale.default')),
    state.error ? h(Alert, { error: state.error }) : null,
    state.saved ? h('p', { class: 'notice notice--info', role: 'status' }, t('scale.saved')) : null,
    h('div', { class: 'form-grid' }, SHARES.map(([key, level]) => h('div', { key, class: 'form-field' },
      h('label', { for: id + key, class: 'form-field__label' }, symbolOf(level) + ' — ' + reviewLevelName(level)),
      h('input', { id: id + key, class: 'input input--short', name: key, value: values[key], inputMode: 'decimal', autocomplete: 'off',
        onInput: (e) => { const v = e.currentTarget.value; setValues((all) => ({ ...all, [key]: v })); } })))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button--primary', disabled: state.busy, 'data-action': 'save-mark-scale' }, t('scale.save'))));
}

export function MarkScaleForm({ establishmentId }) {
  const scale = useApi((signal) => fetchMarkScale(establishmentId, signal), [establishmentId]);
  return pending(scale) || h(ScaleForm, { key: establishmentId, establishmentId, initial: scale.data });
}
