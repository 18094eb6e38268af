// Portfolio layouts (what pupils and apprentices keep): kind, pages and field labels.
import { h } from 'preact';
import { t, tn, tEnum } from '/app/i18n.js';

const AUDIENCES = ['pupil', 'apprentice'];

function Field({ field }) {
  const options = Array.isArray(field.options) && field.options.length
    ? field.options.map((o) => o.label).join(t('common.listSeparator'))
    : null;
  return h('li', { class: 'field', 'data-field': field.code },
    h('span', { class: 'field__label' }, field.label),
    ' ',
    h('span', { class: 'field__type' }, tEnum('fieldType', field.type)),
    field.required ? h('span', { class: 'tag tag--required' }, t('portfolio.required')) : null,
    field.help ? h('span', { class: 'field__help' }, field.help) : null,
    field.prefill ? h('span', { class: 'field__note' }, t('portfolio.prefill', { source: field.prefill })) : null,
    options ? h('span', { class: 'field__note' }, t('portfolio.options', { options })) : null,
    Array.isArray(field.fields) && field.fields.length
      ? h('ul', { class: 'fields fields--nested' }, field.fields.map((f) => h(Field, { key: f.code, field: f })))
      : null);
}

function Page({ page }) {
  const fields = Array.isArray(page.fields) ? page.fields : [];
  return h('li', { class: 'portfolio-page', 'data-page': page.code },
    h('details', null,
      h('summary', null,
        h('span', { class: 'portfolio-page__title' }, page.title),
        ' ',
        h('span', { class: 'muted' }, tn('portfolio.fields', fields.length))),
      page.description ? h('p', { class: 'field__help' }, page.description) : null,
      fields.length
        ? h('ul', { class: 'fields' }, fields.map((f) => h(Field, { key: f.code, field: f })))
        : h('p', { class: 'muted' }, t('portfolio.noFields'))));
}

function Layout({ audience, layout }) {
  const pages = Array.isArray(layout.pages) ? layout.pages : [];
  const headingId = 'portfolio-' + audience;
  return h('article', { class: 'portfolio', 'data-portfolio': audience, 'data-portfolio-kind': layout.kind, 'aria-labelledby': headingId },
    h('h3', { id: headingId }, t('portfolio.audience.' + audience)),
    h('p', { class: 'portfolio__title' }, layout.title),
    h('p', { class: 'portfolio__kind' },
      h('span', { class: 'tag' }, t('portfolio.kindLabel', { kind: tEnum('portfolio.kind', layout.kind) })),
      ' ',
      h('span', { class: 'muted' }, tn('portfolio.pages', pages.length))),
    h('ol', { class: 'portfolio-pages' }, pages.map((p) => h(Page, { key: p.code, page: p }))));
}

export function hasPortfolio(portfolio) {
  return !!portfolio && AUDIENCES.some((a) => portfolio[a]);
}

export function PortfolioView({ portfolio }) {
  if (!hasPortfolio(portfolio)) return h('p', { class: 'muted' }, t('portfolio.empty'));
  return [
    h('p', { class: 'view-intro', key: 'intro' }, t('portfolio.intro')),
    h('div', { class: 'portfolio-grid', key: 'grid' },
      AUDIENCES.filter((a) => portfolio[a]).map((a) => h(Layout, { key: a, audience: a, layout: portfolio[a] }))),
  ];
}
