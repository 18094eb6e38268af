// Pages fetched on demand: a role's modules (administration, imports, annexes, periods management…) are downloaded
// only when one of its pages is opened, so that a tutor on a phone never pays for them. The index page's import map
// sends each import() to the module's versioned address, like the static imports.
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '/app/i18n.js';
import { Loading } from '/app/components/common.js';

/**
 * A component standing for `exportName` of the module that `load` imports (`() => import('/app/components/x.js')`):
 * « Chargement… » while the module comes, then the page with the same props; if the module cannot be fetched (no
 * network, or a new release replaced it), a French error with « Réessayer » and « Recharger la page ».
 */
export function lazyPage(load, exportName) {
  let component = null;
  let pending = null;
  const fetchComponent = () => {
    if (!pending) {
      pending = load().then((module) => {
        component = module[exportName];
        return component;
      }, (error) => {
        // Forgotten, so that « Réessayer » asks the network again.
        pending = null;
        throw error;
      });
    }
    return pending;
  };

  function LazyPage(props) {
    const [state, setState] = useState({ attempt: 0, error: null, ready: component !== null });
    useEffect(() => {
      if (component) {
        if (!state.ready) setState({ attempt: state.attempt, error: null, ready: true });
        return undefined;
      }
      let live = true;
      fetchComponent().then(
        () => live && setState({ attempt: state.attempt, error: null, ready: true }),
        (error) => {
          console.warn('module of ' + exportName + ' not loaded: ' + (error && error.message));
          if (live) setState({ attempt: state.attempt, error, ready: false });
        },
      );
      return () => { live = false; };
    }, [state.attempt]);
    if (component) return h(component, props);
    if (state.error) {
      return h('div', { class: 'page', 'data-chunk-error': exportName },
        h('h1', null, t('lazy.failedTitle')),
        h('p', { class: 'notice', role: 'alert' }, t('lazy.failedText')),
        h('p', { class: 'row-actions' },
          h('button', {
            type: 'button', class: 'button button--primary', 'data-action': 'retry-chunk',
            onClick: () => setState({ attempt: state.attempt + 1, error: null, ready: false }),
          }, t('lazy.retry')),
          h('button', { type: 'button', class: 'button', 'data-action': 'reload-page', onClick: () => window.location.reload() }, t('lazy.reload'))));
    }
    return h('div', { class: 'page', 'data-chunk-loading': exportName }, h(Loading));
  }
  LazyPage.displayName = 'Lazy(' + exportName + ')';
  return LazyPage;
}
