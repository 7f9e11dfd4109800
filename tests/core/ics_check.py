#!/usr/bin/python3
"""Checks an iCalendar file with an independent parser (Debian's
python3-icalendar) plus the RFC 5545 rules that parser is lenient about,
and prints what it read as JSON so the C++ test can compare values.

    ics_check.py FILE      exit 0 and JSON on stdout when the file is good;
                           exit 1 and the problems on stderr when it is not;
                           exit 3 when the icalendar module is missing.
    ics_check.py --each FILE...
                           checks every file and prints one JSON object per
                           line: {"file", "ok", "problems"}; exit 0.
    ics_check.py --expand FROM TO FILE
                           checks the file, then expands its recurrences
                           with Debian's python3-recurring-ical-events (an
                           implementation independent of the planner's) over
                           the days FROM…TO (YYYY-MM-DD, both inclusive) and
                           prints the occurrences as JSON, cancelled ones
                           left out: [{"uid", "summary", "date", "last",
                           "time"}], time "HH:MM" or null for all-day; exit 4
                           when that module is missing.

Checked: CRLF line ends only; physical lines at most 75 octets, each valid
UTF-8 on its own (folding never splits a character); BEGIN/END balanced;
the parser reads it without errors in any component; VCALENDAR has VERSION
2.0, PRODID and CALSCALE GREGORIAN; every TZID used is defined by a
VTIMEZONE and resolves to its offset; every VEVENT has a unique UID,
DTSTAMP (UTC), DTSTART and at most one of DTEND / DURATION, DTEND after
DTSTART; every VALARM has ACTION, TRIGGER and (for DISPLAY) DESCRIPTION.
Recurrences: UID is unique per RECURRENCE-ID (a series and its overrides
share one); an RRULE parses (dateutil), has an UNTIL of DTSTART's kind (a
DATE for an all-day DTSTART, UTC for one with a TZID); EXDATE and
RECURRENCE-ID have DTSTART's kind and zone; an override's RECURRENCE-ID is
a date its series gives (and does not exclude).
"""
import datetime
import json
import sys

try:
    import icalendar
except ImportError:
    print("python3-icalendar is not installed", file=sys.stderr)
    sys.exit(3)


class Refused(Exception):
    def __init__(self, problems):
        super().__init__("; ".join(problems))
        self.problems = problems


def fail(problems):
    raise Refused(problems)


def check_bytes(data):
    problems = []
    if b"\r\n" not in data:
        problems.append("no CRLF line ends")
    for i, byte in enumerate(data):
        if byte == 0x0A and (i == 0 or data[i - 1] != 0x0D):
            problems.append("bare LF at byte %d" % i)
            break
        if byte == 0x0D and (i + 1 >= len(data) or data[i + 1] != 0x0A):
            problems.append("bare CR at byte %d" % i)
            break
    if not data.endswith(b"\r\n"):
        problems.append("the file does not end with CRLF")
    lines = data.split(b"\r\n")[:-1]
    for n, line in enumerate(lines, 1):
        if len(line) > 75:
            problems.append("line %d is %d octets long (at most 75)" % (n, len(line)))
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append("line %d is not valid UTF-8 on its own (a character split by folding?)" % n)
    unfolded = []
    for line in lines:
        if line[:1] in (b" ", b"\t"):
            if not unfolded:
                problems.append("the file starts with a continuation line")
                continue
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    stack = []
    for line in unfolded:
        upper = line.upper()
        if upper.startswith(b"BEGIN:"):
            stack.append(upper[6:])
        elif upper.startswith(b"END:"):
            if not stack or stack.pop() != upper[4:]:
                problems.append("END:%s does not close the open component" % upper[4:].decode("utf-8", "replace"))
    if stack:
        problems.append("components left open: %s" % ", ".join(s.decode("utf-8", "replace") for s in stack))
    if not unfolded or unfolded[0].upper() != b"BEGIN:VCALENDAR":
        problems.append("the file does not start with BEGIN:VCALENDAR")
    return problems


def text(value):
    return None if value is None else str(value)


def exdates_of(ev):
    value = ev.get("EXDATE")
    if value is None:
        return []
    return [d for group in (value if isinstance(value, list) else [value]) for d in group.dts]


def same_kind(value, start):
    """Whether a date or date-time is of DTSTART's kind (and zone)."""
    if isinstance(start.dt, datetime.datetime) != isinstance(value.dt, datetime.datetime):
        return False
    if isinstance(start.dt, datetime.datetime):
        return value.params.get("TZID") == start.params.get("TZID") and \
            (value.dt.tzinfo is None) == (start.dt.tzinfo is None)
    return True


def rule_of(ev):
    from dateutil import rrule
    text = ev.get("RRULE").to_ical().decode()
    return rrule.rrulestr(text, dtstart=ev.get("DTSTART").dt if isinstance(ev.get("DTSTART").dt, datetime.datetime)
                          else datetime.datetime.combine(ev.get("DTSTART").dt, datetime.time()))


def gives(master, when):
    """Whether the series `master` has an occurrence at `when`, not excluded."""
    if not isinstance(when, datetime.datetime):
        when = datetime.datetime.combine(when, datetime.time())
    try:
        given = when in rule_of(master)   # rrule's `in` stops at the first date past `when`
    except Exception:
        return False
    excluded = [d.dt if isinstance(d.dt, datetime.datetime) else datetime.datetime.combine(d.dt, datetime.time())
                for d in exdates_of(master)]
    return given and when not in excluded


def check_recurrence(ev, start, where):
    problems = []
    rule = ev.get("RRULE")
    if rule is not None:
        until = rule.get("UNTIL")
        if not until:
            problems.append("%s: RRULE without UNTIL (the export is bounded by its range)" % where)
        else:
            until = until[0]
            if isinstance(start.dt, datetime.datetime):
                if not isinstance(until, datetime.datetime) or until.tzinfo is None or until.utcoffset():
                    problems.append("%s: UNTIL is not in UTC though DTSTART has a zone" % where)
            elif isinstance(until, datetime.datetime):
                problems.append("%s: UNTIL is a date-time though DTSTART is a date" % where)
        try:
            rule_of(ev)
        except Exception as e:
            problems.append("%s: RRULE does not parse: %s" % (where, e))
    value = ev.get("EXDATE")
    for group in ([] if value is None else value if isinstance(value, list) else [value]):
        if not all(isinstance(d.dt, datetime.datetime) == isinstance(start.dt, datetime.datetime) for d in group.dts) \
                or group.params.get("TZID") != start.params.get("TZID"):
            problems.append("%s: EXDATE is not of DTSTART's kind and zone" % where)
    rid = ev.get("RECURRENCE-ID")
    if rid is not None and rule is not None:
        problems.append("%s: an override with an RRULE of its own" % where)
    return problems


def check(path):
    """The parsed events of a good file; raises Refused for a bad one."""
    with open(path, "rb") as f:
        data = f.read()
    problems = check_bytes(data)
    if problems:
        fail(problems)
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as e:  # the parser refuses the file outright
        fail(["parser: %s" % e])
    problems = []
    for component in cal.walk():
        for prop, error in getattr(component, "errors", []):
            problems.append("%s: %s %s" % (component.name, prop or "", error))
    if text(cal.get("VERSION")) != "2.0":
        problems.append("VERSION is not 2.0")
    if not cal.get("PRODID"):
        problems.append("PRODID is missing")
    if text(cal.get("CALSCALE")) != "GREGORIAN":
        problems.append("CALSCALE is not GREGORIAN")
    zones = {}
    for tz in cal.walk("VTIMEZONE"):
        tzid = text(tz.get("TZID"))
        offsets = [sub.get("TZOFFSETTO").td for sub in tz.subcomponents if sub.get("TZOFFSETTO") is not None]
        if not tzid or not offsets:
            problems.append("a VTIMEZONE without TZID or TZOFFSETTO")
            continue
        zones[tzid] = offsets[0]
    events = []
    uids = set()
    masters = {}
    overrides = []
    for ev in cal.walk("VEVENT"):
        uid = text(ev.get("UID"))
        rid = ev.get("RECURRENCE-ID")
        where = "VEVENT %s" % uid
        if rid is not None:
            where += " (RECURRENCE-ID %s)" % rid.to_ical().decode()
        if not uid:
            problems.append("a VEVENT without UID")
        elif (uid, rid.dt if rid is not None else None) in uids:
            problems.append("%s: UID used twice" % where)
        uids.add((uid, rid.dt if rid is not None else None))
        stamp = ev.get("DTSTAMP")
        if stamp is None or getattr(stamp.dt, "tzinfo", None) is None or stamp.dt.utcoffset().total_seconds() != 0:
            problems.append("%s: DTSTAMP missing or not in UTC" % where)
        start = ev.get("DTSTART")
        if start is None:
            problems.append("%s: DTSTART missing" % where)
            continue
        tzid = start.params.get("TZID")
        if tzid is not None:
            if tzid not in zones:
                problems.append("%s: TZID %s has no VTIMEZONE" % (where, tzid))
            elif start.dt.tzinfo is None or start.dt.utcoffset() != zones[tzid]:
                problems.append("%s: DTSTART does not resolve to the zone's offset" % where)
        if ev.get("DTEND") is not None and ev.get("DURATION") is not None:
            problems.append("%s: both DTEND and DURATION" % where)
        end = ev.get("DTEND")
        if end is not None and not end.dt > start.dt:
            problems.append("%s: DTEND is not after DTSTART" % where)
        alarms = []
        for alarm in ev.walk("VALARM"):
            action = text(alarm.get("ACTION"))
            trigger = alarm.get("TRIGGER")
            if not action or trigger is None:
                problems.append("%s: VALARM without ACTION or TRIGGER" % where)
                continue
            if action == "DISPLAY" and not alarm.get("DESCRIPTION"):
                problems.append("%s: DISPLAY alarm without DESCRIPTION" % where)
            alarms.append({"action": action, "trigger_seconds": trigger.dt.total_seconds(),
                           "description": text(alarm.get("DESCRIPTION"))})
        problems += check_recurrence(ev, start, where)
        if rid is not None:
            overrides.append((uid, rid, where))
        elif ev.get("RRULE") is not None:
            masters[uid] = ev
        cats = ev.get("CATEGORIES")
        duration = ev.get("DURATION")
        events.append({
            "uid": uid,
            "summary": text(ev.get("SUMMARY")),
            "description": text(ev.get("DESCRIPTION")),
            "categories": [str(c) for c in cats.cats] if cats is not None else [],
            "start": start.dt.isoformat(),
            "end": end.dt.isoformat() if end is not None else None,
            "duration_seconds": duration.dt.total_seconds() if duration is not None else None,
            "status": text(ev.get("STATUS")),
            "alarms": alarms,
            "rrule": ev.get("RRULE").to_ical().decode() if ev.get("RRULE") is not None else None,
            "exdates": [d.dt.isoformat() for d in exdates_of(ev)],
            "recurrence_id": rid.dt.isoformat() if rid is not None else None,
        })
    for uid, rid, where in overrides:
        master = masters.get(uid)
        if master is None:
            problems.append("%s: no series with this UID" % where)
        elif not same_kind(rid, master.get("DTSTART")):
            problems.append("%s: RECURRENCE-ID is not of the series' DTSTART kind and zone" % where)
        elif not gives(master, rid.dt):
            problems.append("%s: the series does not give this date" % where)
    if problems:
        fail(problems)
    return {"zones": {k: v.total_seconds() for k, v in zones.items()}, "events": events}


def expand(path, first, last):
    """The occurrences in [first, last] (dates), as the JSON list --expand prints."""
    import recurring_ical_events
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    stop = last + datetime.timedelta(days=1)
    out = []
    for ev in recurring_ical_events.of(cal).between((first.year, first.month, first.day),
                                                    (stop.year, stop.month, stop.day)):
        if text(ev.get("STATUS")) == "CANCELLED":
            continue
        start = ev["DTSTART"].dt
        if isinstance(start, datetime.datetime):
            date, time, end_date = start.date(), start.strftime("%H:%M"), start.date()
        else:
            end = ev.get("DTEND")
            date, time = start, None
            end_date = end.dt - datetime.timedelta(days=1) if end is not None else start
        out.append({"uid": text(ev.get("UID")), "summary": text(ev.get("SUMMARY")), "date": date.isoformat(),
                    "last": end_date.isoformat(), "time": time})
    out.sort(key=lambda e: (e["date"], e["time"] or "", e["summary"] or "", e["uid"] or ""))
    return out


def main(args):
    if len(args) == 4 and args[0] == "--expand":
        try:
            import recurring_ical_events  # noqa: F401
        except ImportError:
            print("python3-recurring-ical-events is not installed", file=sys.stderr)
            return 4
        try:
            check(args[3])
        except Refused as e:
            for p in e.problems:
                print(p, file=sys.stderr)
            return 1
        first = datetime.date.fromisoformat(args[1])
        last = datetime.date.fromisoformat(args[2])
        json.dump(expand(args[3], first, last), sys.stdout, ensure_ascii=False)
        return 0
    if len(args) >= 2 and args[0] == "--each":
        for path in args[1:]:
            try:
                check(path)
                report = {"file": path, "ok": True, "problems": []}
            except Refused as e:
                report = {"file": path, "ok": False, "problems": e.problems}
            print(json.dumps(report, ensure_ascii=False))
        return 0
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        result = check(args[0])
    except Refused as e:
        for p in e.problems:
            print(p, file=sys.stderr)
        return 1
    json.dump(result, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
