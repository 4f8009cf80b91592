// What happens after a step, for Tasklist: once a task's form is completed, a note at the
// top of the screen says which steps opened, who has them now and when they are due
// (GET /api/tasks/{id}/next, in the person's language). It stays until closed.
const COMPLETION = /\/task\/([^/]+)\/(submit-form|complete)$/;

function show(text) {
  let note = document.getElementById('at-next-step');
  if (!note) {
    note = document.createElement('div');
    note.id = 'at-next-step';
    note.setAttribute('role', 'status');
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.setAttribute('aria-label', 'Close');
    close.textContent = '×';
    close.addEventListener('click', () => note.remove());
    note.appendChild(close);
    note.appendChild(document.createElement('span'));
    document.body.appendChild(note);
  }
  note.querySelector('span').textContent = text;
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function openAndFollow(method, url, ...rest) {
  const match = method && method.toUpperCase() === 'POST' && COMPLETION.exec(String(url).split('?')[0]);
  if (match) {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        fetch('/api/tasks/' + encodeURIComponent(match[1]) + '/next', { credentials: 'same-origin',
          headers: { Accept: 'application/json' } })
          .then((answer) => (answer.ok ? answer.json() : null))
          .then((next) => next && show(next.message))
          .catch(() => {});
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

// A custom script of Camunda's webapps exports its plugins; this one has none.
export default [];
