// Evidence files inside Tasklist: Camunda Forms cannot carry files, so the steps that rest on
// evidence (confirm or plan a delivery, record a meeting's outcomes, review an assessment) get a
// box under their form that lists the files supporting that deliverable, meeting or assessment
// and attaches one (POST /api/agreements/{id}/evidence: type judged by the bytes, size limit,
// an entry in the status history). The task's variables say what it supports.
const LANGUAGE = (navigator.language || 'en').toLowerCase().startsWith('es') ? 'es' : 'en';
const TEXTS = {
  en: { title: 'Evidence files', none: 'No file yet.', attach: 'Attach', attached: 'Attached: {0}',
    hint: 'PDF, images, office documents; they go with this step and show on the agreement\'s page.' },
  es: { title: 'Archivos de evidencia', none: 'Todavía no hay archivos.', attach: 'Adjuntar', attached: 'Adjuntado: {0}',
    hint: 'PDF, imágenes, documentos de oficina; acompañan este paso y aparecen en la página del acuerdo.' }
}[LANGUAGE];
// What each step's evidence supports: the kind the evidence API knows, and the task variable
// holding its id.
const SUPPORTS = {
  UserTask_ConfirmDelivery: ['DELIVERY', 'deliverableId'],
  UserTask_PlanDeliverable: ['DELIVERY', 'deliverableId'],
  UserTask_RecordMeetingOutcomes: ['MEETING', 'meetingId'],
  UserTask_ReviewAssessment: ['ASSESSMENT', 'assessmentId']
};
const ENGINE = '/camunda/api/engine/engine/default';

async function json(url) {
  const answer = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!answer.ok) {
    throw new Error(url + ': ' + answer.status);
  }
  return answer.json();
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text) {
    node.textContent = text;
  }
  if (className) {
    node.className = className;
  }
  return node;
}

async function draw(box, agreementId, kind, supportsId, message) {
  const path = '/api/agreements/' + encodeURIComponent(agreementId) + '/evidence';
  const files = (await json(path)).filter((file) => file.kind === kind && String(file.supportsId) === String(supportsId));
  box.replaceChildren(element('h4', TEXTS.title));
  const list = element('ul', null, 'at-evidence-files');
  if (files.length === 0) {
    list.appendChild(element('li', TEXTS.none));
  }
  files.forEach((file) => {
    const item = element('li');
    const link = element('a', file.fileName);
    link.href = path + '/' + encodeURIComponent(file.id);
    item.appendChild(link);
    list.appendChild(item);
  });
  const form = element('form', null, 'at-attach form-inline');
  const input = element('input');
  input.type = 'file';
  input.required = true;
  input.setAttribute('aria-label', TEXTS.title);
  const button = element('button', TEXTS.attach, 'btn btn-default btn-sm');
  button.type = 'submit';
  const status = element('span', message || '', 'at-attach-status');
  form.append(input, ' ', button, ' ', status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    try {
      const token = await json('/api/session/csrf-token').then((answer) => answer.token).catch(() => '');
      const data = new FormData();
      data.append('file', input.files[0]);
      const answer = await fetch(path + '?kind=' + kind + '&supportsId=' + encodeURIComponent(supportsId),
        { method: 'POST', body: data, credentials: 'same-origin',
          headers: { Accept: 'application/json', 'X-XSRF-TOKEN': token } });
      const body = await answer.json().catch(() => ({}));
      if (!answer.ok) {
        status.textContent = [body.message].concat(body.errors || []).filter(Boolean).join(' ');
        status.className = 'at-attach-status text-danger';
        return;
      }
      await draw(box, agreementId, kind, supportsId, TEXTS.attached.replace('{0}', body.fileName));
    } finally {
      button.disabled = false;
    }
  });
  box.append(list, form, element('p', TEXTS.hint, 'help-block'));
}

let pending = null;
// Tasks that carry no evidence, asked about once.
const without = new Set();

async function show() {
  const taskId = new URLSearchParams((window.location.hash.split('?')[1]) || '').get('task');
  // A box of the task shown before goes with it.
  document.querySelectorAll('.at-task-evidence').forEach((box) => {
    if (box.dataset.task !== taskId) {
      box.remove();
    }
  });
  const form = document.querySelector('.task-details .fjs-form');
  if (!taskId || !form || pending === taskId || without.has(taskId) || document.querySelector('.task-details .at-task-evidence')) {
    return;
  }
  pending = taskId;
  try {
    const task = await json(ENGINE + '/task/' + encodeURIComponent(taskId));
    const supports = SUPPORTS[task.taskDefinitionKey];
    if (!supports) {
      without.add(taskId);
      return;
    }
    const variables = await json(ENGINE + '/task/' + encodeURIComponent(taskId)
      + '/variables?deserializeValues=false&variableNames=agreementId,' + supports[1]);
    const agreementId = variables.agreementId && variables.agreementId.value;
    const supportsId = variables[supports[1]] && variables[supports[1]].value;
    if (!agreementId || supportsId === undefined || supportsId === null) {
      without.add(taskId);
      return;
    }
    const host = document.querySelector('.task-details .fjs-form');
    if (!host || document.querySelector('.task-details .at-task-evidence')) {
      return;
    }
    const box = element('section', null, 'at-task-evidence');
    box.dataset.task = taskId;
    (host.closest('form') || host).after(box);
    await draw(box, agreementId, supports[0], supportsId);
  } catch (error) {
    // no box: the step goes on without it, the agreement's page still attaches files
  } finally {
    pending = null;
  }
}

new MutationObserver(() => { show(); }).observe(document.body, { childList: true, subtree: true });

export default [];
