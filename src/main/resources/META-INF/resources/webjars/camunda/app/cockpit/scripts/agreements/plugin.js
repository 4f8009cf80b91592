// Agreement Tracker's Cockpit plugin: an "Agreements" section on the dashboard and an
// "Agreement" tab on process instances. It reads our /api with the logged-in user's session, so
// it shows exactly what that user may see. Chart.js comes from our jar (a WebJar of the npm
// package), never from the internet.

const STATUSES = ['FULL', 'INTERMEDIATE', 'MINIMAL', 'NOT_STARTED', 'NO_EVIDENCE'];
const COLOURS = { FULL: '#2e7d32', INTERMEDIATE: '#9ccc65', MINIMAL: '#ffca28', NOT_STARTED: '#e57373', NO_EVIDENCE: '#bdbdbd' };
const LABELS = { FULL: 'Full', INTERMEDIATE: 'Intermediate', MINIMAL: 'Minimal', NOT_STARTED: 'Not started', NO_EVIDENCE: 'No evidence' };
const AREAS = ['HUMAN_TRAFFICKING_AND_SMUGGLING', 'ORGANIZED_CRIME_AND_GANGS', 'INFORMATION_SHARING', 'BORDER_SECURITY',
  'PUBLIC_MESSAGING', 'ASYLUM_CAPACITY', 'BIOMETRICS', 'OTHER'];
const PARTIES = { us: 'United States', gt: 'Guatemala', hn: 'Honduras', sv: 'El Salvador', mx: 'Mexico' };

function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function words(constant) {
  const text = String(constant ?? '').toLowerCase().replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function day(value) {
  return value ? String(value).substring(0, 10) : '–';
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
      <h1 class="section-title">Agreements</h1>
      <div style="display:flex;gap:12px;margin-bottom:10px">
        <label>Party <select class="form-control input-sm" data-filter="party">
          <option value="">all</option>${Object.entries(PARTIES).map(([code, name]) => `<option value="${code}">${esc(name)}</option>`).join('')}
        </select></label>
        <label>Area <select class="form-control input-sm" data-filter="area">
          <option value="">all</option>${AREAS.map(area => `<option value="${area}">${esc(words(area))}</option>`).join('')}
        </select></label>
      </div>
      <div class="agreements-chart" style="position:relative;height:260px"><canvas></canvas></div>
      <table class="cam-table agreements-table">
        <thead><tr><th>Agreement</th><th>Stage</th><th>Commitments</th><th>Score</th><th>Overdue</th><th>Escalations</th><th>Next meeting</th></tr></thead>
        <tbody><tr><td colspan="7">Loading…</td></tr></tbody>
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
      body.innerHTML = `<tr><td colspan="7" class="text-danger">The agreements could not be loaded: ${esc(error.message)}</td></tr>`;
      return;
    }
    body.innerHTML = agreements.length === 0 ? '<tr><td colspan="7">No agreement matches.</td></tr>'
      : agreements.map(agreement => `
        <tr data-agreement="${esc(agreement.id)}">
          <td>${agreement.processInstanceId
            ? `<a href="#/process-instance/${esc(agreement.processInstanceId)}/runtime">${esc(agreement.title)}</a>` : esc(agreement.title)}
            <br><small>${esc(agreement.id)}</small></td>
          <td>${esc(words(agreement.status))}</td>
          <td>${esc(agreement.commitments)}</td>
          <td>${agreement.score == null ? '–' : esc(Math.round(agreement.score)) + ' %'}</td>
          <td class="overdue-count">${esc(agreement.overdueItems)}</td>
          <td class="escalation-count">${esc(agreement.openEscalations)}</td>
          <td>${day(agreement.nextMeeting)}</td>
        </tr>`).join('');
    const Chart = await loadChart();
    const data = {
      labels: agreements.map(agreement => agreement.id),
      datasets: STATUSES.map(status => ({
        label: LABELS[status],
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
          plugins: { title: { display: true, text: 'Share of commitments at each level (%)' } },
          scales: { x: { stacked: true, max: 100 }, y: { stacked: true } }
        }
      });
    }
  };
  node.querySelectorAll('[data-filter]').forEach(select => select.addEventListener('change', refresh));
  refresh();
}

async function renderAgreementTab(node, processInstanceId, api) {
  node.innerHTML = '<div class="agreement-tab">Loading…</div>';
  try {
    const instance = await getJson(`${api.engineApi}/process-instance/${encodeURIComponent(processInstanceId)}`);
    if (!instance.businessKey) {
      node.innerHTML = '<div class="agreement-tab">This instance belongs to no agreement.</div>';
      return;
    }
    const id = encodeURIComponent(instance.businessKey);
    const [agreement, history] = await Promise.all([getJson(`/api/agreements/${id}`), getJson(`/api/agreements/${id}/status-history`)]);
    const rows = (items, cells) => items.length === 0 ? '<tr><td colspan="9">None.</td></tr>' : items.map(item => `<tr>${cells(item).map(cell => `<td>${cell}</td>`).join('')}</tr>`).join('');
    node.innerHTML = `
      <div class="agreement-tab">
        <h3>${esc(agreement.title)} <small>${esc(agreement.id)} · ${esc(words(agreement.status))}</small></h3>
        <p>Final text due ${day(agreement.finalTextDue && agreement.finalTextDue.date)}${agreement.finalTextDue && agreement.finalTextDue.stated ? ' ("' + esc(agreement.finalTextDue.stated) + '")' : ''}
           · score ${agreement.progress && agreement.progress.score != null ? esc(Math.round(agreement.progress.score)) + ' %' : '–'}</p>
        <h4>Commitments</h4>
        <table class="cam-table commitments"><thead><tr><th>#</th><th>Commitment</th><th>Status</th><th>Evidence</th></tr></thead><tbody>
          ${rows(agreement.commitments, c => [esc(c.position), esc(c.text), esc(words(c.status)), c.evidence ? esc(c.evidence.ref) + ' (' + esc(words(c.evidence.reliability)) + ')' : '–'])}
        </tbody></table>
        <h4>Deliverables</h4>
        <table class="cam-table deliverables"><thead><tr><th>Deliverable</th><th>Kind</th><th>Owner</th><th>Due</th><th>Status</th></tr></thead><tbody>
          ${rows(agreement.deliverables, d => [esc(d.title), esc(words(d.kind)), esc(String(d.ownerParty).toUpperCase()), day(d.dueDate), esc(words(d.status))])}
        </tbody></table>
        <h4>Meetings</h4>
        <table class="cam-table meetings"><thead><tr><th>Meeting</th><th>Planned</th><th>Scheduled</th><th>Status</th></tr></thead><tbody>
          ${rows(agreement.meetings, m => [esc(words(m.level)) + ' ' + esc(m.sequence) + (m.adHoc ? ' (ad hoc)' : ''), day(m.plannedFor), day(m.scheduledFor), esc(words(m.status))])}
        </tbody></table>
        <h4>Status history</h4>
        <table class="cam-table history"><thead><tr><th>When</th><th>Status</th><th>What</th><th>Who</th></tr></thead><tbody>
          ${rows(history.slice().reverse(), h => [esc(String(h.changedAt).substring(0, 16).replace('T', ' ')), esc(words(h.status)), esc(h.note), esc(h.changedBy)])}
        </tbody></table>
      </div>`;
  } catch (error) {
    node.innerHTML = `<div class="agreement-tab text-danger">The agreement could not be loaded: ${esc(error.message)}</div>`;
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
    properties: { label: 'Agreement' },
    render: (node, { api, processInstanceId }) => renderAgreementTab(node, processInstanceId, api)
  }
];
