// Agreement Tracker's Cockpit plugin: an "Agreements" section on the dashboard and an
// "Agreement" tab on process instances. It reads our /api with the logged-in user's session, so
// it shows exactly what that user may see. Chart.js comes from our jar (a WebJar of the npm
// package), never from the internet.

const STATUSES = ['FULL', 'INTERMEDIATE', 'MINIMAL', 'NOT_STARTED', 'NO_EVIDENCE'];
const COLOURS = { FULL: '#2e7d32', INTERMEDIATE: '#9ccc65', MINIMAL: '#ffca28', NOT_STARTED: '#e57373', NO_EVIDENCE: '#bdbdbd' };
const AREAS = ['HUMAN_TRAFFICKING_AND_SMUGGLING', 'ORGANIZED_CRIME_AND_GANGS', 'INFORMATION_SHARING', 'BORDER_SECURITY',
  'PUBLIC_MESSAGING', 'ASYLUM_CAPACITY', 'BIOMETRICS', 'OTHER'];

// The viewer's language, as Cockpit itself picks it: the browser's; English otherwise.
const LANGUAGE = (navigator.language || 'en').toLowerCase().startsWith('es') ? 'es' : 'en';
const TEXTS = {
  en: {
    agreements: 'Agreements', party: 'Party', area: 'Area', all: 'all', agreement: 'Agreement', stage: 'Stage',
    commitments: 'Commitments', score: 'Score', overdue: 'Overdue', escalations: 'Escalations', nextMeeting: 'Next meeting',
    loading: 'Loading…', notLoaded: 'The agreements could not be loaded: ', noMatch: 'No agreement matches.',
    chartTitle: 'Share of commitments at each level (%)', noAgreement: 'This instance belongs to no agreement.',
    agreementNotLoaded: 'The agreement could not be loaded: ', none: 'None.', finalTextDue: 'Final text due',
    scoreLower: 'score', commitment: 'Commitment', status: 'Status', evidence: 'Evidence', deliverables: 'Deliverables',
    deliverable: 'Deliverable', kind: 'Kind', owner: 'Owner', due: 'Due', meetings: 'Meetings', meeting: 'Meeting',
    planned: 'Planned', scheduled: 'Scheduled', adHoc: 'ad hoc', statusHistory: 'Status history', when: 'When',
    what: 'What', who: 'Who', late: 'Late', waitingOn: 'Waiting on', since: 'since', lateBy: 'late by {0} d',
    byParty: 'Late items and held steps per party', byArea: 'Late items per area', stepsHeld: 'Steps held',
    longestHeld: 'Longest held (days)', mostDaysLate: 'Most days late', export: 'Export', deadlines: 'Deadlines',
    deadline: 'Deadline', state: 'State', exports: { portfolio: 'Portfolio', commitments: 'Commitments',
      'status-history': 'Status history', 'late-items': 'Late items' },
    kinds: { FINAL_TEXT: 'Final text of the memorandum', HARD_DEADLINE: 'Hard deadline of the negotiation',
      SIGNATURE: 'Signature', DELIVERABLE: 'Deliverable', ACTION_ITEM: 'Action item', MEETING: 'Next meeting',
      INDICATOR_REPORT: 'Next indicator report', END_DATE: 'End of the agreement', TASK: 'Step' },
    lateness: { LATE: 'late', DUE_SOON: 'due soon', ON_TIME: 'on time' },
    groups: { managers: 'Managers', reviewers: 'Reviewers', coordinators: 'Coordinators: {0}' },
    partiesTitle: 'Parties', registerParty: 'Register a party', code: 'Code', name: 'Name (English)',
    nameEs: 'Name (Spanish)', language: 'Language', kindOf: 'Kind', country: 'Country', organisation: 'Organisation',
    register: 'Register', registered: 'Registered: {0}. Its coordinators group is coordinators-{1}.',
    codeHint: 'pa, unhcr: lower case, 2 to 20 letters',
    changeParty: 'Change a party', save: 'Save', changed: 'Saved: {0} ({1}).',
    parties: { us: 'United States', gt: 'Guatemala', hn: 'Honduras', sv: 'El Salvador', mx: 'Mexico' },
    constants: { NO_EVIDENCE: 'No evidence' }
  },
  es: {
    agreements: 'Acuerdos', party: 'Parte', area: 'Área', all: 'todas', agreement: 'Acuerdo', stage: 'Etapa',
    commitments: 'Compromisos', score: 'Puntuación', overdue: 'Vencidos', escalations: 'Escaladas',
    nextMeeting: 'Próxima reunión', loading: 'Cargando…', notLoaded: 'No se pudieron cargar los acuerdos: ',
    noMatch: 'Ningún acuerdo coincide.', chartTitle: 'Proporción de compromisos en cada nivel (%)',
    noAgreement: 'Esta instancia no pertenece a ningún acuerdo.', agreementNotLoaded: 'No se pudo cargar el acuerdo: ',
    none: 'Ninguno.', finalTextDue: 'Texto final para el', scoreLower: 'puntuación', commitment: 'Compromiso',
    status: 'Estado', evidence: 'Evidencia', deliverables: 'Entregables', deliverable: 'Entregable', kind: 'Tipo',
    owner: 'Responsable', due: 'Vence', meetings: 'Reuniones', meeting: 'Reunión', planned: 'Prevista',
    scheduled: 'Programada', adHoc: 'extraordinaria', statusHistory: 'Historial de estados', when: 'Cuándo',
    what: 'Qué', who: 'Quién', late: 'Vencidos', waitingOn: 'A la espera de', since: 'desde', lateBy: 'vencido hace {0} d',
    byParty: 'Vencidos y pasos retenidos por parte', byArea: 'Vencidos por área', stepsHeld: 'Pasos retenidos',
    longestHeld: 'Retenido más tiempo (días)', mostDaysLate: 'Máximo de días de retraso', export: 'Exportar',
    deadlines: 'Plazos', deadline: 'Plazo', state: 'Estado', exports: { portfolio: 'Cartera', commitments: 'Compromisos',
      'status-history': 'Historial de estados', 'late-items': 'Elementos vencidos' },
    kinds: { FINAL_TEXT: 'Texto final del memorando', HARD_DEADLINE: 'Plazo máximo de la negociación',
      SIGNATURE: 'Firma', DELIVERABLE: 'Entregable', ACTION_ITEM: 'Acción pendiente', MEETING: 'Próxima reunión',
      INDICATOR_REPORT: 'Próximo informe de indicadores', END_DATE: 'Fin del acuerdo', TASK: 'Paso' },
    lateness: { LATE: 'vencido', DUE_SOON: 'vence pronto', ON_TIME: 'a tiempo' },
    groups: { managers: 'Responsables', reviewers: 'Revisores', coordinators: 'Coordinadores: {0}' },
    partiesTitle: 'Partes', registerParty: 'Registrar una parte', code: 'Código', name: 'Nombre (inglés)',
    nameEs: 'Nombre (español)', language: 'Idioma', kindOf: 'Tipo', country: 'País', organisation: 'Organización',
    register: 'Registrar', registered: 'Registrada: {0}. Su grupo de coordinadores es coordinators-{1}.',
    codeHint: 'pa, unhcr: minúsculas, de 2 a 20 letras',
    changeParty: 'Cambiar una parte', save: 'Guardar', changed: 'Guardada: {0} ({1}).',
    parties: { us: 'Estados Unidos', gt: 'Guatemala', hn: 'Honduras', sv: 'El Salvador', mx: 'México' },
    constants: {
      DRAFTING: 'Redacción', UNDER_REVIEW: 'En revisión', REVISING: 'En corrección', AWAITING_DECISION: 'Pendiente de decisión',
      AWAITING_SIGNATURE: 'Pendiente de firma', SIGNED: 'Firmado', IMPLEMENTING: 'En implementación', CLOSED: 'Cerrado',
      ABANDONED: 'Abandonado', WITHDRAWN: 'Retirado', TERMINATED: 'Terminado',
      FULL: 'Completo', INTERMEDIATE: 'Intermedio', MINIMAL: 'Mínimo', NOT_STARTED: 'Sin iniciar', NO_EVIDENCE: 'Sin evidencia',
      HUMAN_TRAFFICKING_AND_SMUGGLING: 'Trata y tráfico de personas', ORGANIZED_CRIME_AND_GANGS: 'Crimen organizado y pandillas',
      INFORMATION_SHARING: 'Intercambio de información', BORDER_SECURITY: 'Seguridad fronteriza',
      PUBLIC_MESSAGING: 'Comunicación pública', ASYLUM_CAPACITY: 'Capacidad de asilo', BIOMETRICS: 'Biometría', OTHER: 'Otro',
      TRAINING: 'Capacitación', ADVISERS: 'Asesores', SYSTEM: 'Sistema', SENIOR: 'Alto nivel', WORKING: 'Nivel técnico',
      PLANNED: 'Prevista', SCHEDULED: 'Programada', HELD: 'Celebrada', POSTPONED: 'Aplazado', DELIVERED: 'Entregado',
      OPEN: 'Abierta', DONE: 'Hecha', OFFICIAL: 'Oficial', SECONDARY: 'Secundaria', ANONYMOUS: 'Anónima'
    }
  }
}[LANGUAGE];
const PARTIES = TEXTS.parties;

function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function words(constant) {
  if (TEXTS.constants[constant]) {
    return TEXTS.constants[constant];
  }
  const text = String(constant ?? '').toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// A day (or the day of a moment) in the viewer's locale: "31 Jan 2026", "31/01/2026".
function day(value) {
  if (!value) {
    return '–';
  }
  const text = String(value);
  const date = new Date(text.length <= 10 ? text + 'T00:00:00Z' : text);
  return esc(date.toLocaleDateString(LANGUAGE === 'es' ? 'es-ES' : 'en-GB',
    { day: '2-digit', month: LANGUAGE === 'es' ? '2-digit' : 'short', year: 'numeric', timeZone: 'UTC' }));
}

function moment(value) {
  if (!value) {
    return '–';
  }
  return esc(new Date(value).toLocaleString(LANGUAGE === 'es' ? 'es-ES' : 'en-GB',
    { day: '2-digit', month: LANGUAGE === 'es' ? '2-digit' : 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }));
}

function fill(text, ...args) {
  return args.reduce((result, arg, i) => result.split('{' + i + '}').join(arg), text);
}

// Who holds a step: the person who claimed it, else its groups in words.
function holder(step) {
  if (step.assignee) {
    return step.assignee;
  }
  return (step.holders || []).map(group => group.startsWith('coordinators-')
    ? fill(TEXTS.groups.coordinators, PARTIES[group.substring(13)] || group.substring(13))
    : (TEXTS.groups[group] || group)).join(', ');
}

// Task names in the viewer's language, from our translations (English reads the model's).
// Read when a view first renders: the plugin itself loads before the login.
let taskNames = {};
let taskNamesRead;
function loadTaskNames() {
  if (!taskNamesRead) {
    taskNamesRead = LANGUAGE === 'en' ? Promise.resolve() : getJson('/api/languages/' + LANGUAGE + '/words')
      .then(words => { taskNames = words; }).catch(() => { taskNamesRead = undefined; });
  }
  return taskNamesRead;
}

function waiting(steps) {
  return (steps || []).map(step => `${esc(taskNames['task.' + step.taskKey] || step.name)} <small>(${esc(holder(step))}, ${TEXTS.since} ${day(step.since)})</small>`)
    .join('<br>') || '–';
}

function deadlineName(deadline) {
  const kind = TEXTS.kinds[deadline.kind] || words(deadline.kind);
  if (!deadline.subject) {
    return esc(kind);
  }
  return esc(kind) + ': ' + esc(deadline.kind === 'MEETING' ? words(deadline.subject) : deadline.subject);
}

function lateness(deadline) {
  if (deadline.lateness === 'LATE') {
    return `<span class="label label-danger">${esc(fill(TEXTS.lateBy, deadline.daysLate))}</span>`;
  }
  return `<span class="label ${deadline.lateness === 'DUE_SOON' ? 'label-warning' : 'label-success'}">${esc(TEXTS.lateness[deadline.lateness])}</span>`;
}

// Cockpit shows dashboard plugins last, under "Custom Plugins"; the portfolio is what a
// manager opens Cockpit for, so its section moves to the top and takes our heading.
function moveToTop(node) {
  const section = node.closest('section.deprecate');
  if (!section) {
    if ((node.dataset.moveTries = (Number(node.dataset.moveTries) || 0) + 1) < 50) {
      setTimeout(() => moveToTop(node), 100);
    }
    return;
  }
  section.classList.add('agreement-tracker-section');
  const heading = section.querySelector('header .section-title');
  if (heading) {
    heading.textContent = TEXTS.agreements;
  }
  const container = section.parentNode;
  if (container.firstElementChild !== section) {
    container.insertBefore(section, container.firstElementChild);
  }
}

function percent(value) {
  return value == null ? '–' : esc(new Intl.NumberFormat(LANGUAGE).format(Math.round(value))) + ' %';
}

async function getJson(path) {
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(path + ' answered ' + response.status);
  }
  return response.json();
}

let chartLibrary;

// The UMD build would register with Cockpit's RequireJS; evaluated with its own global
// object, it hands Chart to us and leaves the page alone.
function loadChart() {
  if (!chartLibrary) {
    const url = new URL('./chartjs/chart.umd.js', import.meta.url);
    chartLibrary = fetch(url).then(response => response.text()).then(source => {
      const holder = {};
      new Function('define', 'module', 'exports', 'globalThis', source).call(holder, undefined, undefined, undefined, holder);
      return holder.Chart;
    });
  }
  return chartLibrary;
}

function renderDashboard(node) {
  const exports = Object.entries(TEXTS.exports).map(([table, label]) => `
        <span class="export">${esc(label)}:
          <a href="/api/exports/${table}?format=xlsx" download data-export="${table}-xlsx">XLSX</a> ·
          <a href="/api/exports/${table}?format=csv" download data-export="${table}-csv">CSV</a></span>`).join('');
  node.innerHTML = `
    <section class="agreement-tracker-dashboard">
      <h1 class="section-title sr-only">${TEXTS.agreements}</h1>
      <div class="agreement-tracker-toolbar">
        <label>${TEXTS.party} <select class="form-control input-sm" data-filter="party">
          <option value="">${TEXTS.all}</option>${Object.entries(PARTIES).map(([code, name]) => `<option value="${code}">${esc(name)}</option>`).join('')}
        </select></label>
        <label>${TEXTS.area} <select class="form-control input-sm" data-filter="area">
          <option value="">${TEXTS.all}</option>${AREAS.map(area => `<option value="${area}">${esc(words(area))}</option>`).join('')}
        </select></label>
        <span class="agreement-tracker-exports"><strong>${TEXTS.export}</strong> ${exports}</span>
      </div>
      <div class="agreements-chart" style="position:relative;height:260px"><canvas></canvas></div>
      <table class="cam-table agreements-table">
        <thead><tr><th>${TEXTS.agreement}</th><th>${TEXTS.stage}</th><th>${TEXTS.commitments}</th><th>${TEXTS.score}</th><th>${TEXTS.late}</th><th>${TEXTS.escalations}</th><th>${TEXTS.nextMeeting}</th><th>${TEXTS.waitingOn}</th></tr></thead>
        <tbody><tr><td colspan="8">${TEXTS.loading}</td></tr></tbody>
      </table>
      <div class="row agreement-tracker-tallies">
        <div class="col-md-6"><h4>${TEXTS.byParty}</h4>
          <table class="cam-table party-tallies"><thead><tr><th>${TEXTS.party}</th><th>${TEXTS.late}</th><th>${TEXTS.mostDaysLate}</th><th>${TEXTS.stepsHeld}</th><th>${TEXTS.longestHeld}</th></tr></thead><tbody></tbody></table></div>
        <div class="col-md-6"><h4>${TEXTS.byArea}</h4>
          <table class="cam-table area-tallies"><thead><tr><th>${TEXTS.area}</th><th>${TEXTS.late}</th><th>${TEXTS.mostDaysLate}</th></tr></thead><tbody></tbody></table></div>
      </div>
    </section>`;
  moveToTop(node);
  renderParties(node.querySelector('.agreement-tracker-dashboard'));
  let chart;
  const refresh = async () => {
    const query = new URLSearchParams();
    node.querySelectorAll('[data-filter]').forEach(select => select.value && query.set(select.dataset.filter, select.value));
    const body = node.querySelector('.agreements-table tbody');
    let agreements;
    let portfolio;
    try {
      [agreements, portfolio] = await Promise.all([getJson('/api/agreements' + (query.toString() ? '?' + query : '')),
        getJson('/api/portfolio'), loadTaskNames()]);
    } catch (error) {
      body.innerHTML = `<tr><td colspan="8" class="text-danger">${TEXTS.notLoaded}${esc(error.message)}</td></tr>`;
      return;
    }
    const lines = {};
    portfolio.agreements.forEach(line => { lines[line.id] = line; });
    // the most late first, as the portfolio sorts them
    const order = portfolio.agreements.map(line => line.id);
    agreements.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
    body.innerHTML = agreements.length === 0 ? `<tr><td colspan="8">${TEXTS.noMatch}</td></tr>`
      : agreements.map(agreement => {
        const line = lines[agreement.id] || {};
        return `
        <tr data-agreement="${esc(agreement.id)}" class="${line.late ? 'has-late' : ''}">
          <td>${agreement.processInstanceId
            ? `<a href="#/process-instance/${esc(agreement.processInstanceId)}/runtime">${esc(agreement.title)}</a>` : esc(agreement.title)}
            <br><small>${esc(agreement.id)}</small></td>
          <td>${esc(words(agreement.status))}</td>
          <td>${esc(agreement.commitments)}</td>
          <td>${percent(agreement.score)}</td>
          <td class="overdue-count">${esc(agreement.overdueItems)}${line.mostDaysLate ? `<br><small>${esc(fill(TEXTS.lateBy, line.mostDaysLate))}</small>` : ''}</td>
          <td class="escalation-count">${esc(agreement.openEscalations)}</td>
          <td>${day(agreement.nextMeeting)}</td>
          <td class="waiting-on">${waiting((line.waitingOn || []).slice(0, 3))}</td>
        </tr>`;
      }).join('');
    node.querySelector('.party-tallies tbody').innerHTML = portfolio.parties.map(tally => `
        <tr data-party="${esc(tally.key)}"><td>${esc(PARTIES[tally.key] || TEXTS.groups[tally.key] || tally.key)}</td><td>${esc(tally.late)}</td>
          <td>${esc(tally.mostDaysLate)}</td><td>${esc(tally.stepsHeld)}</td><td>${esc(tally.longestHeldDays)}</td></tr>`).join('')
      || `<tr><td colspan="5">${TEXTS.none}</td></tr>`;
    node.querySelector('.area-tallies tbody').innerHTML = portfolio.areas.map(tally => `
        <tr data-area="${esc(tally.key)}"><td>${esc(words(tally.key))}</td><td>${esc(tally.late)}</td><td>${esc(tally.mostDaysLate)}</td></tr>`).join('')
      || `<tr><td colspan="3">${TEXTS.none}</td></tr>`;
    const Chart = await loadChart();
    // Bars are labelled with titles (shortened); the tooltip names the whole title and the id.
    const short = title => (title.length > 42 ? title.substring(0, 40) + '…' : title);
    const data = {
      labels: agreements.map(agreement => short(agreement.title)),
      datasets: STATUSES.map(status => ({
        label: words(status),
        backgroundColor: COLOURS[status],
        data: agreements.map(agreement => Math.round(100 * ((agreement.shareByStatus || {})[status] || 0)))
      }))
    };
    const tooltipTitle = items => items.length ? agreements[items[0].dataIndex].title + ' (' + agreements[items[0].dataIndex].id + ')' : '';
    if (chart) {
      chart.data = data;
      chart.update();
    } else {
      chart = new Chart(node.querySelector('canvas'), {
        type: 'bar',
        data,
        options: {
          indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
          plugins: { title: { display: true, text: TEXTS.chartTitle }, tooltip: { callbacks: { title: tooltipTitle } } },
          scales: { x: { stacked: true, max: 100 }, y: { stacked: true } }
        }
      });
    }
    node.dataset.loaded = 'true';
  };
  node.querySelectorAll('[data-filter]').forEach(select => select.addEventListener('change', refresh));
  refresh();
}

// The registered parties, and for managers a form to register one (POST /api/parties, which
// refuses anyone else); the webapp session's changes carry its CSRF token.
async function renderParties(section) {
  const box = document.createElement('div');
  box.className = 'agreement-tracker-parties';
  section.appendChild(box);
  const draw = async (message) => {
    let parties = [];
    try {
      parties = await getJson('/api/parties');
    } catch (error) {
      box.innerHTML = '';
      return;
    }
    parties.forEach(party => { PARTIES[party.code] = PARTIES[party.code] || (LANGUAGE === 'es' && party.nameEs ? party.nameEs : party.name); });
    box.innerHTML = `
      <h4>${TEXTS.partiesTitle}</h4>
      <p class="party-list">${parties.map(party => esc(LANGUAGE === 'es' && party.nameEs ? party.nameEs : (PARTIES[party.code] || party.name))
        + ' <small>(' + esc(party.code) + ')</small>').join(' · ')}</p>
      <details><summary>${TEXTS.registerParty}</summary>
        <form class="register-party form-inline">
          <input class="form-control input-sm" name="code" required placeholder="${TEXTS.code}" title="${TEXTS.codeHint}" aria-label="${TEXTS.code}">
          <input class="form-control input-sm" name="name" required placeholder="${TEXTS.name}" aria-label="${TEXTS.name}">
          <input class="form-control input-sm" name="nameEs" placeholder="${TEXTS.nameEs}" aria-label="${TEXTS.nameEs}">
          <select class="form-control input-sm" name="language" aria-label="${TEXTS.language}"><option value="es">Español</option><option value="en">English</option></select>
          <select class="form-control input-sm" name="kind" aria-label="${TEXTS.kindOf}"><option value="COUNTRY">${TEXTS.country}</option><option value="ORGANISATION">${TEXTS.organisation}</option></select>
          <button class="btn btn-default btn-sm" type="submit">${TEXTS.register}</button>
        </form></details>
      <details class="change-party-details"><summary>${TEXTS.changeParty}</summary>
        <form class="change-party form-inline">
          <select class="form-control input-sm" name="code" aria-label="${TEXTS.party}">${parties.map(party =>
            `<option value="${esc(party.code)}">${esc(party.code)}</option>`).join('')}</select>
          <input class="form-control input-sm" name="name" required placeholder="${TEXTS.name}" aria-label="${TEXTS.name}">
          <input class="form-control input-sm" name="nameEs" placeholder="${TEXTS.nameEs}" aria-label="${TEXTS.nameEs}">
          <select class="form-control input-sm" name="language" aria-label="${TEXTS.language}"><option value="es">Español</option><option value="en">English</option></select>
          <select class="form-control input-sm" name="kind" aria-label="${TEXTS.kindOf}"><option value="COUNTRY">${TEXTS.country}</option><option value="ORGANISATION">${TEXTS.organisation}</option></select>
          <button class="btn btn-default btn-sm" type="submit">${TEXTS.save}</button>
        </form></details>
      <p class="register-message">${message || ''}</p>`;
    const change = box.querySelector('form.change-party');
    const fillChange = () => {
      const party = parties.find(candidate => candidate.code === change.elements.code.value);
      if (party) {
        change.elements.name.value = party.name;
        change.elements.nameEs.value = party.nameEs || '';
        change.elements.language.value = party.language;
        change.elements.kind.value = party.kind || 'COUNTRY';
      }
    };
    change.elements.code.addEventListener('change', fillChange);
    fillChange();
    change.addEventListener('submit', async event => {
      event.preventDefault();
      const party = Object.fromEntries(new FormData(change).entries());
      const token = await getJson('/api/session/csrf-token').then(answer => answer.token).catch(() => '');
      const answer = await fetch('/api/parties/' + encodeURIComponent(party.code), { method: 'PUT',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': token },
        body: JSON.stringify(party) });
      const body = await answer.json().catch(() => ({}));
      if (!answer.ok) {
        box.querySelector('.register-message').innerHTML = `<span class="text-danger">${esc([body.message].concat(body.errors || []).join(' '))}</span>`;
        return;
      }
      PARTIES[body.code] = LANGUAGE === 'es' && body.nameEs ? body.nameEs : body.name;
      draw(esc(fill(TEXTS.changed, LANGUAGE === 'es' && body.nameEs ? body.nameEs : body.name, body.code)));
    });
    box.querySelector('form.register-party').addEventListener('submit', async event => {
      event.preventDefault();
      const form = event.target;
      const party = Object.fromEntries(new FormData(form).entries());
      const token = await getJson('/api/session/csrf-token').then(answer => answer.token).catch(() => '');
      const answer = await fetch('/api/parties', { method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': token },
        body: JSON.stringify(party) });
      const body = await answer.json().catch(() => ({}));
      if (!answer.ok) {
        box.querySelector('.register-message').innerHTML = `<span class="text-danger">${esc([body.message].concat(body.errors || []).join(' '))}</span>`;
        return;
      }
      PARTIES[body.code] = LANGUAGE === 'es' && body.nameEs ? body.nameEs : body.name;
      draw(esc(fill(TEXTS.registered, body.name, body.code)));
    });
  };
  draw();
}

async function renderAgreementTab(node, processInstanceId, api) {
  node.innerHTML = `<div class="agreement-tab">${TEXTS.loading}</div>`;
  try {
    const instance = await getJson(`${api.engineApi}/process-instance/${encodeURIComponent(processInstanceId)}`);
    if (!instance.businessKey) {
      node.innerHTML = `<div class="agreement-tab">${TEXTS.noAgreement}</div>`;
      return;
    }
    const id = encodeURIComponent(instance.businessKey);
    const [agreement, history, deadlines] = await Promise.all([getJson(`/api/agreements/${id}`),
      getJson(`/api/agreements/${id}/status-history`), getJson(`/api/agreements/${id}/deadlines`), loadTaskNames()]);
    const rows = (items, cells) => items.length === 0 ? `<tr><td colspan="9">${TEXTS.none}</td></tr>` : items.map(item => `<tr>${cells(item).map(cell => `<td>${cell}</td>`).join('')}</tr>`).join('');
    node.innerHTML = `
      <div class="agreement-tab">
        <h3>${esc(agreement.title)} <small>${esc(agreement.id)} · ${esc(words(agreement.status))}</small></h3>
        <p>${TEXTS.finalTextDue} ${day(agreement.finalTextDue && agreement.finalTextDue.date)}${agreement.finalTextDue && agreement.finalTextDue.stated ? ' ("' + esc(agreement.finalTextDue.stated) + '")' : ''}
           · ${TEXTS.scoreLower} ${percent(agreement.progress && agreement.progress.score)}</p>
        <h4>${TEXTS.deadlines}</h4>
        <table class="cam-table deadlines"><thead><tr><th>${TEXTS.deadline}</th><th>${TEXTS.due}</th><th>${TEXTS.state}</th><th>${TEXTS.owner}</th><th>${TEXTS.waitingOn}</th></tr></thead><tbody>
          ${rows(deadlines.deadlines, d => [deadlineName(d) + (d.stated ? ' <small>(“' + esc(d.stated) + '”)</small>' : ''), day(d.due), lateness(d),
            esc(PARTIES[d.owner] || TEXTS.groups[d.owner] || d.owner), waiting(d.steps)])}
        </tbody></table>
        <h4>${TEXTS.waitingOn}</h4>
        <p class="waiting-on">${waiting(deadlines.waitingOn)}</p>
        <h4>${TEXTS.commitments}</h4>
        <table class="cam-table commitments"><thead><tr><th>#</th><th>${TEXTS.commitment}</th><th>${TEXTS.status}</th><th>${TEXTS.evidence}</th></tr></thead><tbody>
          ${rows(agreement.commitments, c => [esc(c.position), esc(c.text), esc(words(c.status)), c.evidence ? esc(c.evidence.ref) + ' (' + esc(words(c.evidence.reliability)) + ')' : '–'])}
        </tbody></table>
        <h4>${TEXTS.deliverables}</h4>
        <table class="cam-table deliverables"><thead><tr><th>${TEXTS.deliverable}</th><th>${TEXTS.kind}</th><th>${TEXTS.owner}</th><th>${TEXTS.due}</th><th>${TEXTS.status}</th></tr></thead><tbody>
          ${rows(agreement.deliverables, d => [esc(d.title), esc(words(d.kind)), esc(PARTIES[d.ownerParty] || d.ownerParty), day(d.dueDate), esc(words(d.status))])}
        </tbody></table>
        <h4>${TEXTS.meetings}</h4>
        <table class="cam-table meetings"><thead><tr><th>${TEXTS.meeting}</th><th>${TEXTS.planned}</th><th>${TEXTS.scheduled}</th><th>${TEXTS.status}</th></tr></thead><tbody>
          ${rows(agreement.meetings, m => [esc(words(m.level)) + ' ' + esc(m.sequence) + (m.adHoc ? ' (' + TEXTS.adHoc + ')' : ''), day(m.plannedFor), day(m.scheduledFor), esc(words(m.status))])}
        </tbody></table>
        <h4>${TEXTS.statusHistory}</h4>
        <table class="cam-table history"><thead><tr><th>${TEXTS.when}</th><th>${TEXTS.status}</th><th>${TEXTS.what}</th><th>${TEXTS.who}</th></tr></thead><tbody>
          ${rows(history.slice().reverse(), h => [moment(h.changedAt), esc(words(h.status)), esc(h.note), esc(h.changedBy)])}
        </tbody></table>
      </div>`;
  } catch (error) {
    node.innerHTML = `<div class="agreement-tab text-danger">${TEXTS.agreementNotLoaded}${esc(error.message)}</div>`;
  }
}

export default [
  {
    id: 'agreement-tracker.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 10,
    render: node => renderDashboard(node)
  },
  {
    id: 'agreement-tracker.process-instance-tab',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 20,
    properties: { label: TEXTS.agreement },
    render: (node, { api, processInstanceId }) => renderAgreementTab(node, processInstanceId, api)
  }
];
