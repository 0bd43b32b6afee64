/** The configurator's page script (index.html): defines `<aquao-configurator>` and its sections. */
import './components/configurator-app.js';
