// What the agreement pages share: the reader's language (?lang=, else the browser's), our
// words for it from /api, dates, tables and the lateness of a deadline as /api judged it.
window.AgreementPages = (function agreementPages() {
  'use strict';
  const params = new URLSearchParams(window.location.search);
  const language = params.get('lang') || ((navigator.language || 'en').slice(0, 2) === 'es' ? 'es' : 'en');
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

  function link(text, href) {
    const node = element('a', text);
    node.href = href;
    return node;
  }

  function table(headers, rows, className) {
    if (rows.length === 0) {
      return element('p', word('page.progress.none'));
    }
    const result = element('table', null, className);
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

  /** A deadline's lateness as the server judged it against the engine's clock. */
  function lateness(deadline) {
    if (deadline.lateness === 'LATE') {
      return element('span', deadline.daysLate === 1 ? word('lateness.lateByOne')
        : word('lateness.lateBy', deadline.daysLate), 'state late');
    }
    return element('span', label('lateness', deadline.lateness), deadline.lateness === 'DUE_SOON' ? 'state soon' : 'state ok');
  }

  function deadlineName(deadline) {
    const kind = label('deadline', deadline.kind);
    if (!deadline.subject) {
      return kind + (deadline.stated ? ' (“' + deadline.stated + '”)' : '');
    }
    return kind + ': ' + (deadline.kind === 'MEETING' ? label('level', deadline.subject) : deadline.subject);
  }

  /** Who holds a step: the person who claimed it, else its groups in words. */
  function holder(step) {
    if (step.assignee) {
      return step.assignee;
    }
    return (step.holders || []).map((group) => (group.startsWith('coordinators-')
      ? word('group.coordinators', label('party', group.substring(13))) : label('group', group))).join(', ');
  }

  /** Who owes a deadline: a party by its name, else a group (managers, reviewers). */
  function owner(code) {
    if (!code) {
      return '';
    }
    return words['party.' + code] !== undefined ? words['party.' + code] : label('group', code);
  }

  function taskName(step) {
    return words['task.' + step.taskKey] || step.name;
  }

  function steps(list) {
    return (list || []).map((step) => taskName(step) + ' (' + holder(step) + ', ' + word('page.portfolio.since', date(step.since)) + ')')
      .join('; ');
  }

  async function json(url) {
    // the page's language, which ?lang= may set apart from the browser's
    const answer = await fetch(url, { credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Accept-Language': language } });
    if (!answer.ok) {
      const error = new Error(String(answer.status));
      error.status = answer.status;
      throw error;
    }
    return answer.json();
  }

  /** Loads our words, then runs the page; a 401 asks to sign in, anything else says not found. */
  function start(run) {
    const page = document.getElementById('page');
    const message = (text) => page.replaceChildren(element('p', text, 'message'));
    document.documentElement.lang = language;
    json('/api/languages/' + language + '/words')
      .catch(() => ({}))
      .then((loaded) => {
        words = loaded;
        document.getElementById('back').textContent = word('page.progress.back');
        return run(page, message);
      })
      .catch((error) => message(word(error.status === 401 ? 'page.progress.signIn' : 'page.progress.notFound')));
  }

  return { language, params, word, label, date, element, link, table, lateness, deadlineName, holder, owner, taskName, steps, json, start };
}());
