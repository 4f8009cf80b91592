// Dates in the language the screen shows, for Tasklist and Cockpit.
//
// Camunda's locale loader hands moment.js the date texts of every locale file it loads, and
// moment makes each such locale its global one. English is always loaded too, as the
// fallback, and when it arrives after Spanish the Spanish screen showed English dates
// ("in 7 days", "November"). When any locale file other than the one shown has loaded, the
// shown one is loaded again, which makes it moment's global locale once more.
const angular = window.angular;

angular.module('ng').run([
  '$injector',
  '$rootScope',
  function followShownLanguage($injector, $rootScope) {
    if (!$injector.has('$translate')) {
      return;
    }
    const $translate = $injector.get('$translate');
    $rootScope.$on('$translateLoadingSuccess', function (event, loaded) {
      const shown = $translate.use() || $translate.proposedLanguage();
      if (!shown || !loaded || loaded.language === shown) {
        // Tasklist's relative dates ("hace 2 minutos") re-render on this event.
        if (shown && $injector.has('amMoment')) {
          $injector.get('amMoment').changeLocale(shown);
        }
        return;
      }
      $translate.refresh(shown);
    });
  }
]);

// A custom script of Camunda's webapps exports its plugins; this one has none.
export default [];
