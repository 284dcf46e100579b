/**
 * What the directory accepts, with the same kind messages as a plan's person: a profile is the
 * same facts about someone, kept once.
 */
import { z } from 'zod';
import { NEED_TYPE_IDS, PACK_DELIVERIES, PACK_FORMATS } from './access';
import { DIRECTORY_SORTS } from './directory';
import { LIMITS } from './plan';
import { PAYMENT_METHODS, PERSON_ROLES } from './people';
import { emailAddress, idSchema, isoDate, personName, phoneNumber, text } from './validation';

/** Enough for a large panel or a whole organisation's contributors. */
export const DIRECTORY_LIMIT = 20_000;

const yesNo = z.boolean({ error: 'This needs to be yes or no.' });

export const directoryConsent = z.object({ store: yesNo, share: yesNo, recordedOn: isoDate.nullable(), askAgainOn: isoDate.nullable() }).strict();

export const profileNeed = z
  .object({
    id: idSchema,
    type: z.enum(NEED_TYPE_IDS, { error: 'Choose the need from the list; “Something else” is fine.' }),
    detail: text(LIMITS.longText, 'What helps'),
  })
  .strict();

export const paymentPreferences = z
  .object({
    method: z.enum(PAYMENT_METHODS, { error: 'Choose how they like to be paid.' }).nullable(),
    declines: yesNo,
    benefitsAdviceOfferedOn: isoDate.nullable(),
  })
  .strict();

export const directoryFields = z
  .object({
    name: personName,
    knownAs: text(100, 'The name they use'),
    pronouns: text(100, 'Pronouns'),
    email: emailAddress,
    phone: phoneNumber('The phone number'),
    contact: text(LIMITS.shortText, 'Other contact details'),
    roles: z
      .array(z.enum(PERSON_ROLES, { error: 'Choose the roles that fit; “Other” is fine.' }))
      .max(PERSON_ROLES.length)
      .refine((r) => new Set(r).size === r.length, { error: 'Each role can be chosen once.' }),
    organisation: text(LIMITS.shortText, 'The organisation'),
    consent: directoryConsent,
    accessProfile: z
      .array(profileNeed)
      .max(LIMITS.needsPerPerson, { error: `A person can have up to ${LIMITS.needsPerPerson} access needs.` })
      .refine((needs) => new Set(needs.map((n) => n.id)).size === needs.length, { error: 'The same need appears twice.' }),
    packFormat: z.enum(PACK_FORMATS, { error: 'Choose one of the pack formats.' }),
    packDelivery: z.enum(PACK_DELIVERIES, { error: 'Choose how they get their pack.' }),
    paymentPreferences,
    notes: text(LIMITS.longText, 'Notes'),
  })
  .strict();

export const directoryPatch = directoryFields.partial().strict();
export type DirectoryPatch = z.infer<typeof directoryPatch>;
/** A new entry: a name is enough. */
export const newDirectoryPerson = directoryFields.partial().extend({ name: personName }).strict();
export type NewDirectoryPerson = z.infer<typeof newDirectoryPerson>;

export const directorySort = z.enum(DIRECTORY_SORTS, { error: 'Choose how to sort the list.' });
