/**
 * The Easy Read pictures the packs use (resources/pictograms, see main/domain/pack/pictograms.ts),
 * as addresses the page can show. Vite copies each PNG into the build and gives its URL, so the
 * room screen shows the very pictures the packs print, from the app itself, never the network.
 */
const urls = import.meta.glob<string>('../../../resources/pictograms/*.png', { eager: true, query: '?url', import: 'default' });

const byKey = new Map(Object.entries(urls).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1, -'.png'.length), url]));

/** The picture's URL for a pictogram key, or null when there is no file for it. */
export function pictureUrl(key: string): string | null {
  return byKey.get(key) ?? null;
}
