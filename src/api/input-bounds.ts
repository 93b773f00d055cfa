import { nameKey } from '../domain/names';
import { apiError, ErrorCode } from './errors';
import { SEARCH_BOUNDS, searchProblem } from './repository/lucene';

/**
 * Bounds of every string and list argument, checked with the operation's variables before any
 * resolver runs, so that an oversized value never reaches the database.
 */
export const INPUT_BOUNDS = {
  /** `entity(name:)`: longer than any name in the graph. */
  nameChars: 200,
  /** `EntityFilter.namePrefix`. */
  prefixChars: 100,
  /** Any other string or ID argument (ids, keys, URLs, cursors, sources). */
  stringChars: 2_048,
  /** Items of any list argument (ids, types). */
  listItems: 100,
} as const;

/** Arguments checked elsewhere or bounded by the request body: the articles' text. */
const UNBOUNDED = new Set(['ingestArticles.articles.text']);

function badInput(argument: string, message: string, max?: number): never {
  throw apiError(ErrorCode.BAD_USER_INPUT, message, { argument, ...(max === undefined ? {} : { max }) });
}

/** Throws BAD_USER_INPUT for the first argument of `field` that is out of bounds. */
export function checkArguments(field: string, args: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(args)) {
    if (field === 'search' && name === 'query' && typeof value === 'string') {
      const problem = searchProblem(value);
      if (problem) badInput(name, `search(query:) ${problem}`, SEARCH_BOUNDS.chars);
      continue;
    }
    if (field === 'entity' && name === 'name' && typeof value === 'string') {
      checkLength(name, value, INPUT_BOUNDS.nameChars);
      continue;
    }
    checkValue(`${field}.${name}`, name, value);
  }
}

function checkLength(argument: string, value: string, max: number): void {
  if (value.length > max) {
    badInput(
      argument,
      `${argument} is ${value.length} characters long; the maximum is ${max}: send a shorter value`,
      max,
    );
  }
}

/** Strings, lists and input objects anywhere inside an argument. `path` names it for UNBOUNDED. */
function checkValue(path: string, argument: string, value: unknown): void {
  if (typeof value === 'string') {
    if (UNBOUNDED.has(path)) return;
    if (argument === 'namePrefix') return checkPrefix(value);
    return checkLength(argument, value, INPUT_BOUNDS.stringChars);
  }
  if (Array.isArray(value)) {
    const max = argument === 'articles' ? Infinity : INPUT_BOUNDS.listItems;
    if (value.length > max) {
      badInput(argument, `${argument} has ${value.length} items; the maximum is ${max}`, max);
    }
    for (const item of value) checkValue(path, argument, item);
    return;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, inner] of Object.entries(value)) checkValue(`${path}.${key}`, key, inner);
  }
}

/** A name prefix must name something: without a letter or digit it would match every entity. */
function checkPrefix(value: string): void {
  checkLength('namePrefix', value, INPUT_BOUNDS.prefixChars);
  if (!nameKey(value)) {
    badInput(
      'namePrefix',
      'namePrefix has no letter or digit, so it would match every entity: give the start of a name, or leave namePrefix out',
    );
  }
}
