import { describe, expect, it } from 'vitest';
import { clampPage, pageCount, pageItems, rangeText } from './pagination.ts';

describe('pageCount', () => {
  it('rounds up and never goes below one', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(25, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
    expect(pageCount(312, 25)).toBe(13);
  });
});

describe('clampPage', () => {
  it('accepts only whole pages in range', () => {
    expect(clampPage('3')).toBe(3);
    expect(clampPage('abc')).toBe(1);
    expect(clampPage(-2)).toBe(1);
    expect(clampPage(2.7)).toBe(2);
    expect(clampPage(99, 13)).toBe(13);
    expect(clampPage(undefined)).toBe(1);
  });
});

describe('pageItems', () => {
  it('shows every page when there are few', () => {
    expect(pageItems(1, 1)).toEqual([1]);
    expect(pageItems(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('puts gaps around a window in the middle', () => {
    expect(pageItems(10, 20)).toEqual([1, 'gap', 9, 10, 11, 'gap', 20]);
  });

  it('fills a one-page gap with the page itself', () => {
    expect(pageItems(4, 20)).toEqual([1, 2, 3, 4, 5, 'gap', 20]);
    expect(pageItems(17, 20)).toEqual([1, 'gap', 16, 17, 18, 19, 20]);
  });

  it('handles the ends', () => {
    expect(pageItems(1, 20)).toEqual([1, 2, 'gap', 20]);
    expect(pageItems(20, 20)).toEqual([1, 'gap', 19, 20]);
  });
});

describe('rangeText', () => {
  it('describes the rows shown', () => {
    expect(rangeText(1, 25, 312, 'learners')).toBe('Showing 1 to 25 of 312 learners');
    expect(rangeText(13, 25, 312, 'learners')).toBe('Showing 301 to 312 of 312 learners');
    expect(rangeText(1, 25, 0, 'learners')).toBe('No learners');
    expect(rangeText(1, 25, 1200, 'learners')).toBe('Showing 1 to 25 of 1,200 learners');
  });
});
