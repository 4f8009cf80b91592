// Process names in the shown language, for Tasklist.
//
// Tasklist shows a process's name as its model gives it (English) in the start list, in the
// task list and above a task. On a screen in another language this script renames the
// process definitions in the engine's answers before Tasklist reads them, with the names
// our API gives for that language (/api/languages/<language>/process-names, from
// messages_<language>.properties). Searching the start list still matches the model's names.
const angular = window.angular;

const namesByLanguage = {};

function namesIn(language) {
  if (!namesByLanguage[language]) {
    const names = { loaded: null };
    names.ready = fetch(`/api/languages/${language}/process-names`, {
      credentials: 'same-origin',
      // asks our API not to challenge for a password the browser would prompt for
      headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
    })
      .then((response) => (response.ok ? response.json() : null), () => null)
      .then((loaded) => {
        if (!loaded) {
          // Not logged in yet (the login page loads first) or the server is away: ask
          // again with the next request.
          delete namesByLanguage[language];
        }
        names.loaded = loaded || {};
      });
    namesByLanguage[language] = names;
  }
  return namesByLanguage[language];
}

function isProcessDefinition(value) {
  return typeof value.key === 'string' && typeof value.id === 'string' && value.id.startsWith(`${value.key}:`)
    && 'name' in value;
}

// Renames in place: the definitions themselves, and those the task list and a task's
// details embed.
function rename(value, names) {
  if (Array.isArray(value)) {
    value.forEach((item) => rename(item, names));
  }
  else if (value && typeof value === 'object') {
    if (isProcessDefinition(value) && names[value.key]) {
      value.name = names[value.key];
    }
    if (value._embedded) {
      Object.values(value._embedded).forEach((embedded) => rename(embedded, names));
    }
  }
}

// Tasklist picks the first of the browser's languages it has, like this.
function browserLanguage() {
  const preferred = (navigator.languages || [navigator.language || 'en']).map((tag) => tag.toLowerCase().slice(0, 2));
  return preferred.find((language) => language === 'en' || language === 'es') || 'en';
}

angular.module('ng').run([
  '$injector',
  '$rootScope',
  function renameProcesses($injector, $rootScope) {
    // Tasklist reads the engine through this client (not through $http), with a callback
    // per request.
    if (!$injector.has('camAPIHttpClient')) {
      return;
    }
    const $translate = $injector.has('$translate') ? $injector.get('$translate') : null;
    const shownLanguage = () => ($translate && ($translate.use() || $translate.proposedLanguage())) || browserLanguage();
    const Client = $injector.get('camAPIHttpClient');
    // The task list is a POST (its query is the body).
    ['get', 'load', 'post'].forEach((method) => {
      const send = Client.prototype[method];
      Client.prototype[method] = function sendAndRename(path, options) {
        const language = shownLanguage();
        if (language === 'en' || !options || typeof options.done !== 'function') {
          return send.call(this, path, options);
        }
        const names = namesIn(language);
        const done = options.done;
        options.done = (error, result, ...more) => {
          if (names.loaded) {
            rename(result, names.loaded);
            done(error, result, ...more);
          }
          else {
            names.ready.then(() => {
              rename(result, names.loaded);
              $rootScope.$apply(() => done(error, result, ...more));
            });
          }
        };
        return send.call(this, path, options);
      };
    });
  }
]);

// A custom script of Camunda's webapps exports its plugins; this one has none.
export default [];
