// console.table draws node's box for arrays, objects, Maps, Sets, iterators
// and primitive values, optionally filtered by column names.
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table([1, 'two', { three: 3 }, [4, 5]]);
console.table({ row1: { col: 1 }, row2: { col: 2, other: true } });
console.table([{ a: 1, b: 2, c: 3 }, { a: 4, b: 5 }], ['a', 'c']);
console.table([[1, 2], [3, 4, 5]]);
console.table(new Map([['key1', 'value1'], [{ k: 1 }, [1, 2, 3, 4]]]));
console.table(new Set(['x', 'y']));
console.table(new Map([[1, 2]]).entries());
console.table(new Map([[1, 2]]).keys());
console.table(new Set([1, 2]).values());
console.table([{ name: 'Ünïcödé', wide: '漢字' }, { name: 'emoji', wide: 'ok' }]);
console.table([{ nested: { a: 1, b: 2, c: 3 }, arr: [1, 2, 3, 4, 5], fn() {} }]);
console.table([]);
console.table({});
console.table('not tabular');
console.table(42);
console.table(null);
console.table([{ a: 1 }], []);
console.table([undefined, null, Symbol('s'), 10n]);
console.table(new Uint8Array([1, 2]));
try {
  console.table([], 'a');
} catch (err) {
  console.log(err.code, err.message);
}
console.table([{ wide: '中文', emoji: '😀🚀', mark: 'e\u0301', narrow: 'ｶﾀｶﾅ' }, { wide: 'x', emoji: '👍🏽', mark: '-', narrow: '-' }]);
