// "My agreements": read-only progress, deadlines and lateness of the agreements the reader
// may see (her party's; a manager's all), the most late first, with who holds each.
(function portfolioPage() {
  'use strict';
  const P = window.AgreementPages;

  P.start(async (page) => {
    const [portfolio, agreements, late] = await Promise.all([P.json('/api/portfolio'), P.json('/api/agreements'),
      P.json('/api/late-items')]);
    const byId = {};
    agreements.forEach((agreement) => { byId[agreement.id] = agreement; });
    document.title = P.word('page.portfolio.title') + ' · Agreement Tracker';
    page.replaceChildren();
    page.appendChild(P.element('h1', P.word('page.portfolio.title')));
    page.appendChild(P.element('p', P.word('page.portfolio.intro')));

    page.appendChild(P.table([P.word('page.progress.title'), P.word('page.progress.status'),
      P.word('page.progress.score'), P.word('page.portfolio.late'), P.word('page.portfolio.next'),
      P.word('page.portfolio.waitingOn')], portfolio.agreements.map((line) => {
      const agreement = byId[line.id] || {};
      const title = P.element('span');
      title.appendChild(P.link(line.title, 'progress.html?agreement=' + encodeURIComponent(line.id) + '&lang=' + P.language));
      title.appendChild(P.element('div', line.id, 'id'));
      const late = line.late === 0 ? P.element('span', '0', 'state ok')
        : P.element('span', line.late + ' · ' + P.word('lateness.lateBy', line.mostDaysLate), 'state late');
      const next = P.element('span');
      if (line.next) {
        next.appendChild(P.element('div', P.deadlineName(line.next)));
        next.appendChild(P.element('span', P.date(line.next.due) + ' '));
        next.appendChild(P.lateness(line.next));
      }
      return [title, P.label('status', line.status),
        agreement.score === null || agreement.score === undefined ? '–'
          : (agreement.score * 3 / 100).toLocaleString(P.language, { maximumFractionDigits: 2 }),
        late, next, P.steps(line.waitingOn)];
    }), 'portfolio'));

    page.appendChild(P.element('h2', P.word('page.portfolio.lateItems')));
    page.appendChild(P.table([P.word('page.progress.title'), P.word('page.progress.deadline'),
      P.word('page.progress.due'), P.word('page.progress.state'), P.word('page.progress.owner'),
      P.word('page.portfolio.waitingOn')], late.map((deadline) => [
      (byId[deadline.agreementId] || {}).title || deadline.agreementId, P.deadlineName(deadline), P.date(deadline.due),
      P.lateness(deadline), P.owner(deadline.owner), P.steps(deadline.steps)]), 'late-items'));
  });
}());
