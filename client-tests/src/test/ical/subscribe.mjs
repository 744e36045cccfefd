// A calendar app's view of a BuyOnce calendar link: fetch the URL with no token, as Outlook or Google Calendar would,
// parse it with ical.js (Mozilla's iCalendar parser, used by Thunderbird) and print what the app would see, as JSON.
import ICAL from 'ical.js';

const url = process.argv[2];
const response = await fetch(url, { headers: { Accept: 'text/calendar' } });
if (response.status !== 200) {
  console.log(JSON.stringify({ status: response.status }));
  process.exit(0);
}
const text = await response.text();
const calendar = new ICAL.Component(ICAL.parse(text));
const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
  const event = new ICAL.Event(vevent);
  return {
    uid: event.uid,
    summary: event.summary,
    start: event.startDate.toString(),
    end: event.endDate.toString(),
    sequence: event.sequence,
    dtstamps: vevent.getAllProperties('dtstamp').length,
    alarms: vevent.getAllSubcomponents('valarm').map((alarm) => alarm.getFirstPropertyValue('trigger').toString()),
  };
});
console.log(JSON.stringify({
  status: response.status,
  contentType: response.headers.get('content-type'),
  longestLine: Math.max(...text.split('\r\n').map((line) => Buffer.byteLength(line, 'utf8'))),
  bareLineFeeds: text.replace(/\r\n/g, '').includes('\n'),
  name: calendar.getFirstPropertyValue('x-wr-calname'),
  refreshInterval: calendar.getFirstPropertyValue('refresh-interval')?.toString(),
  publishedTtl: calendar.getFirstPropertyValue('x-published-ttl')?.toString(),
  events,
}));
