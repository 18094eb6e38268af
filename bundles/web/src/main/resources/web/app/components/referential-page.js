// Page "#/referentiels/{CODE}[?version=X]": one referential, browsable on a phone.
// Views: activities → tasks (→ competencies mobilised), competencies → criteria (→ tasks),
// common competencies (family), professional attitudes, portfolio layouts, sources.
import { h } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t, tEnum } from '/app/i18n.js';
import { fetchReferential, useApi } from '/app/api.js';
import { navigate, referentialHref, referentialListHref } from '/app/router.js';
import {
  Alert, Counts, ItemMeta, Loading, OfficialShare, ProvenanceBadge, ProvenanceLegend,
  SourcesContext, StatusBadge, WeightChip, provenanceClass, useDocumentTitle,
} from '/app/components/common.js';
import { PortfolioView, hasPortfolio } from '/app/components/portfolio.js';

const list = (value) => (Array.isArray(value) ? value : []);

function attributeSelector(name, value) {
  return '[' + name + '="' + (window.CSS && CSS.escape ? CSS.escape(value) : String(value).replace(/"/g, '\\"')) + '"]';
}

/** Lookup tables between tasks and competencies. */
function buildIndex(referential) {
  const tasks = new Map();
  for (const activity of list(referential.activities)) {
    for (const task of list(activity.tasks)) tasks.set(task.code, { task, activity });
  }
  const competencies = new Map();
  for (const competency of list(referential.competencies)) competencies.set(competency.code, competency);
  const byTask = new Map();
  const byCompetency = new Map();
  for (const link of list(referential.taskCompetencies)) {
    if (!byTask.has(link.task)) byTask.set(link.task, []);
    byTask.get(link.task).push(link);
    if (!byCompetency.has(link.competency)) byCompetency.set(link.competency, []);
    byCompetency.get(link.competency).push(link);
  }
  const sources = new Map(list(referential.sources).map((s) => [s.id, s]));
  return { tasks, competencies, byTask, byCompetency, sources };
}

function ItemLabel({ code, title }) {
  return [
    h('span', { class: 'code', key: 'c' }, code),
    ' ',
    h('span', { class: 'item-title', key: 't' }, title),
  ];
}

function Chevron() {
  return h('span', { class: 'chevron', 'aria-hidden': 'true' });
}

// ---------------------------------------------------------------- activities and tasks

function TaskCompetenciesPanel({ task, index, onSelectCompetency }) {
  if (!task) {
    return h('div', { class: 'panel panel--hint', 'data-panel': 'task-competencies' },
      h('p', null, t('task.panelHint')));
  }
  const links = index.byTask.get(task.code) || [];
  const headingId = 'task-panel-heading';
  return h('div', { class: 'panel', id: 'task-panel', role: 'region', 'aria-labelledby': headingId, 'data-panel': 'task-competencies', 'data-for-task': task.code },
    h('h4', { id: headingId }, t('task.competenciesHeading', { code: task.code })),
    h(LinkList, {
      links,
      target: (link) => link.competency,
      dataAttribute: 'data-competency',
      titleOf: (code) => { const c = index.competencies.get(code); return c ? c.title : t('competency.unknown'); },
      goToKey: 'task.goToCompetency',
      emptyKey: 'task.noCompetencies',
      onSelect: onSelectCompetency,
    }));
}

/**
 * The links of a task → competency table seen from one side: each entry a button that selects the item on the
 * other side, with the link's weight and provenance.
 */
function LinkList({ links, target, dataAttribute, titleOf, goToKey, emptyKey, onSelect }) {
  if (links.length === 0) {
    return h('p', { class: 'muted' }, t(emptyKey));
  }
  return h('ul', { class: 'links' }, links.map((link) => {
    const code = target(link);
    return h('li', { key: code, class: 'link-item' + provenanceClass(link.provenance) },
      h('button', {
        type: 'button',
        class: 'link-button',
        [dataAttribute]: code,
        title: t(goToKey, { code }),
        onClick: () => onSelect(code),
      }, h(ItemLabel, { code, title: titleOf(code) })),
      h('span', { class: 'item-meta' },
        h(WeightChip, { weight: link.weight, title: t('weight.linkTitle') }),
        h(ProvenanceBadge, { provenance: link.provenance, sources: link.sources })));
  }));
}

function ActivitiesView({ referential, index, selectedTask, onToggleTask, onSelectCompetency }) {
  const activities = list(referential.activities);
  const selected = selectedTask ? index.tasks.get(selectedTask) : null;
  return [
    h('p', { class: 'view-intro', key: 'intro' }, t('activities.intro')),
    !selected ? h(TaskCompetenciesPanel, { key: 'hint', task: null, index }) : null,
    activities.length === 0
      ? h('p', { class: 'muted', key: 'empty' }, t('activities.empty'))
      : h('ol', { class: 'activities', key: 'list' }, activities.map((activity) =>
        h('li', { key: activity.code, class: 'activity' + provenanceClass(activity.provenance), 'data-activity': activity.code },
          h('div', { class: 'activity__head' },
            h('h3', { class: 'activity__title' }, h(ItemLabel, { code: activity.code, title: activity.title })),
            h(ItemMeta, { item: activity })),
          activity.note ? h('p', { class: 'note' }, activity.note) : null,
          h('ul', { class: 'items', 'aria-label': t('activities.tasksOf', { code: activity.code }) },
            list(activity.tasks).map((task) => {
              const isSelected = selected && selected.task.code === task.code;
              return h('li', { key: task.code, class: 'item' + (isSelected ? ' is-selected' : '') + provenanceClass(task.provenance) },
                h('div', { class: 'item-row' },
                  h('button', {
                    type: 'button',
                    class: 'select-button',
                    'data-task': task.code,
                    'aria-expanded': isSelected ? 'true' : 'false',
                    'aria-controls': isSelected ? 'task-panel' : undefined,
                    onClick: () => onToggleTask(task.code),
                  }, h(Chevron), h(ItemLabel, { code: task.code, title: task.title })),
                  h(ItemMeta, { item: task })),
                task.note ? h('p', { class: 'note' }, task.note) : null,
                isSelected ? h(TaskCompetenciesPanel, { task, index, onSelectCompetency }) : null);
            }))))),
  ];
}

// ---------------------------------------------------------------- competencies and criteria

function CompetencyPanels({ competency, index, onSelectTask }) {
  const criteria = list(competency.criteria);
  const links = index.byCompetency.get(competency.code) || [];
  return h('div', { class: 'panels', id: 'competency-panels' },
    h('div', { class: 'panel', role: 'region', 'aria-labelledby': 'competency-criteria-heading', 'data-panel': 'competency-criteria', 'data-for-competency': competency.code },
      h('h4', { id: 'competency-criteria-heading' }, t('competency.criteriaHeading', { code: competency.code })),
      criteria.length === 0
        ? h('p', { class: 'muted' }, t('competency.noCriteria'))
        : h('ul', { class: 'criteria' }, criteria.map((criterion) =>
          h('li', { key: criterion.code, class: 'criterion' + provenanceClass(criterion.provenance), 'data-criterion': criterion.code },
            h('span', { class: 'criterion__text' }, h(ItemLabel, { code: criterion.code, title: criterion.title })),
            h(ItemMeta, { item: criterion }),
            criterion.note ? h('p', { class: 'note' }, criterion.note) : null)))),
    h('div', { class: 'panel', role: 'region', 'aria-labelledby': 'competency-tasks-heading', 'data-panel': 'competency-tasks', 'data-for-competency': competency.code },
      h('h4', { id: 'competency-tasks-heading' }, t('competency.tasksHeading', { code: competency.code })),
      h(LinkList, {
        links,
        target: (link) => link.task,
        dataAttribute: 'data-task',
        titleOf: (code) => { const entry = index.tasks.get(code); return entry ? entry.task.title : t('task.unknown'); },
        goToKey: 'competency.goToTask',
        emptyKey: 'competency.noTasks',
        onSelect: onSelectTask,
      })));
}

function CompetenciesView({ referential, index, selectedCompetency, onToggleCompetency, onSelectTask }) {
  const competencies = list(referential.competencies);
  const selected = selectedCompetency ? index.competencies.get(selectedCompetency) : null;
  return [
    h('p', { class: 'view-intro', key: 'intro' }, t('competencies.intro')),
    !selected
      ? h('div', { class: 'panel panel--hint', 'data-panel': 'competency-tasks', key: 'hint' }, h('p', null, t('competency.panelHint')))
      : null,
    competencies.length === 0
      ? h('p', { class: 'muted', key: 'empty' }, t('competencies.empty'))
      : h('ul', { class: 'items items--competencies', key: 'list' }, competencies.map((competency) => {
        const isSelected = selected && selected.code === competency.code;
        return h('li', { key: competency.code, class: 'item' + (isSelected ? ' is-selected' : '') + provenanceClass(competency.provenance) },
          h('div', { class: 'item-row' },
            h('button', {
              type: 'button',
              class: 'select-button',
              'data-competency': competency.code,
              'aria-expanded': isSelected ? 'true' : 'false',
              'aria-controls': isSelected ? 'competency-panels' : undefined,
              onClick: () => onToggleCompetency(competency.code),
            }, h(Chevron), h(ItemLabel, { code: competency.code, title: competency.title })),
            h(ItemMeta, { item: competency },
              h(WeightChip, { weight: competency.weight, title: t('weight.competencyTitle') }))),
          competency.note ? h('p', { class: 'note' }, competency.note) : null,
          isSelected ? h(CompetencyPanels, { competency, index, onSelectTask }) : null);
      })),
  ];
}

// ---------------------------------------------------------------- family, attitudes, sources

function CommonCompetenciesView({ referential }) {
  const items = list(referential.commonCompetencies);
  return [
    h('p', { class: 'view-intro', key: 'intro' }, t('common.intro')),
    items.length === 0
      ? h('p', { class: 'muted', key: 'empty' }, t('common.empty'))
      : h('ul', { class: 'items items--common', key: 'list' }, items.map((cc) =>
        h('li', { key: cc.code, class: 'item common' + provenanceClass(cc.provenance), 'data-common-competency': cc.code },
          h('details', { class: 'common__details' },
            h('summary', null,
              h(Chevron),
              h(ItemLabel, { code: cc.code, title: cc.title })),
            h('div', { class: 'common__body' },
              h(ItemMeta, { item: cc }, h(WeightChip, { weight: cc.weight, title: t('weight.competencyTitle') })),
              cc.note ? h('p', { class: 'note' }, cc.note) : null,
              list(cc.groups).length === 0
                ? h('p', { class: 'muted' }, t('common.noGroups'))
                : h('ul', { class: 'groups' }, list(cc.groups).map((group) =>
                  h('li', { key: group.referential + ':' + group.competency, class: 'group' + provenanceClass(group.provenance), 'data-group': group.referential + ':' + group.competency },
                    h('p', { class: 'group__head' },
                      h('span', { class: 'group__label', title: t('common.groupTitle', group) }, t('common.groupLabel', group)),
                      h(ItemMeta, { item: group })),
                    h('ul', { class: 'criteria' }, list(group.criteria).map((criterion) =>
                      h('li', { key: criterion.code, class: 'criterion' + provenanceClass(criterion.provenance), 'data-criterion': criterion.code, 'data-referential-of': group.referential },
                        h('span', { class: 'criterion__text' },
                          h('span', { class: 'code code--group' }, t('common.groupLabel', group)),
                          ' ',
                          h(ItemLabel, { code: criterion.code, title: criterion.title })),
                        h(ItemMeta, { item: criterion })))))))))))),
  ];
}

function AttitudesView({ referential }) {
  const items = list(referential.attitudes);
  return [
    h('p', { class: 'view-intro', key: 'intro' }, t('attitudes.intro')),
    items.length === 0
      ? h('p', { class: 'muted', key: 'empty' }, t('attitudes.empty'))
      : h('ul', { class: 'plain-items', key: 'list' }, items.map((attitude) =>
        h('li', { key: attitude.code, class: 'plain-item' + provenanceClass(attitude.provenance), 'data-attitude': attitude.code },
          h('span', { class: 'criterion__text' }, h(ItemLabel, { code: attitude.code, title: attitude.title })),
          h(ItemMeta, { item: attitude }),
          attitude.note ? h('p', { class: 'note' }, attitude.note) : null))),
  ];
}

function safeUrl(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
}

function SourcesView({ referential }) {
  const sources = list(referential.sources);
  return [
    h('p', { class: 'view-intro', key: 'intro' }, t('sourcesView.intro')),
    sources.length === 0
      ? h('p', { class: 'muted', key: 'empty' }, t('sourcesView.empty'))
      : h('ul', { class: 'plain-items', key: 'list' }, sources.map((source) => {
        const url = safeUrl(source.url);
        return h('li', { key: source.id, class: 'plain-item', 'data-source-id': source.id },
          h('span', { class: 'criterion__text' },
            h('code', { class: 'code' }, source.id), ' ',
            url ? h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, source.title) : source.title));
      })),
  ];
}

// ---------------------------------------------------------------- header and metadata

function VersionSelect({ referential }) {
  const versions = list(referential.versions);
  if (versions.length < 2) return null;
  const onChange = (event) => navigate(referentialHref(referential.code, event.currentTarget.value));
  return h('div', { class: 'version-select' },
    h('label', { for: 'version-select' }, t('referential.versionSelect')),
    h('select', { id: 'version-select', value: referential.version, onChange, 'data-version-select': '' },
      versions.map((v) => h('option', { key: v.version, value: v.version },
        t('referential.versionOption', { version: v.version, status: tEnum('status', v.status) })))));
}

function MetaRow({ label, children }) {
  return h('div', { class: 'meta__row' }, h('dt', null, label), h('dd', null, children));
}

function Metadata({ referential }) {
  const members = list(referential.members);
  const hash = typeof referential.contentHash === 'string' ? referential.contentHash : null;
  const official = referential.officialText;
  return h('dl', { class: 'meta' },
    h(MetaRow, { label: t('referential.code') }, h('span', { class: 'code' }, referential.code)),
    h(MetaRow, { label: t('referential.version') }, referential.version),
    referential.diploma ? h(MetaRow, { label: t('referential.diploma') }, referential.diploma) : null,
    referential.level ? h(MetaRow, { label: t('referential.level') }, referential.level) : null,
    referential.kind ? h(MetaRow, { label: t('referential.kind') }, tEnum('kind', referential.kind)) : null,
    h(MetaRow, { label: t('referential.status') }, h(StatusBadge, { status: referential.status })),
    referential.family ? h(MetaRow, { label: t('referential.family') }, h('a', { href: referentialHref(referential.family) }, referential.family)) : null,
    members.length
      ? h(MetaRow, { label: t('referential.members') }, h('ul', { class: 'inline-list' }, members.map((m) => h('li', { key: m }, h('a', { href: referentialHref(m) }, m)))))
      : null,
    official && official.title
      ? h(MetaRow, { label: t('referential.officialText') }, [official.title, official.reference, official.date].filter(Boolean).join(' — '))
      : null,
    typeof referential.officialShare === 'number' ? h(MetaRow, { label: t('referential.officialShare') }, h(OfficialShare, { share: referential.officialShare })) : null,
    hash ? h(MetaRow, { label: t('referential.contentHash') }, h('code', { class: 'hash', title: hash }, hash.slice(0, 12) + '…')) : null);
}

// ---------------------------------------------------------------- page

function ReferentialView({ referential }) {
  useDocumentTitle(referential.code + ' — ' + (referential.title || ''));
  const index = useMemo(() => buildIndex(referential), [referential]);
  const [selectedTask, setSelectedTask] = useState(null);
  const [selectedCompetency, setSelectedCompetency] = useState(null);
  const [focusRequest, setFocusRequest] = useState(null);

  // Moves focus (and the view) to an element once it is rendered.
  useEffect(() => {
    if (!focusRequest) return;
    const element = document.querySelector(focusRequest.selector);
    if (element) {
      const reduce = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      element.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
      element.focus({ preventScroll: true });
    }
  }, [focusRequest]);

  const isFamily = referential.kind === 'FAMILY';
  const views = [
    { id: 'activities', show: !isFamily || list(referential.activities).length > 0 },
    { id: 'competencies', show: !isFamily || list(referential.competencies).length > 0 },
    { id: 'commonCompetencies', show: isFamily || list(referential.commonCompetencies).length > 0 },
    { id: 'attitudes', show: true },
    { id: 'portfolio', show: hasPortfolio(referential.portfolio) },
    { id: 'sources', show: list(referential.sources).length > 0 },
  ].filter((v) => v.show);

  const focusHeading = (view) => setFocusRequest({ selector: '#view-' + view });
  const toggleTask = (code) => setSelectedTask((current) => (current === code ? null : code));
  const toggleCompetency = (code) => setSelectedCompetency((current) => (current === code ? null : code));
  const showCompetency = (code) => {
    setSelectedCompetency(code);
    setFocusRequest({ selector: '[data-view="competencies"] .select-button' + attributeSelector('data-competency', code) });
  };
  const showTask = (code) => {
    setSelectedTask(code);
    setFocusRequest({ selector: '[data-view="activities"] .select-button' + attributeSelector('data-task', code) });
  };

  const content = {
    activities: () => h(ActivitiesView, { referential, index, selectedTask, onToggleTask: toggleTask, onSelectCompetency: showCompetency }),
    competencies: () => h(CompetenciesView, { referential, index, selectedCompetency, onToggleCompetency: toggleCompetency, onSelectTask: showTask }),
    commonCompetencies: () => h(CommonCompetenciesView, { referential }),
    attitudes: () => h(AttitudesView, { referential }),
    portfolio: () => h(PortfolioView, { portfolio: referential.portfolio }),
    sources: () => h(SourcesView, { referential }),
  };

  const notice = referential.status === 'RETIRED' || referential.status === 'UNAVAILABLE' ? t('referential.notice.' + referential.status) : null;

  return h(SourcesContext.Provider, { value: index.sources },
    h('div', { class: 'page page--referential', 'data-referential-page': referential.code, 'data-version': referential.version },
      h('p', { class: 'breadcrumb' }, h('a', { href: referentialListHref() }, h('span', { 'aria-hidden': 'true' }, '← '), t('referential.backToList'))),
      h('header', { class: 'ref-header' },
        h('p', { class: 'ref-header__code' }, h('span', { class: 'code' }, referential.code), ' ', h(StatusBadge, { status: referential.status })),
        h('h1', null, referential.title || referential.code),
        [referential.diploma, referential.level].some(Boolean) ? h('p', { class: 'lead' }, [referential.diploma, referential.level].filter(Boolean).join(' — ')) : null,
        h(VersionSelect, { referential })),
      notice ? h('p', { class: 'notice', role: 'note' }, notice) : null,
      h('section', { class: 'card ref-meta', 'aria-labelledby': 'meta-heading' },
        h('h2', { id: 'meta-heading', class: 'visually-hidden' }, t('referential.metaHeading')),
        h(Metadata, { referential }),
        h(Counts, { counts: referential.counts, kind: referential.kind }),
        referential.notes ? h('p', { class: 'note' }, referential.notes) : null),
      h('nav', { class: 'contents', 'aria-label': t('referential.contents') },
        h('ul', null, views.map((v) => h('li', { key: v.id },
          h('button', { type: 'button', class: 'chip', 'data-goto-view': v.id, onClick: () => focusHeading(v.id) }, t('view.' + v.id)))))),
      h(ProvenanceLegend),
      views.map((v) => h('section', { key: v.id, class: 'view', 'data-view': v.id, 'aria-labelledby': 'view-' + v.id },
        h('h2', { id: 'view-' + v.id, tabIndex: -1 }, t('view.' + v.id)),
        content[v.id]()))));
}

export function ReferentialPage({ code, version }) {
  const { loading, data, error, retry } = useApi((signal) => fetchReferential(code, version, signal), [code, version]);
  useDocumentTitle(code); // until loaded; the view then sets its own title
  if (loading) return h('div', { class: 'page' }, h(Loading));
  if (error) {
    return h('div', { class: 'page' },
      h('p', { class: 'breadcrumb' }, h('a', { href: referentialListHref() }, h('span', { 'aria-hidden': 'true' }, '← '), t('referential.backToList'))),
      h('h1', null, code),
      h(Alert, { error, onRetry: error.status === 404 ? null : retry }));
  }
  return h(ReferentialView, { referential: data });
}
