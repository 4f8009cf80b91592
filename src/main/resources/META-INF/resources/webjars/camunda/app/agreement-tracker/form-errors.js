// The server's refusal of a form, shown where the person fixes it, for Tasklist.
//
// When a submitted form breaks our rules the server answers 400 with every broken rule
// ({field, component, message}, in the person's language; engine.FormRefusalFilter).
// Tasklist itself shows only one notification and keeps the entered data; this script
// also puts each message under the field it concerns (found by its form component's id,
// the end of form-js's element ids), lists the ones that belong to no single field at the
// top of the form, and scrolls to the first. A message goes once its field is changed.
const SUBMISSION = /\/(submit-form|complete|start)$/;
const MARK = 'at-server-error';

function formRoot() {
  return document.querySelector('.fjs-container') || document.querySelector('[cam-tasklist-form]');
}

function clear(root) {
  root.querySelectorAll('.' + MARK).forEach((node) => node.remove());
  root.querySelectorAll('.at-has-server-error').forEach((node) => node.classList.remove('at-has-server-error'));
}

function fieldOf(root, component) {
  if (!component) {
    return null;
  }
  const input = root.querySelector(`[id$="-${component}"]`) || root.querySelector(`[id*="-${component}-"]`);
  if (!input) {
    return null;
  }
  return input.closest('.fjs-form-field') || input.parentElement;
}

function message(text) {
  const node = document.createElement('div');
  node.className = `fjs-form-field-error ${MARK}`;
  node.setAttribute('role', 'alert');
  node.textContent = text;
  return node;
}

function show(refusal) {
  const root = formRoot();
  if (!root) {
    return;
  }
  clear(root);
  const general = [];
  let first = null;
  (refusal.errors || []).forEach((error) => {
    const field = fieldOf(root, error.component);
    if (field) {
      field.classList.add('at-has-server-error');
      const note = message(error.message);
      field.appendChild(note);
      field.addEventListener('input', () => note.remove(), { once: true });
      field.addEventListener('change', () => note.remove(), { once: true });
      first = first || field;
    } else {
      general.push(error.message);
    }
  });
  if (general.length > 0) {
    const list = document.createElement('div');
    list.className = `at-form-errors ${MARK}`;
    list.setAttribute('role', 'alert');
    const items = document.createElement('ul');
    general.forEach((text) => {
      const item = document.createElement('li');
      item.textContent = text;
      items.appendChild(item);
    });
    list.appendChild(items);
    root.insertBefore(list, root.firstChild);
    first = list;
  }
  if (first) {
    first.scrollIntoView({ block: 'center' });
  }
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function openAndWatch(method, url, ...rest) {
  if (method && method.toUpperCase() === 'POST' && SUBMISSION.test(String(url).split('?')[0])) {
    this.addEventListener('load', () => {
      if (this.status !== 400) {
        return;
      }
      try {
        const body = JSON.parse(this.responseText);
        if (body && body.type === 'InvalidFormData') {
          // After Tasklist's own handling of the answer has rendered.
          setTimeout(() => show(body), 0);
        }
      } catch (e) {
        // not our answer
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

// A custom script of Camunda's webapps exports its plugins; this one has none.
export default [];
