import { overdueEscalation, replyNeedsReview } from '../../../notices/common';
import type { Build } from '../../../notices/sections';
import { clientTemplates } from './client';
import type { CadmiumTemplateId } from './ids';
import { staffTemplates } from './staff';

export { CADMIUM_TEMPLATE_IDS, STAFF_TEMPLATE_IDS, type CadmiumTemplateId, type ClientTemplateId, type StaffTemplateId } from './ids';

/** Every EventTech notice, by template id. */
export const cadmiumTemplates: Readonly<Record<CadmiumTemplateId | 'overdue-escalation' | 'reply-needs-review', Build>> = {
  ...clientTemplates,
  ...staffTemplates,
  'overdue-escalation': overdueEscalation,
  'reply-needs-review': replyNeedsReview,
};
