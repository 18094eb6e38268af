// GEOLOCATION (a marker on a map: Leaflet from its WebJar, the tile server from etc/org.passerelle.web.cfg; without
// one, a blank map on which a click places the marker, the coordinates typed by hand, and the address shown) and
// ORG_CHART (people the learner adds, each « rattaché à » another, shown as a tree of nested lists).
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, tn } from '/app/i18n.js';
import { fetchSiteSettings } from '/app/followup-api.js';
import { FieldMarks, FieldNotes, fieldId, useDoc } from '/app/components/doc-field.js';

const LEAFLET = '/webjars/leaflet/1.9.4/dist/';
const FRANCE = [46.6, 2.4];
const list = (value) => (Array.isArray(value) ? value : []);

let leaflet = null;

/** Leaflet's module and style sheet, fetched once, when a map is first shown. */
function loadLeaflet() {
  if (!leaflet) {
    if (!document.querySelector('link[data-leaflet]')) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = LEAFLET + 'leaflet.css';
      link.setAttribute('data-leaflet', '');
      document.head.appendChild(link);
    }
    leaflet = Promise.all([import(LEAFLET + 'leaflet-src.esm.js'), fetchSiteSettings()]);
  }
  return leaflet;
}

function parseDegrees(text, max) {
  const number = Number(String(text).trim().replace(',', '.'));
  return String(text).trim() !== '' && Number.isFinite(number) && Math.abs(number) <= max ? number : null;
}

const round = (n) => Math.round(n * 1e6) / 1e6;

function MapView({ value, onPick, writable, visible }) {
  const element = useRef(null);
  const state = useRef({ map: null, marker: null, L: null });
  const [failed, setFailed] = useState(false);
  const [tiles, setTiles] = useState(null);
  useEffect(() => {
    let live = true;
    loadLeaflet().then(([L, settings]) => {
      if (!live || !element.current) return;
      const map = L.map(element.current, { attributionControl: true, zoomControl: true });
      const tileUrl = settings && settings.map ? settings.map.tileUrl : '';
      if (tileUrl) L.tileLayer(tileUrl, { attribution: settings.map.attribution || '', maxZoom: 19 }).addTo(map);
      map.attributionControl.setPrefix(false);
      setTiles(!!tileUrl);
      map.setView(value ? [value.latitude, value.longitude] : FRANCE, value ? 15 : 5);
      if (writable) map.on('click', (event) => onPickRef.current({ latitude: round(event.latlng.lat), longitude: round(event.latlng.lng) }));
      state.current = { map, marker: null, L };
      placeMarker();
    }, () => live && setFailed(true));
    return () => {
      live = false;
      if (state.current.map) state.current.map.remove();
      state.current = { map: null, marker: null, L: null };
    };
  }, []);
  const onPickRef = useRef(onPick);
  onPickRef.current = onPick;
  const valueRef = useRef(value);
  valueRef.current = value;
  function placeMarker() {
    const { map, L } = state.current;
    const value = valueRef.current;
    if (!map) return;
    if (state.current.marker) {
      state.current.marker.remove();
      state.current.marker = null;
    }
    if (value) {
      state.current.marker = L.circleMarker([value.latitude, value.longitude], { radius: 9, weight: 3, color: '#b3261e', fillOpacity: 0.6 }).addTo(map);
      if (!map.getBounds().contains([value.latitude, value.longitude])) map.setView([value.latitude, value.longitude], Math.max(map.getZoom(), 12));
    }
  }
  useEffect(placeMarker, [value && value.latitude, value && value.longitude]);
  // A map drawn in a hidden tab has no size: measured again when shown.
  useEffect(() => { if (visible && state.current.map) state.current.map.invalidateSize(); }, [visible]);
  if (failed) return h('p', { class: 'notice' }, t('geo.mapFailed'));
  return [
    h('div', { class: 'geo-map' + (tiles === false ? ' geo-map--blank' : ''), ref: element, key: 'map', 'data-map': tiles === null ? 'loading' : tiles ? 'tiles' : 'blank',
      role: 'application', 'aria-label': writable ? t('geo.mapLabelWritable') : t('geo.mapLabel') }),
    tiles === false ? h('p', { class: 'muted', key: 'note' }, writable ? t('geo.noTilesWritable') : t('geo.noTiles')) : null,
  ];
}

export function GeolocationField({ field, value, onValue, path }) {
  const doc = useDoc();
  const point = value && Number.isFinite(value.latitude) && Number.isFinite(value.longitude) ? value : null;
  const [typed, setTyped] = useState({ latitude: point ? String(point.latitude) : '', longitude: point ? String(point.longitude) : '' });
  const [typedError, setTypedError] = useState(null);
  const typedNow = useRef(typed);
  typedNow.current = typed;
  // A point from elsewhere (a click on the map, the saved page) is written in the boxes; never the one being typed,
  // whose text says more than its number (« 45, » on the way to « 45,75 »).
  useEffect(() => {
    const shown = typedNow.current;
    if (point && (parseDegrees(shown.latitude, 90) !== point.latitude || parseDegrees(shown.longitude, 180) !== point.longitude)) {
      setTyped({ latitude: String(point.latitude).replace('.', ','), longitude: String(point.longitude).replace('.', ',') });
      setTypedError(null);
    }
  }, [point && point.latitude, point && point.longitude]);
  const id = fieldId(path);
  const judge = (next) => {
    const latitude = parseDegrees(next.latitude, 90);
    const longitude = parseDegrees(next.longitude, 180);
    if (next.latitude.trim() === '' && next.longitude.trim() === '') return { value: null };
    return latitude === null || longitude === null ? { error: t('geo.invalid') } : { value: { latitude, longitude } };
  };
  // Judged while typing, kept when the box is left: a half-typed number (« 20 » on the way to « 200 ») is never saved.
  const onType = (name, text) => {
    const next = { ...typed, [name]: text };
    setTyped(next);
    if (!judge(next).error) setTypedError(null);
  };
  const onLeave = () => {
    const judged = judge(typedNow.current);
    setTypedError(judged.error || null);
    if (!judged.error && JSON.stringify(judged.value) !== JSON.stringify(point)) onValue(judged.value);
  };
  return h('fieldset', { class: 'doc-geo', 'data-field': path, 'data-field-type': 'GEOLOCATION' },
    h('legend', null, field.label, h(FieldMarks, { field, path })),
    h(FieldNotes, { field, path }),
    h('p', { 'data-address': '' }, h('strong', null, t('geo.address')), ' ', doc.address || h('span', { class: 'muted' }, t('doc.empty'))),
    doc.writable
      ? h('div', { class: 'form-grid form-grid--two' },
        ['latitude', 'longitude'].map((name) => h('div', { class: 'form-field', key: name },
          h('label', { for: id + '-' + name, class: 'form-field__label' }, t('geo.' + name)),
          h('input', { id: id + '-' + name, name: path + '.' + name, class: 'input', inputmode: 'decimal', autocomplete: 'off',
            value: typed[name], onInput: (event) => onType(name, event.currentTarget.value), onBlur: onLeave,
            'aria-invalid': typedError ? 'true' : undefined }))))
      : h('p', { 'data-coordinates': '' }, point ? t('geo.coordinates', { latitude: point.latitude, longitude: point.longitude }) : t('geo.none')),
    typedError ? h('p', { class: 'form-field__error', role: 'alert' }, typedError) : null,
    doc.writable && point ? h('button', { type: 'button', class: 'button button--small', onClick: () => { setTyped({ latitude: '', longitude: '' }); onValue(null); } }, t('geo.clear')) : null,
    h(MapView, { value: point, onPick: onValue, writable: doc.writable, visible: doc.visible }));
}

// ---------------------------------------------------------------- org chart

/** The people under `id` (to keep a person from being attached under themselves). */
function descendants(nodes, id) {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of nodes) {
      if (node.parent && found.has(node.parent) && !found.has(node.id)) {
        found.add(node.id);
        grew = true;
      }
    }
  }
  return found;
}

function Tree({ nodes, parent, depth }) {
  const children = nodes.filter((n) => (n.parent || null) === parent);
  if (children.length === 0) return null;
  return h('ul', { class: depth === 0 ? 'org-tree' : 'org-tree__children' }, children.map((n) => h('li', { key: n.id, 'data-person': n.name },
    h('span', { class: 'org-tree__person' }, h('strong', null, n.name || t('org.noName')), n.role ? ' — ' + n.role : ''),
    depth < 50 ? h(Tree, { nodes, parent: n.id, depth: depth + 1 }) : null)));
}

export function OrgChartField({ field, value, onValue, path }) {
  const doc = useDoc();
  // The person whose removal is being asked (« Confirmer la suppression ? Oui / Non »), by id.
  const [asking, setAsking] = useState(null);
  const nodes = list(value && value.nodes);
  const ids = new Set(nodes.map((n) => n.id));
  // A person whose manager is gone is shown as a root.
  const shown = nodes.map((n) => (n.parent && !ids.has(n.parent) ? { ...n, parent: null } : n));
  const id = fieldId(path);
  const set = (next) => onValue(next.length ? { nodes: next } : null);
  const change = (index, patch) => set(nodes.map((n, i) => (i === index ? { ...n, ...patch } : n)));
  const remove = (index) => {
    const gone = nodes[index].id;
    set(nodes.filter((n, i) => i !== index).map((n) => (n.parent === gone ? { ...n, parent: nodes[index].parent || null } : n)));
  };
  const add = () => set(nodes.concat([{ id: 'p' + Date.now().toString(36) + Math.floor(Math.random() * 1e4), name: '', role: '', parent: nodes.length ? nodes[0].id : null }]));
  return h('fieldset', { class: 'doc-org', 'data-field': path, 'data-field-type': 'ORG_CHART' },
    h('legend', null, field.label, ' ', h('span', { class: 'counter' }, tn('org.count', nodes.length)), h(FieldMarks, { field, path })),
    h(FieldNotes, { field, path }),
    nodes.length ? h(Tree, { nodes: shown, parent: null, depth: 0 }) : h('p', { class: 'muted' }, t('org.empty')),
    doc.writable ? h('div', { class: 'org-editor' },
      nodes.map((n, index) => {
        const excluded = descendants(nodes, n.id);
        return h('div', { class: 'card org-editor__person', key: n.id, 'data-org-row': String(index) },
          h('div', { class: 'form-grid' },
            h('div', { class: 'form-field' }, h('label', { class: 'form-field__label', for: id + '-name-' + index }, t('org.name')),
              h('input', { class: 'input', id: id + '-name-' + index, name: path + '.name.' + index, value: n.name || '', maxLength: 200, onInput: (e) => change(index, { name: e.currentTarget.value }) })),
            h('div', { class: 'form-field' }, h('label', { class: 'form-field__label', for: id + '-role-' + index }, t('org.role')),
              h('input', { class: 'input', id: id + '-role-' + index, name: path + '.role.' + index, value: n.role || '', maxLength: 200, onInput: (e) => change(index, { role: e.currentTarget.value }) })),
            h('div', { class: 'form-field' }, h('label', { class: 'form-field__label', for: id + '-parent-' + index }, t('org.parent')),
              h('select', { class: 'input', id: id + '-parent-' + index, name: path + '.parent.' + index, value: n.parent && ids.has(n.parent) ? n.parent : '',
                onChange: (e) => change(index, { parent: e.currentTarget.value || null }) },
              h('option', { value: '' }, t('org.noParent')),
              nodes.filter((o) => !excluded.has(o.id)).map((o) => h('option', { key: o.id, value: o.id }, (o.name || t('org.noName')) + (o.role ? ' — ' + o.role : '')))))),
          asking === n.id
            ? h('div', { class: 'confirm', role: 'group', 'aria-label': t('org.removeQuestion'), 'data-confirm': 'remove-person' },
              h('p', null, t('org.removeQuestion')),
              h('button', { type: 'button', class: 'button button--danger', 'data-action': 'confirm-remove-person', onClick: () => { setAsking(null); remove(index); } }, t('org.removeYes')),
              ' ', h('button', { type: 'button', class: 'button', 'data-action': 'cancel-remove-person', onClick: () => setAsking(null) }, t('org.removeNo')))
            : h('button', { type: 'button', class: 'button button--small', 'data-action': 'remove-person', onClick: () => setAsking(n.id) }, t('org.remove')));
      }),
      h('button', { type: 'button', class: 'button', 'data-action': 'add-person', onClick: add }, '+ ', t('org.add'))) : null);
}
