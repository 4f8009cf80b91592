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
    what: 'What', who: 'Who',
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
    what: 'Qué', who: 'Quién',
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

// 2026-01-31 in English (as the API writes it), 31/01/2026 in Spanish.
function day(value) {
  if (!value) {
    return '–';
  }
  const date = String(value).substring(0, 10);
  return LANGUAGE === 'es' ? date.split('-').reverse().join('/') : date;
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
  node.innerHTML = `
    <section class="agreement-tracker-dashboard" style="margin-top:20px">
      <h1 class="section-title">${TEXTS.agreements}</h1>
      <div style="display:flex;gap:12px;margin-bottom:10px">
        <label>${TEXTS.party} <select class="form-control input-sm" data-filter="party">
          <option value="">${TEXTS.all}</option>${Object.entries(PARTIES).map(([code, name]) => `<option value="${code}">${esc(name)}</option>`).join('')}
        </select></label>
        <label>${TEXTS.area} <select class="form-control input-sm" data-filter="area">
          <option value="">${TEXTS.all}</option>${AREAS.map(area => `<option value="${area}">${esc(words(area))}</option>`).join('')}
        </select></label>
      </div>
      <div class="agreements-chart" style="position:relative;height:260px"><canvas></canvas></div>
      <table class="cam-table agreements-table">
        <thead><tr><th>${TEXTS.agreement}</th><th>${TEXTS.stage}</th><th>${TEXTS.commitments}</th><th>${TEXTS.score}</th><th>${TEXTS.overdue}</th><th>${TEXTS.escalations}</th><th>${TEXTS.nextMeeting}</th></tr></thead>
        <tbody><tr><td colspan="7">${TEXTS.loading}</td></tr></tbody>
      </table>
    </section>`;
  let chart;
  const refresh = async () => {
    const query = new URLSearchParams();
    node.querySelectorAll('[data-filter]').forEach(select => select.value && query.set(select.dataset.filter, select.value));
    const body = node.querySelector('tbody');
    let agreements;
    try {
      agreements = await getJson('/api/agreements' + (query.toString() ? '?' + query : ''));
    } catch (error) {
      body.innerHTML = `<tr><td colspan="7" class="text-danger">${TEXTS.notLoaded}${esc(error.message)}</td></tr>`;
      return;
    }
    body.innerHTML = agreements.length === 0 ? `<tr><td colspan="7">${TEXTS.noMatch}</td></tr>`
      : agreements.map(agreement => `
        <tr data-agreement="${esc(agreement.id)}">
          <td>${agreement.processInstanceId
            ? `<a href="#/process-instance/${esc(agreement.processInstanceId)}/runtime">${esc(agreement.title)}</a>` : esc(agreement.title)}
            <br><small>${esc(agreement.id)}</small></td>
          <td>${esc(words(agreement.status))}</td>
          <td>${esc(agreement.commitments)}</td>
          <td>${percent(agreement.score)}</td>
          <td class="overdue-count">${esc(agreement.overdueItems)}</td>
          <td class="escalation-count">${esc(agreement.openEscalations)}</td>
          <td>${day(agreement.nextMeeting)}</td>
        </tr>`).join('');
    const Chart = await loadChart();
    const data = {
      labels: agreements.map(agreement => agreement.id),
      datasets: STATUSES.map(status => ({
        label: words(status),
        backgroundColor: COLOURS[status],
        data: agreements.map(agreement => Math.round(100 * ((agreement.shareByStatus || {})[status] || 0)))
      }))
    };
    if (chart) {
      chart.data = data;
      chart.update();
    } else {
      chart = new Chart(node.querySelector('canvas'), {
        type: 'bar',
        data,
        options: {
          indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
          plugins: { title: { display: true, text: TEXTS.chartTitle } },
          scales: { x: { stacked: true, max: 100 }, y: { stacked: true } }
        }
      });
    }
  };
  node.querySelectorAll('[data-filter]').forEach(select => select.addEventListener('change', refresh));
  refresh();
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
    const [agreement, history] = await Promise.all([getJson(`/api/agreements/${id}`), getJson(`/api/agreements/${id}/status-history`)]);
    const rows = (items, cells) => items.length === 0 ? `<tr><td colspan="9">${TEXTS.none}</td></tr>` : items.map(item => `<tr>${cells(item).map(cell => `<td>${cell}</td>`).join('')}</tr>`).join('');
    node.innerHTML = `
      <div class="agreement-tab">
        <h3>${esc(agreement.title)} <small>${esc(agreement.id)} · ${esc(words(agreement.status))}</small></h3>
        <p>${TEXTS.finalTextDue} ${day(agreement.finalTextDue && agreement.finalTextDue.date)}${agreement.finalTextDue && agreement.finalTextDue.stated ? ' ("' + esc(agreement.finalTextDue.stated) + '")' : ''}
           · ${TEXTS.scoreLower} ${percent(agreement.progress && agreement.progress.score)}</p>
        <h4>${TEXTS.commitments}</h4>
        <table class="cam-table commitments"><thead><tr><th>#</th><th>${TEXTS.commitment}</th><th>${TEXTS.status}</th><th>${TEXTS.evidence}</th></tr></thead><tbody>
          ${rows(agreement.commitments, c => [esc(c.position), esc(c.text), esc(words(c.status)), c.evidence ? esc(c.evidence.ref) + ' (' + esc(words(c.evidence.reliability)) + ')' : '–'])}
        </tbody></table>
        <h4>${TEXTS.deliverables}</h4>
        <table class="cam-table deliverables"><thead><tr><th>${TEXTS.deliverable}</th><th>${TEXTS.kind}</th><th>${TEXTS.owner}</th><th>${TEXTS.due}</th><th>${TEXTS.status}</th></tr></thead><tbody>
          ${rows(agreement.deliverables, d => [esc(d.title), esc(words(d.kind)), esc(String(d.ownerParty).toUpperCase()), day(d.dueDate), esc(words(d.status))])}
        </tbody></table>
        <h4>${TEXTS.meetings}</h4>
        <table class="cam-table meetings"><thead><tr><th>${TEXTS.meeting}</th><th>${TEXTS.planned}</th><th>${TEXTS.scheduled}</th><th>${TEXTS.status}</th></tr></thead><tbody>
          ${rows(agreement.meetings, m => [esc(words(m.level)) + ' ' + esc(m.sequence) + (m.adHoc ? ' (' + TEXTS.adHoc + ')' : ''), day(m.plannedFor), day(m.scheduledFor), esc(words(m.status))])}
        </tbody></table>
        <h4>${TEXTS.statusHistory}</h4>
        <table class="cam-table history"><thead><tr><th>${TEXTS.when}</th><th>${TEXTS.status}</th><th>${TEXTS.what}</th><th>${TEXTS.who}</th></tr></thead><tbody>
          ${rows(history.slice().reverse(), h => [esc(String(h.changedAt).substring(0, 16).replace('T', ' ')), esc(words(h.status)), esc(h.note), esc(h.changedBy)])}
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
