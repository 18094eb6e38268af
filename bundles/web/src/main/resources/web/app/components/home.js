// Page "#/" once signed in: links to what the person may use; the referentials stay one click away.
import { h } from 'preact';
import { t } from '/app/i18n.js';
import { accountHref, establishmentHref, establishmentsHref, myPeriodsHref, periodsHref, referentialListHref, trainerHomeHref } from '/app/router.js';
import { STAFF_ROLES } from '/app/components/periods-common.js';
import { useDocumentTitle } from '/app/components/common.js';
import { roleLabel } from '/app/components/forms.js';
import { BookletTile } from '/app/components/booklet-link.js';

function Tile({ href, title, text, link }) {
  return h('li', { class: 'card tile', 'data-home-link': link },
    h('h2', { class: 'tile__title' }, h('a', { href, class: 'tile__link' }, title)),
    h('p', { class: 'muted' }, text));
}

export function HomePage({ user }) {
  useDocumentTitle(t('home.pageTitle'));
  const tiles = [];
  if (user.role === 'ADMIN') {
    tiles.push(h(Tile, { key: 'est', link: 'establishments', href: establishmentsHref(), title: t('home.establishments'), text: t('home.establishmentsText') }));
  } else if (user.role === 'DDFPT' && user.establishment) {
    tiles.push(h(Tile, { key: 'est', link: 'establishment', href: establishmentHref(user.establishment.id), title: t('home.myEstablishment'), text: t('home.myEstablishmentText', { name: user.establishment.name }) }));
  }
  if (STAFF_ROLES.includes(user.role)) {
    tiles.unshift(h(Tile, { key: 'periods', link: 'periods', href: periodsHref(), title: t('home.periods'), text: t('home.periodsText') }));
  } else if (user.role === 'LEARNER') {
    tiles.unshift(h(Tile, { key: 'periods', link: 'my-periods', href: myPeriodsHref(), title: t('home.myPeriods'), text: t('home.myPeriodsText') }));
    tiles.splice(1, 0, h(BookletTile, { key: 'booklet', learnerId: user.learnerId }));
  } else if (user.role === 'MASTER') {
    tiles.unshift(h(Tile, { key: 'periods', link: 'my-periods', href: myPeriodsHref(), title: t('home.apprentices'), text: t('home.apprenticesText') }));
  }
  tiles.push(h(Tile, { key: 'ref', link: 'referentials', href: referentialListHref(), title: t('home.referentials'), text: t('home.referentialsText') }));
  if (user.role === 'TUTOR') {
    tiles.unshift(h(Tile, { key: 'trainer', link: 'trainer-home', href: trainerHomeHref(), title: t('home.trainerHome'), text: t('home.trainerHomeText') }));
  } else {
    tiles.push(h(Tile, { key: 'acc', link: 'account', href: accountHref(), title: t('home.account'), text: t('home.accountText') }));
  }
  return h('div', { class: 'page page--home', 'data-page': 'home' },
    h('h1', null, t('home.heading', { firstName: user.firstName || user.login })),
    h('p', { class: 'lead' }, user.establishment
      ? t('home.introWithEstablishment', { role: roleLabel(user.role), establishment: user.establishment.name })
      : t('home.intro', { role: roleLabel(user.role) })),
    h('ul', { class: 'tiles' }, tiles));
}
