// A virtualized list (role="list"): only the visible rows are in the DOM, so 10k entities or messages stay smooth.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';

interface VirtualListProps<T> {
  items: readonly T[];
  getKey: (item: T) => string;
  renderItem: (item: T, index: number) => ReactNode;
  /** First guess of a row's height; rows are measured after render, so variable heights are fine. */
  estimateSize?: number;
  label: string;
  className?: string;
  /** Keep the view pinned to the last item as items arrive (chat). */
  followEnd?: boolean;
}

export function VirtualList<T>({
  items,
  getKey,
  renderItem,
  estimateSize = 40,
  label,
  className,
  followEnd = false,
}: VirtualListProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns fresh functions each render by design; nothing here hands them to memoized children.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    getItemKey: (index) => getKey(items[index]!),
    overscan: 8,
  });

  useEffect(() => {
    if (followEnd && items.length > 0) virtualizer.scrollToIndex(items.length - 1, { align: 'end' });
  }, [followEnd, items.length, virtualizer]);

  return (
    <div ref={scrollRef} className={`virtual-scroll ${className ?? ''}`}>
      <ul
        role="list"
        aria-label={label}
        className="virtual-inner"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => (
          <li
            key={row.key}
            role="listitem"
            data-index={row.index}
            ref={virtualizer.measureElement}
            className="virtual-row"
            style={{ transform: `translateY(${row.start}px)` }}
          >
            {renderItem(items[row.index]!, row.index)}
          </li>
        ))}
      </ul>
    </div>
  );
}
