// Page "#/tableau-de-bord[/{learnerId}][?classe=]": a learner's dashboard (issue 12, item 6). The staff choose the
// class and the learner (with « Précédent » / « Suivant » through the class); a learner opens their own (« Mes
// évaluations »); a master or a tutor the one of their learner (links from « Mes apprentis » and « Mon accès »). The
// server decides who reads whose: anyone else gets its refusal, in French.
import { h } from 'preact';
import { t } from '/app/i18n.js';
import { fetchLearner, fetchLearners, useApi } from '/app/api.js';
import { dashboardHref, navigate } from '/app/router.js';
import { useDocumentTitle } from '/app/components/common.js';
import { byName, fullName, listName, useUniqueId } from '/app/components/forms.js';
import { InEstablishment, STAFF_ROLES, list, pending } from '/app/components/periods-common.js';
import { ClassSelect, useClasses } from '/app/components/assessment-common.js';
import { LearnerDashboard } from '/app/components/dashboard-activities.js';

export function DashboardPage({ user, route }) {
  useDocumentTitle(t('dash.pageTitle'));
  const staff = STAFF_ROLES.includes(user.role);
  const learnerId = route.learnerId || (user.role === 'LEARNER' ? user.learnerId : null);
  return h('div', { class: 'page page--wide', 'data-page': 'dashboard' },
    staff
      ? h(InEstablishment, { user, render: (establishmentId) => h(StaffDashboard, { key: establishmentId, establishmentId, learnerId, classId: route.classId, user }) })
      : learnerId ? h(OneLearner, { learnerId, user }) : h('h1', null, t('dash.heading')));
}

/** A learner's name in the heading when the reader may see it; the dashboard's own answer says the rest. */
function OneLearner({ learnerId, user }) {
  const learner = useApi((signal) => fetchLearner(learnerId, signal).catch(() => null), [learnerId]);
  return [
    h('h1', { key: 'h' }, learner.data ? t('dash.headingOf', { name: fullName(learner.data) }) : t('dash.heading')),
    h(LearnerDashboard, { key: 'd:' + learnerId, learnerId, user, intro: true }),
  ];
}

function StaffDashboard({ establishmentId, learnerId, classId, user }) {
  // Opened on a learner without the class: their class.
  const learner = useApi((signal) => (learnerId && !classId ? fetchLearner(learnerId, signal).catch(() => null) : Promise.resolve(null)), [learnerId, classId]);
  const classes = useClasses(establishmentId);
  const wait = pending(classes) || (learner.loading ? pending(learner) : null);
  if (wait) return wait;
  const wanted = classId || (learner.data && learner.data.classId);
  const chosen = classes.classes.find((c) => c.id === wanted) || classes.classes[0] || null;
  if (!chosen) return h('p', { class: 'notice' }, t('assess.noClass'));
  return h(ClassLearners, { key: chosen.id, establishmentId, classes: classes.classes, schoolClass: chosen, learnerId, user });
}

function ClassLearners({ establishmentId, classes, schoolClass, learnerId, user }) {
  const learners = useApi((signal) => fetchLearners(establishmentId, schoolClass.id, signal), [establishmentId, schoolClass.id]);
  const id = useUniqueId('learner');
  const wait = pending(learners);
  const rows = list(learners.data).slice().sort(byName);
  const index = rows.findIndex((l) => l.id === learnerId);
  const current = index >= 0 ? rows[index] : null;
  const go = (l) => navigate(dashboardHref(l.id, schoolClass.id));
  return h('div', null,
    h('h1', null, current ? t('dash.headingOf', { name: fullName(current) }) : t('dash.heading')),
    h('div', { class: 'card filter-bar dash-picker' },
      h(ClassSelect, { classes, classId: schoolClass.id, onChange: (cid) => navigate(dashboardHref(null, cid)) }),
      wait || (rows.length === 0 ? h('p', { class: 'muted', 'data-empty': 'learners' }, t('dash.noLearner')) : [
        h('div', { class: 'form-field', key: 'l' },
          h('label', { for: id, class: 'form-field__label' }, t('dash.learner')),
          h('select', { id, class: 'input', name: 'learner', 'data-filter': 'learner', value: current ? String(current.id) : '',
            onChange: (e) => { const l = rows.find((r) => String(r.id) === e.currentTarget.value); if (l) go(l); } },
          current ? null : h('option', { value: '' }, t('form.choose')),
          rows.map((l) => h('option', { key: l.id, value: String(l.id) }, listName(l))))),
        h('div', { class: 'actions', key: 'a' },
          h('button', { type: 'button', class: 'button', 'data-action': 'previous-learner', disabled: index <= 0, onClick: () => go(rows[index - 1]) }, '← ' + t('dash.previous')),
          h('button', { type: 'button', class: 'button', 'data-action': 'next-learner', disabled: index < 0 ? rows.length === 0 : index >= rows.length - 1,
            onClick: () => go(index < 0 ? rows[0] : rows[index + 1]) }, t('dash.next') + ' →')),
      ])),
    current ? h(LearnerDashboard, { key: 'd:' + current.id, learnerId: current.id, user, intro: true })
      : learnerId ? h(LearnerDashboard, { key: 'd:' + learnerId, learnerId, user })
        : h('p', { class: 'muted' }, t('dash.chooseLearner')));
}
