// execFile/exec output: decoded with options.encoding (multi-byte text across
// the maxBuffer cut), Buffers with 'buffer', and a caller's setEncoding().
const { exec, execFile } = require('child_process');
const text = '中文测试';
execFile('printf', [text], { encoding: 'utf8' }, (err, stdout) => {
  console.log('utf8', err, JSON.stringify(stdout));
  execFile('printf', [text], { encoding: 'buffer' }, (err2, stdout2) => {
    console.log('buffer', err2, Buffer.isBuffer(stdout2), stdout2.length);
    execFile('printf', [text], { maxBuffer: 7 }, (err3, stdout3) => {
      console.log('maxBuffer', err3.code, err3.message, JSON.stringify(stdout3));
      const child = exec('echo out; echo err >&2', { encoding: 'buffer' }, (err4, stdout4, stderr4) => {
        console.log('setEncoding', err4, typeof stdout4, JSON.stringify(stdout4), typeof stderr4, JSON.stringify(stderr4));
      });
      child.stdout.setEncoding('utf8');
      child.stderr.setEncoding('hex');
    });
  });
});
