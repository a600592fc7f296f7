// A long paste for the tests and the bench (issue 17, item 5): the English evaluation articles
// (tests/eval/en/*.txt) end to end, in name order, a blank line between them, repeated until the
// text has at least `bytes` bytes of UTF-8.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

const EVAL = join(ROOT, 'tests', 'eval', 'en');

export function longText(bytes) {
  const articles = readdirSync(EVAL)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => `${readFileSync(join(EVAL, name), 'utf8').trim()}\n\n`);
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const article = articles[i % articles.length];
    parts.push(article);
    size += Buffer.byteLength(article);
  }
  return parts.join('');
}

const COUNTRIES = ['Argentina', 'Peru', 'Chile', 'Colombia', 'Brazil', 'Canada', 'Japan', 'Spain', 'France', 'Germany',
  'Italy', 'Mexico', 'Panama', 'Paraguay', 'Uruguay', 'Ecuador', 'Bolivia', 'Cuba', 'Nicaragua', 'Russia', 'China', 'Iran',
  'Turkey', 'India'];
const ACTS = ['rejected the results announced by the electoral council.', 'recognized Maduro as the winner of the election.',
  'recalled its ambassador from Caracas.', 'congratulated Maduro on his victory.', 'broke diplomatic relations with Venezuela.'];

/** A text as dense in claims as a paste of wire summaries (one claim per 50-odd bytes, as the
 * 6,956 rows of issue 17's 400 KB paste): short stance sentences, six to a paragraph. */
export function denseText(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const sentence = `${COUNTRIES[i % COUNTRIES.length]} ${ACTS[(i >> 3) % ACTS.length]}${i % 6 === 5 ? '\n\n' : ' '}`;
    parts.push(sentence);
    size += Buffer.byteLength(sentence);
  }
  return parts.join('');
}
