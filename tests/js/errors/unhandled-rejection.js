// An unhandled rejection with an Error exits 1 with the error printed.
setTimeout(() => console.log('never'), 100);
Promise.reject(new Error('rejected!'));
