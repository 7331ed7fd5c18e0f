import { csvCell, csvRow, departmentFacetShown, SMALL_DEPARTMENT_K } from './curation';

describe('curation', () => {
  it('escapes CSV cells and neutralises formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+33 1')).toBe("'+33 1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvRow(['a', 1, null])).toBe('a,1,\r\n');
  });

  it('shows a department facet from K members', () => {
    expect(departmentFacetShown(SMALL_DEPARTMENT_K - 1)).toBe(false);
    expect(departmentFacetShown(SMALL_DEPARTMENT_K)).toBe(true);
    expect(departmentFacetShown(NaN)).toBe(false);
  });
});
