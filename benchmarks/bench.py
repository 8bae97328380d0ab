#!/usr/bin/env python3
"""The benchmark driver behind benchmarks/run.sh: generates the inputs, checks that the lxml
scorer's totals equal Tamayuz's, times every command on the same inputs and prints the table.

    python3 benchmarks/bench.py SIZE --tamayuz PATH [--runs N]
    python3 benchmarks/bench.py scaling --tamayuz PATH     (the red team's sizes, see scaling())

Wall times are medians of N runs (warm page cache: each command runs once untimed first);
peak memory is `/usr/bin/time -v`'s "Maximum resident set size" of one run.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, "work")
SCHEMAS = os.path.join(HERE, "..", "criteria", "schema")

# Per size: the main set (agencies, indicators; self-assessments), the jury set (agencies,
# indicators, evaluators per agency), the sensitivity set (agencies, indicators, draws) and the
# memory series (agency counts, indicators) and the workbook set (agencies, indicators: the same
# self-assessments read as XML and as .xlsx workbooks).
SIZES = {
    "tiny": dict(main=(10, 20), jury=(10, 20, 3), sensitivity=(20, 20, 1000), memory=([10, 100], 20), workbooks=(10, 20)),
    "small": dict(main=(100, 100), jury=(50, 100, 3), sensitivity=(200, 100, 10000), memory=([100, 1000], 20), workbooks=(100, 100)),
    "medium": dict(main=(300, 300), jury=(200, 1000, 3), sensitivity=(200, 100, 10000), memory=([100, 1000, 10000], 20), workbooks=(1000, 100)),
    "large": dict(main=(1000, 1000), jury=(200, 1000, 3), sensitivity=(200, 100, 10000), memory=([100, 1000, 10000], 20), workbooks=(1000, 300)),
}


def generate(agencies, indicators, evaluators=0):
    name = f"n{agencies}-m{indicators}-e{evaluators}"
    out = os.path.join(WORK, name)
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--agencies", str(agencies),
                    "--indicators", str(indicators), "--evaluators", str(evaluators), "--out", out], check=True)
    folder = os.path.join(out, "assessments")
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".xml"))
    return os.path.join(out, "criteria.xml"), folder, files


CPU = {}  # command label -> median CPU seconds (user + system) of the timed runs


def timed(command, runs, *more, env=None):
    """Median wall seconds of `runs` runs of `command` (then `more` commands, one after the other)
    after one untimed warm-up; fewer runs when one is long. Output goes to /dev/null. The median
    CPU time (user + system, from wait4) is kept in CPU under the command's text."""
    commands = [command, *more]

    def once():
        cpu = 0.0
        for c in commands:
            process = subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                       env=None if env is None else {**os.environ, **env})
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)
            if process.returncode != 0:
                raise subprocess.CalledProcessError(process.returncode, c)
            cpu += usage.ru_utime + usage.ru_stime
        return cpu
    once()
    times, cpus = [], []
    for _ in range(runs):
        start = time.perf_counter()
        cpus.append(once())
        times.append(time.perf_counter() - start)
        if times[-1] > 30:
            break
    CPU[" ".join(map(str, command)) + str(env)] = statistics.median(cpus)
    return statistics.median(times)


def cpu_of(command, env=None):
    return CPU[" ".join(map(str, command)) + str(env)]


def peak_kib(command):
    result = subprocess.run(["/usr/bin/time", "-v"] + command, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, check=True)
    for line in result.stderr.splitlines():
        if "Maximum resident set size" in line:
            return int(line.split(":")[1])
    raise RuntimeError("no peak memory in /usr/bin/time's output")


def check_totals(tamayuz, criteria, folder, label):
    """Tamayuz's JSON totals against the lxml scorer's: every displayTotal equal."""
    results = json.loads(subprocess.run([tamayuz, "report", "--criteria", criteria, folder, "--format", "json"],
                                        stdout=subprocess.PIPE, check=True).stdout)
    theirs = os.path.join(WORK, "lxml-totals.json")
    subprocess.run([sys.executable, os.path.join(HERE, "lxml_scorer.py"), criteria, folder, "--json", theirs], check=True)
    ours = {a["id"]: a for a in results["agencies"]}
    lxml = json.load(open(theirs))
    differ = [r for r in lxml if ours[r["id"]]["displayTotal"] != r["displayTotal"]
              or ours[r["id"]]["eligible"] != r["eligible"] or abs(ours[r["id"]]["total"] - r["total"]) > 1e-6]
    if differ or len(lxml) != len(ours):
        for r in differ[:10]:
            print(f"  {r['id']}: lxml {r['displayTotal']} ({r['total']}), tamayuz {ours[r['id']]['displayTotal']} "
                  f"({ours[r['id']]['total']})", file=sys.stderr)
        raise SystemExit(f"{label}: the lxml scorer's totals differ from Tamayuz's for {len(differ)} agencies")
    print(f"check {label}: {len(lxml)} agencies, every displayTotal equal to the lxml scorer's", file=sys.stderr)
    return results


def size_of(files):
    return sum(os.path.getsize(f) for f in files)


def pipeline(tamayuz, runs, label, criteria, folder, files, rows, html=False):
    """Tamayuz end to end against the floor and the lxml scorer, on one input set: the jury's
    JSON results (the whole score tree of every agency), one CSV row per agency (what the lxml
    scorer prints too) and, if asked, the HTML report (improvement plans included)."""
    check_totals(tamayuz, criteria, folder, label)
    report = [tamayuz, "report", "--criteria", criteria, folder, "--format", "json"]
    everything = [criteria] + files
    t = timed(report, runs)
    t_cpu = cpu_of(report)
    score = [tamayuz, "score", "--criteria", criteria, folder, "--format", "csv"]
    csv = timed(score, runs)
    csv_cpu = cpu_of(score)
    page = None
    if html:
        page = timed([tamayuz, "report", "--criteria", criteria, folder, "--format", "html", "--date", "2013-12-08",
                      "--output", os.path.join(WORK, "report.html")], runs)
    rss = peak_kib(report)
    cat = timed(["cat"] + everything, runs)
    lint = timed(["xmllint", "--noout"] + everything, runs)
    lint_cpu = cpu_of(["xmllint", "--noout"] + everything)
    schema = timed(["xmllint", "--noout", "--schema", os.path.join(SCHEMAS, "assessment.xsd")] + files, runs,
                   ["xmllint", "--noout", "--schema", os.path.join(SCHEMAS, "criteria.xsd"), criteria])
    lxml = timed([sys.executable, os.path.join(HERE, "lxml_scorer.py"), criteria, folder], max(1, runs))
    lint_rss = peak_kib(["xmllint", "--noout"] + everything)
    rows.append(dict(label=label, files=len(files), mb=size_of(everything) / 1e6, tamayuz=t, cpu=t_cpu,
                     rss=rss, cat=cat, xmllint=lint, lint_cpu=lint_cpu, schema=schema, lxml=lxml, lint_rss=lint_rss,
                     csv=csv, csv_cpu=csv_cpu, html=page))


def sensitivity(tamayuz, runs, agencies, indicators, draws):
    criteria, folder, _ = generate(agencies, indicators)
    # Both runs do everything else, robustness fields included: one with a single draw.
    plain = [tamayuz, "report", "--criteria", criteria, folder, "--format", "json", "--sensitivity", "1"]
    with_draws = plain[:-1] + [str(draws)]
    results_path = os.path.join(WORK, "sensitivity-results.json")
    with open(results_path, "w") as f:
        subprocess.run(with_draws, stdout=f, check=True)
    # The Monte Carlo is a small difference between two whole runs: more runs steady the medians,
    # and CPU time (both threads' work) is steadier than wall time on a busy machine.
    base = timed(plain, max(runs, 7))
    full = timed(with_draws, max(runs, 7))
    cpu_increment = max(cpu_of(with_draws) - cpu_of(plain), 0.0)
    numpy_command = [sys.executable, os.path.join(HERE, "sensitivity_numpy.py"), criteria, results_path,
                     "--draws", str(draws), "--json", os.path.join(WORK, "sensitivity-numpy.json")]
    numpy_total = timed(numpy_command, runs)
    cores = []
    for _ in range(max(1, runs)):
        err = subprocess.run(numpy_command, stderr=subprocess.PIPE, text=True, check=True).stderr
        cores.append(float(err.split("monte-carlo-seconds:")[1].split()[0]))
    numpy_core = statistics.median(cores)
    # Agreement: base ranks exactly; median ranks within one place for nearly every agency.
    ours = {a["id"]: a["robustness"] for a in json.load(open(results_path))["agencies"] if a["robustness"]}
    theirs = json.load(open(os.path.join(WORK, "sensitivity-numpy.json")))
    base_equal = all(ours[k]["baseRank"] == v["baseRank"] for k, v in theirs.items())
    close = sum(abs(ours[k]["medianRank"] - v["medianRank"]) <= 1 for k, v in theirs.items()) / max(1, len(theirs))
    if not base_equal or close < 0.95:
        raise SystemExit(f"sensitivity: numpy and Tamayuz disagree (base ranks equal: {base_equal}, "
                         f"median ranks within one place: {close:.0%})")
    print(f"check sensitivity: base ranks equal, median ranks within one place for {close:.0%} of agencies",
          file=sys.stderr)
    return dict(agencies=agencies, draws=draws, base=base, full=full, increment=max(full - base, 0.0),
                cpu_increment=cpu_increment, numpy_total=numpy_total, numpy_core=numpy_core)


def memory(tamayuz, series, indicators, runs):
    rows = []
    for agencies in series:
        criteria, folder, files = generate(agencies, indicators)
        report = [tamayuz, "report", "--criteria", criteria, folder, "--format", "json"]
        rows.append(dict(agencies=agencies, seconds=timed(report, 1), rss=peak_kib(report),
                         mb=size_of(files) / 1e6))
    return rows


# The inputs that were quadratic or took gigabytes (the red team's findings): answer tables of
# many agencies on two-indicator criteria, one criterion of 20,000 sibling indicators, and
# previous results and an answer table at the 32 MiB input limit.
MINI_CRITERIA = """<framework xmlns="urn:tamayuz:criteria:1" id="mini" version="1" precision="1">
  <title xml:lang="en">Mini</title>
  <area id="A" weight="1"><title xml:lang="en">A</title>
    <indicator id="A1"><title xml:lang="en">A1</title><yes-no/></indicator>
    <indicator id="A2"><title xml:lang="en">A2</title><percentage/></indicator>
  </area>
</framework>
"""


def answer_table(path, agencies, name_width=1):
    with open(path, "w") as f:
        f.write("id,name,A1,A2\n")
        for i in range(agencies):
            f.write(f"agency_{i:07d},Agency {i:07d}{'.' * name_width},{'yes' if i % 3 else 'no'},{(i * 37) % 101}\n")


def sibling_criteria(folder, indicators):
    """One criterion of `indicators` yes/no siblings, and a self-assessment answering all "no"."""
    rows = "".join(f'    <indicator id="i{i}"><title xml:lang="en">i{i}</title><yes-no/></indicator>\n'
                   for i in range(indicators))
    with open(os.path.join(folder, "siblings.xml"), "w") as f:
        f.write('<framework xmlns="urn:tamayuz:criteria:1" id="sib" version="1" precision="1">\n'
                '  <title xml:lang="en">Siblings</title>\n'
                f'  <area id="A" weight="1"><title xml:lang="en">A</title>\n{rows}  </area>\n</framework>\n')
    answers = "".join(f'  <answer indicator="i{i}" value="no"/>\n' for i in range(indicators))
    with open(os.path.join(folder, "siblings-self.xml"), "w") as f:
        f.write('<assessment xmlns="urn:tamayuz:assessment:1" framework="sib" framework-version="1">\n'
                '  <agency id="a"><name xml:lang="en">A</name></agency>\n  <assessor role="self"/>\n'
                f'{answers}</assessment>\n')


def workbooks(tamayuz, runs, agencies, indicators):
    """`tamayuz score` reading the agencies' answers as .xlsx workbooks (made by `tamayuz convert`
    from the generated XML, untimed) against reading the same answers as XML; the two score
    tables must be equal."""
    criteria, folder, files = generate(agencies, indicators)
    books = os.path.join(os.path.dirname(folder), "workbooks")
    os.makedirs(books, exist_ok=True)
    for file in files:
        book = os.path.join(books, os.path.basename(file)[:-4] + ".xlsx")
        if not os.path.exists(book):
            subprocess.run([tamayuz, "convert", "--criteria", criteria, file, "-o", book], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    xml = [tamayuz, "score", "--criteria", criteria, folder, "--format", "csv"]
    xlsx = [tamayuz, "score", "--criteria", criteria, books, "--format", "csv"]
    same = subprocess.run(xml, stdout=subprocess.PIPE, check=True).stdout == subprocess.run(
        xlsx, stdout=subprocess.PIPE, check=True).stdout
    if not same:
        raise SystemExit("workbooks: the scores read from the workbooks differ from the XML's")
    books_files = [os.path.join(books, f) for f in os.listdir(books) if f.endswith(".xlsx")]
    return dict(agencies=agencies, indicators=indicators, xml=timed(xml, runs), xml_cpu=cpu_of(xml),
                xlsx=timed(xlsx, runs), xlsx_cpu=cpu_of(xlsx), xml_mb=size_of(files) / 1e6, xlsx_mb=size_of(books_files) / 1e6)


def measured(command):
    """Wall seconds and peak RSS (KiB) of one run, from /usr/bin/time -v."""
    result = subprocess.run(["/usr/bin/time", "-v"] + command, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    wall = rss = None
    for line in result.stderr.splitlines():
        if "Elapsed (wall clock) time" in line:
            parts = line.rsplit(" ", 1)[1].split(":")
            wall = sum(float(p) * 60 ** i for i, p in enumerate(reversed(parts)))
        if "Maximum resident set size" in line:
            rss = int(line.split(":")[1])
    return wall, rss, result.returncode


def scaling(tamayuz):
    folder = os.path.join(WORK, "scaling")
    os.makedirs(folder, exist_ok=True)
    criteria = os.path.join(folder, "mini.xml")
    with open(criteria, "w") as f:
        f.write(MINI_CRITERIA)
    out = os.path.join(folder, "out")
    cases = []
    for agencies in (2000, 4000, 30000):
        table = os.path.join(folder, f"table-{agencies}.csv")
        answer_table(table, agencies)
        cases.append((f"HTML report, {agencies:,} agencies from a table", [
            tamayuz, "report", "--criteria", criteria, "--answers", table, "--format", "html",
            "--date", "2026-12-01", "-o", out + ".html"], table))
    for indicators in (5000, 20000):
        sub = os.path.join(folder, f"siblings-{indicators}")
        os.makedirs(sub, exist_ok=True)
        sibling_criteria(sub, indicators)
        cases.append((f"self-assess, {indicators:,} sibling indicators", [
            tamayuz, "self-assess", "--criteria", os.path.join(sub, "siblings.xml"),
            os.path.join(sub, "siblings-self.xml"), "-o", out + ".txt"], os.path.join(sub, "siblings-self.xml")))
    # Previous results of 19,000 agencies, written by Tamayuz itself (about 31 MiB).
    table = os.path.join(folder, "table-19000.csv")
    answer_table(table, 19000)
    previous = os.path.join(folder, "previous.json")
    subprocess.run([tamayuz, "report", "--criteria", criteria, "--answers", table, "--format", "json", "-o", previous],
                   stderr=subprocess.DEVNULL, check=True)
    cases.append(("report with --previous of 19,000 agencies", [
        tamayuz, "report", "--criteria", criteria, "--answers", table, "--previous", previous, "--format", "csv",
        "-o", out + ".csv"], previous))
    table = os.path.join(folder, "table-488000.csv")
    answer_table(table, 488000, name_width=32)
    cases.append(("report of a 32 MiB answer table (488,000 agencies)", [
        tamayuz, "report", "--criteria", criteria, "--answers", table, "--format", "csv", "-o", out + ".csv"], table))
    print("\n### Scaling: the red team's sizes (one run each, /usr/bin/time -v)\n")
    print("| case | input | wall | peak RSS | exit |")
    print("|---|---:|---:|---:|---:|")
    for label, command, source in cases:
        wall, rss, status = measured(command)
        print(f"| {label} | {os.path.getsize(source) / 2**20:.1f} MiB | {wall:.2f} s | {rss / 1024:.0f} MiB | {status} |",
              flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("size", choices=[*SIZES, "scaling"])
    parser.add_argument("--tamayuz", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--note", default="")
    args = parser.parse_args()
    os.makedirs(WORK, exist_ok=True)
    if args.size == "scaling":
        return scaling(args.tamayuz)
    size = SIZES[args.size]
    for tool in ("xmllint", "/usr/bin/time"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is missing (apt-get install libxml2-utils time)")

    rows = []
    n, m = size["main"]
    criteria, folder, files = generate(n, m)
    pipeline(args.tamayuz, args.runs, f"{n} agencies × {m} indicators, self-assessments", criteria, folder, files, rows)
    n, m, e = size["jury"]
    criteria, folder, files = generate(n, m, e)
    pipeline(args.tamayuz, args.runs, f"{n} agencies × {m} indicators × {e} evaluators (jury)", criteria, folder, files, rows,
             html=True)
    sens = sensitivity(args.tamayuz, args.runs, *size["sensitivity"])
    mem = memory(args.tamayuz, *size["memory"], args.runs)
    books = workbooks(args.tamayuz, args.runs, *size["workbooks"])

    print(f"\n## Tamayuz benchmark: {args.size}{args.note}\n")
    print("| inputs | files | MB | tamayuz report (json) | its CPU | peak RSS | cat | "
          "xmllint --noout | xmllint --schema | lxml scorer | tamayuz / xmllint | tamayuz / xmllint --schema | "
          "lxml / tamayuz |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['label']} | {r['files']} | {r['mb']:.1f} | {r['tamayuz']:.3f} s | {r['cpu']:.3f} s | "
              f"{r['rss'] / 1024:.0f} MiB | {r['cat']:.3f} s | {r['xmllint']:.3f} s | "
              f"{r['schema']:.3f} s | {r['lxml']:.3f} s | {r['tamayuz'] / r['xmllint']:.2f} | "
              f"{r['tamayuz'] / r['schema']:.2f} | {r['lxml'] / r['tamayuz']:.1f} |")
    print("\n| inputs | tamayuz score (csv) | its CPU | tamayuz / xmllint | tamayuz / xmllint --schema | "
          "lxml / tamayuz | tamayuz report (html) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        page = f"{r['html']:.3f} s" if r["html"] is not None else "—"
        print(f"| {r['label']} | {r['csv']:.3f} s | {r['csv_cpu']:.3f} s | {r['csv'] / r['xmllint']:.2f} | "
              f"{r['csv'] / r['schema']:.2f} | {r['lxml'] / r['csv']:.1f} | {page} |")
    print("\nOn CPU time (user + system; Tamayuz uses both cores, xmllint one): " + "; ".join(
        f"{r['label']}: tamayuz {r['cpu']:.3f} s, xmllint --noout {r['lint_cpu']:.3f} s, "
        f"ratio {r['cpu'] / r['lint_cpu']:.2f}" for r in rows) + ".")
    print(f"\nxmllint --noout peak RSS: {rows[0]['lint_rss'] / 1024:.0f} MiB.")
    print(f"\n### Sensitivity: {sens['agencies']} agencies, {sens['draws']} draws\n")
    print("| tamayuz report, 1 draw | with all draws | Monte Carlo: wall difference | CPU difference | "
          "numpy script | numpy Monte Carlo | tamayuz / numpy (Monte Carlo, wall) | (CPU) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    core = sens["numpy_core"] if sens["numpy_core"] > 0 else float("nan")
    print(f"| {sens['base']:.3f} s | {sens['full']:.3f} s | {sens['increment']:.3f} s | {sens['cpu_increment']:.3f} s | "
          f"{sens['numpy_total']:.3f} s | {sens['numpy_core']:.3f} s | {sens['increment'] / core:.2f} | "
          f"{sens['cpu_increment'] / core:.2f} |")
    print(f"\n### Peak memory by number of agencies ({size['memory'][1]} indicators, self-assessments)\n")
    print("| agencies | input MB | tamayuz report (json) | peak RSS | RSS per agency above the first row |")
    print("|---:|---:|---:|---:|---:|")
    for r in mem:
        growth = ((r["rss"] - mem[0]["rss"]) * 1024 / (r["agencies"] - mem[0]["agencies"])
                  if r["agencies"] != mem[0]["agencies"] else 0)
        print(f"| {r['agencies']} | {r['mb']:.1f} | {r['seconds']:.3f} s | {r['rss'] / 1024:.1f} MiB | "
              f"{growth / 1024:.1f} KiB |")
    print(f"\n### Reading workbooks: {books['agencies']} self-assessments × {books['indicators']} indicators\n")
    print("| answers as | MB | tamayuz score (csv) | its CPU |")
    print("|---|---:|---:|---:|")
    print(f"| XML | {books['xml_mb']:.1f} | {books['xml']:.3f} s | {books['xml_cpu']:.3f} s |")
    print(f"| .xlsx workbooks | {books['xlsx_mb']:.1f} | {books['xlsx']:.3f} s | {books['xlsx_cpu']:.3f} s |")
    print(f"\nWorkbooks / XML: {books['xlsx'] / books['xml']:.2f} (wall), {books['xlsx_cpu'] / books['xml_cpu']:.2f} (CPU); "
          "the two score tables are byte-identical.")


if __name__ == "__main__":
    main()
