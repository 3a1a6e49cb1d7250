// Money as the user reads it: small model costs keep their significant digits ("$0.00225", not "$0.00").

/**
 * Formats US dollars: cents for a dollar or more, three significant digits below (at least two decimals),
 * so a $0.001 cap and a $0.00225 spend never both read "$0.00".
 */
export function formatUsd(amount: number): string {
  if (!Number.isFinite(amount) || amount <= 0) return '$0.00';
  if (amount >= 1) return `$${amount.toFixed(2)}`;
  const digits = Math.min(8, Math.max(2, 2 - Math.floor(Math.log10(amount))));
  const text = amount.toFixed(digits).replace(/0+$/, '');
  const [, decimals = ''] = text.split('.');
  return `$${decimals.length < 2 ? amount.toFixed(2) : text}`;
}
