import { describe, expect, it } from 'vitest';
import {
  cleanTag,
  normalizeTags,
  parseTagInput,
  tagKey,
  tagProblem,
  TAGS_PER_SITE_MAX,
} from '../../../shared/tags';

describe('site tag rules', () => {
  it.each([
    ['North campus', 'North campus'],
    ['  North   campus  ', 'North campus'],
    ['North\tcampus', 'North campus'],
    ['   ', ''],
  ])('cleans %j to %j', (raw, clean) => {
    expect(cleanTag(raw)).toBe(clean);
  });

  it('compares tags without regard to case or spacing', () => {
    expect(tagKey(' North  Campus')).toBe(tagKey('north campus'));
    expect(tagKey('Nord')).not.toBe(tagKey('North'));
  });

  it.each([
    [['Schools', 'schools', 'SCHOOLS'], ['Schools']],
    [['', ' ', 'Depots'], ['Depots']],
    [
      ['B', 'A', 'b'],
      ['B', 'A'],
    ],
    [[], []],
  ])('normalizes %j to %j (first spelling kept, order kept)', (given, stored) => {
    expect(normalizeTags(given)).toEqual(stored);
  });

  it.each([
    ['North campus, Schools', ['North campus', 'Schools']],
    ['North campus,, ,Schools,', ['North campus', 'Schools']],
    ['', []],
    ['Müller-Straße', ['Müller-Straße']],
  ])('reads the tag field %j as %j', (text, tags) => {
    expect(parseTagInput(text)).toEqual(tags);
  });

  it('says why a list cannot be stored', () => {
    expect(tagProblem(['Schools'])).toBeNull();
    expect(tagProblem(['x'.repeat(40)])).toBeNull();
    const long = tagProblem(['Schools', 'x'.repeat(41)]);
    expect(long).toEqual({ kind: 'tooLong', tag: 'x'.repeat(41) });
    const many = Array.from({ length: TAGS_PER_SITE_MAX + 1 }, (_, i) => `T${i}`);
    const tooMany = tagProblem(many);
    expect(tooMany).toEqual({ kind: 'tooMany' });
  });
});
