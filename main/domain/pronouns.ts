/**
 * Sentences about one person use the pronouns recorded for them ("she/her", "he/him", "ze/hir"),
 * and "they/them" where none are recorded or Kindred does not know the set. The facilitator types
 * pronouns freely, so this reads the usual ways of writing them and never guesses beyond that.
 */

export interface Pronouns {
  they: string;
  them: string;
  their: string;
  theirs: string;
  themselves: string;
  /** "they are" but "she is": the verb takes its plural form only after singular they. */
  plural: boolean;
}

const set = (they: string, them: string, their: string, theirs: string, themselves: string, plural = false): Pronouns => ({
  they,
  them,
  their,
  theirs,
  themselves,
  plural,
});

export const THEY = set('they', 'them', 'their', 'theirs', 'themselves', true);

/** Keyed by the subject form. */
const KNOWN: Record<string, Pronouns> = {
  she: set('she', 'her', 'her', 'hers', 'herself'),
  he: set('he', 'him', 'his', 'his', 'himself'),
  they: THEY,
  ey: set('ey', 'em', 'eir', 'eirs', 'emself'),
  fae: set('fae', 'faer', 'faer', 'faers', 'faerself'),
  it: set('it', 'it', 'its', 'its', 'itself'),
};

/** Sets written more than one way: the object form a person lists second picks one (ze/hir, ze/zir); the first is the default. */
const VARIANTS: Record<string, Record<string, Pronouns>> = {
  ze: {
    hir: set('ze', 'hir', 'hir', 'hirs', 'hirself'),
    zir: set('ze', 'zir', 'zir', 'zirs', 'zirself'),
    zem: set('ze', 'zem', 'zes', 'zes', 'zemself'),
  },
  zie: {
    hir: set('zie', 'hir', 'hir', 'hirs', 'hirself'),
    zir: set('zie', 'zir', 'zir', 'zirs', 'zirself'),
    zim: set('zie', 'zim', 'zir', 'zirs', 'zirself'),
  },
  xe: { xem: set('xe', 'xem', 'xyr', 'xyrs', 'xemself'), xir: set('xe', 'xir', 'xir', 'xirs', 'xirself') },
};

/** Written object-first ("her/she") or as a title ("Ms"), the subject is still clear. */
const SUBJECT_OF: Record<string, string> = { her: 'she', hers: 'she', him: 'he', his: 'he', them: 'they', their: 'they' };

/** The pronouns to use for someone, from what is recorded for them: the first set they list. */
export function pronounsFor(recorded: string | null | undefined): Pronouns {
  const words = (recorded ?? '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '');
  const first = words[0];
  if (first === undefined) return THEY;
  const subject = SUBJECT_OF[first] ?? first;
  const variants = VARIANTS[subject];
  if (variants) return variants[words[1] ?? ''] ?? Object.values(variants)[0]!;
  return KNOWN[subject] ?? THEY;
}

/** A verb to follow the pronoun: "they agree" but "she agrees"; "they are" but "he is". */
export function verb(p: Pronouns, base: string): string {
  if (p.plural) return base;
  const irregular: Record<string, string> = { are: 'is', were: 'was', have: 'has', do: 'does', go: 'goes' };
  if (base in irregular) return irregular[base]!;
  if (/(?:s|sh|ch|x|z)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** "They", "She": for the start of a sentence. */
export const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Everything a sentence about one person needs, from what is recorded for them. */
export function personWords(person: { pronouns: string }) {
  const p = pronounsFor(person.pronouns);
  return {
    ...p,
    They: capital(p.they),
    Their: capital(p.their),
    /** "they agree" / "she agrees": the pronoun and its verb together. */
    theyDo: (base: string) => `${p.they} ${verb(p, base)}`,
    TheyDo: (base: string) => `${capital(p.they)} ${verb(p, base)}`,
  };
}
export type PersonWords = ReturnType<typeof personWords>;
