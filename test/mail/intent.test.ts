import { describe, expect, it } from 'vitest';
import { classifyIntent } from '../../shared/mail';

const plain = { hasDate: false, hasContacts: false, hasAttachments: false };

describe('reading the intent of a reply', () => {
  it.each([
    { case: 'a plain approval', text: 'Approved.', intent: 'approve' },
    { case: 'approval in other words', text: 'Looks good to us, please go ahead.', intent: 'approve' },
    { case: 'LGTM', text: 'LGTM', intent: 'approve' },
    { case: 'details confirmed', text: 'Confirmed, all details are correct.', intent: 'approve' },
    { case: 'negated approval', text: 'Not approved yet, we are still reviewing.', intent: 'decline' },
    { case: 'cannot approve', text: "We can't approve this until legal has seen it.", intent: 'decline' },
    { case: 'approval with an exception', text: 'Approved, except the logo.', intent: 'decline' },
    { case: 'approval with a change asked as a question', text: 'Looks good but can we move the date?', intent: 'decline' },
    { case: 'testing feedback with a problem', text: 'The login fails on Safari with an error.', intent: 'decline' },
    { case: 'testing passed with no issues', text: 'We tested everything, no issues found. Approved for launch.', intent: 'approve' },
    { case: 'approval with an unrelated question', text: 'Approved. Who will run the kick-off call?', intent: 'question' },
    { case: 'a pure question', text: 'What format do you need the test accounts in?', intent: 'question' },
    { case: 'information with a question', text: 'Here are the test accounts. When does development start?', intent: 'inform' },
    { case: 'thanks', text: 'Thanks!', intent: 'none' },
    { case: 'an acknowledgement', text: 'Got it, thanks.', intent: 'none' },
    { case: 'nothing', text: '', intent: 'none' },
  ])('reads $case as $intent', ({ text, intent }) => {
    expect(classifyIntent(text, plain)).toBe(intent);
  });

  it('reads a reply that carries a date, a contact or attachments as information', () => {
    expect(classifyIntent('See the file.', { ...plain, hasAttachments: true })).toBe('inform');
    expect(classifyIntent('We would like March 3rd.', { ...plain, hasDate: true })).toBe('inform');
  });
});
