'use strict';
// stream/web: the WHATWG streams (also globals), the queuing strategies,
// the text encoding streams and the compression streams.

const {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController,
} = require('internal/webstreams/readablestream');
const {
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController,
} = require('internal/webstreams/writablestream');
const {
  ReadableByteStreamController, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
} = require('internal/webstreams/readablebytestream');
const { TransformStream, TransformStreamDefaultController } = require('internal/webstreams/transformstream');
const { ByteLengthQueuingStrategy, CountQueuingStrategy } = require('internal/webstreams/queuingstrategies');
const { TextEncoderStream, TextDecoderStream } = require('internal/webstreams/encoding');

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamDefaultController,
  ReadableByteStreamController,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  TransformStream,
  TransformStreamDefaultController,
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  TextEncoderStream,
  TextDecoderStream,
};

Object.defineProperties(module.exports, {
  CompressionStream: {
    enumerable: true,
    configurable: true,
    get() {
      return require('internal/webstreams/compression').CompressionStream;
    },
  },
  DecompressionStream: {
    enumerable: true,
    configurable: true,
    get() {
      return require('internal/webstreams/compression').DecompressionStream;
    },
  },
});
