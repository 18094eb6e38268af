// Hash routing:
//   #/                                   list of referentials
//   #/referentiels/{CODE}[?version=X]    one referential
//   anything else                        not found
import { useEffect, useState } from 'preact/hooks';

export function parseHash(hash) {
  let raw = (hash || '').replace(/^#/, '');
  if (raw === '') raw = '/';
  const queryStart = raw.indexOf('?');
  const path = queryStart >= 0 ? raw.slice(0, queryStart) : raw;
  const params = new URLSearchParams(queryStart >= 0 ? raw.slice(queryStart + 1) : '');
  if (!path.startsWith('/')) return { name: 'notFound', path };
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) return { name: 'list' };
  if (segments.length === 2 && segments[0] === 'referentiels') {
    let code;
    try {
      code = decodeURIComponent(segments[1]);
    } catch (e) {
      return { name: 'notFound', path };
    }
    const version = params.get('version');
    return { name: 'referential', code, version: version ? version : null };
  }
  return { name: 'notFound', path };
}

export function homeHref() {
  return '#/';
}

export function referentialHref(code, version) {
  return '#/referentiels/' + encodeURIComponent(code) + (version ? '?version=' + encodeURIComponent(version) : '');
}

export function navigate(href) {
  if (window.location.hash !== href) window.location.hash = href;
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
