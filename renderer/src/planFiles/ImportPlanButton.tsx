/**
 * "Import a plan…" on the Plans screen. On desktop it shows the system's open dialog (through
 * main); in browser mode it opens the page's own file chooser, limited to .kindred files.
 */
import { Button, FileTrigger } from 'react-aria-components';
import { isDesktop } from '../api/client';
import { PLAN_FILE_EXTENSION } from './checks';
import { usePlanImport } from './PlanImport';

export function ImportPlanButton() {
  const { choose, importFiles } = usePlanImport();
  const button = (
    <Button className="button button-secondary" onPress={isDesktop ? choose : undefined}>
      Import a plan…
    </Button>
  );
  if (isDesktop) return button;
  return (
    <FileTrigger acceptedFileTypes={[PLAN_FILE_EXTENSION]} allowsMultiple onSelect={(list) => list && importFiles([...list])}>
      {button}
    </FileTrigger>
  );
}
