import {
  lazy,
  startTransition,
  Suspense,
  useEffect,
  useState,
  type ComponentType,
  type LazyExoticComponent,
  type ReactNode,
} from "react";
import { whenIdle } from "../idle";

/**
 * The pane's sections below the verdict, each in its own chunk, built after the first verdict is
 * painted (or, inside a Disclosure, when first opened), and prefetched when the browser is idle
 * after it. ARCHITECTURE.md says how to add one.
 */

const loaders: (() => Promise<unknown>)[] = [];

/**
 * A component in a lazy chunk: `load` imports its module (with a webpackChunkName) and picks the
 * component. Loaded once, whether prefetched or rendered first; a failed load is tried again.
 */
export function lazySection<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  let loading: Promise<ComponentType<P>> | undefined;
  const once = () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  loaders.push(once);
  return lazy(() => once().then((component) => ({ default: component })));
}

/** Loads every lazy section's chunk when the browser is next idle. Failures wait for a render. */
export function prefetchSections(): void {
  whenIdle(
    () => {
      for (const load of loaders) load().catch(() => undefined);
    },
    { timeoutMs: 2000, fallbackDelayMs: 200 },
  );
}

/** False until the frame after the one this component first appeared in has been painted. */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}

/** Holds a section's place until it is `shown` and its chunk has arrived. */
export function LazySection({
  name,
  shown,
  children,
}: {
  name: string;
  shown: boolean;
  children: ReactNode;
}) {
  const pending = <div data-section-pending={name} />;
  return shown ? <Suspense fallback={pending}>{children}</Suspense> : pending;
}
