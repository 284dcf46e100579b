/**
 * The impact report in Easy Read, for the contributors themselves: what we did together and what
 * changed because of them, one idea at a time with a picture beside it. Their own words go in only
 * when they pass the Easy Read checks (15 words or fewer a sentence, no jargon); otherwise a plain
 * line says there was a change and that they can ask about it, so nothing is made up.
 */
import { formatPence } from '../people';
import type { Inline, PackBlock, PackDocument, PackSection } from '../pack/model';
import { EASY_READ_CREDIT } from '../pack/easyRead';
import { passesEasyReadChecks } from '../pack/easyWords';
import { paragraphsOf, section } from '../pack/packText';
import { PICTOGRAMS, type PictogramKey } from '../pack/pictograms';
import { formatDate } from '../time';
import { plural } from '../words';
import type { ImpactReportInput, ReportFacts } from './impactReport';

/** How many changes the Easy Read report tells, two ideas each. */
export const EASY_READ_CHANGES = 8;

function idea(key: PictogramKey, text: Inline): PackBlock {
  return { type: 'idea', picture: { key, alt: PICTOGRAMS[key].alt }, text };
}

function easy(text: string): string | null {
  const t = paragraphsOf(text).join(' ');
  return t && passesEasyReadChecks(t, 2) ? t : null;
}

export function impactReportEasyRead(input: ImpactReportInput, facts: ReportFacts): PackDocument {
  const { involved, log, title } = facts;
  const about: PackBlock[] = [idea('document', 'This is about what changed because of you.')];
  if (involved.sessions > 0) about.push(idea('calendar', `We met ${plural(involved.sessions, 'time', 'times')}.`));
  if (involved.people > 0) about.push(idea('group', `${plural(involved.people, 'person', 'people')} took part.`));
  const aim = easy(input.project.aims);
  if (aim) about.push(idea('idea', aim));

  // Easy Read stays short (24 pages or fewer): the latest changes, and a line saying there are more.
  const shown = log.slice(-EASY_READ_CHANGES);
  const changes: PackBlock[] = [];
  if (shown.length < log.length) changes.push(idea('information', 'Here are the latest changes. Ask us about the others.'));
  for (const item of shown) {
    const said = easy(item.said);
    const did = easy(item.changed);
    if (!said && !did) {
      changes.push(idea('talk', 'You told us something that made a change. Ask us about it.'));
      continue;
    }
    changes.push(idea('talk', said ? `You said: ${said}` : 'You told us something.'));
    changes.push(idea('thumbs-up', did ? `We did: ${did}` : 'We made a change. Ask us about it.'));
  }

  const money: PackBlock[] =
    involved.feesPence > 0 ? [idea('money', `We paid ${formatPence(involved.totalPence)} for people’s time and costs.`)] : [];

  const told = log
    .filter((i) => i.toldOn !== null && i.toldOn <= input.today)
    .map((i) => i.toldOn as string)
    .sort();
  const feedback: PackBlock[] = told.length > 0 ? [idea('post', `We last told people what changed on ${formatDate(told[told.length - 1]!)}.`)] : [];

  const sections = [
    section(1, 'About this report', about),
    section(1, 'What changed because of you', changes),
    section(1, 'Money', money),
    section(1, 'Telling you', feedback),
    section(1, 'Thank you', [idea('star', 'Thank you for your time and your ideas.')]),
    section(1, 'Other formats', [
      idea('document', 'You can have this in large print or standard print too.'),
      idea('question', 'Ask the person who sent you this.'),
    ]),
  ].filter((s): s is PackSection => s !== null);

  return {
    kind: 'participant',
    format: 'easy_read',
    title,
    titleLines: ['What we did together'],
    sections,
    footer: `${title} – Easy Read`,
    credits: [EASY_READ_CREDIT],
    description: 'Impact report',
  };
}
