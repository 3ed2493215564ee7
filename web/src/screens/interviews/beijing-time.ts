/** A time picked on an officer's PC (Beijing time, "2026-12-08T09:30:00") as the service's DateTime, with its offset. */
export const beijingTime = (picked: string): string => `${picked}+08:00`;

const PICKED = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** A DateTime from the service as the picker holds it, in Beijing time: "2026-12-08T09:30:00". */
export const pickedTime = (iso: string): string => PICKED.format(new Date(iso)).replace(' ', 'T');
