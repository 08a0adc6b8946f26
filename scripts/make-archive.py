#!/usr/bin/env python3
"""Writes a reproducible synthetic records folder for benchmarks: valid convene logs, same bytes for the same seed.

usage: scripts/make-archive.py DIR [--meetings 5000] [--people 40] [--notes 300] [--seed 1] [--never-closed]
The word 'childcare' appears in about 1 note in 100, for timing 'convene search childcare'.
Actions and follow-ups are worked through as a group would: of those more than 60 days older than the last
meeting, 88 in 100 are completed and 5 dropped, weeks later; newer ones stay open. --never-closed leaves every
one open, the worst case for 'convene followups'.
"""
import argparse, datetime, json, os, random

FIRST = ["Ana", "Bo", "Chidi", "Zoë", "Łukasz", "Mateo", "Aiyana", "Priya", "Sven", "Noor", "Kofi", "Mei", "山田", "Olu",
         "Renée", "Jonas", "Fatima", "Dmitri", "Inés", "Tariq", "Hana", "Yusuf", "Amara", "Björn", "Lucía", "Kenji"]
LAST = ["Dubois", "García", "Nguyen", "Okafor", "Kowalski", "Silva", "Haddad", "Smith", "Müller", "Rossi", "太郎", "Ivanova"]
WORDS = ("rent housing tenants union meeting landlord repairs heating petition council budget school bus route wages "
         "shift night weekend organize door knock phone bank flyer leaflet march rally vote elect members dues food "
         "pantry garden library park safety street lights crossing clinic nurse doctor care elders youth sports music "
         "art mural festival translation spanish arabic chinese outreach training story share vision goal plan next "
         "week month year campaign demand win press media letter email call list sign up volunteer host space hall "
         "church mosque temple café kitchen snacks ride carpool access ramp wheelchair interpreter notes minutes").split()
KINDS = ["note"] * 6 + ["idea", "decision", "quote", "action", "follow-up"]
ITEMS = ["Welcome", "Check-in round", "Framing", "Breakouts", "Report back", "Decisions", "Next steps", "Closing"]


def line(at, by, kind, payload):
    event = {"at": at, "by": by, "type": kind}
    event.update(dict(sorted(payload.items())))
    return json.dumps(event, ensure_ascii=False, separators=(",", ":")) + "\n"


def stamp(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (moment.microsecond // 1000)


OUTCOMES = ["Came to the next meeting", "Joined the phone bank", "Not this month, call again in spring",
            "Done, receipts in the folder", "Talked for an hour about the clinic", "Booked for the 14th"]


def follow_through(rng, tracked, ended, age_days):
    """Completions and drops for a meeting's actions and follow-ups, appended after it ended."""
    out = []
    if age_days <= 60:
        return out
    for note_id, people in tracked:
        r = rng.random()
        at = stamp(ended + datetime.timedelta(days=rng.randint(2, 40), minutes=rng.randint(0, 600)))
        if r < 0.88:
            payload = {"id": note_id, "outcome": rng.choice(OUTCOMES)}
            if rng.random() < 0.5:
                payload["assessment"] = rng.randint(1, 5)
            out.append(line(at, rng.choice(people), "followup.completed", payload))
        elif r < 0.93:
            out.append(line(at, rng.choice(people), "followup.dropped", {"id": note_id, "reason": "Moved away"}))
    return sorted(out)


def meeting(rng, number, day, people_count, notes_count, pool, age_days):
    start = datetime.datetime(day.year, day.month, day.day, 18, 0, 0)
    mid = "%s-meeting-%d" % (day.isoformat(), number)
    items = [{"groupRoles": [], "line": 3 + 2 * i, "notes": [], "roles": [], "seconds": rng.choice([300, 600, 900, 1200]),
              "title": title} for i, title in enumerate(ITEMS)]
    people = rng.sample(pool, people_count)
    roster = {"people": [{"attributes": {}, "name": name, "notWith": [],
                          "tags": [t for t in ("member", "new") if rng.random() < (0.6 if t == "member" else 0.1)]}
                         for name in people]}
    agenda = {"description": "", "items": items, "roles": ["facilitator"], "title": "Meeting %d" % number, "warn": "20%"}
    out = [line(stamp(start), "fac@laptop", "meeting.opened",
                {"agenda": agenda, "agendaFile": "agenda.md", "format": 1, "id": mid, "roster": roster})]
    clock = start
    per_item = max(1, notes_count // len(items))
    written = 0
    tracked = []
    for index, item in enumerate(items):
        out.append(line(stamp(clock), "fac@laptop", "item.started", {"item": index}))
        span = item["seconds"] * rng.uniform(0.8, 1.3)
        count = per_item if index < len(items) - 1 else notes_count - written
        for n in range(count):
            at = clock + datetime.timedelta(seconds=span * (n + 1) / (count + 1))
            kind = rng.choice(KINDS)
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 14)))
            if rng.random() < 0.01:
                text += " childcare"
            note = {"id": "n%d" % written, "item": index, "kind": kind, "text": text.capitalize()}
            if kind == "action":
                note.update(owner=rng.choice(people), due=(day + datetime.timedelta(days=7)).isoformat())
            if kind == "follow-up":
                note.update(person=rng.choice(people), organizer=rng.choice(people))
            if kind in ("action", "follow-up"):
                tracked.append(("n%d" % written, people))
            if index == 3:
                note.update(round=1 + n % 2, group=1 + n % 5)
            out.append(line(stamp(at), rng.choice(people), "note.added", note))
            written += 1
        clock += datetime.timedelta(seconds=span)
    out.append(line(stamp(clock), "fac@laptop", "meeting.ended", {}))
    if age_days is not None:
        out += follow_through(rng, tracked, clock, age_days)
    return mid, "".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--meetings", type=int, default=5000)
    parser.add_argument("--people", type=int, default=40)
    parser.add_argument("--notes", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--never-closed", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pool = sorted({f + " " + l for f in FIRST for l in LAST})
    folder = os.path.join(args.folder, "meetings")
    os.makedirs(folder, mode=0o700, exist_ok=True)
    first_day = datetime.date(2012, 1, 1)
    for number in range(1, args.meetings + 1):
        age = None if args.never_closed else args.meetings - number
        mid, text = meeting(rng, number, first_day + datetime.timedelta(days=number), args.people, args.notes, pool, age)
        path = os.path.join(folder, mid + ".jsonl")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)


if __name__ == "__main__":
    main()
