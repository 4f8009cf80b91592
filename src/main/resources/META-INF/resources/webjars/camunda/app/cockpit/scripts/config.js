// Cockpit configuration of Agreement Tracker: the Agreements plugin (dashboard and the
// Agreement tab of a process instance), served from our jar, and Spanish for managers of the
// partner ministries. The browser's language picks the locale; English is the fallback, also
// for the Enterprise edition's screens, which this Community edition does not show. The
// date-language script keeps dates in the shown language (see its comment).
export default {
  customScripts: ['scripts/agreements/plugin.js', '../agreement-tracker/date-language.js'],
  locales: {
    availableLocales: ['en', 'es'],
    fallbackLocale: 'en'
  }
};
