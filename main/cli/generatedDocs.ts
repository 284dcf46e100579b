/** The generated docs, as path → content: the plan file schema and the example plan files. */
import { templateAsPlan } from '../domain/library/templatePlan';
import { STARTER_TEMPLATES } from '../domain/library/templates';
import { planFileJsonSchema, serialisePlanFile, PLAN_FILE_EXTENSION } from '../domain/planFile';

export const SCHEMA_PATH = 'docs/plan-file.schema.json';
export const EXAMPLES_DIR = 'docs/examples';

export function generatedDocs(): Map<string, string> {
  const out = new Map<string, string>();
  out.set(SCHEMA_PATH, `${JSON.stringify(planFileJsonSchema(), null, 2)}\n`);
  STARTER_TEMPLATES.forEach((template, i) => {
    const plan = templateAsPlan(template, i);
    out.set(`${EXAMPLES_DIR}/${template.id}${PLAN_FILE_EXTENSION}`, serialisePlanFile(plan, plan.updatedAt));
  });
  return out;
}
