/**
 * Files dragged anywhere onto the window. Only drags that carry files count, so dragging text
 * between fields (or a block in the agenda, which moves by pointer, not drag events) is left alone.
 * The browser's own habit of opening a dropped file in place of Kindred is stopped.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

const carriesFiles = (e: DragEvent) => Boolean(e.dataTransfer?.types.includes('Files'));

/** True while files are being dragged over the window; `onDrop` gets them once let go. */
export function useFileDrop(onDrop: (files: File[]) => void): boolean {
  const [over, setOver] = useState(false);
  const latest = useRef(onDrop);
  useLayoutEffect(() => {
    latest.current = onDrop;
  });

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed; counting them tells when the drag
    // has really left the window.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth++;
      setOver(true);
    };
    const overWindow = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length > 0) latest.current(files);
    };
    // Escape or a drag that ends outside the window: no dragleave may come, so end it here too.
    const end = () => {
      depth = 0;
      setOver(false);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overWindow);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    window.addEventListener('dragend', end);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overWindow);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
      window.removeEventListener('dragend', end);
    };
  }, []);

  return over;
}
