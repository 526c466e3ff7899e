import type { Project } from '../project/schemas';
import { NewProject, processModule } from '../processes/registry';

export { NewProject } from '../processes/registry';

/** A new project record at version 0, at the first step of its process (created from a contract, or at discovery). */
export function createProject(id: string, input: NewProject, now: string): Project {
  const spec = NewProject.parse(input);
  return processModule(spec.process).create(id, spec, now);
}
