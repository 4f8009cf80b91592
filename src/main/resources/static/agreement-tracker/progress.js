// The agreement page: progress, every deadline with its lateness as the server judged it,
// who the agreement waits for, commitments, deliverables, meetings and history of one
// agreement, read from /api with the webapp's login. Whoever may not see the agreement gets
// the same answer as for one that does not exist.
(function agreementPage() {
  'use strict';
  const P = window.AgreementPages;
  const id = P.params.get('agreement');

  /** What a file supports, in words: the deliverable's title, the meeting's level and number. */
  function supported(agreement, file) {
    if (file.kind === 'DELIVERY') {
      const deliverable = (agreement.deliverables || []).find((d) => d.id === file.supportsId);
      return P.label('evidence', file.kind) + ': ' + (deliverable ? deliverable.title : file.supportsId);
    }
    if (file.kind === 'MEETING') {
      const meeting = (agreement.meetings || []).find((m) => m.id === file.supportsId);
      return P.label('evidence', file.kind) + ': ' + (meeting ? P.label('level', meeting.level) + ' ' + meeting.sequence
        : file.supportsId);
    }
    return P.label('evidence', file.kind) + ' ' + file.supportsId;
  }

  /** The webapp session's CSRF token, which a change made with the session must carry. */
  async function csrfToken() {
    const answer = await P.json('/api/session/csrf-token').catch(() => ({}));
    return answer.token || '';
  }

  /** The agreement's evidence files, and a form to attach one to a deliverable or a meeting. */
  function evidenceSection(agreement, evidence) {
    const section = P.element('div', null, 'evidence');
    const path = '/api/agreements/' + encodeURIComponent(agreement.id) + '/evidence';
    section.appendChild(P.table([P.word('page.evidence.file'), P.word('page.evidence.supports'),
      P.word('page.progress.who'), P.word('page.progress.when')], evidence.map((file) => [
      P.link(file.fileName, path + '/' + file.id), supported(agreement, file), file.uploadedBy, P.date(file.uploadedAt)]),
    'evidence-files'));
    const targets = (agreement.deliverables || []).map((d) => ['DELIVERY', d.id, P.label('evidence', 'DELIVERY') + ': ' + d.title])
      .concat((agreement.meetings || []).map((m) => ['MEETING', m.id, P.label('evidence', 'MEETING') + ': '
        + P.label('level', m.level) + ' ' + m.sequence]));
    if (targets.length === 0) {
      return section;
    }
    const form = P.element('form', null, 'attach');
    const target = P.element('select');
    target.name = 'target';
    target.setAttribute('aria-label', P.word('page.evidence.supports'));
    targets.forEach(([kind, id, text]) => {
      const option = P.element('option', text);
      option.value = kind + ':' + id;
      target.appendChild(option);
    });
    const input = P.element('input');
    input.type = 'file';
    input.name = 'file';
    input.required = true;
    const button = P.element('button', P.word('page.evidence.attach'));
    button.type = 'submit';
    const status = P.element('span', null, 'attach-status');
    form.append(target, input, button, status);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const [kind, id] = target.value.split(':');
      const data = new FormData();
      data.append('file', input.files[0]);
      button.disabled = true;
      status.textContent = '';
      try {
        const answer = await fetch(path + '?kind=' + kind + '&supportsId=' + id, { method: 'POST', body: data,
          credentials: 'same-origin', headers: { Accept: 'application/json', 'X-XSRF-TOKEN': await csrfToken() } });
        const body = await answer.json().catch(() => ({}));
        if (!answer.ok) {
          status.textContent = [body.message].concat(body.errors || []).filter(Boolean).join(' ');
          status.className = 'attach-status state late';
          return;
        }
        window.location.reload();
      } finally {
        button.disabled = false;
      }
    });
    section.appendChild(form);
    return section;
  }

  function render(page, agreement, history, deadlines, evidence) {
    document.title = agreement.title + ' · Agreement Tracker';
    page.replaceChildren();
    page.appendChild(P.element('h1', agreement.title));
    page.appendChild(P.element('div', agreement.id, 'id'));
    const facts = P.element('dl', null, 'facts');
    const fact = (term, value) => {
      facts.appendChild(P.element('dt', term));
      facts.appendChild(P.element('dd', value));
    };
    fact(P.word('page.progress.status'), P.label('status', agreement.status));
    fact(P.word('page.progress.lead'), P.label('party', agreement.leadParty));
    fact(P.word('page.progress.parties'), (agreement.parties || []).map((p) => p.name + ' (' + P.label('role', p.role)
      + ')').join('; '));
    if (agreement.progress && agreement.progress.score !== null && agreement.progress.score !== undefined) {
      // the score is a percentage of the highest level, 3
      fact(P.word('page.progress.score'), (agreement.progress.score * 3 / 100).toLocaleString(P.language,
        { maximumFractionDigits: 2 }));
    }
    page.appendChild(facts);

    page.appendChild(P.element('h2', P.word('page.progress.deadlines')));
    page.appendChild(P.table([P.word('page.progress.deadline'), P.word('page.progress.due'),
      P.word('page.progress.state'), P.word('page.progress.owner'), P.word('page.portfolio.waitingOn')],
    deadlines.deadlines.map((d) => [P.deadlineName(d), P.date(d.due), P.lateness(d),
      P.owner(d.owner), P.steps(d.steps)]),
    'deadlines'));

    page.appendChild(P.element('h2', P.word('page.progress.openSteps')));
    page.appendChild(P.table([P.word('page.progress.step'), P.word('page.portfolio.waitingOn'), P.word('page.progress.due')],
      deadlines.waitingOn.map((s) => [P.taskName(s), P.holder(s) + ', ' + P.word('page.portfolio.since', P.date(s.since)),
        P.date(s.due)]), 'open-steps'));

    page.appendChild(P.element('h2', P.word('page.progress.commitments')));
    page.appendChild(P.table([P.word('page.progress.commitment'), P.word('page.progress.level')],
      (agreement.commitments || []).map((c) => [c.position + '. ' + c.text, P.label('implementation', c.status)])));

    page.appendChild(P.element('h2', P.word('page.progress.deliverables')));
    page.appendChild(P.table([P.word('page.progress.deliverable', '').replace(/[:\s]+$/, ''), P.word('page.progress.owner'),
      P.word('page.progress.due')], (agreement.deliverables || []).map((d) => [d.title + ' (' + P.label('kind', d.kind) + ')',
      P.label('party', d.ownerParty), P.date(d.dueDate)])));

    page.appendChild(P.element('h2', P.word('page.progress.meetings')));
    page.appendChild(P.table(['', P.word('page.progress.plannedFor'), P.word('page.progress.scheduledFor')],
      (agreement.meetings || []).map((m) => [P.label('level', m.level) + ' ' + m.sequence, P.date(m.plannedFor),
        P.date(m.scheduledFor)])));

    page.appendChild(P.element('h2', P.word('page.evidence.title')));
    page.appendChild(evidenceSection(agreement, evidence));

    page.appendChild(P.element('h2', P.word('page.progress.history')));
    page.appendChild(P.table([P.word('page.progress.when'), P.word('page.progress.what'), P.word('page.progress.who')],
      history.slice().reverse().map((h) => [P.date(h.changedAt), P.label('status', h.status) + (h.note ? ': ' + h.note : ''),
        h.changedBy])));
  }

  P.start(async (page, message) => {
    if (!id) {
      message(P.word('page.progress.notFound'));
      return;
    }
    const path = '/api/agreements/' + encodeURIComponent(id);
    const [agreement, history, deadlines, evidence] = await Promise.all([P.json(path), P.json(path + '/status-history'),
      P.json(path + '/deadlines'), P.json(path + '/evidence')]);
    render(page, agreement, history, deadlines, evidence);
  });
}());
