// The "empty page of the same stack" the app's first screen is measured against:
// Preact renders one heading and Dexie opens a database, nothing else.
import { render } from 'preact';
import Dexie from 'dexie';

const db = new Dexie('baseline');
db.version(1).stores({ items: 'id' });
void db.open();

const root = document.getElementById('app');
if (root) render(<h1>Leere Seite</h1>, root);
