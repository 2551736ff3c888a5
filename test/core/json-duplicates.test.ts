import { expect } from 'chai';
import { firstDuplicateName } from '../../src/core/json-duplicates.js';

describe('core/json-duplicates: repeated member names', () => {
  const cases: [string, string | undefined][] = [
    ['{}', undefined],
    ['[]', undefined],
    ['"a"', undefined],
    ['{"a":1,"b":2}', undefined],
    ['{"a":1,"a":2}', '/a'],
    ['{ "a" : 1 , "a" : 1 }', '/a'],
    // The same name in sibling and nested objects is no repetition.
    ['{"a":{"a":1},"b":[{"a":1},{"a":2}]}', undefined],
    ['{"a":{"x":1,"y":{"z":1,"z":2}}}', '/a/y/z'],
    ['{"list":[0,{"k":1},{"k":1,"k":2}]}', '/list/2/k'],
    // Names are compared decoded: an escape spells the same name.
    ['{"a":1,"\\u0061":2}', '/a'],
    ['{"é":1,"\\u00e9":2}', '/é'],
    // Quotes, braces, commas and colons inside strings are text, not structure.
    ['{"s":"{\\"a\\":1,\\"a\\":2}","t":"a,b:c}]"}', undefined],
    ['{"q\\"":1,"q\\"":2}', '/q"'],
    ['{"a\\\\":1,"a\\\\":2}', '/a\\'],
    // Values equal to a name are not names.
    ['{"a":"a","b":"a"}', undefined],
    // Pointer escapes (RFC 6901).
    ['{"x/y~":{"m":1,"m":2}}', '/x~1y~0/m'],
    ['[{"a":[1,2,{"b":1,"b":2}]}]', '/0/a/2/b'],
  ];
  for (const [text, expected] of cases) {
    it(`${text} -> ${expected ?? 'none'}`, () => {
      JSON.parse(text); // every case is JSON.parse's to accept
      expect(firstDuplicateName(text)).to.equal(expected);
    });
  }

  it('finds none in what JSON.stringify writes, and the one added to it anywhere', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const names = ['a', 'b', 'é', 'q"', 'x/y', '{', ':', ','];
    const value = (depth: number): unknown => {
      const pick = random();
      if (depth > 3 || pick < 0.3) return random() < 0.5 ? 'a,"b":{' : Math.round(random() * 100);
      if (pick < 0.6) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
      const object: Record<string, unknown> = {};
      for (const name of names) if (random() < 0.4) object[name] = value(depth + 1);
      return object;
    };
    for (let round = 0; round < 300; round++) {
      const document = { root: value(0) };
      const text = JSON.stringify(document);
      expect(firstDuplicateName(text), text).to.equal(undefined);
      // The same name written a second time at the front of the outer object.
      expect(firstDuplicateName(`{"root":0,${text.slice(1)}`)).to.equal('/root');
    }
  });
});
