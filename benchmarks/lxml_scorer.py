#!/usr/bin/env python3
"""What a data analyst would write instead of Tamayuz: a small scorer in Python with lxml.

It reads a criteria file and assessment files, validates each file against its XSD (as Tamayuz
does), and computes every agency's total with Tamayuz's semantics on the subset the benchmark
generator uses (docs/scoring.md): indicator kinds (yes-no, ordinal, number and percentage with a
ramp or thresholds, checklist with a cap, derived), the evidence policy, not-applicable answers
with renormalisation, missing answers scored 0, weighted means bottom-up, cap / bonus / penalty
rules on nodes and the total, ineligible and flag rules, rounding to the framework's precision,
and the jury (evaluators combined by the mean per indicator, consensus answers for rules,
majority not-applicable, affiliated evaluators excluded). Profiles, applicable-when, other
aggregations, standardisation and normalisation are not implemented (the generator uses none).

    python3 benchmarks/lxml_scorer.py CRITERIA.xml ASSESSMENT_FOLDER [--json OUT.json]

Prints one line per agency (id, total, displayTotal, eligible), or writes them as JSON.
"""

import json
import math
import os
import re
import sys

from lxml import etree

C = "{urn:tamayuz:criteria:1}"
A = "{urn:tamayuz:assessment:1}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMAS = os.path.join(HERE, "..", "criteria", "schema")
MISSING = None


# ---------------------------------------------------------------------------------------------
# The expression language (the subset: numbers, strings, answers, arithmetic, comparisons,
# and/or/not, min/max/sum/avg/count/if/abs, score/applicable/answered/level/has).

TOKEN = re.compile(r'\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([A-Za-z_][A-Za-z0-9_.]*)|("(?:[^"\\]|\\.)*")|(==|!=|<=|>=|[-+*/(),<>]))')


def tokenize(text):
    tokens, position = [], 0
    text = text.rstrip()
    while position < len(text):
        match = TOKEN.match(text, position)
        if not match:
            raise ValueError(f"cannot read expression {text!r} at {position}")
        number, name, string, op = match.groups()
        if number:
            tokens.append(("num", float(number)))
        elif name:
            tokens.append(("name", name))
        elif string:
            tokens.append(("str", string[1:-1].replace('\\"', '"').replace("\\\\", "\\")))
        else:
            tokens.append(("op", op))
        position = match.end()
    return tokens


class Parser:
    """Recursive descent into closures `f(ctx) -> value` (None is missing)."""

    def __init__(self, text):
        self.tokens = tokenize(text)
        self.i = 0

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else (None, None)

    def take(self, value=None):
        token = self.peek()
        if value is not None and token[1] != value:
            raise ValueError(f"expected {value}, got {token}")
        self.i += 1
        return token

    def parse(self):
        f = self.disjunction()
        if self.i != len(self.tokens):
            raise ValueError("trailing tokens")
        return f

    def disjunction(self):
        f = self.conjunction()
        while self.peek() == ("name", "or"):
            self.take()
            f = logic(f, self.conjunction(), True)
        return f

    def conjunction(self):
        f = self.negation()
        while self.peek() == ("name", "and"):
            self.take()
            f = logic(f, self.negation(), False)
        return f

    def negation(self):
        if self.peek() == ("name", "not"):
            self.take()
            g = self.negation()
            return lambda ctx: None if (v := g(ctx)) is None else not v
        return self.comparison()

    def comparison(self):
        f = self.additive()
        kind, op = self.peek()
        if kind == "op" and op in ("==", "!=", "<", "<=", ">", ">="):
            self.take()
            g = self.additive()
            return compare(op, f, g)
        return f

    def additive(self):
        f = self.multiplicative()
        while self.peek()[1] in ("+", "-") and self.peek()[0] == "op":
            op = self.take()[1]
            f = arithmetic(op, f, self.multiplicative())
        return f

    def multiplicative(self):
        f = self.unary()
        while self.peek()[1] in ("*", "/") and self.peek()[0] == "op":
            op = self.take()[1]
            f = arithmetic(op, f, self.unary())
        return f

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            g = self.unary()
            return lambda ctx: None if (v := g(ctx)) is None else -v
        return self.primary()

    def primary(self):
        kind, value = self.take()
        if kind == "num":
            return lambda ctx: value
        if kind == "str":
            return lambda ctx: value
        if kind == "op" and value == "(":
            f = self.disjunction()
            self.take(")")
            return f
        if kind == "name":
            if value in ("true", "false"):
                return lambda ctx: value == "true"
            if self.peek() == ("op", "("):
                return self.call(value)
            return lambda ctx: ctx.answer(value)
        raise ValueError(f"unexpected {value}")

    def call(self, name):
        self.take("(")
        if name in ("score", "applicable", "answered", "level"):
            node = self.take()[1]
            self.take(")")
            return {
                "score": lambda ctx: ctx.score(node),
                "applicable": lambda ctx: ctx.applicable(node),
                "answered": lambda ctx: ctx.answer(node) is not None,
                "level": lambda ctx: ctx.level(node),
            }[name]
        if name == "has":
            node = self.take()[1]
            self.take(",")
            option = self.take()[1]
            self.take(")")
            return lambda ctx: ctx.has(node, option)
        arguments = [self.disjunction()]
        while self.peek() == ("op", ","):
            self.take()
            arguments.append(self.disjunction())
        self.take(")")
        if name in ("min", "max", "sum", "avg"):
            def aggregate(ctx):
                numbers = [v for v in (a(ctx) for a in arguments) if v is not None]
                if not numbers:
                    return None
                if name == "min":
                    return min(numbers)
                if name == "max":
                    return max(numbers)
                total = 0.0
                for v in numbers:
                    total += v
                return total if name == "sum" else total / len(numbers)
            return aggregate
        if name == "count":
            return lambda ctx: float(sum(1 for a in arguments if a(ctx) is True))
        if name == "if":
            c, x, y = arguments
            return lambda ctx: None if (v := c(ctx)) is None else (x(ctx) if v else y(ctx))
        if name == "abs":
            return lambda ctx: None if (v := arguments[0](ctx)) is None else abs(v)
        raise ValueError(f"function {name} is not supported here")


def logic(f, g, decisive):
    def run(ctx):
        left = f(ctx)
        if left == decisive:
            return decisive
        right = g(ctx)
        if right == decisive:
            return decisive
        return None if left is None or right is None else not decisive
    return run


def compare(op, f, g):
    def run(ctx):
        x, y = f(ctx), g(ctx)
        if x is None or y is None:
            return None
        return {"==": x == y, "!=": x != y, "<": x < y, "<=": x <= y, ">": x > y, ">=": x >= y}[op]
    return run


def arithmetic(op, f, g):
    def run(ctx):
        x, y = f(ctx), g(ctx)
        if x is None or y is None:
            return None
        if op == "+":
            return x + y
        if op == "-":
            return x - y
        if op == "*":
            return x * y
        if y == 0:
            raise ZeroDivisionError("division by zero in an expression")
        return x / y
    return run


# ---------------------------------------------------------------------------------------------
# The framework.

def number(text, default=None):
    return default if text is None else float(text)


def scoring_of(element, default_range=None):
    """("ramp", floor, target) or ("thresholds", [(at, score)], direction)."""
    direction = element.get("direction", "higher-is-better")
    ramp = element.find(C + "ramp")
    if ramp is not None:
        return ("ramp", float(ramp.get("floor")), float(ramp.get("target")))
    thresholds = [(float(t.get("at")), float(t.get("score"))) for t in element.findall(C + "threshold")]
    if thresholds:
        return ("thresholds", thresholds, direction)
    low, high = default_range
    return ("ramp", high, low) if direction == "lower-is-better" else ("ramp", low, high)


def score_number(scoring, value):
    if scoring[0] == "ramp":
        _, floor, target = scoring
        if floor == target:
            return 1.0 if value >= target else 0.0
        return min(1.0, max(0.0, (value - floor) / (target - floor)))
    _, thresholds, direction = scoring
    best = None
    if direction == "higher-is-better":
        best_at = -math.inf
        for at, score in thresholds:
            if value >= at and at >= best_at:
                best_at, best = at, score
    else:
        best_at = math.inf
        for at, score in thresholds:
            if value <= at and at <= best_at:
                best_at, best = at, score
    return 0.0 if best is None else best


class Framework:
    def __init__(self, path):
        root = etree.parse(path, parser=safe_parser()).getroot()
        validate(root, "criteria.xsd", path)
        if root.get("weighting", "relative") != "relative":
            raise SystemExit("points frameworks are not implemented")
        self.scale_max = float(root.get("scale-max", "100"))
        self.precision = int(root.get("precision", "1"))
        self.missing_zero = root.get("missing-answers", "zero") == "zero"
        self.scales = {}
        for scale in root.iter(C + "scale"):
            self.scales[scale.get("id")] = [(lv.get("id"), float(lv.get("score"))) for lv in scale.findall(C + "level")]
        self.ids, self.parent, self.children, self.weight, self.kind = [], [], [], [], []
        self.evidence, self.allows_na = [], []
        self.add(None, "total", None, 1.0, None)
        for area in root.findall(C + "area"):
            self.walk(area, 0)
        self.index = {node_id: i for i, node_id in enumerate(self.ids)}
        self.rules = []
        for rule in root.iter(C + "rule"):
            target = rule.get("target", "total")
            value = rule.get("value")
            self.rules.append((rule.get("id"), rule.get("effect"), self.index[target],
                               None if value is None else float(value), Parser(rule.get("when")).parse()))
        self.rules_by_node = {}
        for position, rule in enumerate(self.rules):
            if rule[1] in ("cap", "bonus", "penalty"):
                self.rules_by_node.setdefault(rule[2], []).append(rule)

    def add(self, element, node_id, parent, weight, kind):
        if element is not None and element.get("applicable-when") is not None:
            raise SystemExit("applicable-when is not implemented")
        self.ids.append(node_id)
        self.parent.append(parent)
        self.children.append([])
        self.weight.append(weight)
        self.kind.append(kind)
        policy = None
        if kind is not None:
            evidence = element.find(C + "evidence")
            if evidence is not None and evidence.get("policy") == "required":
                policy = 0.0 if evidence.get("when-missing", "zero") == "zero" else float(evidence.get("cap"))
        self.evidence.append(policy)  # None: no requirement; else the cap without evidence
        self.allows_na.append(element is not None and element.get("not-applicable") == "allowed")
        index = len(self.ids) - 1
        if parent is not None:
            self.children[parent].append(index)
        return index

    def walk(self, element, parent):
        weight = float(element.get("weight", "1"))
        if element.tag == C + "indicator":
            self.add(element, element.get("id"), parent, weight, self.kind_of(element))
            return
        index = self.add(element, element.get("id"), parent, weight, None)
        for child in element:
            if child.tag in (C + "criterion", C + "indicator"):
                self.walk(child, index)

    def kind_of(self, element):
        for child in element:
            tag = child.tag[len(C):] if isinstance(child.tag, str) else ""
            if tag == "yes-no":
                return ("yesno", float(child.get("yes-score", "1")), float(child.get("no-score", "0")))
            if tag == "ordinal":
                return ("ordinal", self.scales[child.get("scale")])
            if tag == "number":
                return ("number", scoring_of(child))
            if tag == "percentage":
                return ("number", scoring_of(child, (0.0, 100.0)))
            if tag == "checklist":
                options = [(o.get("id"), float(o.get("points"))) for o in child.findall(C + "option")]
                cap = child.get("cap")
                return ("checklist", options, float(cap) if cap is not None else sum(p for _, p in options))
            if tag == "derived":
                return ("derived", Parser(child.get("expression")).parse(), scoring_of(child))
        raise ValueError("indicator without a kind")


# ---------------------------------------------------------------------------------------------
# Assessments and scoring.

def safe_parser():
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


_SCHEMAS = {}


def validate(root, name, path):
    if name not in _SCHEMAS:
        _SCHEMAS[name] = etree.XMLSchema(etree.parse(os.path.join(SCHEMAS, name)))
    schema = _SCHEMAS[name]
    if not schema.validate(root):
        raise SystemExit(f"{path}: {schema.error_log.last_error}")


def read_assessment(path, fw):
    root = etree.parse(path, parser=safe_parser()).getroot()
    validate(root, "assessment.xsd", path)
    agency = root.find(A + "agency").get("id")
    assessor = root.find(A + "assessor")
    role = assessor.get("role")
    evaluator = assessor.get("id") if role == "evaluator" else "self"
    affiliations = (assessor.get("affiliation") or "").split()
    values, evidence = {}, set()
    for answer in root.iterfind(A + "answer"):
        index = fw.index[answer.get("indicator")]
        kind = fw.kind[index]
        if answer.get("not-applicable") in ("true", "1"):
            values[index] = "na"
            continue
        text = answer.get("value").strip()
        if kind[0] == "yesno":
            values[index] = text.lower() in ("yes", "true", "1")
        elif kind[0] == "ordinal":
            values[index] = [level for level, _ in kind[1]].index(text)
        elif kind[0] == "number":
            values[index] = float(text)
        elif kind[0] == "checklist":
            ids = [o for o, _ in kind[1]]
            ticked = [] if text == "none" else re.split(r"[ \t\n,;]+", text)
            values[index] = sorted(ids.index(t) for t in ticked if t)
        for item in answer.iterfind(A + "evidence"):
            if item.get("title", "").strip() or item.get("ref", "").strip():
                evidence.add(index)
                break
    return agency, role, evaluator, affiliations, values, evidence


def indicator_score(kind, value):
    if kind[0] == "yesno":
        return kind[1] if value else kind[2]
    if kind[0] == "ordinal":
        return kind[1][value][1]
    if kind[0] == "number":
        return score_number(kind[1], value)
    if kind[0] == "checklist":
        _, options, cap = kind
        if cap <= 0:
            return 0.0
        points = 0.0
        for position in value:
            points += options[position][1]
        return min(points, cap) / cap


def expression_value(kind, value):
    if kind[0] == "ordinal":
        return kind[1][value][0]
    if kind[0] == "checklist":
        points = 0.0
        for position in value:
            points += kind[1][position][1]
        return points
    return value


class Run:
    """One answer sheet scored: the context expressions read."""

    def __init__(self, fw, values, evidence, fixed):
        self.fw, self.values, self.evidence, self.fixed = fw, values, evidence, fixed
        n = len(fw.ids)
        self.status = ["scored"] * n
        self.raw = [0.0] * n
        self.score_ = [0.0] * n
        self.answered = [0] * n
        self.computed = [False] * n
        self.derived = {}

    def answer(self, node_id):
        i = self.fw.index[node_id]
        if self.fw.kind[i] is None or self.status[i] in ("na", "excluded"):
            return None
        if self.fw.kind[i][0] == "derived":
            return self.derived.get(i)
        value = self.values.get(i)
        if value is None or value == "na":
            return None
        return expression_value(self.fw.kind[i], value)

    def score(self, node_id):
        i = self.fw.index[node_id]
        return self.score_[i] if self.computed[i] and self.status[i] == "scored" else None

    def applicable(self, node_id):
        return self.status[self.fw.index[node_id]] in ("scored", "missing")

    def level(self, node_id):
        value = self.values.get(self.fw.index[node_id])
        return None if value is None or value == "na" else float(value + 1)

    def has(self, node_id, option):
        i = self.fw.index[node_id]
        value = self.values.get(i)
        if not isinstance(value, list):
            return False
        return [o for o, _ in self.fw.kind[i][1]].index(option) in value


def round_away(x):
    f = math.floor(abs(x))
    r = f + 1 if abs(x) - f >= 0.5 else f
    return math.copysign(r, x)


def precision_round(value, places):
    scale = 1.0
    for _ in range(max(0, places)):
        scale *= 10
    nudged = round_away(value * scale * 1e9) / 1e9
    return round_away(nudged) / scale


def fires(rule, run):
    return rule[4](run) is True


def score_sheet(fw, values, evidence, fixed):
    run = Run(fw, values, evidence, fixed)
    # 1. Derived values (the generator's derived indicators read answers only: document order).
    for i, kind in enumerate(fw.kind):
        if kind is not None and kind[0] == "derived":
            value = kind[1](run)
            if value is not None:
                run.derived[i] = value
    # 2-3. Applicability, top-down.
    for i in range(1, len(fw.ids)):
        parent = fw.parent[i]
        if run.status[parent] != "scored":
            run.status[i] = "excluded" if run.status[parent] == "excluded" else "na"
        elif fw.kind[i] is not None and values.get(i) == "na":
            run.status[i] = "na"
    # 4-5. Bottom-up.
    for i in range(len(fw.ids) - 1, -1, -1):
        if run.status[i] != "scored":
            continue
        kind = fw.kind[i]
        if kind is not None:
            base = None
            if i in fixed:
                base = fixed[i]
            elif kind[0] == "derived":
                if i in run.derived:
                    base = score_number(kind[2], run.derived[i])
            elif values.get(i) is not None:
                base = indicator_score(kind, values[i])
            if base is not None:
                run.answered[i] = 1
                if fw.evidence[i] is not None and kind[0] != "derived" and i not in fixed \
                        and i not in evidence and base > 0:
                    base = min(base, fw.evidence[i])
                run.raw[i] = run.score_[i] = base
            elif not fw.missing_zero:
                run.status[i] = "missing"
        else:
            weight_sum = weighted = 0.0
            for c in fw.children[i]:
                if run.status[c] != "scored":
                    continue
                weight_sum += fw.weight[c]
                weighted += fw.weight[c] * run.score_[c]
            if weight_sum > 0:
                run.raw[i] = run.score_[i] = weighted / weight_sum
            else:
                run.status[i] = "na"
        run.computed[i] = True
        if run.status[i] == "scored":
            for rule in fw.rules_by_node.get(i, []):
                if fires(rule, run):
                    before = run.score_[i]
                    effect, value = rule[1], rule[3]
                    run.score_[i] = min(before, value) if effect == "cap" else \
                        min(1.0, before + value) if effect == "bonus" else max(0.0, before - value)
    total = run.score_[0] * fw.scale_max if run.status[0] == "scored" else 0.0
    eligible = not any(fires(rule, run) for rule in fw.rules if rule[1] == "ineligible")
    flags = [rule[0] for rule in fw.rules if rule[1] == "flag" and fires(rule, run)]
    return run, total, precision_round(total, fw.precision), eligible, flags


def consensus(values):
    first = values[0]
    if isinstance(first, bool):
        return sum(1 for v in values if v) * 2 > len(values)
    if isinstance(first, list):
        counts = {}
        for ticked in values:
            for option in ticked:
                counts[option] = counts.get(option, 0) + 1
        return sorted(o for o, n in counts.items() if n * 2 > len(values))
    if isinstance(first, int):
        return sorted(values)[(len(values) - 1) // 2]
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def jury_sheet(fw, runs):
    """The evaluators' answers combined (mean per indicator), as Tamayuz's Jury does."""
    values, fixed = {}, {}
    for i, kind in enumerate(fw.kind):
        if kind is None:
            continue
        answers, scores, not_applicable = [], [], 0
        for run in runs:
            value = run.values.get(i)
            if value == "na":
                not_applicable += 1
                continue
            if value is not None:
                answers.append(value)
            if run.status[i] == "scored" and run.answered[i] == 1:
                scores.append(run.raw[i])
        if not_applicable * 2 > not_applicable + len(answers) and kind[0] != "derived":
            values[i] = "na"
            continue
        if answers:
            values[i] = consensus(answers)
        if scores:
            total = 0.0
            for s in scores:
                total += s
            fixed[i] = min(1.0, max(0.0, total / len(scores)))
    evidence = set(i for i, kind in enumerate(fw.kind) if kind is not None)
    return values, evidence, fixed


def main():
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = sys.argv[sys.argv.index("--json") + 1] if "--json" in sys.argv else None
    if out in arguments:
        arguments.remove(out)
    criteria, folder = arguments
    fw = Framework(criteria)
    groups = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".xml") or name.startswith("."):
            continue
        agency, role, evaluator, affiliations, values, evidence = read_assessment(os.path.join(folder, name), fw)
        group = groups.setdefault(agency, {"self": None, "evaluators": []})
        if role == "self":
            group["self"] = (values, evidence)
        elif agency not in affiliations:
            group["evaluators"].append((evaluator, values, evidence))
    results = []
    for agency in sorted(groups):
        group = groups[agency]
        if group["evaluators"]:
            runs = [score_sheet(fw, v, e, {})[0] for _, v, e in sorted(group["evaluators"], key=lambda x: x[0])]
            values, evidence, fixed = jury_sheet(fw, runs)
            _, total, display, eligible, _ = score_sheet(fw, values, evidence, fixed)
        else:
            values, evidence = group["self"]
            _, total, display, eligible, _ = score_sheet(fw, values, evidence, {})
        results.append({"id": agency, "total": total, "displayTotal": display, "eligible": eligible})
    if out:
        with open(out, "w") as f:
            json.dump(results, f)
    else:
        for r in results:
            print(f"{r['id']}\t{r['total']:.6f}\t{r['displayTotal']}\t{'eligible' if r['eligible'] else 'ineligible'}")


if __name__ == "__main__":
    main()
