/**
 * Who gets a participant pack of their own ("a pack for each person"), and what each file is called.
 * One rule for the app and the CLI.
 */
import type { Person } from '../people';
import { packFileName, uniqueFileNames } from './fileNames';

/** Everyone in the plan except the facilitators (they use the facilitator pack), in the plan's order. */
export function packRecipients(people: readonly Person[]): Person[] {
  return people.filter((p) => p.role !== 'facilitator');
}

/** Each recipient's pack file name, in their own format, made unique so two people called Sam never overwrite each other. */
export function recipientFileNames(title: string, recipients: readonly Person[]): string[] {
  return uniqueFileNames(recipients.map((p) => packFileName({ title, kind: 'participant', format: p.packFormat, personName: p.name })));
}
