/**
 * One part of a person's card (details, taking part, access, payment, pack): a heading that opens
 * and closes it, remembered per person (cardSections.ts), so a long card can be read a part at a time.
 */
import type { ReactNode } from 'react';
import { Button, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import { useCardSection, type CardSection as Section } from './cardSections';

export function CardSection({
  personId,
  section,
  title,
  className,
  children,
}: {
  personId: string;
  section: Section;
  title: ReactNode;
  className: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useCardSection(personId, section);
  return (
    <Disclosure isExpanded={open} onExpandedChange={setOpen} className={`card-section ${className}`} data-section={section}>
      <Heading level={4} className="card-section-title">
        <Button slot="trigger" className="card-section-toggle">
          <span className="toggle-chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {title}
        </Button>
      </Heading>
      <DisclosurePanel className="card-section-panel" role="region">
        {children}
      </DisclosurePanel>
    </Disclosure>
  );
}
