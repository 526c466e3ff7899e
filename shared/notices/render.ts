import type { Project } from '../project/schemas';
import { MODULES } from '../processes/registry';
import type { ProcessModule } from '../processes/types';
import { para, renderBlocks, type Block } from './blocks';
import { oneLine } from './format';
import { activeParty, firstName } from './sections';
import type { NoticeContext, RenderedNotice, TemplateId } from './types';

/** Thrown for a template id that no registered process has (a caller bypassing the types). */
export class UnknownTemplateError extends Error {
  override name = 'UnknownTemplateError';
}

function greeting(project: Project, process: ProcessModule, staff: boolean, anonymous: boolean): Block {
  const role = anonymous ? undefined : staff ? process.greetingRole.staff : process.greetingRole.client;
  const name = role ? firstName(activeParty(project, role)) : undefined;
  return para(name ? `Hi ${name},` : 'Hello,');
}

/**
 * The process whose template renders the notice: the project's own, or (a record too partial to
 * name its process: tests, old rows) the first process that has the template.
 */
function ownerOf(project: Project, template: TemplateId): ProcessModule | undefined {
  const has = (m: ProcessModule) => Object.hasOwn(m.templates, template);
  const own = (MODULES as readonly ProcessModule[]).find((m) => m.id === project.process);
  return own && has(own) ? own : (MODULES as readonly ProcessModule[]).find(has);
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
  const { project } = context;
  const owner = ownerOf(project, template);
  const build = owner?.templates[template];
  if (!owner || !build) throw new UnknownTemplateError(`unknown notice template "${String(template)}"`);
  const own = (MODULES as readonly ProcessModule[]).find((m) => m.id === project.process) ?? owner;
  const staff = owner.staffTemplates.has(template) || context.forStaff === true;
  const draft = build(context);
  const subject = `[${oneLine(project.id)}] ${oneLine(draft.subject)}`;
  const signOff = para(`— ${oneLine(context.teamName) || 'Integration Services'}`);
  const blocks = [greeting(project, own, staff, context.anonymous === true), ...draft.blocks, footer(staff), signOff];
  return renderBlocks(subject, blocks);
}
