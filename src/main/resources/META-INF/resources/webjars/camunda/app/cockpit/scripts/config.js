// Cockpit configuration of Agreement Tracker: the Agreements plugin (dashboard and the
// Agreement tab of a process instance), served from our jar.
export default {
  customScripts: ['scripts/agreements/plugin.js']
};
