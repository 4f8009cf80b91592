// The agreement page: progress, deadlines with their lateness, commitments, deliverables,
// meetings, open steps and history of one agreement, read from /api with the webapp's
// login, in the reader's language (?lang=, else the browser's). Whoever may not see the
// agreement gets the same answer as for one that does not exist.
(function agreementPage() {
  'use strict';
  const SOON_DAYS = 14;
  const params = new URLSearchParams(window.location.search);
  const id = params.get('agreement');
  const language = params.get('lang') || ((navigator.language || 'en').slice(0, 2) === 'es' ? 'es' : 'en');
  const page = document.getElementById('page');
  let words = {};

  function word(key, ...args) {
    let text = words[key] !== undefined ? words[key] : key;
    args.forEach((arg, i) => { text = text.split('{' + i + '}').join(arg); });
    return text.replace(/''/g, "'");
  }

  function label(prefix, code) {
    return code === null || code === undefined ? '' : (words[prefix + '.' + code] || code);
  }

  function date(iso) {
    if (!iso) {
      return '';
    }
    const day = new Date(iso.length <= 10 ? iso + 'T00:00:00Z' : iso);
    return day.toLocaleDateString(language === 'es' ? 'es-ES' : 'en-GB',
      { day: language === 'es' ? '2-digit' : 'numeric', month: language === 'es' ? '2-digit' : 'short', year: 'numeric', timeZone: 'UTC' });
  }

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function table(headers, rows) {
    if (rows.length === 0) {
      return element('p', word('page.progress.none'));
    }
    const result = element('table');
    const head = element('tr');
    headers.forEach((header) => head.appendChild(element('th', header)));
    result.appendChild(head);
    rows.forEach((cells) => {
      const row = element('tr');
      cells.forEach((cell) => {
        const td = element('td');
        if (cell instanceof Node) {
          td.appendChild(cell);
        } else {
          td.textContent = cell;
        }
        row.appendChild(td);
      });
      result.appendChild(row);
    });
    return result;
  }

  function lateness(due, done) {
    if (done) {
      return element('span', word('page.progress.done'), 'state done');
    }
    const today = new Date();
    const days = Math.floor((Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())
      - new Date(due.slice(0, 10) + 'T00:00:00Z').getTime()) / 86400000);
    if (days > 0) {
      return element('span', word('page.progress.late', days), 'state late');
    }
    if (-days <= SOON_DAYS) {
      return element('span', word('page.progress.dueSoon', SOON_DAYS), 'state soon');
    }
    return element('span', word('page.progress.onTime'), 'state ok');
  }

  function deadlines(agreement) {
    const signed = agreement.signature && agreement.signature.signedOn;
    const list = [];
    if (agreement.finalTextDue && agreement.finalTextDue.date) {
      const stated = agreement.finalTextDue.stated ? ' (“' + agreement.finalTextDue.stated + '”)' : '';
      list.push([word('page.progress.finalTextDue') + stated, agreement.finalTextDue.date, Boolean(signed)]);
    }
    if (agreement.hardDeadline) {
      list.push([word('page.progress.hardDeadline'), agreement.hardDeadline, Boolean(signed)]);
    }
    if (signed) {
      list.push([word('page.progress.signed'), signed, true]);
    }
    (agreement.deliverables || []).forEach((d) => list.push([word('page.progress.deliverable', d.title), d.dueDate,
      d.status === 'DELIVERED']));
    (agreement.actionItems || []).forEach((a) => list.push([word('page.progress.actionItem', a.description), a.dueDate,
      a.status === 'DONE']));
    const next = {};
    (agreement.meetings || []).filter((m) => m.status !== 'HELD' && m.status !== 'DONE').forEach((m) => {
      if (!next[m.level] || m.plannedFor < next[m.level].plannedFor) {
        next[m.level] = m;
      }
    });
    Object.values(next).forEach((m) => list.push([word('page.progress.meeting', label('level', m.level)),
      m.scheduledFor || m.plannedFor, false]));
    if (agreement.endDate) {
      list.push([word('page.progress.endDate'), agreement.endDate, false]);
    }
    list.sort((a, b) => (a[1] < b[1] ? -1 : 1));
    return table([word('page.progress.deadline'), word('page.progress.due'), word('page.progress.state')],
      list.map(([what, due, done]) => [what, date(due), lateness(due, done)]));
  }

  function render(agreement, history) {
    document.title = agreement.title + ' · Agreement Tracker';
    page.replaceChildren();
    page.appendChild(element('h1', agreement.title));
    page.appendChild(element('div', agreement.id, 'id'));
    const facts = element('dl', null, 'facts');
    const fact = (term, value) => {
      facts.appendChild(element('dt', term));
      facts.appendChild(element('dd', value));
    };
    fact(word('page.progress.status'), label('status', agreement.status));
    fact(word('page.progress.lead'), label('party', agreement.leadParty));
    fact(word('page.progress.parties'), (agreement.parties || []).map((p) => p.name + ' (' + label('role', p.role)
      + ')').join('; '));
    if (agreement.progress) {
      fact(word('page.progress.score'), (agreement.progress.score * 3).toLocaleString(language, { maximumFractionDigits: 2 }));
    }
    page.appendChild(facts);

    page.appendChild(element('h2', word('page.progress.deadlines')));
    page.appendChild(deadlines(agreement));

    page.appendChild(element('h2', word('page.progress.openSteps')));
    page.appendChild(table([word('page.progress.step'), word('page.progress.due')],
      (agreement.currentSteps || []).map((s) => [s.name, date(s.due)])));

    page.appendChild(element('h2', word('page.progress.commitments')));
    page.appendChild(table([word('page.progress.commitment'), word('page.progress.level')],
      (agreement.commitments || []).map((c) => [c.position + '. ' + c.text, label('implementation', c.status)])));

    page.appendChild(element('h2', word('page.progress.deliverables')));
    page.appendChild(table([word('page.progress.deliverable', '').replace(/[:\s]+$/, ''), word('page.progress.owner'),
      word('page.progress.due')], (agreement.deliverables || []).map((d) => [d.title + ' (' + label('kind', d.kind) + ')',
      label('party', d.ownerParty), date(d.dueDate)])));

    page.appendChild(element('h2', word('page.progress.meetings')));
    page.appendChild(table(['', word('page.progress.plannedFor'), word('page.progress.scheduledFor')],
      (agreement.meetings || []).map((m) => [label('level', m.level) + ' ' + m.sequence, date(m.plannedFor),
        date(m.scheduledFor)])));

    page.appendChild(element('h2', word('page.progress.history')));
    page.appendChild(table([word('page.progress.when'), word('page.progress.what'), word('page.progress.who')],
      history.slice().reverse().map((h) => [date(h.changedAt), label('status', h.status) + (h.note ? ': ' + h.note : ''),
        h.changedBy])));
  }

  function message(text) {
    page.replaceChildren(element('p', text, 'message'));
  }

  async function json(url) {
    const answer = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!answer.ok) {
      const error = new Error(String(answer.status));
      error.status = answer.status;
      throw error;
    }
    return answer.json();
  }

  document.documentElement.lang = language;
  json('/api/languages/' + language + '/words')
    .catch(() => ({}))
    .then((loaded) => {
      words = loaded;
      document.getElementById('back').textContent = word('page.progress.back');
      if (!id) {
        message(word('page.progress.notFound'));
        return null;
      }
      return Promise.all([json('/api/agreements/' + encodeURIComponent(id)),
        json('/api/agreements/' + encodeURIComponent(id) + '/status-history')])
        .then(([agreement, history]) => render(agreement, history));
    })
    .catch((error) => message(word(error.status === 401 ? 'page.progress.signIn' : 'page.progress.notFound')));
}());
