'use strict';
// cluster: vigil has no server handles to share yet (net comes next), so
// this process is always the primary; forking workers is a clear error.
const EventEmitter = require('events');
const { codes } = require('internal/errors');

const cluster = new EventEmitter();
const isWorker = process.env.NODE_UNIQUE_ID !== undefined;
cluster.isWorker = isWorker;
cluster.isPrimary = !isWorker;
cluster.isMaster = !isWorker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = 1;
cluster.SCHED_RR = 2;
cluster.schedulingPolicy = cluster.SCHED_RR;
cluster.setupPrimary = function setupPrimary(settings) {
  cluster.settings = { ...cluster.settings, ...settings };
};
cluster.setupMaster = cluster.setupPrimary;
cluster.fork = function fork() {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('cluster.fork');
};
cluster.disconnect = function disconnect(callback) {
  if (typeof callback === 'function') process.nextTick(callback);
};

module.exports = cluster;
