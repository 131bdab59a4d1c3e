/** A regular expression that matches the text literally. */
export function literal(text: string, flags = ''): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags);
}

/** A regular expression for an accessible name that starts with the text. */
export function startsWith(text: string): RegExp {
  return new RegExp(`^${literal(text).source}`);
}
