// electron-builder's beforePack hook (see electron-builder.yml). electron-builder loads hooks as
// JavaScript, so this only hands over to the TypeScript hook, main/packaging/beforePack.ts, which
// is type-checked and unit-tested with the rest of the code; tsx (a dev dependency) loads it.
import { tsImport } from 'tsx/esm/api';

/** @param {import('app-builder-lib').BeforePackContext} context */
export default async function beforePack(context) {
  const hook = await tsImport('../../main/packaging/beforePack.ts', import.meta.url);
  await hook.beforePack(context);
}
