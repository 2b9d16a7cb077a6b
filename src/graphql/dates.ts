/** Twilio's ISO-8601 dates as Date objects; null when absent or unparsable (never an error). */
export function parseDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
