'use strict';
// Setting process.env.TZ changes Date's local time zone at once.
const date = new Date('2018-04-14T12:34:56.789Z');
for (const zone of ['Europe/Amsterdam', 'Asia/Tokyo', 'America/New_York', 'Etc/UTC']) {
  process.env.TZ = zone;
  console.log(zone, date.toString(), date.getTimezoneOffset(), date.getHours());
}
delete process.env.TZ;
console.log('TZ' in process.env);
