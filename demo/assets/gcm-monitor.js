// Demo only: shows the Consent Mode commands aquao-consent pushes to window.dataLayer, as Google's tags would read
// them (gtag commands are `arguments` objects).
(() => {
  const dataLayer = (window.dataLayer ||= []);
  const consent = {};
  const render = () => {
    const log = [];
    for (const entry of dataLayer) {
      const command = Array.from(entry);
      if (command[0] !== 'consent') continue;
      Object.assign(consent, command[2]);
      log.push(`gtag('consent', '${command[1]}', ${JSON.stringify(command[2])})`);
    }
    const body = document.querySelector('#gcm-state tbody');
    if (!body) return;
    body.replaceChildren(
      ...Object.entries(consent)
        .filter(([type]) => type !== 'wait_for_update')
        .map(([type, state]) => {
          const row = document.createElement('tr');
          const name = document.createElement('th');
          name.scope = 'row';
          name.textContent = type;
          const value = document.createElement('td');
          value.textContent = state === 'granted' ? 'accordé' : 'refusé';
          value.dataset.state = state;
          row.append(name, value);
          return row;
        }),
    );
    document.getElementById('gcm-log').textContent = log.join('\n');
    document.getElementById('gcm-tag').textContent = window.fakeGtagLoaded ? 'chargée' : 'non chargée';
  };
  const push = dataLayer.push.bind(dataLayer);
  dataLayer.push = (...items) => {
    const length = push(...items);
    render();
    return length;
  };
  document.addEventListener('DOMContentLoaded', render);
  document.addEventListener('fake-gtag', render);
  render();
})();
