/**
 * Parts of a pack that come out the same for many readers, turned into Word's XML once. A pack for
 * each of 60 people repeats the day's agenda table in each of them (at 300 blocks, most of each
 * pack); building it as docx objects and preparing its XML was a large share of every pack. The
 * prepared XML is kept by what the part is made from (its format and its content, so a table that
 * differs for one reader is simply made again) and reused, in the same thread, for the next pack.
 * Only parts whose XML depends on nothing but that key may be shared: no pictures, links or
 * numbering, which register themselves with the pack they are in.
 */
import { XmlComponent } from 'docx';

type Context = Parameters<XmlComponent['prepForXml']>[0];
type Prepared = ReturnType<XmlComponent['prepForXml']>;

/** A few tables' worth: enough for a batch in the four formats, small enough to forget soon. */
const KEEP = 8;
const prepared = new Map<string, Prepared>();

class SharedPart extends XmlComponent {
  constructor(
    private readonly key: string,
    private readonly make: () => XmlComponent,
  ) {
    super('kindred:shared');
  }

  override prepForXml(context: Context): Prepared {
    const known = prepared.get(this.key);
    if (known !== undefined) return known;
    const made = this.make().prepForXml(context);
    prepared.set(this.key, made);
    if (prepared.size > KEEP) prepared.delete(prepared.keys().next().value!);
    return made;
  }
}

/** The part `make` builds, made once for each `key` (which must say everything it depends on). */
export function sharedPart<T extends XmlComponent>(key: string, make: () => T): T {
  // It stands wherever a T can: docx only ever asks a child for its XML.
  return new SharedPart(key, make) as unknown as T;
}

/** Forgets every prepared part (tests, to compare with a pack made from nothing). */
export function forgetSharedParts(): void {
  prepared.clear();
}
