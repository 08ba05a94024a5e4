/** An IANA zone where it is now between 10:00 and 16:59, so a nudge due now is inside nudge hours. */
export function zoneInDaytime(now = new Date()): string {
  const hour = now.getUTCHours();
  for (let offset = -12; offset <= 14; offset++) {
    const local = (hour + offset + 24) % 24;
    // Etc/GMT zones count the other way round: Etc/GMT-3 is three hours ahead of UTC.
    if (local >= 10 && local <= 16) return offset === 0 ? "Etc/GMT" : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
  }
  throw new Error("no zone in daytime");
}
