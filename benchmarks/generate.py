#!/usr/bin/env python3
"""Writes a synthetic, deterministic Tamayuz programme for the benchmarks.

A criteria framework of M indicators in a realistic hierarchy (areas -> criteria -> indicators,
one area with sub-criteria), using every indicator kind (yes-no, ordinal on one shared scale,
number with a ramp and with thresholds, percentage with the default ramp and with thresholds,
checklist with a cap, derived), evidence policies, not-applicable answers, and four rules (a cap
on an area, a bonus on the total, an ineligible rule, a flag); and N agencies' assessments in the
real formats (criteria/schema/*.xsd): one self-assessment per agency, or E evaluators' assessments
per agency from a pool of evaluators (one of them affiliated with an agency, so one exclusion).

Same arguments, same bytes: every random choice comes from random.Random seeded by names.

    python3 benchmarks/generate.py --agencies 10 --indicators 20 --out benchmarks/work/tiny
    python3 benchmarks/generate.py --agencies 200 --indicators 1000 --evaluators 3 --out DIR

Writes OUT/criteria.xml and OUT/assessments/*.xml; skips the work when OUT/.stamp already
records the same arguments.
"""

import argparse
import os
import random
import shutil
import zlib

CRITERIA_NS = "urn:tamayuz:criteria:1"
ASSESSMENT_NS = "urn:tamayuz:assessment:1"

# The repeating pattern of indicator kinds; "derived" expands to two number inputs and the share.
PATTERN = [
    "yesno", "ordinal", "ramp", "percentage", "checklist",
    "days", "yesno_na", "derived", "availability", "ordinal",
    "yesno", "percentage",
]
LEVELS = [("initial", 0.0), ("developing", 0.25), ("defined", 0.5), ("managed", 0.75), ("optimised", 1.0)]
CHECKLIST = [("portal", 2), ("app", 2), ("sms", 1), ("kiosk", 1), ("call_centre", 1), ("open_api", 1)]
CHECKLIST_CAP = 6
AVAILABILITY = [(99.9, 1), (99.5, 0.8), (99, 0.6), (95, 0.3)]
DAYS = [(1, 1), (3, 0.6), (7, 0.2)]


def rng(*names):
    return random.Random(zlib.crc32("/".join(map(str, names)).encode()))


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class Indicator:
    def __init__(self, kind, weight=1, evidence=None, na=False, role=None):
        self.kind = kind          # yesno, ordinal, ramp, percentage, checklist, days, availability, derived, count
        self.weight = weight
        self.evidence = evidence  # None, "optional", "required-zero", "required-cap"
        self.na = na
        self.role = role          # "total"/"online" for the inputs of a derived share
        self.id = None
        self.inputs = None
        self.inputs_total = None  # for an "online" input: the id of its "total" input


def indicator_specs(count):
    """M indicators following PATTERN, with evidence policies by position."""
    specs = []
    position = 0
    while len(specs) < count:
        kind = PATTERN[position % len(PATTERN)]
        position += 1
        if kind == "derived":
            if count - len(specs) < 3:
                continue
            total = Indicator("count", weight=0, role="total")
            online = Indicator("count", weight=0, role="online")
            share = Indicator("derived", weight=2)
            share.inputs = (online, total)
            specs += [total, online, share]
            continue
        spec = Indicator("yesno" if kind == "yesno_na" else kind, weight=1 + len(specs) % 3, na=kind == "yesno_na")
        n = len(specs)
        if n % 7 == 1:
            spec.evidence = "required-zero"
        elif n % 7 == 4:
            spec.evidence = "required-cap"
        elif n % 5 == 2:
            spec.evidence = "optional"
        specs.append(spec)
    return specs


def area_count(indicators):
    return 5 if indicators <= 50 else min(10, 5 + indicators // 200)


def split(items, parts):
    """Consecutive, nearly equal, non-empty slices."""
    parts = max(1, min(parts, len(items)))
    size, extra = divmod(len(items), parts)
    out, start = [], 0
    for p in range(parts):
        end = start + size + (1 if p < extra else 0)
        out.append(items[start:end])
        start = end
    return out


def title(en, ar, indent):
    pad = " " * indent
    return f'{pad}<title xml:lang="en">{esc(en)}</title>\n{pad}<title xml:lang="ar">{esc(ar)}</title>\n'


def kind_xml(spec, pad):
    k = spec.kind
    if k == "yesno":
        return f"{pad}<yes-no/>\n"
    if k == "ordinal":
        return f'{pad}<ordinal scale="maturity"/>\n'
    if k == "ramp":
        return f'{pad}<number min="0" max="100000" unit="services"><ramp floor="0" target="50"/></number>\n'
    if k == "count":
        return f'{pad}<number min="0" max="100000" unit="services"><ramp floor="0" target="100"/></number>\n'
    if k == "percentage":
        return f"{pad}<percentage/>\n"
    if k == "availability":
        steps = "".join(f'<threshold at="{a}" score="{s}"/>' for a, s in AVAILABILITY)
        return f"{pad}<percentage>{steps}</percentage>\n"
    if k == "days":
        steps = "".join(f'<threshold at="{a}" score="{s}"/>' for a, s in DAYS)
        return f'{pad}<number direction="lower-is-better" min="0" unit="days">{steps}</number>\n'
    if k == "checklist":
        options = "".join(
            f'\n{pad}  <option id="{o}" points="{p}"><label xml:lang="en">{o}</label><label xml:lang="ar">{o}</label></option>'
            for o, p in CHECKLIST)
        return f'{pad}<checklist cap="{CHECKLIST_CAP}">{options}\n{pad}</checklist>\n'
    if k == "derived":
        online, total = spec.inputs
        return (f'{pad}<derived expression="{online.id} / max({total.id}, 1) * 100" unit="%">'
                f'<ramp floor="0" target="100"/></derived>\n')
    raise ValueError(k)


def evidence_xml(spec, pad):
    if spec.evidence is None:
        return ""
    if spec.evidence == "optional":
        return f'{pad}<evidence policy="optional"/>\n'
    description = (f'{pad}  <description xml:lang="en">A document or screenshot that shows it.</description>\n'
                   f'{pad}  <description xml:lang="ar">وثيقة أو صورة شاشة تثبت ذلك.</description>\n')
    if spec.evidence == "required-zero":
        return f'{pad}<evidence policy="required">\n{description}{pad}</evidence>\n'
    return f'{pad}<evidence policy="required" when-missing="cap" cap="0.5">\n{description}{pad}</evidence>\n'


def indicator_xml(spec, indent):
    pad = " " * indent
    attributes = f' id="{spec.id}" weight="{spec.weight}"'
    if spec.na:
        attributes += ' not-applicable="allowed"'
    names = {
        "yesno": ("Service meets the requirement", "الخدمة تستوفي المتطلب"),
        "ordinal": ("Maturity of the service", "نضج الخدمة"),
        "ramp": ("Services offered online", "الخدمات المقدمة إلكترونياً"),
        "count": ("Services in scope" if spec.role == "total" else "Services fully online",
                  "الخدمات المشمولة" if spec.role == "total" else "الخدمات المتاحة إلكترونياً بالكامل"),
        "percentage": ("User satisfaction", "رضا المستفيدين"),
        "availability": ("Portal availability", "جاهزية البوابة"),
        "days": ("Days to complete a request", "أيام إنجاز الطلب"),
        "checklist": ("Channels", "القنوات"),
        "derived": ("Share of services fully online", "نسبة الخدمات المتاحة إلكترونياً"),
    }[spec.kind]
    return (f"{pad}<indicator{attributes}>\n"
            + title(f"{names[0]} ({spec.id})", f"{names[1]} ({spec.id})", indent + 2)
            + kind_xml(spec, pad + "  ") + evidence_xml(spec, pad + "  ")
            + f"{pad}</indicator>\n")


def build_framework(indicators):
    """The hierarchy: [(area id, weight, [(criterion id, [specs] or [(sub id, [specs])])])]."""
    specs = indicator_specs(indicators)
    areas = []
    for a, chunk in enumerate(split(specs, area_count(indicators)), start=1):
        area_id = f"A{a:02d}"
        criteria = []
        for c, group in enumerate(split(chunk, max(1, round(len(chunk) / 8))), start=1):
            criterion_id = f"{area_id}.C{c}"
            # The second area nests sub-criteria when a criterion is large enough.
            if a == 2 and len(group) >= 6:
                subs = [(f"{criterion_id}.S{s}", part) for s, part in enumerate(split(group, 2), start=1)]
                criteria.append((criterion_id, subs, True))
                for sub_id, part in subs:
                    for i, spec in enumerate(part, start=1):
                        spec.id = f"{sub_id}.{i}"
            else:
                criteria.append((criterion_id, group, False))
                for i, spec in enumerate(group, start=1):
                    spec.id = f"{criterion_id}.{i}"
            # A group of indicators that all weigh 0 is an error: give one weight.
            for part in ([p for _, p in criteria[-1][1]] if criteria[-1][2] else [group]):
                if all(s.weight == 0 for s in part):
                    part[0].weight = 1
        areas.append((area_id, 1 + a % 3, criteria))
    return specs, areas


def rules_for(specs, areas):
    def first(kind):
        return next(s for s in specs if s.kind == kind)
    ordinal = first("ordinal")
    ordinal_area = ordinal.id.split(".")[0]
    last_area = areas[-1][0]
    total_input = next(s for s in specs if s.role == "total")
    percentage = first("percentage")
    return [
        ("basic_service_cap", "cap", ordinal_area, "0.5", f"level({ordinal.id}) &lt;= 1",
         f"The main service is at the initial level: {ordinal_area} is capped at 50 %."),
        ("strong_finish_bonus", "bonus", "total", "0.05", f"score({last_area}) >= 0.75",
         f"Strong in {last_area}: a bonus of 5 points."),
        ("nothing_in_scope", "ineligible", None, None, f"{total_input.id} == 0",
         "No service in scope: not ranked."),
        ("satisfaction_unknown", "flag", None, None, f"not answered({percentage.id})",
         "User satisfaction was not reported."),
    ]


def criteria_xml(specs, areas, rules):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n',
           f'<framework xmlns="{CRITERIA_NS}" id="bench" version="1.0" cycle="2013" '
           'scale-max="100" precision="1" weighting="relative" missing-answers="zero">\n',
           title("Synthetic benchmark programme", "برنامج قياس اصطناعي", 2),
           '  <scales>\n    <scale id="maturity">\n',
           title("Maturity", "النضج", 6)]
    for level, score in LEVELS:
        out.append(f'      <level id="{level}" score="{score}"><label xml:lang="en">{level}</label>'
                   f'<label xml:lang="ar">{level}</label></level>\n')
    out.append("    </scale>\n  </scales>\n")
    for area_id, weight, criteria in areas:
        out.append(f'  <area id="{area_id}" weight="{weight}">\n' + title(f"Area {area_id}", f"المجال {area_id}", 4))
        for criterion_id, content, nested in criteria:
            out.append(f'    <criterion id="{criterion_id}">\n' + title(f"Criterion {criterion_id}", f"المعيار {criterion_id}", 6))
            if nested:
                for sub_id, part in content:
                    out.append(f'      <criterion id="{sub_id}">\n' + title(f"Sub-criterion {sub_id}", f"المعيار الفرعي {sub_id}", 8))
                    out += [indicator_xml(s, 8) for s in part]
                    out.append("      </criterion>\n")
            else:
                out += [indicator_xml(s, 6) for s in content]
            out.append("    </criterion>\n")
        out.append("  </area>\n")
    out.append("  <rules>\n")
    for rule_id, effect, target, value, when, message in rules:
        attributes = f'id="{rule_id}" effect="{effect}"'
        if target:
            attributes += f' target="{target}"'
        if value:
            attributes += f' value="{value}"'
        out.append(f'    <rule {attributes} when="{when}">\n'
                   f'      <message xml:lang="en">{esc(message)}</message>\n'
                   f'      <message xml:lang="ar">{esc(message)}</message>\n    </rule>\n')
    out.append("  </rules>\n  <bands>\n")
    for band, low in [("innovative", 85), ("advanced", 70), ("available", 50), ("developing", 30), ("beginning", 0)]:
        out.append(f'    <band id="{band}" min="{low}"><label xml:lang="en">{band}</label>'
                   f'<label xml:lang="ar">{band}</label></band>\n')
    out.append(f'  </bands>\n  <ranking>\n    <tie-break node="{areas[0][0]}"/>\n  </ranking>\n</framework>\n')
    return "".join(out)


def clamp(x, low, high):
    return max(low, min(high, x))


def answers_xml(specs, agency, capability, assessor, r, ineligible):
    """The <answer> elements of one assessment: `assessor` shifts the capability (bias)."""
    out = []
    counts = {}
    for spec in specs:
        if spec.kind == "derived":
            continue
        c = clamp(capability + assessor + (r.random() - 0.5) * 0.3, 0, 1)
        blank = r.random() < 0.02
        if spec.role == "total":
            value = 0 if ineligible else 20 + int(r.random() * 80)
            counts[spec.id] = value
            blank = False
        elif spec.role == "online":
            value = int(counts[spec.inputs_total] * c)
            blank = False
        if blank:
            continue
        extra = ""
        if spec.na and r.random() < 0.05:
            out.append(f'  <answer indicator="{spec.id}" not-applicable="true">\n'
                       '    <justification xml:lang="en">The service is not offered by this agency.</justification>\n'
                       '    <justification xml:lang="ar">لا تقدم الجهة هذه الخدمة.</justification>\n  </answer>\n')
            continue
        k = spec.kind
        if k == "yesno":
            value = "yes" if r.random() < c else "no"
        elif k == "ordinal":
            value = LEVELS[int(clamp(round(c * 4 + (r.random() - 0.5)), 0, 4))][0]
        elif k == "ramp":
            value = int(c * 60)
        elif k == "percentage":
            if spec is first_percentage(specs) and r.random() < 0.05:
                continue
            value = f"{clamp(c * 100, 0, 100):.1f}"
        elif k == "availability":
            value = f"{clamp(94 + c * 6, 0, 100):.2f}"
        elif k == "days":
            value = f"{0.5 + (1 - c) * 9:.1f}"
        elif k == "checklist":
            ticked = [o for o, _ in CHECKLIST if r.random() < c]
            value = " ".join(ticked) if ticked else "none"
        if spec.evidence and value not in ("no", "none", 0):
            if (spec.evidence == "optional" and r.random() < 0.5) or (spec.evidence != "optional" and r.random() < 0.85):
                extra += (f'    <evidence title="Evidence for {spec.id}" ref="DOC-{agency}-{spec.id}"'
                          ' note="Attached to the submission"/>\n')
        if r.random() < 0.1:
            extra += '    <comment xml:lang="en">Figures from the annual report.</comment>\n'
        if extra:
            out.append(f'  <answer indicator="{spec.id}" value="{value}">\n{extra}  </answer>\n')
        else:
            out.append(f'  <answer indicator="{spec.id}" value="{value}"/>\n')
    return "".join(out)


_FIRST_PERCENTAGE = {}


def first_percentage(specs):
    key = id(specs)
    if key not in _FIRST_PERCENTAGE:
        _FIRST_PERCENTAGE[key] = next(s for s in specs if s.kind == "percentage")
    return _FIRST_PERCENTAGE[key]


def assessment_xml(specs, agency, index, capability, role, evaluator, affiliation, bias, ineligible):
    r = rng(agency, evaluator or "self")
    kind = "municipality" if index % 2 == 0 else "ministry"
    if role == "self":
        assessor = '  <assessor role="self"/>\n'
    else:
        aff = f' affiliation="{affiliation}"' if affiliation else ""
        assessor = (f'  <assessor role="evaluator" id="{evaluator}"{aff}>\n'
                    f'    <name xml:lang="en">Evaluator {evaluator}</name>\n  </assessor>\n')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<assessment xmlns="{ASSESSMENT_NS}" framework="bench" framework-version="1.0" cycle="2013">\n'
            f'  <agency id="{agency}" kind="{kind}">\n'
            f'    <name xml:lang="en">Agency {index}</name>\n    <name xml:lang="ar">الجهة {index}</name>\n  </agency>\n'
            + assessor + answers_xml(specs, agency, capability, bias, r, ineligible) + "</assessment>\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--agencies", type=int, required=True)
    parser.add_argument("--indicators", type=int, required=True)
    parser.add_argument("--evaluators", type=int, default=0, help="evaluators per agency (0: self-assessments)")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    if args.indicators < 12:
        parser.error("--indicators must be at least 12 (one of every kind)")

    stamp = f"generate.py v1 agencies={args.agencies} indicators={args.indicators} evaluators={args.evaluators}\n"
    stamp_path = os.path.join(args.out, ".stamp")
    if os.path.exists(stamp_path) and open(stamp_path).read() == stamp:
        return
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    os.makedirs(os.path.join(args.out, "assessments"))

    specs, areas = build_framework(args.indicators)
    # Each "online" input reads the "total" input written just before it.
    last_total = None
    for s in specs:
        if s.role == "total":
            last_total = s
        elif s.role == "online":
            s.inputs_total = last_total.id
    with open(os.path.join(args.out, "criteria.xml"), "w", encoding="utf-8") as f:
        f.write(criteria_xml(specs, areas, rules_for(specs, areas)))

    pool = max(2 * args.evaluators, 1)
    evaluator_bias = [(rng("bias", e).random() - 0.5) * 0.2 for e in range(pool)]
    width = max(4, len(str(args.agencies)))
    for index in range(1, args.agencies + 1):
        agency = f"ag{index:0{width}d}"
        r = rng("agency", index)
        capability = 0.2 + 0.75 * r.random()
        ineligible = r.random() < 0.02
        files = []
        if args.evaluators == 0:
            files.append((f"{agency}.self.xml", "self", None, None, 0.0))
        else:
            for k in range(args.evaluators):
                e = (index + k * (pool // args.evaluators)) % pool
                evaluator = f"ev{e:02d}"
                # The first agency's first evaluator is affiliated with it: that assessment is excluded.
                affiliation = f"ag{1:0{width}d}" if e == 1 % pool else None
                files.append((f"{agency}.eval-{evaluator}.xml", "evaluator", evaluator, affiliation, evaluator_bias[e]))
        for name, role, evaluator, affiliation, bias in files:
            with open(os.path.join(args.out, "assessments", name), "w", encoding="utf-8") as f:
                f.write(assessment_xml(specs, agency, index, capability, role, evaluator, affiliation, bias, ineligible))
    with open(stamp_path, "w") as f:
        f.write(stamp)


if __name__ == "__main__":
    main()
