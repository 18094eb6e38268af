// « Nouvelle évaluation » of a class (issue 12, item 5): title, date, complexity (D, Int, Ba) and what the grid
// evaluates, picked from the referential of the class's level (its default version, as the server takes it): each
// competency either as a whole (« globale ») or by some of its criteria, never both (the API refuses that too).
// The same form edits an evaluation from its version (#/evaluations/{id}/modifier): a criterion that carries a level
// cannot leave the grid (the API says which), and an evaluation without any level can be deleted there.
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { t, tn } from '/app/i18n.js';
import { fetchClassLevels, fetchReferential, useApi } from '/app/api.js';
import { createSchoolEvaluation, deleteSchoolEvaluation, editSchoolEvaluation, fetchSchoolEvaluation } from '/app/assessment-api.js';
import { evaluationHref, evaluationsHref, navigate } from '/app/router.js';
import { Alert, useDocumentTitle } from '/app/components/common.js';
import { Field, RadioGroup, useUniqueId } from '/app/components/forms.js';
import { InEstablishment, list, pending } from '/app/components/periods-common.js';
import { COMPLEXITIES, COMPLEXITY_CODES, complexityName, useClasses } from '/app/components/assessment-common.js';

const keyOf = (s) => s.competency + '|' + (s.criterion || '');

export function NewEvaluationPage({ user, route }) {
  useDocumentTitle(t('evalForm.pageTitle'));
  return h('div', { class: 'page', 'data-page': 'new-evaluation' },
    h(InEstablishment, { user, render: (establishmentId) => h(WithClass, { key: establishmentId, establishmentId, classId: route.classId }) }));
}

function WithClass({ establishmentId, classId }) {
  const classes = useClasses(establishmentId);
  const levels = useApi((signal) => fetchClassLevels(establishmentId, signal), [establishmentId]);
  const wait = pending(classes) || pending(levels);
  if (wait) return wait;
  const schoolClass = classes.classes.find((c) => c.id === classId) || classes.classes[0];
  if (!schoolClass) return h('p', { class: 'notice' }, t('assess.noClass'));
  const level = list(levels.data).find((l) => l.id === schoolClass.classLevelId);
  return [
    h('h1', { key: 'h' }, t('evalForm.heading', { classCode: schoolClass.code })),
    level ? h(WithReferential, { key: 'f', schoolClass, code: level.referentialCode }) : null,
  ];
}

function WithReferential({ schoolClass, code }) {
  const referential = useApi((signal) => fetchReferential(code, null, signal), [code]);
  return pending(referential) || h(EvaluationForm, { schoolClass, referential: referential.data });
}

/** The evaluation's form in its own referential version, filled with what it holds. */
export function EditEvaluationPage({ id }) {
  const evaluation = useApi((signal) => fetchSchoolEvaluation(id, signal), [id]);
  useDocumentTitle(t('evalForm.editPageTitle'));
  return h('div', { class: 'page', 'data-page': 'edit-evaluation' }, pending(evaluation) || h(EditWithReferential, { evaluation: evaluation.data }));
}

function EditWithReferential({ evaluation }) {
  const referential = useApi((signal) => fetchReferential(evaluation.referentialCode, evaluation.referentialVersion, signal),
    [evaluation.referentialCode, evaluation.referentialVersion]);
  const schoolClass = { id: evaluation.classId, code: evaluation.classCode };
  return [
    h('h1', { key: 'h' }, t('evalForm.editHeading', { title: evaluation.title, classCode: evaluation.classCode })),
    pending(referential) || h(EvaluationForm, { key: 'f', schoolClass, referential: referential.data, initial: evaluation }),
  ];
}

function EvaluationForm({ schoolClass, referential, initial }) {
  const id = useUniqueId('eval');
  const [base, setBase] = useState(initial || null);
  const [title, setTitle] = useState(initial ? initial.title : '');
  const [date, setDate] = useState(initial ? initial.date : '');
  const [complexity, setComplexity] = useState(initial ? initial.complexity : '');
  const [selections, setSelections] = useState(initial ? list(initial.criteria).map((s) => ({ competency: s.competency, criterion: s.criterion || null })) : []);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  // The competencies whose criteria show at first (those with criteria chosen); then the reader opens and closes them:
  // unticking the last criterion must not fold the list under the pointer.
  const [openedFirst] = useState(() => new Set(selections.filter((s) => s.criterion).map((s) => s.competency)));
  // A colleague's edit met on saving: their version becomes the form's, said above it.
  const takeCurrent = (current) => {
    setBase(current);
    setTitle(current.title);
    setDate(current.date);
    setComplexity(current.complexity);
    setSelections(list(current.criteria).map((s) => ({ competency: s.competency, criterion: s.criterion || null })));
  };
  const chosen = new Set(selections.map(keyOf));
  const setGlobal = (competency, on) => {
    const rest = selections.filter((s) => s.competency !== competency);
    setSelections(on ? rest.concat([{ competency, criterion: null }]) : rest);
  };
  const setCriterion = (competency, criterion, on) => {
    const rest = selections.filter((s) => !(s.competency === competency && (!s.criterion || s.criterion === criterion)));
    setSelections(on ? rest.concat([{ competency, criterion }]) : rest);
  };
  // The referential's order, whatever the order of the clicks.
  const ordered = () => list(referential.competencies).flatMap((c) => [{ competency: c.code, criterion: null }]
    .concat(list(c.criteria).map((cr) => ({ competency: c.code, criterion: cr.code })))).filter((s) => chosen.has(keyOf(s)));
  const onSubmit = async (event) => {
    event.preventDefault();
    setError(null);
    if (!title.trim() || !date || !complexity || selections.length === 0) {
      setError({ message: t('evalForm.required'), local: true });
      return;
    }
    setBusy(true);
    try {
      const draft = { classId: schoolClass.id, title: title.trim(), date, complexity, criteria: ordered() };
      const saved = base ? await editSchoolEvaluation(base.id, { ...draft, version: base.version }) : await createSchoolEvaluation(draft);
      navigate(evaluationHref(saved.id));
    } catch (caught) {
      const current = caught && caught.problem && caught.problem.current;
      if (base && caught.status === 409 && current) {
        takeCurrent(current);
        setError({ message: t('evalForm.stale'), local: true, stale: true });
      } else {
        setError(caught);
      }
    } finally {
      setBusy(false);
    }
  };
  return h('form', { class: 'card form', 'data-form': 'evaluation', noValidate: true, onSubmit },
    h('p', { class: 'muted' }, t('evalForm.referential', { code: referential.code, version: referential.version })),
    h(Field, { id: id + '-title', name: 'title', label: t('evalForm.title'), value: title, onValue: setTitle, required: true, wide: true }),
    h(Field, { id: id + '-date', name: 'date', type: 'date', label: t('evalForm.date'), value: date, onValue: setDate, required: true }),
    h(RadioGroup, {
      id: id + '-complexity', name: 'complexity', legend: t('evalForm.complexity'), value: complexity, onValue: setComplexity, required: true,
      options: COMPLEXITIES.map((c) => ({ value: c, label: COMPLEXITY_CODES[c] + ' — ' + complexityName(c) })),
    }),
    h('fieldset', { class: 'form-field form-field--wide' },
      h('legend', { class: 'form-field__label' }, t('evalForm.criteria'), ' ',
        h('span', { class: 'counter', 'aria-live': 'polite', 'data-selection-count': String(selections.length) }, tn('evalForm.chosen', selections.length))),
      h('p', { class: 'form-field__hint' }, t('evalForm.criteriaIntro')),
      h('ul', { class: 'plain-list competency-picker' }, list(referential.competencies).map((c) => {
        const criteriaChosen = list(c.criteria).filter((cr) => chosen.has(c.code + '|' + cr.code)).length;
        return h('li', { key: c.code, class: 'card competency-pick', 'data-competency': c.code },
          h('label', { class: 'check' },
            h('input', { type: 'checkbox', checked: chosen.has(c.code + '|'), 'data-select-competency': c.code, onChange: (e) => setGlobal(c.code, e.currentTarget.checked) }),
            h('span', null, h('strong', null, c.code), ' ', c.title, ' ', h('span', { class: 'muted' }, '(' + t('assess.global') + ')'))),
          list(c.criteria).length ? h('details', { open: openedFirst.has(c.code) || undefined },
            h('summary', null, t('evalForm.criteriaOf', { n: list(c.criteria).length }), criteriaChosen ? ' — ' + tn('evalForm.chosen', criteriaChosen) : ''),
            h('ul', { class: 'plain-list' }, list(c.criteria).map((cr) => h('li', { key: cr.code },
              h('label', { class: 'check' },
                h('input', { type: 'checkbox', checked: chosen.has(c.code + '|' + cr.code), 'data-select-criterion': cr.code,
                  onChange: (e) => setCriterion(c.code, cr.code, e.currentTarget.checked) }),
                h('span', null, h('strong', null, cr.code), ' ', cr.title)))))) : null);
      }))),
    error ? h(Alert, { error, title: error.stale ? t('evalForm.staleTitle') : error.local ? t('form.errorTitle') : undefined }) : null,
    h('div', { class: 'actions' },
      base
        ? h('button', { type: 'submit', class: 'button button--primary', disabled: busy, 'data-action': 'save-evaluation' }, busy ? t('evalForm.saving') : t('evalForm.save'))
        : h('button', { type: 'submit', class: 'button button--primary', disabled: busy, 'data-action': 'create-evaluation' }, busy ? t('evalForm.busy') : t('evalForm.submit')),
      h('a', { class: 'button', href: base ? evaluationHref(base.id) : evaluationsHref(schoolClass.id) }, t('evalForm.cancel'))),
    base ? h(DeleteEvaluation, { evaluation: base, onStale: takeCurrent }) : null);
}

/** Deleting asks once more; the server refuses while a level is given and says how many. */
function DeleteEvaluation({ evaluation, onStale }) {
  const [asked, setAsked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await deleteSchoolEvaluation(evaluation.id, evaluation.version);
      navigate(evaluationsHref(evaluation.classId));
    } catch (caught) {
      const stale = caught.status === 409 && caught.problem && caught.problem.current;
      if (stale) onStale(caught.problem.current);
      setError(stale ? { ...caught, message: caught.message, stale: true } : caught);
      setAsked(false);
    } finally {
      setBusy(false);
    }
  };
  return h('section', { class: 'danger-zone', 'data-delete-evaluation': '' },
    h('h2', null, t('evalForm.deleteHeading')),
    h('p', { class: 'muted' }, t('evalForm.deleteText')),
    error ? h(Alert, { error, title: error.stale ? t('evalForm.staleTitle') : undefined }) : null,
    asked
      ? h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'button button--danger', disabled: busy, 'data-action': 'confirm-delete-evaluation', onClick: remove },
          busy ? t('evalForm.deleting') : t('evalForm.deleteConfirm', { title: evaluation.title })),
        h('button', { type: 'button', class: 'button', disabled: busy, onClick: () => setAsked(false) }, t('evalForm.deleteCancel')))
      : h('button', { type: 'button', class: 'button button--danger', 'data-action': 'delete-evaluation', onClick: () => setAsked(true) }, t('evalForm.delete')));
}
