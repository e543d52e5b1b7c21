// Ending process.stdout finishes it, so pipeline() into stdout completes.
const { pipeline, Readable, finished } = require('stream');
finished(process.stdout, (err) => console.error('finished', err));
pipeline(Readable.from(['one\n', 'two\n']), process.stdout, (err) => {
  console.error('pipeline done', err, process.stdout.writableEnded, process.stdout.writableFinished);
});
