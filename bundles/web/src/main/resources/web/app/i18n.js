// Message lookup and French number formatting.
import base from '/app/messages-fr.js';
import followUp from '/app/messages-fr-followup.js';
import booklet from '/app/messages-fr-booklet.js';
import review from '/app/messages-fr-review.js';
import assessment from '/app/messages-fr-assessment.js';
import synthesis from '/app/messages-fr-synthesis.js';
import reviews from '/app/messages-fr-reviews.js';
import attitudes from '/app/messages-fr-attitudes.js';

const messages = { ...base, ...followUp, ...booklet, ...review, ...assessment, ...synthesis, ...reviews, ...attitudes };

const missing = new Set();

/** Returns the French text of `key`, with {placeholders} replaced from `params`. */
export function t(key, params) {
  let text = messages[key];
  if (text === undefined) {
    if (!missing.has(key)) {
      missing.add(key);
      console.warn('Missing message key: ' + key);
    }
    text = key;
  }
  if (params) {
    text = text.replace(/\{(\w+)\}/g, (whole, name) =>
      Object.prototype.hasOwnProperty.call(params, name) && params[name] != null ? String(params[name]) : whole);
  }
  return text;
}

/** Returns `key + '.one'` (0 and 1, French rule) or `key + '.other'`, with {n} set to `n`. */
export function tn(key, n, params) {
  const form = Math.abs(n) < 2 ? 'one' : 'other';
  return t(key + '.' + form, Object.assign({ n: formatNumber(n) }, params));
}

/** Returns the message for `prefix + '.' + value`, or the one for `prefix + '.unknown'`. */
export function tEnum(prefix, value) {
  const key = prefix + '.' + value;
  return Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : t(prefix + '.unknown');
}

export function hasMessage(key) {
  return Object.prototype.hasOwnProperty.call(messages, key);
}

const numberFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

export function formatNumber(n) {
  // Intl uses a narrow no-break space as thousands separator; a plain no-break space copies better.
  return numberFormat.format(n).replace(/\u202f/g, '\u00a0');
}

/** Share between 0 and 1 as a whole percentage, without the sign ("23"). */
export function formatPercentValue(share) {
  return formatNumber(Math.round(share * 100));
}
