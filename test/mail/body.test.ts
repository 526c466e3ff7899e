import { describe, expect, it } from 'vitest';
import { colouredLines, colouredRuns, htmlToText } from '../../shared/mail/body';
import { extractReplyText } from '../../shared/mail';

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

describe('answers set in a colour of their own (Outlook: "answers in blue below")', () => {
  it('finds the runs of text in a colour, not black, white, grey or a link', () => {
    const runs = colouredRuns(
      [
        '<p><span style="color:#1F497D">Subtotal only.</span></p>',
        '<p><font color="red">All 24 stores together.</font></p>',
        '<p><span style="color:#7F7F7F">Priya Natarajan</span></p>',
        '<p><span style="color:black">Hello,</span></p>',
        '<p><span style="background-color:yellow">highlighted only</span></p>',
        '<p><a style="color:#0563C1" href="https://x.example">a link</a></p>',
      ].join(''),
    );
    expect([...runs].sort()).toEqual(['All 24 stores together.', 'Subtotal only.']);
  });

  it('keeps an answer typed in a colour into the copy of our mail, when the top says the answers are below', () => {
    const body = [
      'Answers in blue below.',
      '',
      'From: Paytronix Integrations <integrations+k1.PX-2081.configuration.a47c0e1b@paytronix.example>',
      'Sent: Friday, June 6, 2025 11:00 AM',
      'Subject: [PX-2081] Production configuration: questions',
      '',
      '  1. Should points accrue on tax and tips in production?',
      'Subtotal only, same as on the test server.',
      '',
      'Please reply with your answers.',
    ].join('\n');
    const coloured = colouredLines(
      '<p>Answers in blue below.</p><p>1. Should points accrue?</p><p><span style="color:#1F497D">Subtotal only, same as on the test server.</span></p>',
    );
    expect(extractReplyText(body, { coloured })).toContain('Subtotal only, same as on the test server.');
    // Not announced, a coloured line of the copy is ours: the reply is the top text alone.
    const unannounced = body.replace('Answers in blue below.', 'Thanks.');
    expect(extractReplyText(unannounced, { coloured })).toBe('Thanks.');
  });
});
