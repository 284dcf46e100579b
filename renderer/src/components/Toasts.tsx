/**
 * Short notes with an optional action ("Deleted … Undo"). A toast waits while the pointer or focus
 * is on it, so nobody loses the chance to undo because they read slowly (WCAG 2.2.1).
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

export interface ToastOptions {
  message: string;
  actionLabel?: string;
  onAction?: () => void;
  /** How long it stays, in ms (default 10 seconds, as the delete message promises). */
  timeoutMs?: number;
}

interface Toast extends ToastOptions {
  id: number;
}

const ToastContext = createContext<(t: ToastOptions) => void>(() => {});

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const show = useCallback((t: ToastOptions) => {
    const id = nextId.current++;
    // One at a time keeps the region quiet and the undo obvious.
    setToasts([{ ...t, id }]);
  }, []);
  const dismiss = useCallback((id: number) => setToasts((ts) => ts.filter((t) => t.id !== id)), []);
  return (
    <ToastContext.Provider value={show}>
      {children}
      <section className="toasts" aria-label="Notifications">
        <div role="status" aria-live="polite">
          {toasts.map((t) => (
            <ToastView key={t.id} toast={t} onDismiss={() => dismiss(t.id)} />
          ))}
        </div>
      </section>
    </ToastContext.Provider>
  );
}

function ToastView({ toast, onDismiss }: { toast: Toast; onDismiss: () => void }) {
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(onDismiss, toast.timeoutMs ?? 10_000);
    return () => clearTimeout(timer);
  }, [paused, onDismiss, toast.timeoutMs]);
  return (
    <div
      className="toast"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <p className="toast-message">{toast.message}</p>
      {toast.actionLabel && toast.onAction && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            toast.onAction?.();
            onDismiss();
          }}
        >
          {toast.actionLabel}
        </button>
      )}
      <button type="button" className="button button-quiet" onClick={onDismiss} aria-label="Close this message">
        ×
      </button>
    </div>
  );
}

export const useToast = () => useContext(ToastContext);
