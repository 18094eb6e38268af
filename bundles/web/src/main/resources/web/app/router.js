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
//   anything else                               not found
import { useEffect, useState } from 'preact/hooks';

/** Tabs of an establishment page, as they appear in the address (the first one is the default). */
export const ESTABLISHMENT_TABS = ['niveaux', 'classes', 'personnel', 'apprenants', 'imports', 'journal'];

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
