// Cockpit configuration of Agreement Tracker: the Agreements plugin (dashboard and the
// Agreement tab of a process instance), served from our jar, and Spanish for managers of the
// partner ministries. The browser's language picks the locale; English is the fallback, also
// for the screens our es.json does not cover yet (history, batches, migration, decisions).
export default {
  customScripts: ['scripts/agreements/plugin.js'],
  locales: {
    availableLocales: ['en', 'es'],
    fallbackLocale: 'en'
  }
};
