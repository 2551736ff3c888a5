// Ajv numbers the names it shares between validators (validate21, schema32, func1, pattern4) across everything
// one instance has compiled, so adding one schema renumbers files that never use it. This pass renames every
// top-level name of one standalone module after what it holds (validate_AgentInfo, schema_AgentInfo,
// func_ucs2length, pattern_Endpoint), so a file's text depends only on the schemas it validates. Names local to
// a function (data0, _errs1) are numbered per function by ajv already and are left alone.
import { codeRanges } from './js-scan.js';

interface Token {
  name: string;
  index: number;
  depth: number;
}

/** Identifiers outside strings and comments, with the brace depth at which each appears. */
function tokens(code: string): Token[] {
  const out: Token[] = [];
  let depth = 0;
  for (const [start, end] of codeRanges(code)) {
    const part = code.slice(start, end);
    for (const match of part.matchAll(/[A-Za-z_$][\w$]*|[{}]/g)) {
      if (match[0] === '{') depth++;
      else if (match[0] === '}') depth--;
      // A property access (`data.schema1`) is not a reference to a top-level name.
      else if (!/\.\s*$/.test(part.slice(Math.max(0, match.index - 4), match.index))) {
        out.push({ name: match[0], index: start + match.index, depth });
      }
    }
  }
  return out;
}

function sanitize(text: string): string {
  return text.replace(/[^\w$]+/g, '_').replace(/^_+|_+$/g, '');
}

/** The file name of a schema URL, plus its fragment: `…/Message.json#/properties/x` → `Message_properties_x`. */
function nameFromUrl(url: string): string {
  const [path = '', fragment = ''] = url.split('#');
  return sanitize(`${path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '')}_${fragment}`);
}

/** Renames the shared (top-level, numbered) names of one ajv standalone module to names derived from content. */
export function stableNames(code: string): string {
  const all = tokens(code);
  // Top-level `const X` / `function X` declarations with ajv's numbered names.
  const declared: { name: string; prefix: string; index: number }[] = [];
  for (const [k, token] of all.entries()) {
    const keyword = all[k - 1];
    if (token.depth !== 0 || !keyword || (keyword.name !== 'const' && keyword.name !== 'function')) continue;
    const match = /^([a-z]+)\d+$/.exec(token.name);
    if (match) declared.push({ name: token.name, prefix: match[1] as string, index: token.index });
  }
  const renames = new Map<string, string>();
  const taken = new Set<string>();
  const claim = (name: string, wanted: string) => {
    let candidate = wanted;
    for (let n = 2; taken.has(candidate); n++) candidate = `${wanted}_${n}`;
    taken.add(candidate);
    renames.set(name, candidate);
  };
  // Ajv writes each declaration on one line; its start is enough to tell what it holds.
  const after = (index: number) => code.slice(index, index + 600);

  // Validate functions first: the other names are derived from the function that uses them.
  for (const { name, prefix, index } of declared) {
    if (prefix !== 'validate') continue;
    const url = /^\w+\(data[^)]*\)\s*\{\s*\/\*# sourceURL="([^"]+)"/.exec(code.slice(index, index + 400))?.[1];
    claim(name, `validate_${url ? nameFromUrl(url) : 'anonymous'}`);
  }
  // The function in which each name is first used, for names that say nothing about themselves (patterns).
  const firstUser = new Map<string, string>();
  let current = '';
  for (const [k, token] of all.entries()) {
    const keyword = all[k - 1]?.name;
    if (token.depth === 0 && keyword === 'function') current = token.name;
    else if (token.depth === 0 && keyword === 'const') current = '';
    else if (current !== '' && !firstUser.has(token.name)) firstUser.set(token.name, current);
  }
  const userSuffix = (name: string) => (renames.get(firstUser.get(name) ?? '') ?? 'validate_unused').slice(9);

  for (const { name, prefix, index } of declared) {
    if (prefix === 'validate') continue;
    const text = after(index);
    if (prefix === 'func') {
      // An ajv runtime helper (`require("ajv/dist/runtime/equal").default`) or `Object.prototype.hasOwnProperty`.
      const helper = /^\w+\s*=\s*(?:require\("[^"]*\/(\w+)"\)\.default|Object\.prototype\.(\w+))/.exec(text);
      claim(name, `func_${helper?.[1] ?? helper?.[2] ?? userSuffix(name)}`);
    } else if (prefix === 'schema') {
      const id = /^\w+\s*=\s*\{(?:"\$schema":"[^"]*",)?"\$id":"([^"]+)"/.exec(text)?.[1];
      claim(name, `schema_${id ? nameFromUrl(id) : userSuffix(name)}`);
    } else if (prefix === 'wrapper' || prefix === 'root') {
      const target = /\{\s*validate:\s*(validate\d+)\s*\}/.exec(text)?.[1];
      claim(name, `${prefix}_${(target && renames.get(target)?.slice(9)) || userSuffix(name)}`);
    } else {
      claim(name, `${prefix}_${userSuffix(name)}`);
    }
  }

  let out = '';
  let last = 0;
  for (const token of all) {
    const renamed = renames.get(token.name);
    if (renamed === undefined) continue;
    out += code.slice(last, token.index) + renamed;
    last = token.index + token.name.length;
  }
  return out + code.slice(last);
}
