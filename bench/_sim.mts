import { loadScenario } from '../local/scenario';
import { simulate } from '../local/simulate';
const { scenario, baseDir } = await loadScenario('scenarios/demo-cadmium.json');
const r = await simulate(scenario, baseDir, { log: console.log });
for (const p of r.projects) { console.log(p.id, p.phase, p.executionStatus, p.transitions, JSON.stringify(p.timeline), JSON.stringify(p.ledger.map(l=>l.days))); for (const m of p.mail) console.log(' ', m.at, m.direction, m.direction==='out'?m.template:JSON.stringify(m.readAs), m.subject); }
console.log('wall', r.wallMs);
