// Camunda Forms' own validation messages and placeholders in the shown language, for Tasklist.
//
// form-js, which renders our forms in Tasklist, writes its messages ("Field is required.")
// in English and has no way to translate them. On a Spanish screen this script rewrites them
// where form-js shows them (.fjs-form-field-error) as they appear; form-js leaves a text it
// has already rendered alone until the message itself changes.
const angular = window.angular;

const SPANISH = [
  [/^Field is required\.$/, () => 'Este campo es obligatorio.'],
  [/^Field must have minimum length of (.+)\.$/, (n) => `Este campo debe tener al menos ${n} caracteres.`],
  [/^Field must have maximum length of (.+)\.$/, (n) => `Este campo debe tener como máximo ${n} caracteres.`],
  [/^Field must have minimum value of (.+)\.$/, (n) => `El valor mínimo de este campo es ${n}.`],
  [/^Field must have maximum value of (.+)\.$/, (n) => `El valor máximo de este campo es ${n}.`],
  [/^Field must match pattern (.+)\.$/, (p) => `Este campo debe seguir el patrón ${p}.`],
  [/^Field must be a valid email\.$/, () => 'Este campo debe ser un correo electrónico válido.'],
  [/^Field must be a valid\s+international phone number\. \(e\.g\. (.+)\)$/,
    (e) => `Este campo debe ser un número de teléfono internacional válido (por ejemplo ${e}).`],
  [/^Value is not a number\.$/, () => 'El valor no es un número.']
];

function spanish(text) {
  for (const [english, translated] of SPANISH) {
    const match = english.exec(text.trim());
    if (match) {
      return translated(...match.slice(1));
    }
  }
  return null;
}

// form-js's own placeholders of selects and search fields
const PLACEHOLDERS = { Select: 'Seleccione', Search: 'Buscar' };

function translatePlaceholders(root) {
  root.querySelectorAll('.fjs-select-display, .fjs-select-display *').forEach((node) => {
    node.childNodes.forEach((child) => {
      if (child.nodeType === Node.TEXT_NODE && PLACEHOLDERS[child.data.trim()]) {
        child.data = PLACEHOLDERS[child.data.trim()];
      }
    });
  });
  root.querySelectorAll('.fjs-container input[placeholder]').forEach((input) => {
    const translated = PLACEHOLDERS[input.getAttribute('placeholder')];
    if (translated) {
      input.setAttribute('placeholder', translated);
    }
  });
}

function translateWithin(root) {
  if (root.querySelectorAll) {
    translatePlaceholders(root);
  }
  const errors = root.querySelectorAll ? root.querySelectorAll('.fjs-form-field-error') : [];
  errors.forEach((error) => {
    const walker = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = spanish(node.data);
      if (text !== null) {
        node.data = text;
      }
    }
  });
}

angular.module('ng').run([
  '$injector',
  function translateFormMessages($injector) {
    if (!$injector.has('$translate')) {
      return;
    }
    const $translate = $injector.get('$translate');
    new MutationObserver(() => {
      if (($translate.use() || $translate.proposedLanguage()) === 'es') {
        translateWithin(document.body);
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }
]);

// A custom script of Camunda's webapps exports its plugins; this one has none.
export default [];
