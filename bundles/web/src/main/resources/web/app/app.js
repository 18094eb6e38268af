// Page frame (header, main, footer) and route dispatch.
import { h } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { homeHref, useRoute } from '/app/router.js';
import { ReferentialList } from '/app/components/referential-list.js';
import { ReferentialPage } from '/app/components/referential-page.js';
import { NotFound } from '/app/components/not-found.js';

function Header() {
  return h('header', { class: 'site-header' },
    h('div', { class: 'site-header__inner' },
      h('a', { class: 'brand', href: homeHref(), 'aria-label': t('app.homeLink') },
        h('span', { class: 'brand__mark', 'aria-hidden': 'true' }),
        h('span', { class: 'brand__text' },
          h('span', { class: 'brand__name' }, t('app.name')),
          h('span', { class: 'brand__subtitle' }, t('app.subtitle'))))));
}

function Footer() {
  return h('footer', { class: 'site-footer' },
    h('div', { class: 'site-footer__inner' },
      h('p', null, t('app.footer')),
      h('p', { class: 'muted' }, t('app.footerNote'))));
}

function routeContent(route) {
  switch (route.name) {
    case 'list':
      return h(ReferentialList, { key: 'list' });
    case 'referential':
      return h(ReferentialPage, { key: 'ref:' + route.code + '@' + (route.version || ''), code: route.code, version: route.version });
    default:
      return h(NotFound, { key: 'not-found' });
  }
}

export function App() {
  const route = useRoute();
  const main = useRef(null);
  const first = useRef(true);

  // On navigation (not on first load): back to the top, focus on the new content.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    if (main.current) main.current.focus({ preventScroll: true });
  }, [route.hash]);

  return [
    h('a', { class: 'skip-link', href: '#main', key: 'skip', onClick: (e) => { e.preventDefault(); main.current && main.current.focus(); } }, t('app.skipLink')),
    h(Header, { key: 'header' }),
    h('main', { id: 'main', class: 'site-main', tabIndex: -1, ref: main, key: 'main' }, routeContent(route)),
    h(Footer, { key: 'footer' }),
  ];
}
