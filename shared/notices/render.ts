import type { Project } from '../project/schemas';
import { STAFF_TEMPLATES } from './audience';
import { para, renderHtml, renderText, type Block } from './blocks';
import { oneLine } from './format';
import { activeParty, firstName, type Build } from './sections';
import { clientTemplates } from './templates/client';
import { paytronixTemplates } from './templates/paytronix';
import { staffTemplates } from './templates/staff';
import type { NoticeContext, RenderedNotice, TemplateId } from './types';

const TEMPLATES: Readonly<Record<TemplateId, Build>> = { ...clientTemplates, ...staffTemplates, ...paytronixTemplates };

/** Thrown for a template id that is not one of TEMPLATE_IDS (a caller bypassing the types). */
export class UnknownTemplateError extends Error {
  override name = 'UnknownTemplateError';
}

function greeting(project: Project, staff: boolean): Block {
  // Paytronix client-side notices go to several people (client and integrator, or every party).
  const role = project.process === 'paytronix' ? (staff ? 'technical-consultant' : undefined) : staff ? 'pm' : 'client-poc';
  const name = role ? firstName(activeParty(project, role)) : undefined;
  return para(name ? `Hi ${name},` : 'Hello,');
}

/** The footer tells people their reply is machine-read, so staff put the command first. */
function footer(staff: boolean): Block {
  return para(
    staff
      ? 'Replies to this mail are read by the system: put the command on the first line.'
      : 'Replies to this mail are read by our system and reach your project team.',
  );
}

/**
 * Renders one outbound notice. The subject is always `[INT-1042] …` on a single line, whatever
 * the record holds; text and HTML come from the same blocks, with every value escaped in HTML.
 */
export function renderNotice(template: TemplateId, context: NoticeContext): RenderedNotice {
  const build = Object.hasOwn(TEMPLATES, template) ? TEMPLATES[template] : undefined;
  if (!build) throw new UnknownTemplateError(`unknown notice template "${String(template)}"`);
  const { project } = context;
  const staff = STAFF_TEMPLATES.has(template);
  const draft = build(context);
  const subject = `[${oneLine(project.id)}] ${oneLine(draft.subject)}`;
  const signOff = para(`— ${oneLine(context.teamName) || 'Integration Services'}`);
  const blocks = [greeting(project, staff), ...draft.blocks, footer(staff), signOff];
  return { subject, text: `${renderText(blocks)}\n`, html: renderHtml(subject, blocks) };
}
