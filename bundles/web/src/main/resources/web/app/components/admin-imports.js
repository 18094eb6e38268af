// Tab "Imports" of an establishment: a SIECLE XML export or a CSV of learners, previewed first
// (apply=false: to create, to update with the changes, unchanged, refused), then applied (apply=true, same file).
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, tn } from '/app/i18n.js';
import { importLearners } from '/app/api.js';
import { Alert } from '/app/components/common.js';
import { FormAlert, RadioGroup, SubmitButton, Success, useForm } from '/app/components/forms.js';

const list = (value) => (Array.isArray(value) ? value : []);

const FORMATS = ['SIECLE', 'CSV'];
const ACCEPT = { SIECLE: '.xml,application/xml,text/xml', CSV: '.csv,text/csv,text/plain' };

function learnerText(line) {
  return t('imports.learner', {
    familyName: line.familyName || '',
    firstName: line.firstName || '',
  }).trim();
}

function LineHead({ line }) {
  return h('div', { class: 'import-line__head' },
    h('span', { class: 'import-line__number' }, t('imports.line', { line: line.line })),
    h('strong', null, learnerText(line)),
    // The date as it was read: a school checks how « 40435 » or « 14/09/10 » was understood before applying.
    line.birthDate ? h('span', { 'data-birth-date': line.birthDate }, t('imports.born', { date: line.birthDate })) : null,
    line.ine ? h('code', null, line.ine) : null,
    line.classCode ? h('span', { class: 'tag' }, t('imports.class', { code: line.classCode })) : null);
}

/** A line of the file and what applying it changes (updates, departures). */
function LineWithChanges({ line }) {
  return [
    h(LineHead, { line, key: 'h' }),
    list(line.changes).length
      ? h('ul', { class: 'import-changes', key: 'c', 'aria-label': t('imports.changes') }, list(line.changes).map((change, i) => h('li', { key: i }, change)))
      : null,
  ];
}

function ImportList({ kind, heading, items, empty, render }) {
  const headingId = 'import-' + kind + '-heading';
  return h('section', { class: 'import-group import-group--' + kind, 'aria-labelledby': headingId },
    h('h4', { id: headingId }, heading, ' ', h('span', { class: 'count' }, '(' + items.length + ')')),
    items.length === 0 ? h('p', { class: 'muted' }, empty) : null,
    h('ul', { class: 'import-list', 'data-import': kind }, items.map((item, index) => h('li', {
      key: kind + index,
      class: 'import-line',
      'data-line': item.line !== undefined && item.line !== null ? String(item.line) : undefined,
    }, render(item)))));
}

function Identity({ identity, heading }) {
  const who = identity || {};
  return h('div', { class: 'import-identity' },
    h('p', { class: 'import-identity__heading' }, heading),
    h('p', null, h('strong', null, t('imports.identity', { familyName: who.familyName || '', firstName: who.firstName || '', birthDate: who.birthDate || '' }))),
    h('p', null, who.ine ? h('code', null, who.ine) : null, ' ',
      who.classCode ? t('imports.identityClass', { code: who.classCode }) : t('imports.identityNoClass')));
}

/** A held line: both identities side by side, and for a probable duplicate a box to create it anyway. */
function HeldLine({ item, applied, confirmed, onConfirm }) {
  const boxId = 'import-confirm-' + item.line;
  return [
    h('div', { class: 'import-line__head', key: 'h' },
      h('span', { class: 'import-line__number' }, t('imports.line', { line: item.line })),
      h('span', { class: 'import-line__reason' }, item.reason || t('imports.noReason'))),
    h('div', { class: 'import-identities', key: 'i' },
      h(Identity, { identity: item.inFile, heading: t('imports.heldInFile') }),
      h(Identity, { identity: item.existing, heading: t('imports.heldExisting') })),
    item.confirmable && !applied && onConfirm
      ? h('p', { class: 'checkbox', key: 'c' },
        h('input', { type: 'checkbox', id: boxId, 'data-confirm-line': String(item.line), checked: !!confirmed, onChange: (event) => onConfirm(item.line, event.currentTarget.checked) }),
        ' ', h('label', { for: boxId }, t('imports.heldConfirm', { line: item.line })))
      : null,
  ];
}

/** The lists of a report. confirmed / onConfirm: the probable duplicates ticked to be created. */
export function ImportReport({ report, confirmed, onConfirm }) {
  const toCreate = list(report.toCreate);
  const toUpdate = list(report.toUpdate);
  const unchanged = list(report.unchanged);
  const departures = list(report.departures);
  const held = list(report.held);
  const refused = list(report.refused);
  const ignored = list(report.ignoredColumns);
  const applied = !!report.applied;
  const ticked = confirmed || [];
  return h('div', { class: 'import-report', 'data-import-report': applied ? 'applied' : 'preview' },
    h('ul', { class: 'counts' },
      h('li', null, tn(applied ? 'imports.countCreated' : 'imports.countCreate', toCreate.length)),
      h('li', null, tn(applied ? 'imports.countUpdated' : 'imports.countUpdate', toUpdate.length)),
      h('li', null, tn('imports.countDepartures', departures.length)),
      h('li', null, tn('imports.countUnchanged', unchanged.length)),
      h('li', null, tn('imports.countHeld', held.length)),
      h('li', null, tn('imports.countRefused', refused.length))),
    report.encoding ? h('p', { class: 'muted', 'data-import-encoding': report.encoding }, t('imports.encoding', { encoding: report.encoding })) : null,
    ignored.length ? h('p', { class: 'notice', 'data-import-ignored': ignored.join('|') }, t('imports.ignoredColumns', { names: ignored.map((n) => '«\u00a0' + n + '\u00a0»').join(', ') })) : null,
    held.length ? h(ImportList, {
      kind: 'held',
      heading: t('imports.held'),
      items: held,
      empty: t('imports.none'),
      render: (item) => h(HeldLine, { item, applied, confirmed: ticked.includes(item.line), onConfirm }),
    }) : null,
    held.length && !applied ? h('p', { class: 'muted' }, t('imports.heldIntro')) : null,
    h('div', { class: 'import-groups' },
      h(ImportList, {
        kind: 'create',
        heading: applied ? t('imports.created') : t('imports.toCreate'),
        items: toCreate,
        empty: t('imports.none'),
        render: (line) => h(LineHead, { line }),
      }),
      h(ImportList, {
        kind: 'update',
        heading: applied ? t('imports.updated') : t('imports.toUpdate'),
        items: toUpdate,
        empty: t('imports.none'),
        render: (line) => h(LineWithChanges, { line }),
      }),
      h(ImportList, {
        kind: 'departures',
        heading: applied ? t('imports.departuresDone') : t('imports.departures'),
        items: departures,
        empty: t('imports.none'),
        render: (line) => h(LineWithChanges, { line }),
      }),
      h(ImportList, {
        kind: 'unchanged',
        heading: t('imports.unchanged'),
        items: unchanged,
        empty: t('imports.none'),
        render: (line) => h(LineHead, { line }),
      }),
      h(ImportList, {
        kind: 'refused',
        heading: t('imports.refused'),
        items: refused,
        empty: t('imports.noneRefused'),
        render: (refusal) => h('div', { class: 'import-line__head' },
          h('span', { class: 'import-line__number' }, t('imports.line', { line: refusal.line })),
          refusal.field ? h('span', null, t('imports.field', { field: refusal.field })) : null,
          h('span', { class: 'import-line__reason' }, refusal.reason || t('imports.noReason'))),
      })));
}

function CsvHelp() {
  return h('details', { class: 'help', 'data-help': 'csv' },
    h('summary', null, t('imports.csvHelpTitle')),
    h('p', null, t('imports.csvHelpIntro')),
    h('pre', { class: 'sample' }, h('code', null, t('imports.csvHeader'), '\n', t('imports.csvExample'))),
    h('dl', { class: 'columns-help' },
      ['nom', 'prenom', 'ine', 'date_naissance', 'classe', 'statut', 'date_sortie'].map((column) => [
        h('dt', { key: column + 't' }, h('code', null, column)),
        h('dd', { key: column + 'd' }, t('imports.csvColumn.' + column)),
      ])),
    h('p', { class: 'muted' }, t('imports.csvHelpNote')));
}

export function ImportsTab({ establishmentId }) {
  // A file chosen is not typed work: leaving does not ask.
  const form = useForm({ format: 'SIECLE', file: null }, { guard: false });
  const [report, setReport] = useState(null);
  const [applyBusy, setApplyBusy] = useState(false);
  const [applyError, setApplyError] = useState(null);
  const [confirmed, setConfirmed] = useState([]);
  const fileInput = useRef(null);
  const reportRef = useRef(null);
  const fileId = form.id + '-file';
  const fileError = form.fieldErrors.file;

  // The result takes the focus once shown, so that it is read out.
  useEffect(() => {
    if (report && reportRef.current) reportRef.current.focus();
  }, [report]);

  const clearReport = () => {
    setReport(null);
    setApplyError(null);
    setConfirmed([]);
  };

  const onConfirm = (line, checked) => {
    setConfirmed((lines) => (checked ? [...lines.filter((l) => l !== line), line] : lines.filter((l) => l !== line)));
  };

  const onPreview = (event) => {
    clearReport();
    return form.submit(event, async (values) => {
      const preview = await importLearners(establishmentId, values.format, values.file, false);
      setReport({ ...preview, applied: false, format: values.format, fileName: values.file.name, file: values.file });
    }, (values) => (values.file ? {} : { file: t('imports.fileRequired') }));
  };

  const onApply = async () => {
    if (!report || applyBusy) return;
    setApplyBusy(true);
    setApplyError(null);
    try {
      const result = await importLearners(establishmentId, report.format, report.file, true, confirmed);
      setReport({ ...result, applied: true, format: report.format, fileName: report.fileName, file: report.file });
    } catch (error) {
      setApplyError(error);
    } finally {
      setApplyBusy(false);
    }
  };

  const startOver = () => {
    clearReport();
    form.reset({ format: form.values.format, file: null });
    if (fileInput.current) {
      fileInput.current.value = '';
      fileInput.current.focus();
    }
  };

  const format = form.values.format;
  const canApply = report && !report.applied
    && (list(report.toCreate).length + list(report.toUpdate).length + list(report.departures).length + confirmed.length) > 0;

  return h('section', { class: 'tab-panel', 'data-tab-panel': 'imports', 'aria-labelledby': 'tab-heading-imports' },
    h('h2', { id: 'tab-heading-imports' }, t('establishment.tab.imports')),
    h('p', { class: 'muted' }, t('imports.intro')),
    h('form', { class: 'card form', 'data-form': 'import', noValidate: true, onSubmit: onPreview, ref: form.formRef, 'aria-labelledby': form.id + '-h' },
      h('h3', { id: form.id + '-h' }, t('imports.formHeading')),
      h(FormAlert, { form }),
      h(RadioGroup, {
        ...form.field('format'),
        legend: t('imports.format'),
        options: FORMATS.map((f) => ({ value: f, label: t('imports.format.' + f) })),
        onValue: (value) => { form.set('format', value); clearReport(); },
        required: true,
      }),
      format === 'CSV' ? h(CsvHelp) : h('p', { class: 'form-field__hint' }, t('imports.siecleHelp')),
      h('div', { class: 'form-field form-field--wide' + (fileError ? ' has-error' : '') },
        h('label', { for: fileId, class: 'form-field__label' }, t('imports.file'), h('span', { class: 'form-field__required', 'aria-hidden': 'true' }, ' *')),
        h('p', { id: fileId + '-hint', class: 'form-field__hint' }, format === 'CSV' ? t('imports.fileHintCsv') : t('imports.fileHintSiecle')),
        h('input', {
          id: fileId,
          ref: fileInput,
          type: 'file',
          name: 'file',
          class: 'input input--file',
          accept: ACCEPT[format],
          required: true,
          'aria-invalid': fileError ? 'true' : undefined,
          'aria-describedby': fileId + '-hint' + (fileError ? ' ' + fileId + '-error' : ''),
          onChange: (event) => {
            const files = event.currentTarget.files;
            form.set('file', files && files.length ? files[0] : null);
            clearReport();
          },
        }),
        fileError ? h('p', { id: fileId + '-error', class: 'form-field__error' },
          h('span', { class: 'form-field__error-icon', 'aria-hidden': 'true' }, '!'), fileError) : null),
      h('div', { class: 'actions' },
        h(SubmitButton, { busy: form.busy, label: t('imports.preview'), busyLabel: t('imports.previewing'), 'data-action': 'preview-import' }))),
    report
      ? h('section', { class: 'card import-result', tabIndex: -1, ref: reportRef, 'aria-labelledby': 'import-result-heading', 'data-import-result': report.applied ? 'applied' : 'preview' },
        h('h3', { id: 'import-result-heading' }, report.applied ? t('imports.appliedHeading') : t('imports.previewHeading')),
        h('p', { class: 'muted' }, t('imports.fileInfo', { name: report.fileName || '', format: t('imports.format.' + report.format) })),
        report.applied
          ? h(Success, { 'data-success': 'import' }, t('imports.appliedText', {
            created: list(report.toCreate).length, updated: list(report.toUpdate).length, departures: list(report.departures).length,
          }))
          : h('p', null, t('imports.previewText')),
        h(ImportReport, { report, confirmed, onConfirm }),
        confirmed.length && !report.applied ? h('p', { class: 'notice', 'data-confirmed': confirmed.join(',') }, t('imports.heldConfirmed', { n: confirmed.length })) : null,
        applyError ? h(Alert, { error: applyError }) : null,
        !report.applied && list(report.refused).length > 0 ? h('p', { class: 'notice' }, t('imports.refusedNote')) : null,
        h('div', { class: 'actions' },
          canApply
            ? h('button', { type: 'button', class: 'button button--primary', 'data-action': 'apply-import', disabled: applyBusy, onClick: onApply },
              applyBusy ? h('span', { class: 'spinner spinner--small', 'aria-hidden': 'true' }) : null,
              applyBusy ? t('imports.applying') : t('imports.apply'))
            : null,
          !report.applied && !canApply ? h('p', { class: 'muted' }, t('imports.nothingToApply')) : null,
          h('button', { type: 'button', class: 'button', 'data-action': 'new-import', onClick: startOver }, t('imports.startOver'))))
      : null);
}
