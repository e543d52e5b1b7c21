// JSON modules need `assert { type: 'json' }`, statically and with import().
import data from '../fixtures/esm/data.json' assert { type: 'json' };
console.log(data);
const again = await import('../fixtures/esm/data.json', { assert: { type: 'json' } });
console.log(again.default === data, Object.keys(again));
for (const [what, load] of [
  ['no assertion', () => import('../fixtures/esm/data.json')],
  ['wrong type', () => import('../fixtures/esm/data.json', { assert: { type: 'css' } })],
  ['json on js', () => import('../fixtures/esm/lib.js', { assert: { type: 'json' } })],
]) {
  try {
    await load();
    console.log(what, 'loaded');
  } catch (e) {
    console.log(what, e.name, e.code, e.message.replace(/file:\/\/.*\/tests\//, '<tests>/'));
  }
}
