// Who is signed in: loaded once from GET /me, updated by sign-in and sign-out, cleared when the API says 401.
import { h, createContext } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createSession, deleteSession, fetchMe, openTrainerLink, setUnauthorizedHandler } from '/app/api.js';
import { currentPath, homeHref, navigate, parseHash, redirect, signInHref } from '/app/router.js';
import { setDisplayTimeZone } from '/app/components/forms.js';
import {
  clearDrafts, confirmLeaving, forgetChanges, markSessionEnded, setDraftOwner, setLeaveQuestion,
} from '/app/components/form-safety.js';
import { t } from '/app/i18n.js';

/** status: "loading" (GET /me under way), "signedIn" (user set) or "anonymous". */
const SessionContext = createContext({ status: 'loading', user: null });

/** Roles that see the administration pages (DDFPT: their own establishment). */
export const ADMIN_ROLES = ['ADMIN', 'DDFPT'];

export function SessionProvider({ children }) {
  const [state, setState] = useState({ status: 'loading', user: null });
  // Set once a sign-in or an opened trainer link decides who is there: the start-up GET /me, which may answer
  // later (401 before the cookie existed), must not undo it.
  const decided = useRef(false);

  useEffect(() => {
    const controller = new AbortController();
    fetchMe(controller.signal).then(
      (user) => {
        if (decided.current) return;
        setState(user && user.login ? { status: 'signedIn', user } : { status: 'anonymous', user: null });
      },
      (error) => {
        if (error && error.name === 'AbortError') return;
        if (decided.current) return;
        // 401: signed out. Any other failure: treated as signed out too (the public pages keep working).
        if (error && error.status !== 401) console.warn('GET /api/v1/me: ' + error.message);
        setState({ status: 'anonymous', user: null });
      },
    );
    return () => controller.abort();
  }, []);

  useEffect(() => {
    setLeaveQuestion(t('form.leaveQuestion'));
    setUnauthorizedHandler(() => {
      markSessionEnded();
      forgetChanges();
      setState({ status: 'anonymous', user: null });
      if (parseHash(window.location.hash).name !== 'signIn') redirect(signInHref(currentPath()));
    });
    return () => setUnauthorizedHandler(null);
  }, []);

  // Every instant is shown in the signed-in person's establishment's time zone.
  setDisplayTimeZone(state.user && state.user.establishment ? state.user.establishment.timeZone : undefined);
  // Drafts kept across an ended session are this person's only.
  if (state.status !== 'loading') setDraftOwner(state.user ? state.user.login : null);

  const value = useMemo(() => ({
    ...state,
    /** Signs in; resolves to the user, rejects with the ApiError (401 wrong credentials, 429 too many attempts). */
    async signIn(login, password) {
      const answer = await createSession(login, password);
      let user = answer && answer.user;
      if (!user || !user.login) user = await fetchMe();
      decided.current = true;
      setState({ status: 'signedIn', user });
      return user;
    },
    /** Opens a trainer's link; resolves to the trainer, rejects with the ApiError (401 for a dead link). */
    async openLink(token) {
      const answer = await openTrainerLink(token);
      let user = answer && answer.user;
      if (!user || !user.login) user = await fetchMe();
      decided.current = true;
      setState({ status: 'signedIn', user });
      return user;
    },
    /** Signs out, then shows the public home. */
    async signOut() {
      if (!confirmLeaving()) return;
      try {
        await deleteSession();
      } catch (error) {
        if (!error || error.status !== 401) throw error;
      }
      clearDrafts();
      setState({ status: 'anonymous', user: null });
      navigate(homeHref());
    },
  }), [state]);

  return h(SessionContext.Provider, { value }, children);
}

export function useSession() {
  return useContext(SessionContext);
}

export function hasRole(session, roles) {
  return session.status === 'signedIn' && session.user && roles.includes(session.user.role);
}
