// Client of the REST API (/api/v1, JSON). Errors arrive as application/problem+json.
import { useEffect, useState } from 'preact/hooks';
import { t } from '/app/i18n.js';

const BASE = '/api/v1';

export class ApiError extends Error {
  constructor(message, status, problem) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

async function getJson(path, signal) {
  let response;
  try {
    response = await fetch(BASE + path, {
      headers: { Accept: 'application/json, application/problem+json' },
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (error && error.name === 'AbortError') throw error;
    throw new ApiError(t('common.networkError'), 0, null);
  }
  if (!response.ok) {
    let problem = null;
    const type = response.headers.get('Content-Type') || '';
    if (type.includes('json')) {
      try {
        problem = await response.json();
      } catch (e) {
        problem = null;
      }
    }
    const message = (problem && (problem.detail || problem.title)) || t('common.httpError', { status: response.status });
    throw new ApiError(message, response.status, problem);
  }
  try {
    return await response.json();
  } catch (error) {
    if (error && error.name === 'AbortError') throw error;
    throw new ApiError(t('common.invalidResponse'), response.status, null);
  }
}

export function fetchReferentials(signal) {
  return getJson('/referentials', signal);
}

export function fetchReferential(code, version, signal) {
  const query = version ? '?version=' + encodeURIComponent(version) : '';
  return getJson('/referentials/' + encodeURIComponent(code) + query, signal);
}

/**
 * Loads data with `load(signal)` whenever `deps` change.
 * Returns { loading, data, error, retry }.
 */
export function useApi(load, deps) {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState({ loading: true, data: null, error: null });
  useEffect(() => {
    const controller = new AbortController();
    setState({ loading: true, data: null, error: null });
    load(controller.signal).then(
      (data) => setState({ loading: false, data, error: null }),
      (error) => {
        if (error && error.name === 'AbortError') return;
        setState({ loading: false, data: null, error });
      },
    );
    return () => controller.abort();
  }, [...deps, attempt]);
  return { ...state, retry: () => setAttempt((n) => n + 1) };
}
