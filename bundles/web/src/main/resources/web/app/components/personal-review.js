// The learner's personal review of a period (« Bilan personnel », guide 000): « Mes points forts », « Mes axes de
// progrès », « Mes perspectives pour la prochaine PFMP »; the learner writes it (autosave), everyone else reads it.
import { h } from 'preact';
import { useApi } from '/app/api.js';
import { fetchPersonalReview, savePersonalReview } from '/app/followup-api.js';
import { pending } from '/app/components/periods-common.js';
import { PageEditor } from '/app/components/doc-page.js';

export function PersonalReview({ placementId, context }) {
  const loaded = useApi((signal) => fetchPersonalReview(placementId, signal), [placementId]);
  return h('div', { 'data-personal-review': String(placementId) },
    pending(loaded) || h(PageEditor, {
      page: loaded.data,
      draftName: 'personal-review:' + placementId,
      context,
      save: (values, version) => savePersonalReview(placementId, values, version),
      onComment: () => Promise.reject(new Error('no comments here')),
    }));
}
