// Page frame (header with who is signed in, main, footer) and route dispatch.
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '/app/i18n.js';
import {
  accountHref, currentPath, dashboardHref, establishmentHref, evaluationsHref, establishmentsHref, homeHref, myPeriodsHref, periodsHref, referentialListHref,
  signInHref, trainerHomeHref, useRoute,
} from '/app/router.js';
import { ADMIN_ROLES, SessionProvider, useSession } from '/app/session.js';
import { Loading } from '/app/components/common.js';
import { fullName, roleLabel } from '/app/components/forms.js';
import { RequireSignIn } from '/app/components/guard.js';
import { TrainerHomePage, TrainerLinkPage } from '/app/components/trainer-access.js';
import { lazyPage } from '/app/components/lazy.js';
import { STAFF_ROLES } from '/app/components/periods-common.js';

// Fetched when first opened (components/lazy.js), so that each role downloads its own pages only. The tutor's pages
// (trainer-access.js) stay in the first load: a tutor opens the e-mailed link on a phone during a company visit, often
// on poor mobile data, where each further round of requests costs seconds.
const ReferentialList = lazyPage(() => import('/app/components/referential-list.js'), 'ReferentialList');
const SignInPage = lazyPage(() => import('/app/components/sign-in.js'), 'SignInPage');
const HomePage = lazyPage(() => import('/app/components/home.js'), 'HomePage');
const NotFound = lazyPage(() => import('/app/components/not-found.js'), 'NotFound');
const ReferentialPage = lazyPage(() => import('/app/components/referential-page.js'), 'ReferentialPage');
const AccountPage = lazyPage(() => import('/app/components/account.js'), 'AccountPage');
const EstablishmentsPage = lazyPage(() => import('/app/components/admin-establishments.js'), 'EstablishmentsPage');
const EstablishmentPage = lazyPage(() => import('/app/components/admin-establishment.js'), 'EstablishmentPage');
const PeriodsPage = lazyPage(() => import('/app/components/periods-page.js'), 'PeriodsPage');
const PeriodPage = lazyPage(() => import('/app/components/period-page.js'), 'PeriodPage');
const PeriodTutorsPage = lazyPage(() => import('/app/components/period-tutors.js'), 'PeriodTutorsPage');
const AnnexesPage = lazyPage(() => import('/app/components/annexes.js'), 'AnnexesPage');
const AnnexFormPage = lazyPage(() => import('/app/components/annexes.js'), 'AnnexFormPage');
const NewPeriodPage = lazyPage(() => import('/app/components/annexes.js'), 'NewPeriodPage');
const PlacementPage = lazyPage(() => import('/app/components/placement-page.js'), 'PlacementPage');
const MyPeriodsPage = lazyPage(() => import('/app/components/my-periods.js'), 'MyPeriodsPage');
// Issue 11: the portfolio, logbook and activity sheets, opened by learners, staff, tutors and masters alike.
const FollowUpPage = lazyPage(() => import('/app/components/followup-page.js'), 'FollowUpPage');
const SheetPage = lazyPage(() => import('/app/components/sheet-page.js'), 'SheetPage');
// Issue 11, item 5: an apprentice's booklet, read by everyone around them, each writing their sections.
const BookletPage = lazyPage(() => import('/app/components/booklet-page.js'), 'BookletPage');
// Issue 12: a placement's company review, filled jointly by the teacher and the tutor or master (a phone at the visit).
const CompanyReviewPage = lazyPage(() => import('/app/components/company-review.js'), 'CompanyReviewPage');
// The professional attitudes review (any period kind): the tutor or master, then the teacher on the school's side.
const AttitudesReviewPage = lazyPage(() => import('/app/components/attitudes-review.js'), 'AttitudesReviewPage');

// Issue 12: school evaluations of a class (staff) and a learner's dashboard (everyone around the learner).
const EvaluationsPage = lazyPage(() => import('/app/components/evaluations-page.js'), 'EvaluationsPage');
const NewEvaluationPage = lazyPage(() => import('/app/components/evaluation-form.js'), 'NewEvaluationPage');
const EditEvaluationPage = lazyPage(() => import('/app/components/evaluation-form.js'), 'EditEvaluationPage');
const EvaluationGridPage = lazyPage(() => import('/app/components/evaluation-grid.js'), 'EvaluationGridPage');
const DashboardPage = lazyPage(() => import('/app/components/dashboard-page.js'), 'DashboardPage');
const SynthesisPage = lazyPage(() => import('/app/components/synthesis-page.js'), 'SynthesisPage');
const CompetencyReviewPage = lazyPage(() => import('/app/components/competency-review.js'), 'CompetencyReviewPage');
const ReviewArchivePage = lazyPage(() => import('/app/components/competency-review-archive.js'), 'ReviewArchivePage');

const EVALUATION_ROUTES = ['evaluations', 'newEvaluation', 'editEvaluation', 'evaluation', 'dashboard', 'synthesis', 'competencyReview', 'reviewArchive'];

const PERIOD_ROUTES = ['periods', 'period', 'annexes', 'annex', 'newAnnex', 'newPeriod', 'placement', 'followUp', 'sheet', 'booklet', 'companyReview', 'attitudesReview'];

function UserBox({ route }) {
  const session = useSession();
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  if (session.status === 'loading') return h('div', { class: 'user-box user-box--loading', 'aria-hidden': 'true' });
  if (session.status !== 'signedIn') {
    if (route.name === 'signIn') return null;
    return h('div', { class: 'user-box' },
      h('a', { class: 'button button--header', href: signInHref(currentPath()), 'data-action': 'sign-in' }, t('session.signIn')));
  }
  const user = session.user;
  const onSignOut = async () => {
    setBusy(true);
    setError(null);
    try {
      await session.signOut();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return h('div', { class: 'user-box', 'data-current-user': user.login, 'data-current-role': user.role },
    h('p', { class: 'user-box__who' },
      h('span', { class: 'user-box__name' }, fullName(user)),
      h('span', { class: 'user-box__role' }, roleLabel(user.role)),
      user.establishment ? h('span', { class: 'user-box__establishment' }, user.establishment.name) : null),
    h('div', { class: 'user-box__actions' },
      // A company trainer signs in by their link only: they have no password to change.
      // On a phone it goes to the navigation bar (SiteNav): the full name « Passerelle » keeps its room.
      user.role === 'TUTOR' ? null : h('a', { class: 'button button--header user-box__account', href: accountHref(), 'aria-current': route.name === 'account' ? 'page' : undefined }, t('session.account')),
      h('button', { type: 'button', class: 'button button--header', 'data-action': 'sign-out', disabled: busy, onClick: onSignOut }, t('session.signOut'))),
    error ? h('p', { class: 'user-box__error', role: 'alert' }, t('session.signOutFailed', { detail: error.message })) : null);
}

/** Main links once signed in. */
function SiteNav({ route }) {
  const session = useSession();
  if (session.status !== 'signedIn') return null;
  const user = session.user;
  const links = [{ href: homeHref(), label: t('nav.home'), current: route.name === 'list', key: 'home' }];
  if (user.role === 'ADMIN') {
    links.push({ href: establishmentsHref(), label: t('nav.establishments'), current: route.name === 'establishments' || route.name === 'establishment', key: 'establishments' });
  } else if (user.role === 'DDFPT' && user.establishment) {
    links.push({ href: establishmentHref(user.establishment.id), label: t('nav.myEstablishment'), current: route.name === 'establishment' || route.name === 'establishments', key: 'establishment' });
  }
  if (STAFF_ROLES.includes(user.role)) {
    links.push({ href: periodsHref(), label: t('nav.periods'), current: PERIOD_ROUTES.includes(route.name), key: 'periods' });
    links.push({ href: evaluationsHref(), label: t('nav.evaluations'), current: EVALUATION_ROUTES.includes(route.name), key: 'evaluations' });
  } else if (user.role === 'LEARNER' || user.role === 'MASTER') {
    links.push({ href: myPeriodsHref(), label: user.role === 'MASTER' ? t('nav.apprentices') : t('nav.myPeriods'), current: ['myPeriods', 'placement', 'followUp', 'sheet', 'booklet', 'companyReview', 'attitudesReview'].includes(route.name), key: 'my-periods' });
    if (user.role === 'LEARNER' && user.learnerId) {
      links.push({ href: dashboardHref(user.learnerId), label: t('nav.myEvaluations'), current: route.name === 'dashboard', key: 'my-evaluations' });
    }
  } else if (user.role === 'TUTOR') {
    links.push({ href: trainerHomeHref(), label: t('nav.trainerHome'), current: ['trainerHome', 'followUp', 'sheet', 'companyReview', 'attitudesReview'].includes(route.name), key: 'trainer-home' });
  }
  links.push({ href: referentialListHref(), label: t('nav.referentials'), current: route.name === 'referentials' || route.name === 'referential', key: 'referentials' });
  // « Mon compte », in the header on a wide screen, is here on a phone only (phone.css).
  if (user.role !== 'TUTOR') links.push({ href: accountHref(), label: t('session.account'), current: route.name === 'account', key: 'account', phoneOnly: true });
  return h('nav', { class: 'site-nav', 'aria-label': t('nav.label') },
    h('ul', { class: 'site-nav__list' }, links.map((link) => h('li', { key: link.key, class: link.phoneOnly ? 'site-nav__item--phone' : undefined },
      h('a', { href: link.href, class: 'site-nav__link' + (link.current ? ' is-current' : ''), 'aria-current': link.current ? 'page' : undefined, 'data-nav': link.key }, link.label)))));
}

function Header({ route }) {
  return h('header', { class: 'site-header' },
    h('div', { class: 'site-header__inner' },
      h('a', { class: 'brand', href: homeHref(), 'aria-label': t('app.homeLink') },
        h('span', { class: 'brand__mark', 'aria-hidden': 'true' }),
        h('span', { class: 'brand__text' },
          h('span', { class: 'brand__name' }, t('app.name')),
          h('span', { class: 'brand__subtitle' }, t('app.subtitle')))),
      h(UserBox, { route })),
    h(SiteNav, { route }));
}

function Footer() {
  return h('footer', { class: 'site-footer' },
    h('div', { class: 'site-footer__inner' },
      h('p', null, t('app.footer')),
      h('p', { class: 'muted' }, t('app.footerNote'))));
}

function Home() {
  const session = useSession();
  if (session.status === 'loading') return h('div', { class: 'page' }, h(Loading));
  if (session.status === 'signedIn') return h(HomePage, { user: session.user });
  return h(ReferentialList, { key: 'list' });
}

function routeContent(route) {
  switch (route.name) {
    case 'list':
      return h(Home, { key: 'home' });
    case 'referentials':
      return h(ReferentialList, { key: 'list' });
    case 'referential':
      return h(ReferentialPage, { key: 'ref:' + route.code + '@' + (route.version || ''), code: route.code, version: route.version });
    case 'signIn':
      return h(SignInPage, { key: 'sign-in', returnTo: route.returnTo });
    case 'account':
      return h(RequireSignIn, { key: 'account', render: (user) => h(AccountPage, { user }) });
    case 'establishments':
      return h(RequireSignIn, { key: 'establishments', roles: ADMIN_ROLES, render: (user) => h(EstablishmentsPage, { user }) });
    case 'establishment':
      return h(RequireSignIn, {
        key: 'establishment:' + route.id,
        roles: ADMIN_ROLES,
        render: (user) => h(EstablishmentPage, { id: route.id, tab: route.tab, user }),
      });
    case 'periods':
      return h(RequireSignIn, { key: 'periods', roles: STAFF_ROLES, render: (user) => h(PeriodsPage, { user, route }) });
    case 'period':
      return h(RequireSignIn, { key: 'period:' + route.id, roles: STAFF_ROLES, render: () => h(PeriodPage, { id: route.id, tab: route.tab }) });
    case 'periodTutors':
      return h(RequireSignIn, { key: 'period-tutors:' + route.id, roles: STAFF_ROLES, render: () => h(PeriodTutorsPage, { id: route.id, placementId: route.placementId }) });
    case 'annexes':
      return h(RequireSignIn, { key: 'annexes', roles: STAFF_ROLES, render: (user) => h(AnnexesPage, { user, levelId: route.levelId }) });
    case 'newAnnex':
      return h(RequireSignIn, { key: 'new-annex', roles: STAFF_ROLES, render: (user) => h(AnnexFormPage, { user, levelId: route.levelId }) });
    case 'annex':
      return h(RequireSignIn, { key: 'annex:' + route.id, roles: STAFF_ROLES, render: (user) => h(AnnexFormPage, { user, annexId: route.id }) });
    case 'newPeriod':
      return h(RequireSignIn, { key: 'new-period:' + route.annexId, roles: STAFF_ROLES, render: (user) => h(NewPeriodPage, { user, annexId: route.annexId }) });
    case 'placement':
      return h(RequireSignIn, { key: 'placement:' + route.id, render: (user) => h(PlacementPage, { id: route.id, tab: route.tab, user }) });
    case 'myPeriods':
      return h(RequireSignIn, { key: 'my-periods', roles: ['LEARNER', 'MASTER'], render: (user) => h(MyPeriodsPage, { user }) });
    case 'followUp':
      return h(RequireSignIn, { key: 'follow-up:' + route.id, render: (user) => h(FollowUpPage, { id: route.id, tab: route.tab, user }) });
    case 'sheet':
      return h(RequireSignIn, { key: 'sheet:' + route.id, render: (user) => h(SheetPage, { id: route.id, tab: route.tab, user }) });
    case 'booklet':
      return h(RequireSignIn, { key: 'booklet:' + route.id, roles: [...STAFF_ROLES, 'LEARNER', 'MASTER'], render: (user) => h(BookletPage, { id: route.id, tab: route.tab, returnTo: route.returnTo, user }) });
    case 'companyReview':
      return h(RequireSignIn, { key: 'company-review:' + route.id, render: (user) => h(CompanyReviewPage, { id: route.id, returnTo: route.returnTo, user }) });
    case 'attitudesReview':
      return h(RequireSignIn, { key: 'attitudes-review:' + route.id, render: (user) => h(AttitudesReviewPage, { id: route.id, returnTo: route.returnTo, user }) });
    case 'evaluations':
      return h(RequireSignIn, { key: 'evaluations', roles: STAFF_ROLES, render: (user) => h(EvaluationsPage, { user, route }) });
    case 'newEvaluation':
      return h(RequireSignIn, { key: 'new-evaluation', roles: STAFF_ROLES, render: (user) => h(NewEvaluationPage, { user, route }) });
    case 'evaluation':
      return h(RequireSignIn, { key: 'evaluation:' + route.id, roles: STAFF_ROLES, render: () => h(EvaluationGridPage, { id: route.id }) });
    case 'editEvaluation':
      return h(RequireSignIn, { key: 'edit-evaluation:' + route.id, roles: STAFF_ROLES, render: () => h(EditEvaluationPage, { id: route.id }) });
    case 'dashboard':
      return h(RequireSignIn, { key: 'dashboard', render: (user) => h(DashboardPage, { user, route }) });
    case 'synthesis':
      return h(RequireSignIn, { key: 'synthesis', render: (user) => h(SynthesisPage, { user, route }) });
    case 'competencyReview':
      return h(RequireSignIn, { key: 'competency-review:' + route.id, render: (user) => h(CompetencyReviewPage, { id: route.id, user }) });
    case 'reviewArchive':
      return h(RequireSignIn, { key: 'review-archive:' + route.learnerId, render: (user) => h(ReviewArchivePage, { learnerId: route.learnerId, user }) });
    case 'trainerLink':
      return h(TrainerLinkPage, { key: 'trainer-link', token: route.token });
    case 'trainerHome':
      return h(RequireSignIn, { key: 'trainer-home', roles: ['TUTOR'], render: (user) => h(TrainerHomePage, { user }) });
    default:
      return h(NotFound, { key: 'not-found' });
  }
}

/** What moving to another address changes: a new page takes the focus, a new tab of the same page does not. */
function focusKey(route) {
  switch (route.name) {
    case 'establishment': return 'establishment:' + route.id;
    case 'period': return 'period:' + route.id;
    case 'placement': return 'placement:' + route.id;
    // A tab of a portfolio or a sheet is a page of the same document: no jump.
    case 'followUp': return 'follow-up:' + route.id;
    case 'sheet': return 'sheet:' + route.id;
    case 'booklet': return 'booklet:' + route.id;
    // Choosing a class or the next learner of the dashboard, or another class's evaluations: no jump.
    case 'dashboard': return 'dashboard';
    case 'evaluations': return 'evaluations';
    // Choosing a learner in « Gestion des tuteurs » opens their tutor beside the list: no jump either.
    case 'periodTutors': return 'period-tutors:' + route.id;
    // Choosing a period or a learner fills the work area below: the page must not jump to the top.
    case 'periods': return 'periods:' + route.levelId + ':' + route.view;
    default: return route.hash;
  }
}

function Frame() {
  const route = useRoute();
  const main = useRef(null);
  const first = useRef(true);
  const key = focusKey(route);

  // On navigation (not on first load): back to the top, focus on the new content.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    if (main.current) main.current.focus({ preventScroll: true });
  }, [key]);

  return [
    h('a', { class: 'skip-link', href: '#main', key: 'skip', onClick: (e) => { e.preventDefault(); main.current && main.current.focus(); } }, t('app.skipLink')),
    h(Header, { key: 'header', route }),
    h('main', { id: 'main', class: 'site-main', tabIndex: -1, ref: main, key: 'main' }, routeContent(route)),
    h(Footer, { key: 'footer' }),
  ];
}

export function App() {
  return h(SessionProvider, null, h(Frame));
}
