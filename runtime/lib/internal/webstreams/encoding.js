'use strict';
// TextEncoderStream and TextDecoderStream: TransformStreams around the
// TextEncoder/TextDecoder of util, keeping a surrogate pair or a multi-byte
// sequence that is split across chunks together.

const { kType, kState, customInspect, customInspectFor, invalidThis } = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transformstream');

class TextEncoderStream {
  constructor() {
    this[kType] = 'TextEncoderStream';
    const encoder = new (require('util').TextEncoder)();
    let pendingHighSurrogate = null;
    this[kState] = {
      transform: new TransformStream({
        transform(chunk, controller) {
          chunk = `${chunk}`;
          if (pendingHighSurrogate !== null) {
            chunk = pendingHighSurrogate + chunk;
            pendingHighSurrogate = null;
          }
          const last = chunk.charCodeAt(chunk.length - 1);
          if (last >= 0xD800 && last <= 0xDBFF) {
            pendingHighSurrogate = chunk[chunk.length - 1];
            chunk = chunk.slice(0, -1);
          }
          if (chunk) controller.enqueue(encoder.encode(chunk));
        },
        flush(controller) {
          // A lone high surrogate at the end becomes U+FFFD.
          if (pendingHighSurrogate !== null) controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
        },
      }),
    };
  }

  get encoding() {
    if (this == null || this[kType] !== 'TextEncoderStream') throw invalidThis('TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    if (this == null || this[kType] !== 'TextEncoderStream') throw invalidThis('TextEncoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    if (this == null || this[kType] !== 'TextEncoderStream') throw invalidThis('TextEncoderStream');
    return this[kState].transform.writable;
  }

  [customInspect](depth, options, inspect) {
    if (this == null || this[kType] !== 'TextEncoderStream') throw invalidThis('TextEncoderStream');
    return customInspectFor('TextEncoderStream', this, depth, options, inspect, {
      encoding: 'utf-8',
      readable: this.readable,
      writable: this.writable,
    });
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    this[kType] = 'TextDecoderStream';
    const decoder = new (require('util').TextDecoder)(encoding, options);
    this[kState] = {
      decoder,
      transform: new TransformStream({
        transform(chunk, controller) {
          const value = decoder.decode(chunk, { stream: true });
          if (value) controller.enqueue(value);
        },
        flush(controller) {
          const value = decoder.decode();
          if (value) controller.enqueue(value);
          controller.terminate();
        },
      }),
    };
  }

  get encoding() {
    if (this == null || this[kType] !== 'TextDecoderStream') throw invalidThis('TextDecoderStream');
    return this[kState].decoder.encoding;
  }

  get fatal() {
    if (this == null || this[kType] !== 'TextDecoderStream') throw invalidThis('TextDecoderStream');
    return this[kState].decoder.fatal;
  }

  get ignoreBOM() {
    if (this == null || this[kType] !== 'TextDecoderStream') throw invalidThis('TextDecoderStream');
    return this[kState].decoder.ignoreBOM;
  }

  get readable() {
    if (this == null || this[kType] !== 'TextDecoderStream') throw invalidThis('TextDecoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    if (this == null || this[kType] !== 'TextDecoderStream') throw invalidThis('TextDecoderStream');
    return this[kState].transform.writable;
  }

  [customInspect](depth, options, inspect) {
    if (this == null || this[kType] !== 'TextDecoderStream') throw invalidThis('TextDecoderStream');
    return customInspectFor('TextDecoderStream', this, depth, options, inspect, {
      encoding: this.encoding,
      fatal: this.fatal,
      ignoreBOM: this.ignoreBOM,
      readable: this.readable,
      writable: this.writable,
    });
  }
}

module.exports = { TextEncoderStream, TextDecoderStream };
