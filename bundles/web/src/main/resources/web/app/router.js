// Hash routing:
//   #/                                          referentials when signed out, home with links when signed in
//   #/referentiels                              list of referentials (always)
//   #/referentiels/{CODE}[?version=X]           one referential
//   #/connexion[?retour=/path]                  sign-in, then back to `retour` (or home)
//   #/mon-compte                                my account (password change)
//   #/acces/{token}                             a company trainer opens their e-mailed link (then #/mon-acces)
//   #/mon-acces                                 what a trainer's link opens
//   #/admin/etablissements                      establishments (ADMIN; DDFPT: their own)
//   #/admin/etablissements/{id}[/{tab}]         one establishment; tab among ESTABLISHMENT_TABS
//   #/periodes[?niveau=ID][&vue=apprenants][&periode=ID][&apprenant=ID]
//                                               periods of a class level: view by periods (a period's learners) or
//                                               by learners (a learner's periods and free sheets); staff
//   #/periodes/{id}[/{tab}]                     a period's parameters; tab among PERIOD_TABS
//   #/periodes/{id}/tuteurs[?fiche=ID]          « Gestion des tuteurs » of a period; staff
//   #/annexes[?niveau=ID]                       pedagogical annexes of a class level; #/annexes/nouvelle[?niveau=ID]
//   #/annexes/{id}                              one annex (edit); #/annexes/{id}/nouvelle-periode creates a period
//   #/fiches-liaison/{id}[/{tab}]               a placement's liaison sheet and folder; tab among PLACEMENT_TABS
//   #/mes-periodes                              a learner's periods (a master: their apprentices')
//   #/suivi/{placementId}[/{tab}]               what the learner keeps for a placement (issue 11): the portfolio or
//                                               logbook, one tab per page of the layout (its code), « fiches » (the
//                                               activity sheets, an apprentice's weekly sheets), « bilan-personnel »
//   #/fiches-activites/{sheetId}[/{pageCode}]   one activity sheet, one tab per page
//   #/livret/{learnerId}[/{section}][?retour=/path]
//                                               an apprentice's apprenticeship booklet (issue 11), one tab per section
//                                               (its code); `retour` the page to go back to (staff)
//   #/bilans-entreprise/{placementId}[?retour=/path]
//                                               a placement's company review (issue 12; PERIOD_2 and OTHER periods):
//                                               staff, tutor (link), master fill it, the learner reads it
//   #/bilans-attitudes/{placementId}[?retour=/path]
//                                               a placement's professional attitudes review (any period kind): the
//                                               tutor or master on the company's side, the staff on the school's,
//                                               both shown; the learner reads it
//   #/evaluations[?classe=ID]                   « Évaluations en établissement » of a class (issue 12); staff
//   #/evaluations/nouvelle?classe=ID            a new school evaluation of the class; staff
//   #/evaluations/{id}                          its whole-class grid, entered with the keyboard; staff
//   #/evaluations/{id}/modifier                 its title, date, complexity and criteria edited, or it deleted; staff
//   #/tableau-de-bord[/{learnerId}][?classe=ID] a learner's dashboard (competency view); the staff pick the class and
//                                               the learner, a learner, master or tutor opens their own learner's;
//                                               « Vue par compétences » / « Vue par activités »
//   #/bilans/{reviewId}                         a competency review (issue 12): a teacher's « bilan intermédiaire de
//                                               compétences » or a master's « Bilan des activités en entreprise »
//   #/bilans-de-competences/{learnerId}         « Bilans de compétences », the learner's reviews by date (archive)
//   #/synthese-pfmp[/{learnerId}][?niveau=ID]   the synthesis of periods in company (issue 12): a learner's, or a
//                                               whole class level's for the staff; with its PDF
//   anything else                               not found
import { useEffect, useState } from 'preact/hooks';

/** Tabs of an establishment page, as they appear in the address (the first one is the default). */
export const ESTABLISHMENT_TABS = ['niveaux', 'classes', 'personnel', 'apprenants', 'imports', 'journal'];

/** Pages of a period's parameters (the first one is the default). */
export const PERIOD_TABS = ['informations', 'apprenants', 'objectifs', 'activites'];

/** Pages of a liaison sheet and its folder (the first one is the default). */
export const PLACEMENT_TABS = ['lieu', 'objectifs', 'activites', 'tuteur', 'fiches'];

const ID = /^\d{1,15}$/;

/** A tab named by a layout (a page's code) or by the page itself. */
const TAB = /^[A-Za-z][A-Za-z0-9_-]{0,79}$/;

/** A numeric id from the query, or null. */
function idParam(params, name) {
  const value = params.get(name);
  return value && ID.test(value) ? Number(value) : null;
}

function decode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch (e) {
    return null;
  }
}

export function parseHash(hash) {
  let raw = (hash || '').replace(/^#/, '');
  if (raw === '') raw = '/';
  const queryStart = raw.indexOf('?');
  const path = queryStart >= 0 ? raw.slice(0, queryStart) : raw;
  const params = new URLSearchParams(queryStart >= 0 ? raw.slice(queryStart + 1) : '');
  if (!path.startsWith('/')) return { name: 'notFound', path };
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) return { name: 'list', path: '/' };
  if (segments[0] === 'referentiels') {
    if (segments.length === 1) return { name: 'referentials', path };
    if (segments.length === 2) {
      const code = decode(segments[1]);
      if (code === null) return { name: 'notFound', path };
      const version = params.get('version');
      return { name: 'referential', code, version: version ? version : null, path };
    }
  }
  if (segments.length === 1 && segments[0] === 'connexion') {
    return { name: 'signIn', returnTo: safeReturnPath(params.get('retour')), path };
  }
  if (segments.length === 1 && segments[0] === 'mon-compte') return { name: 'account', path };
  if (segments.length === 2 && segments[0] === 'acces' && /^[A-Za-z0-9_-]{20,100}$/.test(segments[1])) {
    return { name: 'trainerLink', token: segments[1], path: '/acces' };
  }
  if (segments.length === 1 && segments[0] === 'mon-acces') return { name: 'trainerHome', path };
  if (segments[0] === 'periodes') {
    if (segments.length === 1) {
      return {
        name: 'periods',
        levelId: idParam(params, 'niveau'),
        view: params.get('vue') === 'apprenants' ? 'learners' : 'periods',
        periodId: idParam(params, 'periode'),
        learnerId: idParam(params, 'apprenant'),
        path,
      };
    }
    if (segments.length === 3 && ID.test(segments[1]) && segments[2] === 'tuteurs') {
      return { name: 'periodTutors', id: Number(segments[1]), placementId: idParam(params, 'fiche'), path };
    }
    if ((segments.length === 2 || segments.length === 3) && ID.test(segments[1])) {
      const tab = segments.length === 3 ? segments[2] : PERIOD_TABS[0];
      if (PERIOD_TABS.includes(tab)) return { name: 'period', id: Number(segments[1]), tab, path };
    }
  }
  if (segments[0] === 'annexes') {
    if (segments.length === 1) return { name: 'annexes', levelId: idParam(params, 'niveau'), path };
    if (segments.length === 2 && segments[1] === 'nouvelle') return { name: 'newAnnex', levelId: idParam(params, 'niveau'), path };
    if (segments.length === 2 && ID.test(segments[1])) return { name: 'annex', id: Number(segments[1]), path };
    if (segments.length === 3 && ID.test(segments[1]) && segments[2] === 'nouvelle-periode') {
      return { name: 'newPeriod', annexId: Number(segments[1]), path };
    }
  }
  if (segments[0] === 'fiches-liaison' && (segments.length === 2 || segments.length === 3) && ID.test(segments[1])) {
    const tab = segments.length === 3 ? segments[2] : PLACEMENT_TABS[0];
    if (PLACEMENT_TABS.includes(tab)) return { name: 'placement', id: Number(segments[1]), tab, path };
  }
  if (segments.length === 1 && segments[0] === 'mes-periodes') return { name: 'myPeriods', path };
  if ((segments[0] === 'suivi' || segments[0] === 'fiches-activites') && (segments.length === 2 || segments.length === 3) && ID.test(segments[1])) {
    const tab = segments.length === 3 ? segments[2] : null;
    if (tab === null || TAB.test(tab)) return { name: segments[0] === 'suivi' ? 'followUp' : 'sheet', id: Number(segments[1]), tab, path };
  }
  if (segments[0] === 'livret' && (segments.length === 2 || segments.length === 3) && ID.test(segments[1])) {
    const section = segments.length === 3 ? segments[2] : null;
    if (section === null || TAB.test(section)) {
      return { name: 'booklet', id: Number(segments[1]), tab: section, returnTo: safeReturnPath(params.get('retour')), path };
    }
  }
  if (segments[0] === 'bilans-entreprise' && segments.length === 2 && ID.test(segments[1])) {
    return { name: 'companyReview', id: Number(segments[1]), returnTo: safeReturnPath(params.get('retour')), path };
  }
  if (segments[0] === 'bilans-attitudes' && segments.length === 2 && ID.test(segments[1])) {
    return { name: 'attitudesReview', id: Number(segments[1]), returnTo: safeReturnPath(params.get('retour')), path };
  }
  if (segments[0] === 'evaluations') {
    if (segments.length === 1) return { name: 'evaluations', classId: idParam(params, 'classe'), path };
    if (segments.length === 2 && segments[1] === 'nouvelle') return { name: 'newEvaluation', classId: idParam(params, 'classe'), path };
    if (segments.length === 2 && ID.test(segments[1])) return { name: 'evaluation', id: Number(segments[1]), path };
    if (segments.length === 3 && ID.test(segments[1]) && segments[2] === 'modifier') return { name: 'editEvaluation', id: Number(segments[1]), path };
  }
  if (segments[0] === 'synthese-pfmp' && segments.length <= 2) {
    if (segments.length === 1) return { name: 'synthesis', learnerId: null, levelId: idParam(params, 'niveau'), path };
    if (ID.test(segments[1])) return { name: 'synthesis', learnerId: Number(segments[1]), levelId: null, path };
  }
  if (segments[0] === 'tableau-de-bord' && segments.length <= 2) {
    if (segments.length === 1) return { name: 'dashboard', learnerId: null, classId: idParam(params, 'classe'), path };
    if (ID.test(segments[1])) return { name: 'dashboard', learnerId: Number(segments[1]), classId: idParam(params, 'classe'), path };
  }
  if (segments[0] === 'bilans' && segments.length === 2 && ID.test(segments[1])) {
    return { name: 'competencyReview', id: Number(segments[1]), path };
  }
  if (segments[0] === 'bilans-de-competences' && segments.length === 2 && ID.test(segments[1])) {
    return { name: 'reviewArchive', learnerId: Number(segments[1]), path };
  }
  if (segments[0] === 'admin' && segments[1] === 'etablissements') {
    if (segments.length === 2) return { name: 'establishments', path };
    if ((segments.length === 3 || segments.length === 4) && /^\d{1,15}$/.test(segments[2])) {
      const tab = segments.length === 4 ? segments[3] : ESTABLISHMENT_TABS[0];
      if (ESTABLISHMENT_TABS.includes(tab)) return { name: 'establishment', id: Number(segments[2]), tab, path };
    }
  }
  return { name: 'notFound', path };
}

/** A path of this application to go back to after signing in; null when absent or unsafe. */
export function safeReturnPath(value) {
  if (!value || typeof value !== 'string') return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/connexion')) return null;
  if (/[\s\\]/.test(value)) return null;
  return value;
}

export function trainerHomeHref() {
  return '#/mon-acces';
}

export function homeHref() {
  return '#/';
}

export function referentialListHref() {
  return '#/referentiels';
}

export function referentialHref(code, version) {
  return '#/referentiels/' + encodeURIComponent(code) + (version ? '?version=' + encodeURIComponent(version) : '');
}

/** The sign-in page; `returnTo` is the path (with its query) to show once signed in. */
export function signInHref(returnTo) {
  const path = safeReturnPath(returnTo);
  return '#/connexion' + (path && path !== '/' ? '?retour=' + encodeURIComponent(path) : '');
}

export function accountHref() {
  return '#/mon-compte';
}

export function establishmentsHref() {
  return '#/admin/etablissements';
}

export function establishmentHref(id, tab) {
  return '#/admin/etablissements/' + encodeURIComponent(id) + (tab && tab !== ESTABLISHMENT_TABS[0] ? '/' + tab : '');
}

/** The periods page; options: { levelId, view ('periods' | 'learners'), periodId, learnerId }. */
export function periodsHref(options = {}) {
  const query = new URLSearchParams();
  if (options.levelId) query.set('niveau', String(options.levelId));
  if (options.view === 'learners') query.set('vue', 'apprenants');
  if (options.periodId) query.set('periode', String(options.periodId));
  if (options.learnerId) query.set('apprenant', String(options.learnerId));
  const text = query.toString();
  return '#/periodes' + (text ? '?' + text : '');
}

/** « Gestion des tuteurs » of a period, with a learner's placement chosen. */
export function periodTutorsHref(periodId, placementId) {
  return '#/periodes/' + encodeURIComponent(periodId) + '/tuteurs' + (placementId ? '?fiche=' + encodeURIComponent(placementId) : '');
}

export function periodHref(id, tab) {
  return '#/periodes/' + encodeURIComponent(id) + (tab && tab !== PERIOD_TABS[0] ? '/' + tab : '');
}

export function annexesHref(levelId) {
  return '#/annexes' + (levelId ? '?niveau=' + encodeURIComponent(levelId) : '');
}

export function newAnnexHref(levelId) {
  return '#/annexes/nouvelle' + (levelId ? '?niveau=' + encodeURIComponent(levelId) : '');
}

export function annexHref(id) {
  return '#/annexes/' + encodeURIComponent(id);
}

export function newPeriodHref(annexId) {
  return '#/annexes/' + encodeURIComponent(annexId) + '/nouvelle-periode';
}

export function placementHref(id, tab) {
  return '#/fiches-liaison/' + encodeURIComponent(id) + (tab && tab !== PLACEMENT_TABS[0] ? '/' + tab : '');
}

/** What the learner keeps for a placement (portfolio, logbook, activity sheets, personal review); tab: a page's code. */
export function followUpHref(placementId, tab) {
  return '#/suivi/' + encodeURIComponent(placementId) + (tab ? '/' + encodeURIComponent(tab) : '');
}

/** One activity sheet; tab: a page's code. */
export function sheetHref(sheetId, tab) {
  return '#/fiches-activites/' + encodeURIComponent(sheetId) + (tab ? '/' + encodeURIComponent(tab) : '');
}

/** An apprentice's booklet; section: a section's code; returnTo: the path to go back to (kept from tab to tab). */
export function bookletHref(learnerId, section, returnTo) {
  const back = safeReturnPath(returnTo);
  return '#/livret/' + encodeURIComponent(learnerId) + (section ? '/' + encodeURIComponent(section) : '')
    + (back ? '?retour=' + encodeURIComponent(back) : '');
}

/** A placement's company review; returnTo: the path « Retour » goes back to. */
export function companyReviewHref(placementId, returnTo) {
  const back = safeReturnPath(returnTo);
  return '#/bilans-entreprise/' + encodeURIComponent(placementId) + (back ? '?retour=' + encodeURIComponent(back) : '');
}

/** A placement's professional attitudes review; returnTo: the path « Retour » goes back to. */
export function attitudesReviewHref(placementId, returnTo) {
  const back = safeReturnPath(returnTo);
  return '#/bilans-attitudes/' + encodeURIComponent(placementId) + (back ? '?retour=' + encodeURIComponent(back) : '');
}

/** « Évaluations en établissement », with a class chosen. */
export function evaluationsHref(classId) {
  return '#/evaluations' + (classId ? '?classe=' + encodeURIComponent(classId) : '');
}

export function newEvaluationHref(classId) {
  return '#/evaluations/nouvelle' + (classId ? '?classe=' + encodeURIComponent(classId) : '');
}

/** A school evaluation's whole-class grid. */
export function evaluationHref(id) {
  return '#/evaluations/' + encodeURIComponent(id);
}

/** A school evaluation's header and criteria, to edit (or delete it). */
export function editEvaluationHref(id) {
  return '#/evaluations/' + encodeURIComponent(id) + '/modifier';
}

/** The synthesis of periods in company: a learner's, or (staff, learnerId null) a class level's. */
export function synthesisHref(learnerId, levelId) {
  return '#/synthese-pfmp' + (learnerId ? '/' + encodeURIComponent(learnerId) : '') + (levelId ? '?niveau=' + encodeURIComponent(levelId) : '');
}

/** A learner's dashboard; classId (staff) the class whose learners the picker lists. */
export function dashboardHref(learnerId, classId) {
  return '#/tableau-de-bord' + (learnerId ? '/' + encodeURIComponent(learnerId) : '') + (classId ? '?classe=' + encodeURIComponent(classId) : '');
}

/** A competency review (intermediate or company-activity). */
export function reviewHref(id) {
  return '#/bilans/' + encodeURIComponent(id);
}

/** « Bilans de compétences »: a learner's reviews. */
export function reviewArchiveHref(learnerId) {
  return '#/bilans-de-competences/' + encodeURIComponent(learnerId);
}

export function myPeriodsHref() {
  return '#/mes-periodes';
}

/** The current address without "#" (path and query), e.g. "/admin/etablissements?x=1". */
export function currentPath() {
  const raw = window.location.hash.replace(/^#/, '');
  return raw === '' ? '/' : raw;
}

export function navigate(href) {
  if (window.location.hash !== href) window.location.hash = href;
}

/** Goes to `href` replacing the current history entry (redirections: "back" must not loop). */
export function redirect(href) {
  if (window.location.hash !== href) window.location.replace(href);
}

/** The current route; re-renders on every hash change. */
export function useRoute() {
  const [route, setRoute] = useState(() => ({ ...parseHash(window.location.hash), hash: window.location.hash }));
  useEffect(() => {
    const onChange = () => setRoute({ ...parseHash(window.location.hash), hash: window.location.hash });
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
