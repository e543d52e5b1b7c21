'use strict';
// Duplex.fromWeb: the encoding option decodes what is read, destroy()
// cancels the readable side and aborts the writable side.
const { Duplex } = require('stream');

{
  const transform = new TransformStream({
    transform(chunk, controller) {
      controller.enqueue(new TextEncoder().encode(new TextDecoder().decode(chunk).toUpperCase()));
    },
  });
  const duplex = Duplex.fromWeb(transform, { encoding: 'utf8' });
  duplex.on('data', (d) => console.log('data', typeof d, d));
  duplex.on('end', () => console.log('end'));
  duplex.end('hello');
}

{
  const transform = new TransformStream();
  const duplex = Duplex.fromWeb(transform);
  console.log('locked', transform.readable.locked, transform.writable.locked);
  duplex.on('error', (e) => console.log('unexpected error', e));
  duplex.on('close', () => console.log('closed after destroy()'));
  duplex.destroy();
}

{
  const error = new Error('boom');
  const duplex = Duplex.fromWeb(new TransformStream());
  duplex.on('error', (e) => console.log('error', e === error));
  duplex.on('close', () => console.log('closed after destroy(error)'));
  duplex.destroy(error);
}
