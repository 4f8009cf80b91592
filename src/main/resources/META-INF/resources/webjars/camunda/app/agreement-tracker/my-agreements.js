// "My agreements" in Tasklist's header: the read-only progress, deadlines and lateness of
// the agreements the user's party takes part in (a manager sees them all), on our own page.
const LANGUAGE = (navigator.language || 'en').toLowerCase().startsWith('es') ? 'es' : 'en';
const LABEL = { en: 'My agreements', es: 'Mis acuerdos' }[LANGUAGE];

function addLink() {
  const startProcess = document.querySelector('li.start-process-action');
  if (!startProcess || startProcess.parentNode.querySelector('li.at-my-agreements')) {
    return;
  }
  const item = document.createElement('li');
  item.className = 'at-my-agreements';
  const link = document.createElement('a');
  link.href = '/agreement-tracker/portfolio.html?lang=' + LANGUAGE;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = LABEL;
  const icon = document.createElement('span');
  icon.className = 'glyphicon glyphicon-stats';
  link.prepend(icon, ' ');
  item.appendChild(link);
  startProcess.parentNode.insertBefore(item, startProcess);
}

// The header is drawn anew after a login; add the link whenever it appears.
new MutationObserver(addLink).observe(document.body, { childList: true, subtree: true });
addLink();

export default [];
