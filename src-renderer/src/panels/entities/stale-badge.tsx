// The "stale" badge: an upstream level was regenerated, so this entity may no longer fit until it is regenerated or reviewed.
export function StaleBadge() {
  return (
    <span
      className="badge warn stale-badge"
      title="An earlier level was regenerated: review or regenerate this"
    >
      stale
    </span>
  );
}
