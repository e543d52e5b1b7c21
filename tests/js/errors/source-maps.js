// Source maps: --enable-source-maps rewrites an uncaught error's stack and
// source line to the original file; process.setSourceMapsEnabled does the
// same for error.stack at run time (an inline data: URL map with
// sourcesContent); module.findSourceMap / SourceMap answer lookups; and -r
// preloads a module before the main one.
const { spawnSync } = require('child_process');
const path = require('path');
const fixtures = path.join(__dirname, '..', 'fixtures');
const dir = path.join(fixtures, 'source-map');

// Paths are shown relative to the fixtures, and only frames in them.
const tidy = (text) => text.split('\n')
  .filter((line) => !line.startsWith('    at ') || line.includes(dir))
  .map((line) => line.split(dir + path.sep).join(''))
  .join('\n');

{
  const child = spawnSync(process.execPath, ['--enable-source-maps', path.join(dir, 'gen.js')], { encoding: 'utf8' });
  console.log('uncaught, status', child.status);
  console.log(tidy(child.stderr).split('\n').slice(0, 8).join('\n'));
}
{
  const child = spawnSync(process.execPath, [path.join(dir, 'gen.js')], { encoding: 'utf8' });
  console.log('without the flag, the generated file:', tidy(child.stderr).split('\n')[0]);
}

process.setSourceMapsEnabled(true);
const lib = require(path.join(dir, 'lib.js'));
try {
  lib.fail();
} catch (err) {
  console.log(tidy(err.stack).split('\n').slice(0, 2).join('\n'));
}

const { findSourceMap, SourceMap } = require('module');
const map = findSourceMap(path.join(dir, 'lib.js'));
console.log('findSourceMap:', map instanceof SourceMap);
const entry = map.findEntry(2, 10);
console.log('findEntry:', entry.generatedLine, entry.generatedColumn, path.basename(entry.originalSource),
            entry.originalLine, entry.originalColumn);
const origin = map.findOrigin(3, 12);
console.log('findOrigin:', path.basename(origin.fileName), origin.lineNumber, origin.columnNumber);
console.log('no map for this file:', findSourceMap(__filename));
console.log('before the first segment:', JSON.stringify(new SourceMap({ sources: ['a.js'], mappings: ';;IAAA' }).findEntry(0, 0)));
console.log('payload is a copy:', map.payload !== map.payload, map.payload.sources.length);

process.setSourceMapsEnabled(false);
try {
  lib.fail();
} catch (err) {
  console.log('disabled again:', tidy(err.stack).split('\n')[1]);
}

{
  const child = spawnSync(process.execPath, ['-r', './preload.js', '-e', 'console.log(globalThis.preloaded)'],
                          { cwd: fixtures, encoding: 'utf8' });
  console.log('-r:', child.stdout.trim(), child.status);
}
