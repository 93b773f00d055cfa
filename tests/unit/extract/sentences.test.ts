import { isJunkLine, splitSentences } from '../../../src/ingest/extract/sentences';

describe('splitSentences', () => {
  it.each([
    ['The talks ended. Officials left the room.', ['The talks ended.', 'Officials left the room.']],
    [
      'The U.S. Coast Guard said it was ready. The U.S. Navy agreed.',
      ['The U.S. Coast Guard said it was ready.', 'The U.S. Navy agreed.'],
    ],
    ['Troops returned to the U.S. The mission ended.', ['Troops returned to the U.S.', 'The mission ended.']],
    ['On Feb. 3, Gen. Laura Ortiz arrived.', ['On Feb. 3, Gen. Laura Ortiz arrived.']],
    ['Photo by Ana M. Ruiz was used. It ran twice.', ['Photo by Ana M. Ruiz was used.', 'It ran twice.']],
    ['“We are ready,” she said. He agreed!', ['“We are ready,” she said.', 'He agreed!']],
  ])('%p', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('keeps offsets into the text and numbers paragraphs by kept line', () => {
    const text = 'First line here.\n\nSecond one. Third one.';
    const sentences = splitSentences(text);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });
});

describe('isJunkLine', () => {
  it.each([
    ['© 2024 Example Public Radio', true],
    ['12:45', true],
    ['Listen Live Now', true],
    ['SOFIA MARTINEZ', true],
    ['Senate Passes Border Bill After Late Night Vote in Washington', true],
    ['Navy sends two more destroyers to the Red Sea amid tensions', false],
    ['The navy said the ships would stay for a month.', false],
    ['Why the talks failed', false],
  ])('%p → %p', (line, expected) => {
    expect(isJunkLine(line)).toBe(expected);
  });
});
