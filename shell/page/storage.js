// Local storage, with every browser's way of saying "full" folded into one
// answer and a read-back after each write (a write can fail silently). Read
// first by the loader (the language the user chose), then by the app through
// window.plannerPage (src/web/web_services.cpp).
function storageGet(key) {
  try { return window.localStorage.getItem(key); } catch (e) { return null; }
}
function isQuotaError(e) {
  return e && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
               e.name === 'QUOTA_EXCEEDED_ERR' || e.code === 22 || e.code === 1014);
}
function storageSet(key, value) {
  let store;
  try { store = window.localStorage; if (!store) return 2; } catch (e) { return 2; }
  try {
    store.setItem(key, value);
  } catch (e) {
    return isQuotaError(e) ? 1 : 2;
  }
  try { return store.getItem(key) === value ? 0 : 3; } catch (e) { return 3; }
}
function storageRemove(key) {
  try { window.localStorage.removeItem(key); } catch (e) { /* nothing to do */ }
}
// The planner's own keys ("planner.…") as a JSON array, or 'null' when the
// listing fails (the app then says storage cannot be read; it never takes a
// failed listing for an empty library). Other scripts on the same origin (a
// shared host such as github.io) keep keys here too: they are not listed, and
// neither is a name that is not well-formed text (a lone surrogate).
function storageKeys() {
  try {
    const store = window.localStorage;
    const keys = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (typeof key === 'string' && key.startsWith('planner.') && key === wellFormed(key)) keys.push(key);
    }
    return JSON.stringify(keys);
  } catch (e) {
    return 'null';
  }
}
