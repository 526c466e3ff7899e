import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../shared/mail/body';

describe('an HTML reply read as a person sees it', () => {
  it('keeps a table row on one line, its cells apart', () => {
    const text = htmlToText(
      '<table><tr><td>Launch date</td><td>June 7</td></tr><tr> <td>Status</td> <td>Pending <b>board</b> approval</td></tr></table><p>Jane</p>',
    );
    expect(text).toContain('Launch date | June 7');
    expect(text).toContain('Status | Pending board approval');
    expect(text).not.toContain('dateJune');
  });

  it('does not set a lone cell apart from anything', () => {
    expect(htmlToText('<table><tr><td>Approved, thanks.</td></tr></table>')).toBe('Approved, thanks.');
  });
});
