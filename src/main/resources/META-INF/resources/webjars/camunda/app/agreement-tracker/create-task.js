// "Create task" only for whoever may create tasks, for Tasklist.
//
// Tasklist offers "Create task" to everyone, and a coordinator who tries it gets an
// authorization error: our tasks come from the processes. The link stays hidden (styles)
// unless the engine says the user may create tasks.
const engineApi = '/camunda/api/engine/engine/default';

function check() {
  fetch(engineApi + '/authorization/check?permissionName=CREATE&permissionValue=1&resourceName=Task&resourceType=7',
    { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((answer) => (answer.ok ? answer.json() : { authorized: false }))
    .then((answer) => document.body.classList.toggle('at-may-create-tasks', Boolean(answer.authorized)))
    .catch(() => {});
}

// After a login the user changes: check again whenever the header is drawn anew.
new MutationObserver((changes) => {
  if (changes.some((change) => Array.from(change.addedNodes).some((node) => node.querySelector
    && node.querySelector('li.create-task-action')))) {
    check();
  }
}).observe(document.body, { childList: true, subtree: true });
check();

// A custom script of Camunda's webapps exports its plugins; this one has none.
export default [];
