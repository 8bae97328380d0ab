#!/usr/bin/env python3
"""Regenerates the sample assessments in samples/ (Python 3 standard library only).

    python3 scripts/make-samples.py

Writes, for the forum's three tracks, the self-assessments and the evaluators' assessments of a
cycle of fictional agencies, the previous cycle's results of the quality track, and one complete
self-assessment for the walk-through in samples/README.md. Every agency, evaluator, document
number and address here is invented; addresses use the portal.example.gov.sa placeholder.

How an assessment is made: each agency has a hand-tuned *capability* in [0, 1] per area of a track
(optionally per criterion). Every indicator has a small rule turning a capability into an answer
(a yes above a threshold, a maturity level, a percentage...). Each assessor sees the capability
through a bias of their own (the agency is generous about itself, one evaluator is harsh, one a
little lenient) and a small deterministic per-indicator noise, so evaluators mostly agree and
differ plausibly. Fixed answers, "not applicable" answers, blanks and withheld evidence are then
applied per agency to stage the situations the samples must show. The same script, the same
files: the noise is seeded by names, never by time.

The script checks what it writes against the criteria it reads (indicator ids, kinds, levels,
checklist options, where "not applicable" is allowed, which indicators are derived and which
have applicability conditions), so a change to the criteria that the samples no longer fit
fails here rather than in the engine.
"""
from __future__ import annotations

import json
import os
import random
import sys
import zlib
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(ROOT, "samples")
CRITERIA = os.path.join(ROOT, "criteria")
CYCLE = "2013"
PORTAL = "https://portal.example.gov.sa"

CNS = "{urn:tamayuz:criteria:1}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
KINDS = ("yes-no", "ordinal", "number", "percentage", "checklist", "derived", "radar-enabler", "radar-results",
         "results-series")
RADAR_ATTRIBUTES = {
    "radar-enabler": ["sound", "integrated", "implemented", "structured", "measured", "learning", "improvement"],
    "radar-results": ["relevance", "integrity", "segmentation", "trends", "targets", "comparisons", "causality"],
}


# ---------------------------------------------------------------------------------------------
# Criteria (read, so that the samples are checked against them)
# ---------------------------------------------------------------------------------------------

class Indicator:
    def __init__(self, element, area, criterion, scales):
        self.id = element.get("id")
        self.area = area
        self.criterion = criterion
        self.na_allowed = element.get("not-applicable") == "allowed"
        self.applicable_when = element.get("applicable-when")
        self.kind = None
        self.levels = []
        self.options = []
        self.option_labels = {}
        self.evidence = "none"
        self.when_missing = None
        for child in element:
            tag = child.tag.replace(CNS, "")
            if tag in KINDS:
                self.kind = tag
                if tag == "ordinal":
                    self.levels = scales[child.get("scale")]
                if tag == "checklist":
                    self.options = [option.get("id") for option in child.findall(CNS + "option")]
                    self.option_labels = {
                        option.get("id"): {label.get(XML_LANG): label.text for label in option.findall(CNS + "label")}
                        for option in child.findall(CNS + "option")}
                self.floor = child.get("floor")
                self.target = child.get("target")
                self.minimum = child.get("min")
                self.maximum = child.get("max")
            elif tag == "evidence":
                self.evidence = child.get("policy")
                self.when_missing = child.get("when-missing")


class Criteria:
    def __init__(self, file_name):
        self.path = os.path.join(CRITERIA, file_name)
        root = ET.parse(self.path).getroot()
        self.id = root.get("id")
        self.version = root.get("version")
        self.scales = {}
        for scale in root.iter(CNS + "scale"):
            levels = []
            for level in scale.findall(CNS + "level"):
                labels = {label.get(XML_LANG): label.text for label in level.findall(CNS + "label")}
                levels.append((level.get("id"), labels.get("en"), labels.get("ar")))
            self.scales[scale.get("id")] = levels
        self.indicators = []
        self.areas = []

        def walk(element, area, criterion):
            for child in element:
                tag = child.tag.replace(CNS, "")
                if tag == "area":
                    self.areas.append(child.get("id"))
                    walk(child, child.get("id"), None)
                elif tag == "criterion":
                    walk(child, area, criterion or child.get("id"))
                elif tag == "indicator":
                    self.indicators.append(Indicator(child, area, criterion, self.scales))

        walk(root, None, None)
        self.by_id = {indicator.id: indicator for indicator in self.indicators}


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------

def clamp(x, low=0.0, high=1.0):
    return max(low, min(high, x))


def rng_for(*parts):
    """A generator seeded by names (crc32 of the joined parts): the same names, the same draws."""
    return random.Random(zlib.crc32("|".join(str(part) for part in parts).encode("utf-8")))


def yn(condition):
    return "yes" if condition else "no"


def num(x, places=0):
    """A plain decimal, as the loader reads it."""
    if places == 0:
        return str(int(round(x)))
    text = f"{x:.{places}f}".rstrip("0").rstrip(".")
    return text if text not in ("-0", "") else "0"


def pct(x, places=0):
    return num(clamp(x, 0, 100), places)


def step(c, *cuts):
    """How many of the ascending cut points c reaches (0..len(cuts))."""
    return sum(1 for cut in cuts if c >= cut)


def ticks(order, count):
    return " ".join(order[:max(0, min(len(order), count))])


def round5(x):
    """A RADAR percentage: x (in [0, 100]) to the nearest multiple of 5."""
    return int(5 * round(clamp(x, 0, 100) / 5))


# How each RADAR attribute usually sits against an item's capability: approaches ahead of their
# deployment, and review and learning behind (enablers); results relevant and sound before they
# are segmented, compared and explained.
RADAR_OFFSETS = {
    "radar-enabler": [0.08, 0.03, 0.05, 0.0, -0.05, -0.08, -0.06],
    "radar-results": [0.08, 0.05, -0.05, 0.0, 0.02, -0.06, -0.1],
}


def radar(kind, c, ctx):
    """Each attribute's percentage; an evaluator also sets the overall, 5 above the computed one
    (always within 10 points of the mean), the agency leaves it to be computed."""
    values = [round5(100 * (c + offset)) for offset in RADAR_OFFSETS[kind]]
    text = ", ".join(f"{name} {value}" for name, value in zip(RADAR_ATTRIBUTES[kind], values))
    if ctx["role"] != "self":
        text += f", overall {min(100, round5(sum(values) / len(values)) + 5)}"
    return text


def series(floor, target, c):
    """Four years (2010 to 2013) ending at the capability's level, with a dip in 2011 below 0.6;
    the agency's target a little ahead of its latest value, the comparator at 65 % of the way."""
    span = target - floor
    latest = floor + span * c
    values = [latest - span * 0.18, latest - span * (0.14 if c >= 0.6 else 0.2), latest - span * 0.06, latest]
    years = ", ".join(f"{2010 + k} {num(value)}" for k, value in enumerate(values))
    return f"{years}; target {num(latest + span * 0.08)}; comparator {num(floor + span * 0.65)}"


# Level lists of the shared scales, lowest first.
ESERVICE = ["absent", "informational", "interactive", "transactional", "integrated"]
PROCESS = ["initial", "planned", "defined", "measured", "optimised"]
WCAG = ["none", "A", "AA", "AAA"]
CRS = ["undocumented", "documented", "unified", "managed"]
GISINT = ["separate", "linked", "shared", "embedded"]


def lvl(levels, c, offset=0.0):
    """The level a capability reaches on a scale: c spread over the levels, shifted by offset."""
    return levels[int(clamp(round(c * (len(levels) - 1) + offset), 0, len(levels) - 1))]


def wcag(c):
    return WCAG[step(c, 0.25, 0.55, 0.92)]


# ---------------------------------------------------------------------------------------------
# People and agencies (all fictional)
# ---------------------------------------------------------------------------------------------

EVALUATORS = {
    # bias: how the evaluator sees an agency's capability; noise: the per-indicator wobble.
    "ev_amal": dict(en="Amal Al-Harbi", ar="أمل الحربي", bias=0.00, noise=0.05, lang="ar",
                    tendency="close to the jury's middle"),
    "ev_badr": dict(en="Badr Al-Mutairi", ar="بدر المطيري", bias=-0.02, noise=0.05, lang="en",
                    tendency="close to the jury's middle, a shade strict"),
    "ev_huda": dict(en="Huda Al-Zahrani", ar="هدى الزهراني", bias=0.01, noise=0.05, lang="ar",
                    tendency="close to the jury's middle", affiliation=["mun_wadi_alnoor"]),
    "ev_khalid": dict(en="Khalid Al-Ghamdi", ar="خالد الغامدي", bias=-0.10, noise=0.05, lang="en",
                      tendency="systematically harsh"),
    "ev_sara": dict(en="Sara Al-Qahtani", ar="سارة القحطاني", bias=0.05, noise=0.05, lang="ar",
                    tendency="a little lenient"),
}

AGENCIES = {
    "mun_hadbat_alnasim": dict(kind="municipality", en="Municipality of Hadbat Al-Nasim", ar="أمانة هضبة النسيم",
                               slug="hadbat-alnasim", code="HAN"),
    "mun_wadi_alnoor": dict(kind="municipality", en="Municipality of Wadi Al-Noor", ar="أمانة وادي النور",
                            slug="wadi-alnoor", code="WAN"),
    "mun_rawdat_alkhuzama": dict(kind="municipality", en="Rawdat Al-Khuzama Municipality", ar="بلدية روضة الخزامى",
                                 slug="rawdat-alkhuzama", code="RKZ"),
    "mun_sahil_alqamar": dict(kind="municipality", en="Sahil Al-Qamar Municipality", ar="بلدية ساحل القمر",
                              slug="sahil-alqamar", code="SAQ"),
    "mun_thaniyat_alward": dict(kind="municipality", en="Thaniyat Al-Ward Municipality", ar="بلدية ثنية الورد",
                                slug="thaniyat-alward", code="TAW"),
    "mun_nakheel_alwaha": dict(kind="municipality", en="Nakheel Al-Waha Municipality", ar="بلدية نخيل الواحة",
                               slug="nakheel-alwaha", code="NAW"),
    "min_digital_services": dict(kind="ministry", en="Ministry of Digital Services (Fictional)",
                                 ar="وزارة الخدمات الرقمية (افتراضية)", slug="digital-services", code="MDS"),
    "min_community_development": dict(kind="ministry", en="Ministry of Community Development (Fictional)",
                                      ar="وزارة التنمية المجتمعية (افتراضية)", slug="community-development", code="MCD"),
    "min_heritage_crafts": dict(kind="ministry", en="Ministry of Heritage and Crafts (Fictional)",
                                ar="وزارة التراث والحرف (افتراضية)", slug="heritage-crafts", code="MHC"),
    "min_water_oases": dict(kind="ministry", en="Ministry of Water and Oases (Fictional)",
                            ar="وزارة المياه والواحات (افتراضية)", slug="water-oases", code="MWO"),
    "mun_marj_alzuhur": dict(kind="municipality", en="Marj Al-Zuhur Municipality", ar="بلدية مرج الزهور",
                             slug="marj-alzuhur", code="MAZ"),
}

SELF_ASSESSOR = dict(en="Quality and Excellence Office", ar="مكتب الجودة والتميز")
SELF_BIAS = 0.10     # agencies see themselves this much better, unless their profile says otherwise
SELF_NOISE = 0.03


def doc_lang(agency_id):
    """Municipalities title their documents in Arabic, the (fictional) ministries in English."""
    return "ar" if AGENCIES[agency_id]["kind"] == "municipality" else "en"


# ---------------------------------------------------------------------------------------------
# Answer rules per indicator: capability c in [0, 1] -> the answer's value (text)
#   ctx: kind (agency kind), facts (counts), shift (the assessor's bias), role
# ---------------------------------------------------------------------------------------------

def online_count(ctx):
    facts = ctx["facts"]
    extra = round(ctx["shift"] * 12)      # the agency counts half-online services; the harsh evaluator drops one
    return num(clamp(facts["services_online"] + extra, 0, facts["services_total"]))


QUALITY = {
    "IF.1.1": lambda c, x: yn(c >= 0.3),
    "IF.1.2": lambda c, x: num(round(c * 6)),
    "IF.1.3": lambda c, x: pct(40 + 55 * c),
    "IF.1.4": lambda c, x: yn(c >= 0.45),
    "IF.2.1": lambda c, x: lvl(PROCESS, c),
    "IF.2.2": lambda c, x: yn(c >= 0.25),
    "IF.2.3": lambda c, x: pct(30 + 70 * c),
    "IF.3.1": lambda c, x: pct(8 + 45 * c),
    "IF.3.2": lambda c, x: num(6 + 36 * c),
    "IF.3.3": lambda c, x: lvl(PROCESS, c, -0.3),
    "IF.4.1": lambda c, x: yn(c >= 0.1),
    "IF.4.2": lambda c, x: yn(c >= 0.2),
    "IF.4.3": lambda c, x: lvl(PROCESS, c, -0.2),
    "CP.1.1": lambda c, x: ticks(["contact", "news", "structure", "locations", "leadership", "strategy",
                                  "annual_report", "procurement", "budget"], round(3 + 6 * c)),
    "CP.1.2": lambda c, x: num(26 - 24 * c),
    "CP.2.1": lambda c, x: pct(35 + 65 * c),
    "CP.2.2": lambda c, x: yn(c >= 0.5),
    "CP.2.3": lambda c, x: ticks(["arabic", "english", "visitor_language", "sign_language"], step(c, 0, 0.35, 0.65, 0.88)),
    "CP.2.4": lambda c, x: yn(c >= 0.4),
    "CP.3.1": lambda c, x: ticks(["policy", "portal", "machine_readable", "licence", "metadata", "national_portal",
                                  "schedule", "api", "requests"], round(9 * c - 0.5)),
    "CP.3.2": lambda c, x: num(40 * c * c),
    "CP.4.1": lambda c, x: pct(25 + 75 * c),
    "CP.4.2": lambda c, x: yn(c >= 0.4),
    "CP.4.3": lambda c, x: yn(c >= 0.6),
    "CP.4.4": lambda c, x: yn(c >= 0.7),
    "services_total": lambda c, x: num(x["facts"]["services_total"]),
    "services_online": lambda c, x: online_count(x),
    "tx_total": lambda c, x: num(x["facts"]["tx_total"]),
    "tx_online": lambda c, x: num(x["facts"]["tx_online"]),
    "SP.2.1": lambda c, x: x["facts"]["top_service"],
    "SP.2.2": lambda c, x: lvl(ESERVICE, c, 0.3),
    "SP.2.3": lambda c, x: lvl(ESERVICE, c, 0.5),
    "SP.2.4": lambda c, x: lvl(ESERVICE, c, 0.6),
    "SP.2.5": lambda c, x: lvl(ESERVICE, c, 0.1),
    "SP.3.1": lambda c, x: ticks(
        ["building_home", "business", "pilgrimage", "moving", "death", "family", "job", "studying"]
        if x["kind"] == "municipality" else
        ["job", "family", "business", "studying", "death", "moving", "building_home", "pilgrimage"],
        round(6 * c - 0.8)),
    "SP.3.2": lambda c, x: pct(10 + 70 * c),
    "SP.3.3": lambda c, x: pct(5 + 70 * c),
    "SP.4.1": lambda c, x: pct(30 + 70 * c),
    "SP.4.2": lambda c, x: ticks(["sadad", "counter_card", "card", "mobile"], step(c, 0.2, 0.35, 0.5, 0.8)),
    "SP.4.3": lambda c, x: ["48", "20", "3", "1"][step(c, 0.35, 0.6, 0.85)],
    "SP.5.1": lambda c, x: yn(c >= 0.4),
    "SP.5.2": lambda c, x: yn(c >= 0.55),
    "SP.5.3": lambda c, x: pct(65 * c),
    "UX.1.1": lambda c, x: lvl(PROCESS, c, -0.3),
    "UX.1.2": lambda c, x: ticks(["faq", "contact_form", "call_centre", "guides", "page_feedback", "live_chat"],
                                 round(1 + 5 * c)),
    "UX.1.3": lambda c, x: num(16 - 11 * c),
    "UX.1.4": lambda c, x: yn(c >= 0.6),
    "UX.2.1": lambda c, x: wcag(c),
    "UX.2.2": lambda c, x: pct(min(99, 45 + 56 * c)),
    "UX.2.3": lambda c, x: yn(c >= 0.5),
    "UX.2.4": lambda c, x: yn(c >= 0.3),
    "UX.3.1": lambda c, x: ticks(["portal", "social", "sms", "responsive", "call_centre", "app", "kiosk"],
                                 round(2 + 5 * c)),
    "UX.3.2": lambda c, x: pct(30 + 60 * c),
    "UX.3.3": lambda c, x: num(clamp(3.0 + 1.7 * c, 1, 5), 1),
    "UX.4.1": lambda c, x: ticks(["sms", "email", "inbox", "push"], step(c, 0.1, 0.4, 0.6, 0.8)),
    "UX.4.2": lambda c, x: yn(c >= 0.45),
    "UX.4.3": lambda c, x: yn(c >= 0.65),
    "EN.1.1": lambda c, x: yn(c >= 0.3),
    "EN.1.2": lambda c, x: pct(40 + 60 * c),
    "EN.1.3": lambda c, x: yn(c >= 0.6),
    "EN.2.1": lambda c, x: pct(10 + 80 * c),
    "EN.2.2": lambda c, x: yn(c >= 0.5),
    "EN.2.3": lambda c, x: yn(c >= 0.7),
    "EN.3.1": lambda c, x: yn(c >= 0.4),
    "EN.3.2": lambda c, x: num(18 * c),
    "EN.3.3": lambda c, x: lvl(PROCESS, c, -0.2),
    "EN.4.1": lambda c, x: pct(15 + 70 * c),
    "EN.4.2": lambda c, x: yn(c >= 0.7),
    "TE.1.1": lambda c, x: ["94.1", "97.5", "99.2", "99.6", "99.92"][step(c, 0.25, 0.45, 0.65, 0.85)],
    "TE.1.2": lambda c, x: num(9 - 7.5 * c, 1),
    "TE.1.3": lambda c, x: lvl(PROCESS, c, -0.2),
    "TE.2.1.1": lambda c, x: yn(c >= 0.3),
    "TE.2.1.2": lambda c, x: lvl(PROCESS, c, -0.3),
    "TE.2.2.1": lambda c, x: yn(c >= 0.35),
    "TE.2.2.2": lambda c, x: num(step(c, 0.4, 0.7)),
    "TE.2.2.3": lambda c, x: num(40 - 36 * c),
    "TE.3.1": lambda c, x: ticks(["unicode", "web_services", "interoperability", "itsm", "enterprise_architecture", "ipv6"],
                                 round(1 + 5 * c)),
    "TE.3.2": lambda c, x: pct(20 + 75 * c),
    "TE.3.3": lambda c, x: yn(c >= 0.3),
    "SQ.1.1": lambda c, x: num(80 - 76 * c),
    "SQ.1.2": lambda c, x: pct(55 + 43 * c),
    "SQ.1.3": lambda c, x: num(20 - 19 * c),
    "SQ.2.1": lambda c, x: yn(c >= 0.35),
    "SQ.2.2": lambda c, x: pct(58 + 35 * c),
    "SQ.2.3": lambda c, x: num(80 + 900 * c),
    "SQ.2.4": lambda c, x: lvl(PROCESS, c, -0.3),
    "SQ.3.1": lambda c, x: yn(c >= 0.3),
    "SQ.3.2": lambda c, x: pct(40 + 58 * c),
    "SQ.3.3": lambda c, x: num(22 - 20 * c, 1),
    "SQ.3.4": lambda c, x: lvl(PROCESS, c, -0.4),
    "SQ.4.1": lambda c, x: lvl(PROCESS, c, -0.1),
    "SQ.4.2": lambda c, x: pct(25 + 75 * c),
    "SQ.4.3": lambda c, x: num(step(c, 0.3, 0.6)),
    "SQ.4.4": lambda c, x: yn(c >= 0.55),
    "PE.1.1": lambda c, x: num(7 * c),
    "PE.1.2": lambda c, x: yn(c >= 0.5),
    "PE.1.3": lambda c, x: ticks(["suggestions", "social_media", "polls", "open_meetings", "forums", "co_design"],
                                 round(1 + 5 * c)),
    "PE.2.1": lambda c, x: pct(30 + 65 * c),
    "PE.2.2": lambda c, x: lvl(PROCESS, c, -0.3),
    "PE.2.3": lambda c, x: yn(c >= 0.55),
    "IN.1.1": lambda c, x: yn(c >= 0.65),
    "IN.1.2": lambda c, x: ticks(["mobile_first", "analytics", "location", "cloud", "open_api", "automation"], round(6 * c)),
    "IN.1.3": lambda c, x: num(12 * c),
    "IN.1.4": lambda c, x: yn(c >= 0.75),
    "IN.2.1": lambda c, x: lvl(PROCESS, c, -0.3),
    "IN.2.2": lambda c, x: pct(55 * c),
    "IN.2.3": lambda c, x: ["", "case_study", "certification case_study", "national_award certification"][step(c, 0.4, 0.6, 0.8)],
}

E_SERVICES = {
    "AV.1.1": lambda c, x: pct(15 + 75 * c, 1),
    "AV.1.2": lambda c, x: pct(50 + 50 * c),
    "AV.1.3": lambda c, x: yn(c >= 0.4),
    "AV.2.1": lambda c, x: lvl(ESERVICE, c, 0.3),
    "AV.2.2": lambda c, x: lvl(ESERVICE, c, 0.2),
    "AV.2.3": lambda c, x: lvl(ESERVICE, c, -0.2),
    "AV.2.4": lambda c, x: lvl(ESERVICE, c, 0.5),
    "AV.2.5": lambda c, x: lvl(ESERVICE, c, 0.0),
    "AV.3.1": lambda c, x: pct(10 + 70 * c),
    "AV.3.2": lambda c, x: num(-6 + 40 * c),
    "CH.1.1": lambda c, x: ticks(["portal", "sms", "responsive", "call_centre", "kiosk"], round(1 + 4 * c)),
    "CH.1.2": lambda c, x: yn(c >= 0.45),
    "CH.1.3": lambda c, x: pct(30 + 65 * c),
    "CH.2.1": lambda c, x: pct(30 + 70 * c),
    "CH.2.2": lambda c, x: ticks(["sadad", "card", "mobile"], step(c, 0.2, 0.5, 0.8)),
    "CH.2.3": lambda c, x: ["48", "20", "3", "1"][step(c, 0.35, 0.6, 0.85)],
    "US.1.1": lambda c, x: ticks(["sms", "email", "inbox", "push"], step(c, 0.1, 0.4, 0.6, 0.8)),
    "US.1.2": lambda c, x: yn(c >= 0.45),
    "US.2.1": lambda c, x: lvl(PROCESS, c, -0.3),
    "US.2.2": lambda c, x: num(16 - 11 * c),
    "US.2.3": lambda c, x: wcag(c),
    "US.2.4": lambda c, x: yn(c >= 0.55),
    "US.3.1": lambda c, x: num(80 - 76 * c),
    "US.3.2": lambda c, x: pct(55 + 38 * c),
}

GIS = {
    "GM.1.1": lambda c, x: yn(c >= 0.25),
    "GM.1.2": lambda c, x: pct(20 + 75 * c),
    "GM.1.3": lambda c, x: ticks(["search", "layers", "locate_me", "print_export", "bilingual", "measure", "share_link"],
                                 round(1 + 6 * c)),
    "GM.2.1": lambda c, x: ticks(["report", "nearest", "site_information", "routing", "alerts", "crowds"], round(6 * c)),
    "GM.2.2": lambda c, x: yn(c >= 0.45),
    "GM.2.3": lambda c, x: pct(10 + 85 * c),
    "SD.1.1": lambda c, x: ticks(["title", "abstract", "reference_system", "dates", "extent", "responsible_party",
                                  "keywords", "language", "lineage", "quality", "constraints"], round(3 + 8 * c)),
    "SD.1.2": lambda c, x: pct(10 + 85 * c),
    "SD.2.1": lambda c, x: lvl(CRS, c),
    "SD.2.2": lambda c, x: yn(c >= 0.5),
    "SD.3.1": lambda c, x: num(40 - 37 * c),
    "SD.3.2": lambda c, x: pct(55 + 44 * c, 1),
    "SD.3.3": lambda c, x: ["8", "4.5", "2", "0.9", "0.4"][step(c, 0.15, 0.35, 0.6, 0.85)],
    "OA.1.1": lambda c, x: ticks(["wms", "downloads", "wfs", "rest_api", "csw", "wmts", "wcs", "wps"], round(8 * c)),
    "OA.1.2": lambda c, x: yn(c >= 0.55),
    "OA.2.1": lambda c, x: num(12 * c),
    "OA.2.2": lambda c, x: yn(c >= 0.45),
    "GV.1.1": lambda c, x: yn(c >= 0.35),
    "GV.1.2": lambda c, x: lvl(PROCESS, c, -0.2),
    "GV.2.1": lambda c, x: num(2 + 10 * c),
    "GV.2.2": lambda c, x: lvl(GISINT, c),
}

def enabler(c, x):
    return radar("radar-enabler", c, x)


def results(c, x):
    return radar("radar-results", c, x)


RADAR = {
    "i1a": enabler, "i1b": enabler, "i2a": enabler, "i2b": enabler, "i3a": enabler, "i3b": enabler, "i3c": enabler,
    "i4a": results, "i5a": results, "i6a": results,
    "i4b": lambda c, x: series(50, 90, c),
    "i5b": lambda c, x: series(40, 85, c),
    "i6b": lambda c, x: series(20, 95, c),
    "i6c": lambda c, x: series(20, 2, c),
}

# Applicability conditions of the criteria, as the generator evaluates them on one assessor's
# values (an indicator that does not apply is left unanswered). Checked against the criteria.
APPLICABILITY = {
    "radar_excellence": {},
    "quality_track": {
        "CP.2.4": ("services_total >= 10", lambda v: float(v["services_total"]) >= 10),
        "EN.1.2": ("EN.1.1", lambda v: v.get("EN.1.1") == "yes"),
        "SQ.2.2": ("SQ.2.1", lambda v: v.get("SQ.2.1") == "yes"),
        "SQ.2.3": ("SQ.2.1", lambda v: v.get("SQ.2.1") == "yes"),
        "SQ.2.4": ("SQ.2.1", lambda v: v.get("SQ.2.1") == "yes"),
        "UX.3.2": ('has(UX.3.1, "app")', lambda v: "app" in v.get("UX.3.1", "").split()),
        "UX.3.3": ('has(UX.3.1, "app")', lambda v: "app" in v.get("UX.3.1", "").split()),
    },
    "e_services_track": {
        "CH.1.3": ("CH.1.2", lambda v: v.get("CH.1.2") == "yes"),
    },
    "gis_track": {
        "GM.1.2": ("GM.1.1", lambda v: v.get("GM.1.1") == "yes"),
        "GM.1.3": ("GM.1.1", lambda v: v.get("GM.1.1") == "yes"),
    },
}


# ---------------------------------------------------------------------------------------------
# Evidence: what an agency cites for an answer ({slug}, {code} filled in per agency).
#   (English title, Arabic title, reference, note or None)
# ---------------------------------------------------------------------------------------------

def P(path):
    return PORTAL + "/{slug}/" + path


EVIDENCE = {
    # quality track: required
    "IF.1.1": ("E-transformation strategy 1434-1438 AH (approved)", "الخطة الاستراتيجية للتحول إلى التعاملات الإلكترونية 1434-1438هـ (معتمدة)",
               "{code}-STR-1434-01", "Approval decision No. {n}/1434"),
    "IF.4.1": ("Privacy policy published on the portal", "سياسة الخصوصية المنشورة في البوابة", P("privacy"), None),
    "EN.1.1": ("Integration certificate with the national authentication service", "شهادة الربط مع خدمة التحقق الوطني",
               "{code}-NAS-1433-{n}", None),
    "TE.1.3": ("Business continuity and disaster recovery plan, tested", "خطة استمرارية الأعمال والتعافي من الكوارث مع محضر الاختبار",
               "{code}-BCP-2013-v2", "DR test minutes attached"),
    "TE.2.1.1": ("Information security policy (approved)", "سياسة أمن المعلومات (معتمدة)", "{code}-ISP-004", None),
    "TE.2.1.2": ("ISMS scope statement and internal audit report", "نطاق نظام إدارة أمن المعلومات وتقرير التدقيق الداخلي",
                 "{code}-ISMS-AUD-1434", None),
    "IN.1.1": ("Case file of the new service model", "ملف نموذج الخدمة الجديد", P("innovation/case-file.pdf"),
               "launch report and first-year figures"),
    "IN.2.3": ("Recognition file: certificates and published case study", "ملف التقدير: الشهادات ودراسة الحالة المنشورة",
               "{code}-REC-1434", None),
    "services_online": ("List of e-services with their addresses", "قائمة الخدمات الإلكترونية مع روابطها", P("eservices"), None),
    "SP.2.1": ("Walk-through of the most requested service (screenshots)", "استعراض خطوات الخدمة الأكثر طلباً (صور الشاشات)",
               "{code}-SVC-WT-01.pdf", None),
    "UX.2.1": ("WCAG 2.1 accessibility audit report", "تقرير تدقيق إمكانية الوصول وفق WCAG 2.1", "{code}-ACC-AUD-1434.pdf",
               "40 pages sampled"),
    "TE.1.1": ("Availability monitoring report, last 12 months", "تقرير مراقبة إتاحة الخدمات لآخر 12 شهراً", "{code}-NOC-AVL-1434", None),
    "SQ.1.2": ("Service-level compliance report, last 12 months", "تقرير الالتزام بمستوى الخدمة لآخر 12 شهراً", "{code}-SLA-RPT-1434", None),
    "SQ.2.2": ("User satisfaction survey report 1434 AH", "تقرير قياس رضا المستفيدين 1434هـ", "{code}-CSAT-1434", "method and sample on p. 3"),
    "SQ.4.1": ("Quality manual and ISO 9001:2008 certificate", "دليل الجودة وشهادة الآيزو 9001:2008", "{code}-QMS-MAN-03", None),
    # quality track: optional (cited by some agencies)
    "IF.1.2": ("Minutes of the steering committee", "محاضر اجتماعات اللجنة التوجيهية", "{code}-STC-MIN-1434", None),
    "IF.2.2": ("Organisation chart (approved)", "الهيكل التنظيمي المعتمد", "{code}-ORG-1434", None),
    "IF.3.2": ("Training records 1434 AH", "سجل التدريب 1434هـ", "{code}-HR-TRN-1434", None),
    "CP.1.1": ("'About us' pages of the portal", "صفحات «عن الجهة» في البوابة", P("about"), None),
    "CP.3.1": ("Open data page", "صفحة البيانات المفتوحة", P("open-data"), None),
    "CP.3.2": ("List of published datasets", "قائمة مجموعات البيانات المنشورة", P("open-data/datasets"), None),
    "CP.4.4": ("Performance dashboard", "لوحة مؤشرات الأداء", P("dashboard"), None),
    "tx_total": ("Annual statistics report 1434 AH", "التقرير الإحصائي السنوي 1434هـ", "{code}-STAT-1434", None),
    "tx_online": ("Annual statistics report 1434 AH", "التقرير الإحصائي السنوي 1434هـ", "{code}-STAT-1434", "table 4"),
    "SP.5.1": ("Interactive map of facilities", "الخريطة التفاعلية للمرافق", P("map"), None),
    "UX.1.1": ("Usability test report", "تقرير اختبار سهولة الاستخدام", "{code}-UX-TST-02", None),
    "UX.3.3": ("Application store page", "صفحة التطبيق في المتجر", P("app"), None),
    "EN.2.2": ("Document verification page", "صفحة التحقق من الوثائق", P("verify"), None),
    "EN.3.1": ("Government Service Bus connection letter", "خطاب الربط مع قناة التكامل الحكومية", "{code}-GSB-1433-{n}", None),
    "TE.2.2.2": ("Penetration test report (summary)", "ملخص تقرير اختبار الاختراق", "{code}-PT-1434-01", None),
    "SQ.3.2": ("Complaints report, last 12 months", "تقرير الشكاوى لآخر 12 شهراً", "{code}-CMP-1434", None),
    "PE.1.1": ("Consultations page", "صفحة الاستطلاعات والمشاركة", P("participate"), None),
    "IN.2.2": ("Counter visits before and after, statistics", "إحصاءات زيارات المراجعين قبل وبعد", "{code}-STAT-1434", "table 9"),
    # e-services track
    "AV.1.1": ("Service list with the addresses of the services fully online", "قائمة الخدمات مع روابط الخدمات المتاحة إلكترونياً بالكامل",
               P("eservices"), None),
    "AV.1.2": ("Service catalogue", "دليل الخدمات", P("services"), None),
    "AV.2.4": ("Reports and complaints service", "خدمة البلاغات والشكاوى", P("eservices/report"), None),
    "AV.3.1": ("Annual statistics report 1434 AH", "التقرير الإحصائي السنوي 1434هـ", "{code}-STAT-1434", None),
    "CH.1.2": ("Application store page", "صفحة التطبيق في المتجر", P("app"), None),
    "US.2.1": ("Usability test report", "تقرير اختبار سهولة الاستخدام", "{code}-UX-TST-02", None),
    "US.2.3": ("WCAG 2.1 accessibility audit report", "تقرير تدقيق إمكانية الوصول وفق WCAG 2.1", "{code}-ACC-AUD-1434.pdf",
               "40 pages sampled"),
    "US.3.2": ("User satisfaction survey report 1434 AH", "تقرير قياس رضا المستفيدين 1434هـ", "{code}-CSAT-1434", None),
    # GIS track
    "GM.1.1": ("E-services with an embedded map (list and screenshots)", "الخدمات الإلكترونية المزودة بخريطة (قائمة وصور)",
               P("gis/eservices"), None),
    "GM.2.1": ("Location-based services", "الخدمات المكانية", P("gis/nearby"), None),
    "SD.1.1": ("Metadata profile (ISO 19115)", "ملف البيانات الوصفية (ISO 19115)", "{code}-GIS-META-01", None),
    "SD.2.1": ("Coordinate reference systems register", "سجل أنظمة الإحداثيات المرجعية", "{code}-GIS-CRS-02", "EPSG codes listed"),
    "SD.3.1": ("Base map update contract and delivery note", "عقد تحديث الخريطة الأساسية ومحضر الاستلام", "{code}-GIS-BM-1433", None),
    "SD.3.2": ("Geocoding match-rate test", "اختبار نسبة مطابقة العناوين", "{code}-GIS-GEO-TST", "5,000 addresses sampled"),
    "OA.1.1": ("GetCapabilities documents of the services", "وثائق GetCapabilities للخدمات", P("gis/ows"), None),
    "OA.2.1": ("List of consuming agencies", "قائمة الجهات المستفيدة من الخدمات", "{code}-GIS-SHR-1434", None),
    "OA.2.2": ("Data-sharing agreements (signed)", "اتفاقيات مشاركة البيانات (موقعة)", "{code}-GIS-AGR-1434", None),
    "GV.1.1": ("GIS strategy (approved)", "استراتيجية نظم المعلومات الجغرافية (معتمدة)", "{code}-GIS-STR-1434", None),
    "GV.2.1": ("GIS staff list with qualifications", "قائمة مختصي نظم المعلومات الجغرافية ومؤهلاتهم", "{code}-HR-GIS-1434", None),
}


# ---------------------------------------------------------------------------------------------
# Comments
# ---------------------------------------------------------------------------------------------

# Remarks agencies add to some of their answers (each agency adds about half of them).
SELF_NOTES = {
    "services_total": ("Counted from the approved service catalogue, leaving out services that belong to other agencies.",
                       "العدد مأخوذ من دليل الخدمات المعتمد، دون الخدمات التابعة لجهات أخرى."),
    "tx_online": ("Source: annual statistics report 1434 AH, table 4.", "المصدر: التقرير الإحصائي السنوي 1434هـ، الجدول 4."),
    "IF.1.2": ("Meetings held in 1434 AH; minutes available on request.", "الاجتماعات المنعقدة خلال عام 1434هـ، والمحاضر متاحة عند الطلب."),
    "SQ.1.1": ("Average over the ticketing system, Muharram to Dhu al-Hijjah 1434 AH.",
               "متوسط نظام التذاكر من محرم إلى ذي الحجة 1434هـ."),
    "UX.1.3": ("Counted for a first-time applicant, from sign-in to the confirmation message.",
               "حُسب لمستخدم لأول مرة من تسجيل الدخول حتى رسالة التأكيد."),
    "AV.1.1": ("Services that are not relevant to the agency are left out of the count.",
               "استُبعدت من العدّ الخدمات التي لا تدخل في اختصاص الجهة."),
    "SD.3.1": ("Aerial survey delivered in instalments; the date is that of the last instalment accepted.",
               "نُفّذ المسح الجوي على دفعات، والتاريخ هو تاريخ استلام آخر دفعة."),
    "OA.2.1": ("Agencies with an active service account on the geoportal.", "الجهات التي لديها حساب خدمة فعّال في البوابة الجغرافية."),
}


def level_label(criteria, indicator, level_id, lang):
    for (identifier, en, ar) in indicator.levels:
        if identifier == level_id:
            return en if lang == "en" else ar
    return level_id


def comparison_comment(criteria, indicator, mine, theirs, lang):
    """An evaluator's note where their answer differs from the agency's own."""
    if indicator.kind == "yes-no":
        if mine == "no":
            return ("Not verified: no trace of it on the portal or in the documents submitted."
                    if lang == "en" else "لم يُتحقق منه: لا أثر له في البوابة ولا في الوثائق المقدمة.")
        return ("In place, although the self-assessment says otherwise." if lang == "en"
                else "متحقق، وإن ذكر التقييم الذاتي خلاف ذلك.")
    if indicator.kind == "ordinal":
        label = level_label(criteria, indicator, mine, lang)
        claimed = level_label(criteria, indicator, theirs, lang)
        if indicator.levels and [l[0] for l in indicator.levels].index(mine) < [l[0] for l in indicator.levels].index(theirs):
            return (f"The evidence supports '{label}', not '{claimed}' as claimed." if lang == "en"
                    else f"تدعم الشواهد المستوى «{label}» لا «{claimed}» كما ورد في التقييم الذاتي.")
        return (f"Rated '{label}': the practice goes further than the self-assessment says." if lang == "en"
                else f"قُيِّم بـ«{label}»: الممارسة أنضج مما ورد في التقييم الذاتي.")
    if indicator.kind in RADAR_ATTRIBUTES or indicator.kind == "results-series":
        return None
    if indicator.kind == "checklist":
        missing = [indicator.option_labels[option][lang] for option in theirs.split() if option not in mine.split()]
        if missing:
            return ("Not verified: " + "; ".join(missing) + "." if lang == "en"
                    else "لم يُتحقق من: " + "؛ ".join(missing) + ".")
        return None
    if abs(float(mine) - float(theirs)) < 0.08 * max(abs(float(theirs)), 1.0):
        return None      # too close to be worth a remark
    return (f"Recomputed from the agency's own figures: {mine} (declared {theirs})." if lang == "en"
            else f"أُعيد الحساب من أرقام الجهة نفسها: {mine} (المُعلن {theirs}).")


# ---------------------------------------------------------------------------------------------
# Agency profiles per track (hand-tuned)
#   cap:        capability per area, or per criterion (a criterion's entry wins over its area's)
#   facts:      counts and the level of the most requested service (quality track)
#   evaluators: who assessed the agency
#   self_bias:  how generous the agency is about itself (default SELF_BIAS)
#   fix:        answers fixed for every assessor; fix_self / fix_eval for one side;
#               fix_by: {evaluator: {indicator: value}}
#   na:         indicators answered "not applicable" by every assessor, with the justification
#   blank:      indicators nobody answered
#   withheld:   required evidence the agency never supplied (absent from every file)
#   notes:      {indicator: {"self" | "eval" | evaluator id: (lang, text)}} comments
#   bias_by:    {evaluator: bias} for one agency only
# ---------------------------------------------------------------------------------------------

NO_FEES = ("The ministry charges no fee for any of its services: every transaction is free of charge.",
           "لا تتقاضى الوزارة أي رسوم على خدماتها، فجميع المعاملات مجانية.")
NO_VISITORS = ("The ministry's services are for citizens and residents registered with it; it has no service for visitors or "
               "pilgrims and accepts no documents issued abroad.",
               "خدمات الوزارة مقصورة على المواطنين والمقيمين المسجلين لديها، ولا تقدم أي خدمة للزوار أو الحجاج والمعتمرين، "
               "ولا تتعامل مع وثائق صادرة من خارج المملكة.")
NO_LICENCES = ("The ministry issues no licences or permits: its services are digital identity, e-government platforms and "
               "advisory services.",
               "لا تصدر الوزارة أي رخص أو تصاريح، فخدماتها هي الهوية الرقمية ومنصات التعاملات الإلكترونية والخدمات الاستشارية.")

QUALITY_PROFILES = {
    "mun_hadbat_alnasim": dict(
        cap={"IF": 0.8, "CP": 0.7, "SP": 0.8, "UX": 0.74, "EN": 0.72, "TE": 0.76, "SQ": 0.74, "PE": 0.72, "IN": 0.82},
        facts=dict(services_total=64, services_online=52, tx_total=1480000, tx_online=1130000, top_service="integrated"),
        evaluators=["ev_amal", "ev_khalid", "ev_sara"],
        self_bias=0.06,
        notes={"IN.1.1": {"self": ("ar", "خدمة «رخصتي فورية» لإصدار رخص البناء الصغيرة آلياً خلال دقائق، أُطلقت في ربيع الأول 1434هـ.")},
               "SP.2.1": {"ev_khalid": ("en", "Building permit: verified end to end online, with data taken from the land registry through the GSB.")}},
    ),
    "min_digital_services": dict(
        cap={"IF": 0.78, "CP": 0.66, "SP": 0.76, "UX": 0.72, "EN": 0.8, "TE": 0.78, "SQ": 0.68, "PE": 0.52, "IN": 0.78},
        facts=dict(services_total=38, services_online=33, tx_total=2650000, tx_online=2280000, top_service="integrated"),
        evaluators=["ev_badr", "ev_khalid", "ev_sara"],
        na={"SP.2.2": NO_LICENCES},
    ),
    "mun_wadi_alnoor": dict(
        cap={"IF": 0.72, "CP": 0.66, "SP": 0.74, "UX": 0.68, "EN": 0.64, "TE": 0.72, "SQ": 0.68, "PE": 0.72, "IN": 0.55},
        facts=dict(services_total=52, services_online=35, tx_total=910000, tx_online=540000, top_service="transactional"),
        evaluators=["ev_amal", "ev_badr", "ev_huda"],
        # Huda Al-Zahrani was seconded from this municipality: her (generous) assessment is excluded.
        bias_by={"ev_huda": 0.12},
        notes={"EN.4.1": {"ev_huda": ("ar", "خدمات الزوار في موسم رمضان والحج متاحة بلغات متعددة.")}},
    ),
    "mun_rawdat_alkhuzama": dict(
        cap={"IF": 0.64, "CP": 0.6, "SP": 0.68, "UX": 0.62, "EN": 0.6, "TE": 0.66, "SQ": 0.64, "PE": 0.6, "IN": 0.44},
        facts=dict(services_total=41, services_online=21, tx_total=380000, tx_online=190000, top_service="transactional"),
        evaluators=["ev_huda", "ev_khalid"],
    ),
    "min_community_development": dict(
        cap={"IF": 0.64, "CP": 0.56, "SP": 0.58, "UX": 0.54, "EN": 0.62, "TE": 0.58, "SQ": 0.56, "PE": 0.46, "IN": 0.38},
        facts=dict(services_total=27, services_online=16, tx_total=640000, tx_online=350000, top_service="transactional"),
        evaluators=["ev_amal", "ev_sara"],
        self_bias=-0.02,     # a modest agency: its evaluators rate it a little higher than it rates itself
        na={"SP.2.4": NO_FEES, "SP.4.1": NO_FEES, "SP.4.2": NO_FEES, "SP.4.3": NO_FEES,
            "EN.4.1": NO_VISITORS, "EN.4.2": NO_VISITORS},
    ),
    "min_heritage_crafts": dict(
        cap={"IF": 0.72, "CP": 0.7, "SP": 0.72, "UX": 0.68, "EN": 0.64, "TE": 0.7, "SQ": 0.68, "PE": 0.52, "IN": 0.5},
        facts=dict(services_total=30, services_online=17, tx_total=120000, tx_online=64000, top_service="transactional"),
        evaluators=["ev_badr", "ev_huda"],
        # The craft licence (its most requested service) is still paid at the counter.
        fix_eval={"SP.2.1": "interactive"},
        notes={"SP.2.1": {"eval": ("en", "The craft licence is applied for online, but the fee is still paid at the counter "
                                         "and the licence collected in person: interactive, not transactional.")}},
    ),
    "mun_sahil_alqamar": dict(
        cap={"IF": 0.68, "CP": 0.62, "SP": 0.68, "UX": 0.6, "EN": 0.58, "TE": 0.64, "SQ": 0.64, "PE": 0.56, "IN": 0.4},
        facts=dict(services_total=36, services_online=17, tx_total=260000, tx_online=120000, top_service="transactional"),
        evaluators=["ev_amal", "ev_khalid"],
        # The submission came without its supporting documents.
        withheld=["IF.1.1", "services_online", "SP.2.1", "UX.2.1", "EN.1.1", "TE.1.1", "TE.1.3", "SQ.1.2", "SQ.2.2", "SQ.4.1"],
        notes={"IF.1.1": {"eval": ("ar", "لم تُرفق الخطة الاستراتيجية رغم طلبها في زيارة التحقق؛ تُمنح الدرجة صفراً وفق المعايير.")},
               "TE.1.3": {"eval": ("en", "No continuity plan or DR test record was supplied; scored zero as the criteria require.")},
               "UX.2.1": {"ev_amal": ("ar", "لا يوجد تقرير تدقيق لإمكانية الوصول؛ تُحد الدرجة بالنصف.")}},
    ),
    "min_water_oases": dict(
        cap={"IF": 0.6, "CP": 0.55, "SP": 0.6, "UX": 0.55, "EN": 0.6, "TE": 0.6, "SQ": 0.55, "PE": 0.44, "IN": 0.34},
        facts=dict(services_total=33, services_online=14, tx_total=210000, tx_online=92000, top_service="transactional"),
        evaluators=["ev_huda", "ev_sara"],
        # The privacy policy cited is an unpublished draft: not eligible for ranking.
        fix_eval={"IF.4.1": "no"},
        evidence_eval={"IF.4.1": [dict(en="Evaluator's check of the portal and of document MWO-PRV-DRAFT-02",
                                       ar="تحقق المقيّم من البوابة ومن الوثيقة MWO-PRV-DRAFT-02",
                                       ref=PORTAL + "/water-oases/",
                                       note_en="no privacy policy published; the document cited is a draft",
                                       note_ar="لا توجد سياسة خصوصية منشورة، والوثيقة المقدمة مسودة")]},
        evidence_self={"IF.4.1": [dict(en="Privacy policy (draft submitted for approval)", ref="MWO-PRV-DRAFT-02",
                                       note_en="approval expected in Rajab 1434 AH")]},
        notes={"IF.4.1": {"ev_huda": ("ar", "المستند المقدم مسودة لم تُعتمد ولم تُنشر في البوابة، فلا تُعد سياسة خصوصية منشورة."),
                          "ev_sara": ("en", "The privacy policy is a draft awaiting approval; nothing is published on the portal.")}},
    ),
    "mun_thaniyat_alward": dict(
        cap={"IF": 0.46, "CP": 0.42, "SP": 0.48, "UX": 0.4, "EN": 0.4, "TE": 0.38, "SQ": 0.44, "PE": 0.38, "IN": 0.24,
             "TE.2": 0.3},
        facts=dict(services_total=29, services_online=9, tx_total=96000, tx_online=31000, top_service="interactive"),
        evaluators=["ev_badr", "ev_sara"],
        fix={"SQ.2.1": "yes", "SQ.2.3": "84"},
    ),
    "mun_nakheel_alwaha": dict(
        cap={"IF": 0.36, "CP": 0.32, "SP": 0.4, "UX": 0.34, "EN": 0.28, "TE": 0.3, "SQ": 0.3, "PE": 0.3, "IN": 0.12},
        facts=dict(services_total=18, services_online=5, tx_total=0, tx_online=0, top_service="interactive"),
        evaluators=["ev_amal", "ev_huda"],
        fix={"SQ.2.1": "no", "TE.1.1": "94.1", "EN.1.1": "no", "EN.3.1": "no"},
        # No consolidated transaction statistics yet, no count of datasets, no certification figures.
        blank=["tx_total", "tx_online", "CP.3.2", "IF.3.1", "SQ.3.3"],
        notes={"SQ.2.1": {"ev_amal": ("ar", "لم تُجرِ البلدية أي قياس لرضا المستفيدين خلال العام.")}},
    ),
}

# The complete self-assessment of the walk-through (samples/self-assessment/): a good municipality
# preparing its first submission, with a few gaps that make the improvement plan worth reading.
WALKTHROUGH_PROFILE = dict(
    cap={"IF": 0.7, "CP": 0.62, "SP": 0.68, "UX": 0.66, "EN": 0.62, "TE": 0.68, "SQ": 0.66, "PE": 0.58, "IN": 0.5},
    facts=dict(services_total=44, services_online=31, tx_total=520000, tx_online=330000, top_service="transactional"),
    self_bias=0.0,
    fix={"UX.2.1": "A", "SQ.4.1": "measured", "IN.1.1": "yes", "IN.1.2": "mobile_first analytics", "IN.1.3": "4",
         "IN.2.1": "defined", "IN.2.2": "22"},
    withheld=["TE.1.1", "SQ.2.2"],
    notes={"UX.2.1": {"self": ("ar", "أُجري التدقيق على 30 صفحة؛ معالجة ملاحظات المستوى AA جارية.")},
           "SQ.2.2": {"self": ("ar", "تقرير القياس قيد الاعتماد من الإدارة العليا.")}},
)

E_SERVICES_PROFILES = {
    "mun_hadbat_alnasim": dict(
        cap={"AV": 0.8, "CH": 0.78, "US": 0.78},
        evaluators=["ev_amal", "ev_khalid"],
    ),
    "mun_wadi_alnoor": dict(
        cap={"AV": 0.7, "CH": 0.72, "US": 0.66},
        evaluators=["ev_badr", "ev_sara"],
    ),
    "min_community_development": dict(
        cap={"AV": 0.62, "CH": 0.6, "US": 0.64},
        evaluators=["ev_amal", "ev_huda"],
        self_bias=0.0,
        na={"AV.2.1": ("The ministry plays no part in building a home.", "لا دور للوزارة في مناسبة بناء مسكن."),
            "AV.2.2": ("The ministry plays no part in starting a business.", "لا دور للوزارة في مناسبة بدء نشاط تجاري."),
            "CH.2.1": NO_FEES, "CH.2.2": NO_FEES, "CH.2.3": NO_FEES},
    ),
    "mun_thaniyat_alward": dict(
        cap={"AV": 0.36, "CH": 0.4, "US": 0.4},
        evaluators=["ev_badr", "ev_khalid"],
        fix={"CH.1.2": "no"},
        fix_eval={"US.2.3": "A"},
    ),
}

GIS_PROFILES = {
    "mun_hadbat_alnasim": dict(
        cap={"GM": 0.8, "SD": 0.76, "OA": 0.82, "GV": 0.74},
        evaluators=["ev_huda", "ev_khalid"],
        fix={"OA.1.1": "wms wfs wmts csw downloads rest_api", "OA.2.1": "7"},
    ),
    "mun_wadi_alnoor": dict(
        cap={"GM": 0.68, "SD": 0.64, "OA": 0.5, "GV": 0.64},
        evaluators=["ev_amal", "ev_sara"],
    ),
    "mun_rawdat_alkhuzama": dict(
        cap={"GM": 0.6, "SD": 0.5, "OA": 0.4, "GV": 0.55},
        evaluators=["ev_amal", "ev_badr"],
        # The base map dates from 1431 AH and address matching is weak.
        fix={"SD.3.1": "30", "SD.3.2": "57.5"},
        fix_self={"SD.3.1": "26"},
        notes={"SD.3.1": {"eval": ("ar", "آخر تحديث للخريطة الأساسية في 1431هـ وفق محضر الاستلام.")}},
    ),
    "min_heritage_crafts": dict(
        cap={"GM": 0.3, "SD": 0.62, "OA": 0.45, "GV": 0.5},
        evaluators=["ev_badr", "ev_sara"],
        # A heritage-sites geodatabase, but no map inside any e-service yet: not eligible.
        fix={"GM.1.1": "no"},
        na={"GM.2.3": ("The ministry does no field inspections: heritage sites are surveyed by contractors.",
                       "لا تجري الوزارة جولات رقابية ميدانية، إذ يتولى مسح المواقع التراثية متعاقدون.")},
        notes={"GM.1.1": {"eval": ("en", "The heritage-sites map is a standalone viewer; none of the e-services uses it.")}},
    ),
}


RADAR_PROFILES = {
    "mun_hadbat_alnasim": dict(
        cap={"enablers": 0.66, "results": 0.58, "performance": 0.64},
        evaluators=["ev_huda", "ev_khalid"],
    ),
    "mun_wadi_alnoor": dict(
        cap={"enablers": 0.5, "results": 0.42},
        evaluators=["ev_amal", "ev_sara"],
    ),
    "min_heritage_crafts": dict(
        cap={"enablers": 0.36, "results": 0.3, "customers": 0.4},
        evaluators=["ev_badr", "ev_sara"],
    ),
}


# ---------------------------------------------------------------------------------------------
# Building assessments
# ---------------------------------------------------------------------------------------------

def capability(profile, indicator):
    caps = profile["cap"]
    parts = indicator.id.split(".")
    # The most specific criterion entry wins (TE.2 for TE.2.1.1), then the area's.
    for length in range(len(parts) - 1, 1, -1):
        key = ".".join(parts[:length])
        if key in caps:
            return caps[key]
    if indicator.criterion in caps:
        return caps[indicator.criterion]
    return caps[indicator.area]


def is_negative(indicator, value):
    if indicator.kind == "yes-no":
        return value == "no"
    if indicator.kind == "checklist":
        return value.strip() == ""
    if indicator.kind == "ordinal":
        return value == indicator.levels[0][0]
    return False


def evidence_items(criteria, indicator, value, agency_id, role, assessor_id, profile):
    """The evidence one assessor records for one answer."""
    if indicator.evidence == "none":
        return []
    agency = AGENCIES[agency_id]
    side = "self" if role == "self" else "eval"
    special = profile.get("evidence_" + side, {}).get(indicator.id)
    if special is not None:
        lang = doc_lang(agency_id) if role == "self" else EVALUATORS[assessor_id]["lang"]
        return [dict(title=item.get(lang) or item["en"], ref=item.get("ref"),
                     note=item.get("note_" + lang) or item.get("note_en")) for item in special]
    if indicator.id in profile.get("withheld", ()):
        return []
    negative = is_negative(indicator, value)
    template = EVIDENCE.get(indicator.id)
    number = 10 + zlib.crc32((agency_id + indicator.id).encode()) % 80
    fill = dict(slug=agency["slug"], code=agency["code"], n=number)
    if indicator.evidence == "required":
        if negative:
            if role == "self":
                return []      # nothing to cite for something not in place
            lang = EVALUATORS[assessor_id]["lang"]
            return [dict(
                title="Evaluator's check of the portal and the documents submitted" if lang == "en"
                else "تحقق المقيّم من البوابة والوثائق المقدمة",
                ref=PORTAL + "/" + agency["slug"] + "/",
                note="not in place at the time of the review" if lang == "en" else "غير متحقق وقت المراجعة")]
        if template is None:
            raise SystemExit(f"no evidence template for required indicator {indicator.id}")
    else:
        # Optional evidence: the agency attached it or not (the same for every assessor).
        if template is None or negative or rng_for(agency_id, indicator.id, "evidence").random() >= 0.5:
            return []
    en, ar, ref, note = template
    title = ar if doc_lang(agency_id) == "ar" else en
    return [dict(title=title, ref=ref.format(**fill), note=note.format(**fill) if note else None)]


def make_values(criteria, rules, profile, agency_id, role, assessor_id):
    """Every answer's value one assessor gives (before applicability), by indicator id."""
    kind = AGENCIES[agency_id]["kind"]
    if role == "self":
        shift, noise = profile.get("self_bias", SELF_BIAS), SELF_NOISE
    else:
        evaluator = EVALUATORS[assessor_id]
        shift = profile.get("bias_by", {}).get(assessor_id, evaluator["bias"])
        noise = evaluator["noise"]
    ctx = dict(kind=kind, facts=profile.get("facts", {}), shift=shift, role=role)
    values = {}
    for indicator in criteria.indicators:
        if indicator.kind == "derived":
            continue
        wobble = rng_for(criteria.id, agency_id, assessor_id, indicator.id).uniform(-noise, noise)
        c = clamp(capability(profile, indicator) + shift + wobble)
        values[indicator.id] = rules[indicator.id](c, ctx)
    fixed = dict(profile.get("fix", {}))
    fixed.update(profile.get("fix_self" if role == "self" else "fix_eval", {}))
    fixed.update(profile.get("fix_by", {}).get(assessor_id, {}))
    for key, value in fixed.items():
        if value is None:
            values.pop(key, None)
        else:
            values[key] = value
    return values


def build_assessment(criteria, rules, profile, agency_id, role, assessor_id, reference=None):
    """The answers of one assessment: a list of dicts in framework order."""
    values = make_values(criteria, rules, profile, agency_id, role, assessor_id)
    applicability = APPLICABILITY[criteria.id]
    side = "self" if role == "self" else "eval"
    answers = []
    for indicator in criteria.indicators:
        if indicator.kind == "derived" or indicator.id in profile.get("blank", ()):
            continue
        notes = profile.get("notes", {}).get(indicator.id, {})
        note = notes.get(assessor_id) or notes.get(side)
        if note is None and role == "self" and indicator.id in SELF_NOTES:
            if rng_for(agency_id, indicator.id, "self-note").random() < 0.5:
                lang = doc_lang(agency_id)
                note = (lang, SELF_NOTES[indicator.id][0 if lang == "en" else 1])
        if indicator.id in profile.get("na", {}):
            en, ar = profile["na"][indicator.id]
            answers.append(dict(indicator=indicator.id, na=True, justification=[("en", en), ("ar", ar)],
                                evidence=[], comments=[note] if note else []))
            continue
        if indicator.id not in values:
            continue
        condition = applicability.get(indicator.id)
        if condition is not None and not condition[1](values):
            continue
        value = values[indicator.id]
        comments = [note] if note else []
        if not comments and reference is not None and indicator.id in reference and reference[indicator.id] != value:
            draw = rng_for(agency_id, assessor_id, indicator.id, "comment").random()
            if draw < 0.2:
                lang = EVALUATORS[assessor_id]["lang"]
                text = comparison_comment(criteria, indicator, value, reference[indicator.id], lang)
                if text:
                    comments.append((lang, text))
        answers.append(dict(indicator=indicator.id, value=value, na=False,
                            evidence=evidence_items(criteria, indicator, value, agency_id, role, assessor_id, profile),
                            comments=comments))
    return answers, values


# ---------------------------------------------------------------------------------------------
# Checks against the criteria (so the samples cannot drift from them silently)
# ---------------------------------------------------------------------------------------------

def check_rules_cover(criteria, rules):
    answered = {i.id for i in criteria.indicators if i.kind != "derived"}
    missing = answered - set(rules)
    extra = set(rules) - answered
    if missing or extra:
        raise SystemExit(f"{criteria.id}: answer rules missing for {sorted(missing)}, unknown {sorted(extra)}")
    conditions = {i.id: i.applicable_when for i in criteria.indicators if i.applicable_when}
    mine = {key: text for key, (text, _) in APPLICABILITY[criteria.id].items()}
    if conditions != mine:
        raise SystemExit(f"{criteria.id}: applicability conditions changed: criteria {conditions}, generator {mine}")


def check_answer(criteria, answer, where):
    indicator = criteria.by_id.get(answer["indicator"])
    if indicator is None or indicator.kind == "derived":
        raise SystemExit(f"{where}: {answer['indicator']} cannot be answered")
    if answer["na"]:
        if not indicator.na_allowed:
            raise SystemExit(f"{where}: {indicator.id} may not be answered not applicable")
        return
    value = answer["value"]
    if indicator.kind == "yes-no" and value not in ("yes", "no"):
        raise SystemExit(f"{where}: {indicator.id} = {value!r} is not yes/no")
    if indicator.kind == "ordinal" and value not in [level[0] for level in indicator.levels]:
        raise SystemExit(f"{where}: {indicator.id} = {value!r} is not a level")
    if indicator.kind == "checklist":
        ticked = value.split()
        if any(option not in indicator.options for option in ticked) or len(set(ticked)) != len(ticked):
            raise SystemExit(f"{where}: {indicator.id} = {value!r} has unknown or repeated options")
    if indicator.kind in RADAR_ATTRIBUTES:
        pairs = [entry.split() for entry in value.split(", ")]
        given = {name: int(number) for name, number in pairs}
        percentages = [given[name] for name in RADAR_ATTRIBUTES[indicator.kind]]
        mean = sum(percentages) / len(percentages)
        if any(p % 5 or not 0 <= p <= 100 for p in given.values()) or abs(given.get("overall", mean) - mean) > 10:
            raise SystemExit(f"{where}: {indicator.id} = {value!r} is off the 5 % steps or the overall's tolerance")
    if indicator.kind in ("number", "percentage"):
        number = float(value)
        low = 0.0 if indicator.kind == "percentage" else (float(indicator.minimum) if indicator.minimum else None)
        high = 100.0 if indicator.kind == "percentage" else (float(indicator.maximum) if indicator.maximum else None)
        if (low is not None and number < low) or (high is not None and number > high):
            raise SystemExit(f"{where}: {indicator.id} = {value} is out of range")


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

def attr(text):
    return ('"' + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("\n", "&#10;") + '"')


def element_text(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render(criteria, agency_id, role, assessor_id, answers, note, marks=None):
    agency = AGENCIES[agency_id]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             "<!--",
             f"  Tamayuz sample (fictional): {note}",
             "  Generated by scripts/make-samples.py: edit the script and rerun it, not this file.",
             "-->",
             f'<assessment xmlns="urn:tamayuz:assessment:1" framework={attr(criteria.id)} '
             f'framework-version={attr(criteria.version)} cycle={attr(CYCLE)}>',
             f'  <agency id={attr(agency_id)} kind={attr(agency["kind"])}>',
             f'    <name xml:lang="en">{element_text(agency["en"])}</name>',
             f'    <name xml:lang="ar">{element_text(agency["ar"])}</name>',
             "  </agency>"]
    if role == "self":
        lines += ['  <assessor role="self">',
                  f'    <name xml:lang="en">{element_text(SELF_ASSESSOR["en"])}</name>',
                  f'    <name xml:lang="ar">{element_text(SELF_ASSESSOR["ar"])}</name>',
                  "  </assessor>"]
    else:
        evaluator = EVALUATORS[assessor_id]
        affiliation = evaluator.get("affiliation")
        extra = f" affiliation={attr(' '.join(affiliation))}" if affiliation else ""
        lines += [f'  <assessor role="evaluator" id={attr(assessor_id)}{extra}>',
                  f'    <name xml:lang="en">{element_text(evaluator["en"])}</name>',
                  f'    <name xml:lang="ar">{element_text(evaluator["ar"])}</name>',
                  "  </assessor>"]
    for answer in answers:
        head = f"  <answer indicator={attr(answer['indicator'])}"
        # An empty checklist is written "none": an empty value is a blank left unfilled.
        written = "" if answer["na"] else (answer["value"] if answer["value"].strip() else "none")
        head += ' not-applicable="true"' if answer["na"] else f" value={attr(written)}"
        children = []
        for (lang, text) in answer.get("justification", []):
            children.append(f'    <justification xml:lang="{lang}">{element_text(text)}</justification>')
        for item in answer["evidence"]:
            evidence = f"    <evidence title={attr(item['title'])}"
            if item.get("ref"):
                evidence += f" ref={attr(item['ref'])}"
            if item.get("note"):
                evidence += f" note={attr(item['note'])}"
            children.append(evidence + "/>")
        for (lang, text) in answer["comments"]:
            children.append(f'    <comment xml:lang="{lang}">{element_text(text)}</comment>')
        if marks and answer["indicator"] in marks:
            children.append(f'    <verify-on-site>{element_text(marks[answer["indicator"]])}</verify-on-site>')
        if children:
            lines.append(head + ">")
            lines += children
            lines.append("  </answer>")
        else:
            lines.append(head + "/>")
    lines.append("</assessment>")
    return "\n".join(lines) + "\n"


class Writer:
    """Writes files and remembers them, so that stale generated files can be removed."""

    def __init__(self):
        self.written = set()

    def write(self, path, text):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        self.written.add(os.path.abspath(path))

    def prune(self, folder, suffixes):
        if not os.path.isdir(folder):
            return
        for name in sorted(os.listdir(folder)):
            path = os.path.abspath(os.path.join(folder, name))
            if name.endswith(suffixes) and path not in self.written:
                os.remove(path)
                print(f"removed stale {os.path.relpath(path, ROOT)}")


def write_track(writer, criteria, rules, profiles, folder, marks=None):
    check_rules_cover(criteria, rules)
    for agency_id in sorted(profiles):
        profile = profiles[agency_id]
        agency = AGENCIES[agency_id]
        self_answers, self_values = build_assessment(criteria, rules, profile, agency_id, "self", "self")
        for answer in self_answers:
            check_answer(criteria, answer, f"{agency_id}.self")
        writer.write(os.path.join(folder, f"{agency_id}.self.xml"), render(
            criteria, agency_id, "self", "self", self_answers,
            f"{agency['en']}'s self-assessment, {criteria.id} {criteria.version}, cycle {CYCLE}."))
        for evaluator_id in profile["evaluators"]:
            answers, _ = build_assessment(criteria, rules, profile, agency_id, "evaluator", evaluator_id, reference=self_values)
            for answer in answers:
                check_answer(criteria, answer, f"{agency_id}.eval-{evaluator_id}")
            writer.write(os.path.join(folder, f"{agency_id}.eval-{evaluator_id}.xml"), render(
                criteria, agency_id, "evaluator", evaluator_id, answers,
                f"{EVALUATORS[evaluator_id]['en']}'s assessment of {agency['en']}, {criteria.id} {criteria.version}, cycle {CYCLE}.",
                marks=(marks or {}).get((agency_id, evaluator_id))))
    if marks is None:
        writer.prune(folder, (".xml",))


# The previous cycle (2012) of the quality track, as `tamayuz report --format json` writes it
# (the engine reads criteria.id, criteria.version and each agency's id, rank and displayTotal).
# Nakheel Al-Waha is new in 2013 and absent here.
PREVIOUS_2012 = [
    # (agency, rank or None, total, band)
    ("min_digital_services", 1, 80.6, "advanced"),
    ("mun_hadbat_alnasim", 2, 78.3, "advanced"),
    ("mun_rawdat_alkhuzama", 3, 71.4, "advanced"),
    ("mun_wadi_alnoor", 4, 69.0, "available"),
    ("min_water_oases", 5, 64.2, "available"),
    ("min_heritage_crafts", 6, 62.7, "available"),
    ("mun_sahil_alqamar", 7, 58.9, "available"),
    ("min_community_development", 8, 55.1, "available"),
    ("mun_thaniyat_alward", 9, 41.8, "developing"),
]

BAND_LABELS = {
    "innovative": ("Innovative", "مبدع"), "advanced": ("Advanced", "متقدم"), "available": ("Available", "متاح"),
    "developing": ("Developing", "نامٍ"), "beginning": ("Beginning", "مبتدئ"),
}


def previous_results(criteria):
    agencies = []
    for (agency_id, rank, total, band) in PREVIOUS_2012:
        agency = AGENCIES[agency_id]
        agencies.append({
            "id": agency_id,
            "name": {"en": agency["en"], "ar": agency["ar"]},
            "kind": agency["kind"],
            "profile": agency["kind"],
            "basis": "jury",
            "rank": rank,
            "total": total,
            "displayTotal": total,
            "band": {"id": band, "label": {"en": BAND_LABELS[band][0], "ar": BAND_LABELS[band][1]}},
            "eligible": rank is not None,
        })
    document = {
        "schema": "tamayuz-results/1",
        "tool": {"name": "tamayuz", "version": "0.1.0"},
        "criteria": {
            "id": criteria.id,
            "version": criteria.version,
            "cycle": "2012",
            "title": {"en": "Quality and excellence standards for delivering e-services",
                      "ar": "معايير الجودة والتميز في تقديم الخدمات الإلكترونية"},
            "scaleMax": 100,
            "precision": 1,
        },
        "kind": "ranking",
        "options": {"normalisation": "none", "aggregation": "mean", "standardise": False, "sensitivity": None,
                    "profile": None},
        "warnings": [],
        "inputs": ["criteria/quality-track.xml", "submissions/2012/quality-track/"],
        "agencies": agencies,
        "ties": [],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------------------------
# The staged cycle: the quality track's cycle again, with the award's later stages
# ---------------------------------------------------------------------------------------------

# Questions evaluators mark "verify on site" (in the staged copies only), per (agency, evaluator).
STAGE_MARKS = {
    ("min_heritage_crafts", "ev_badr"): {
        "IF.1.1": "Is the approved strategy signed by the minister, and where is the decision filed?",
        "SP.5.1": "Does the interactive map show the craft centres and heritage sites, or only the head office?",
    },
    ("min_heritage_crafts", "ev_huda"): {
        "IF.4.1": "Is the published privacy policy the one the legal department approved?",
    },
    ("min_community_development", "ev_sara"): {
        "CP.4.3": "Are the open-data sets refreshed on the schedule the ministry publishes?",
    },
}

# Each stage: the team (evaluator ids) and its answers (indicator, value, why in English and Arabic).
STAGES = {
    "min_community_development": {
        "consensus": (["ev_amal", "ev_sara"], [
            ("CP.4.3", "yes", "Both evaluators found the open-data schedule once shown the ministry's data portal; Amal had missed it.",
             "وجد المقيِّمان جدول البيانات المفتوحة بعد الاطلاع على بوابة بيانات الوزارة؛ وكان قد فات أمل."),
            ("CP.4.4", "yes", "The feedback report on published data was tabled at the meeting (minutes MCD-ODT-07).",
             "عُرض في الاجتماع تقرير الملاحظات على البيانات المنشورة (محضر MCD-ODT-07)."),
            ("UX.1.4", "yes", "The usability panel with citizens met twice in 1434; its reports were on file.",
             "اجتمعت لجنة قابلية الاستخدام مع المواطنين مرتين في 1434، وتقاريرها محفوظة."),
            ("UX.4.3", "yes", "Proactive notifications are live for social-support renewals.",
             "الإشعارات الاستباقية مفعّلة لتجديد الدعم الاجتماعي."),
        ]),
    },
    "min_heritage_crafts": {
        "consensus": (["ev_badr", "ev_huda"], [
            ("SP.2.1", "transactional", "The crafts-licence service takes the fee online and issues the licence: both evaluators had graded the form alone.",
             "خدمة رخصة الحرفي تستوفي الرسوم إلكترونيًا وتصدر الرخصة: قيّم المقيِّمان النموذج وحده."),
            ("EN.2.3", "yes", "The shared-services agreement with the national payment gateway was signed in 1433 (document MHC-PAY-12).",
             "وُقّعت اتفاقية الخدمات المشتركة مع بوابة المدفوعات الوطنية عام 1433 (المستند MHC-PAY-12)."),
            ("EN.4.2", "yes", "The ministry reuses the national identity service for every sign-in: Badr's 'no' was a misreading.",
             "تعتمد الوزارة خدمة الهوية الوطنية في كل دخول: كانت إجابة بدر بالنفي سوء قراءة."),
            ("CP.4.4", "yes", "The open-data feedback form is on the portal's data page; both evaluators had looked on the home page.",
             "نموذج الملاحظات على البيانات المفتوحة في صفحة البيانات بالبوابة؛ وكان المقيِّمان قد بحثا في الصفحة الرئيسة."),
        ]),
        "site-visit": (["ev_badr", "ev_amal"], [
            ("IF.1.1", "no", "On site the strategy was a draft: no approval decision was on file.",
             "تبيّن في الزيارة أن الاستراتيجية مسودة، ولا قرار اعتماد في الملفات."),
            ("SP.5.1", "no", "The 'interactive map' is a static image of the head office: no craft centre or heritage site is on it.",
             "«الخريطة التفاعلية» صورة ثابتة لمقر الوزارة: لا يظهر عليها أي مركز حرفي أو موقع تراثي."),
        ]),
    },
    "mun_rawdat_alkhuzama": {
        "site-visit": (["ev_khalid", "ev_badr"], [
            ("UX.2.1", "AA", "Checked with the accessibility audit on site: level AA met on the sampled services.",
             "تحقّق الفريق من تدقيق الوصول في الموقع: المستوى AA متحقق في الخدمات المختارة."),
        ]),
    },
}


def render_stage(criteria, agency_id, role, members, answers):
    agency = AGENCIES[agency_id]
    kind = "consensus" if role == "consensus" else "site visit"
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             "<!--",
             f"  Tamayuz sample (fictional): the {kind} for {agency['en']}, {criteria.id} {criteria.version}, cycle {CYCLE}.",
             "  Generated by scripts/make-samples.py: edit the script and rerun it, not this file.",
             "-->",
             f'<assessment xmlns="urn:tamayuz:assessment:1" framework={attr(criteria.id)} '
             f'framework-version={attr(criteria.version)} cycle={attr(CYCLE)}>',
             f'  <agency id={attr(agency_id)} kind={attr(agency["kind"])}>',
             f'    <name xml:lang="en">{element_text(agency["en"])}</name>',
             f'    <name xml:lang="ar">{element_text(agency["ar"])}</name>',
             "  </agency>",
             f'  <assessor role="{role}">']
    for member in members:
        evaluator = EVALUATORS[member]
        lines += [f"    <member id={attr(member)}>",
                  f'      <name xml:lang="en">{element_text(evaluator["en"])}</name>',
                  f'      <name xml:lang="ar">{element_text(evaluator["ar"])}</name>',
                  "    </member>"]
    lines.append("  </assessor>")
    for (indicator, value, why_en, why_ar) in answers:
        check_answer(criteria, {"indicator": indicator, "value": value, "na": False}, f"{agency_id}.{role}")
        lines += [f"  <answer indicator={attr(indicator)} value={attr(value)}>",
                  f'    <rationale xml:lang="en">{element_text(why_en)}</rationale>',
                  f'    <rationale xml:lang="ar">{element_text(why_ar)}</rationale>',
                  "  </answer>"]
    lines.append("</assessment>")
    return "\n".join(lines) + "\n"


# The RADAR cycle's later stages: Wadi Al-Noor's consensus and site visit (Huda, affiliated
# with the municipality, is on neither team).
RADAR_STAGES = {
    "mun_wadi_alnoor": {
        "consensus": (["ev_amal", "ev_sara"], [
            ("i1a", "sound 55, integrated 50, implemented 55, structured 50, measured 45, learning 40, improvement 45, overall 50",
             "The strategy was drawn up with residents' panels, but its yearly review has been held once: the team met between the two ratings.",
             "أُعدّت الاستراتيجية بمشاركة لجان السكان، لكن مراجعتها السنوية لم تُعقد إلا مرة واحدة: التقى الفريق بين التقييمين."),
            ("i4b", "2010 61, 2011 60, 2012 64, 2013 67; target 71; comparator 75",
             "The team took the survey figures from the municipality's own published reports, year by year.",
             "أخذ الفريق أرقام الاستطلاع من التقارير المنشورة للأمانة نفسها، سنة بسنة."),
        ]),
        "site-visit": (["ev_badr", "ev_khalid"], [
            ("i3b", "sound 55, integrated 50, implemented 45, structured 45, measured 40, learning 35, improvement 40",
             "On site, process owners were named for the licensing processes only; the other processes have no indicators yet.",
             "تبيّن في الزيارة أن لعمليات الترخيص وحدها ملاكًا معيّنين، ولا مؤشرات بعد لبقية العمليات."),
            ("i6c", "2010 15, 2011 15, 2012 14, 2013 13; target 10; comparator 8",
             "The request log sampled on site gives 13 days for 2013, not 12: some requests were counted from their completion date.",
             "يُظهر سجل الطلبات الذي فُحصت عينة منه في الزيارة 13 يومًا لعام 2013 لا 12: احتُسبت بعض الطلبات من تاريخ اكتمالها."),
        ]),
    },
}


def write_staged_cycle(writer, criteria, folder, rules=QUALITY, profiles=QUALITY_PROFILES, stages=STAGES, marks=STAGE_MARKS):
    """A track's cycle (the same files, a few evaluators' "verify on site" marks added), then each
    agency's consensus and site visit; the quality track's unless told otherwise."""
    write_track(writer, criteria, rules, profiles, folder, marks=marks)
    for agency_id in sorted(stages):
        for role in ("consensus", "site-visit"):
            if role not in stages[agency_id]:
                continue
            members, answers = stages[agency_id][role]
            writer.write(os.path.join(folder, f"{agency_id}.{role}.xml"), render_stage(criteria, agency_id, role, members, answers))
    writer.prune(folder, (".xml",))


def main():
    writer = Writer()
    quality = Criteria("quality-track.xml")
    e_services = Criteria("e-services-track.xml")
    gis = Criteria("gis-track.xml")

    write_track(writer, quality, QUALITY, QUALITY_PROFILES, os.path.join(SAMPLES, "quality-track"))
    writer.write(os.path.join(SAMPLES, "quality-track", "previous", "results-2012.json"), previous_results(quality))
    writer.prune(os.path.join(SAMPLES, "quality-track", "previous"), (".json",))
    write_staged_cycle(writer, quality, os.path.join(SAMPLES, "quality-track-stages"))
    write_track(writer, e_services, E_SERVICES, E_SERVICES_PROFILES, os.path.join(SAMPLES, "e-services-track"))
    write_track(writer, gis, GIS, GIS_PROFILES, os.path.join(SAMPLES, "gis-track"))
    write_staged_cycle(writer, Criteria("radar-excellence.xml"), os.path.join(SAMPLES, "radar-excellence"),
                       RADAR, RADAR_PROFILES, RADAR_STAGES, {})

    # The walk-through's complete self-assessment.
    agency_id = "mun_marj_alzuhur"
    answers, _ = build_assessment(quality, QUALITY, WALKTHROUGH_PROFILE, agency_id, "self", "self")
    for answer in answers:
        check_answer(quality, answer, f"{agency_id}.self")
    folder = os.path.join(SAMPLES, "self-assessment")
    writer.write(os.path.join(folder, f"{agency_id}.self.xml"), render(
        quality, agency_id, "self", "self", answers,
        f"{AGENCIES[agency_id]['en']}'s self-assessment for the walk-through in samples/README.md, "
        f"{quality.id} {quality.version}, cycle {CYCLE}."))
    writer.prune(folder, (".xml",))
    print(f"wrote {len(writer.written)} files under {os.path.relpath(SAMPLES, ROOT)}/")


if __name__ == "__main__":
    sys.exit(main())
