import { describe, expect, it } from 'vitest';
import { extractReplyText } from '../../shared/mail';

describe('the new text of a reply', () => {
  it.each([
    {
      case: 'Gmail attribution wrapped over two lines',
      body: 'Approved.\n\nOn Mon, Mar 1, 2027 at 10:02 AM Sam Lee <sam@vendor.example>\nwrote:\n\n> Please approve the plan.\n',
      text: 'Approved.',
    },
    {
      case: 'Outlook header block under a rule of underscores',
      body: 'Looks good.\r\n\r\n________________________________\r\nFrom: Sam Lee <sam@vendor.example>\r\nSent: Monday, March 1, 2027 10:02 AM\r\nTo: Pat\r\nSubject: plan\r\n\r\nPlease approve',
      text: 'Looks good.',
    },
    {
      case: 'German Outlook header block',
      body: 'Passt so.\n\nVon: Sam Lee <sam@vendor.example>\nGesendet: Montag, 1. März 2027 10:02\nAn: Pat\nBetreff: plan\n',
      text: 'Passt so.',
    },
    { case: 'French Gmail attribution', body: 'Merci !\n\nLe lun. 1 mars 2027 à 10:02, Sam Lee <sam@vendor.example> a écrit :\n> texte', text: 'Merci !' },
    { case: 'Original Message separator', body: 'Fine by us.\n\n-----Original Message-----\nFrom: Sam\n', text: 'Fine by us.' },
    { case: 'signature after the delimiter', body: 'Approved.\n\n-- \nPat Doe\nDirector of Events\n', text: 'Approved.' },
    { case: 'mobile signature', body: 'Approved\n\nSent from my iPhone\n\n> On Mar 1 …', text: 'Approved' },
    {
      case: 'closing line with name and title',
      body: 'The accounts are attached.\n\nBest regards,\nPat Doe\nDirector of Events\n+1 555 0100\n',
      text: 'The accounts are attached.',
    },
    { case: 'a closing line that is the whole message', body: 'Thanks!\n', text: 'Thanks!' },
    {
      case: 'a thank-you sentence that is not a sign-off',
      body: 'Approved.\nThanks for the quick turnaround on this',
      text: 'Approved.\nThanks for the quick turnaround on this',
    },
    { case: 'bottom-posting', body: 'On Mon, Mar 1, 2027, Sam wrote:\n> Please approve\n> the plan\n\nApproved, go ahead.\n', text: 'Approved, go ahead.' },
    { case: 'runs of blank lines', body: '\n\nLine one\n\n\n\nLine two   \n\n', text: 'Line one\n\nLine two' },
  ])('cuts $case', ({ body, text }) => {
    expect(extractReplyText(body)).toBe(text);
  });
});
