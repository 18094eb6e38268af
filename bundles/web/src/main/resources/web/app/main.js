// Entry point: renders the application into #app.
import { h, render } from 'preact';
import { App } from '/app/app.js';

const root = document.getElementById('app');
root.textContent = '';
render(h(App), root);
