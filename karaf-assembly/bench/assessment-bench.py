#!/usr/bin/env python3
"""Assessment benchmark (issue 12, item 13): seeds through the API a learner with three years of history and times
the dashboard and a whole company review's save beside /api/v1/health, in the same run. Not a test: it prints figures.

Seeding, as a teacher would over years: a PLP class (the shipped referential with the most criteria, 118), one learner,
school evaluations of all its criteria, each filled for that learner in one save, until about 9,000 levels; and a
PERIOD_2 period whose company review is then saved whole (every criterion and every competency as a whole: 128 levels)
again and again from the versions read. Usage: assessment-bench.py BASE_URL [levels] [rounds]
"""
import http.client
import json
import statistics
import sys
import time
import urllib.parse

BASE = sys.argv[1]
LEVELS = int(sys.argv[2]) if len(sys.argv) > 2 else 9000
ROUNDS = int(sys.argv[3]) if len(sys.argv) > 3 else 60
URL = urllib.parse.urlparse(BASE)
CONNECTION = http.client.HTTPConnection(URL.hostname, URL.port, timeout=120)
TOKEN = None
SCALE = ["NOT_ACHIEVED", "PARTIAL", "ACHIEVED_WITH_HELP", "ACHIEVED_AUTONOMOUS", "NOT_ASSESSABLE", "ABSENT"]


def call(method, path, body=None, expect=200):
    headers = {"Accept": "application/json"}
    if TOKEN:
        headers["Authorization"] = "Bearer " + TOKEN
    data = None
    if body is not None:
        data = json.dumps(body).encode("utf-8")
        headers["Content-Type"] = "application/json"
    CONNECTION.request(method, path, body=data, headers=headers)
    response = CONNECTION.getresponse()
    payload = response.read()
    if response.status != expect:
        raise SystemExit(f"{method} {path}: HTTP {response.status} {payload[:400]!r}")
    return json.loads(payload) if payload else None


def timed(method, path, body=None):
    start = time.perf_counter()
    answer = call(method, path, body)
    return (time.perf_counter() - start) * 1000, answer


def report(label, samples):
    ordered = sorted(samples)
    p95 = ordered[max(0, int(round(0.95 * len(ordered))) - 1)]
    print(f"{label:<44} p50 {statistics.median(ordered):7.1f} ms   p95 {p95:7.1f} ms   ({len(ordered)} requests)")


def main():
    global TOKEN
    TOKEN = call("POST", "/api/v1/sessions", {"login": "ddfpt", "password": "passerelle-demo"}, 201)["token"]
    establishment = call("GET", "/api/v1/me")["establishment"]["id"]
    e = f"/api/v1/establishments/{establishment}"
    level = call("POST", e + "/class-levels", {"referentialCode": "PLP", "year": "PREMIERE", "label": "Première PLP (banc d'essai)"}, 201)["id"]
    klass = call("POST", e + "/classes", {"code": "1PLPBENCH", "label": "Première PLP banc", "classLevelId": level}, 201)["id"]
    learner = call("POST", e + "/learners", {"familyName": "ESSAI", "firstName": "Banc", "ine": "0000009999Z", "birthDate": "2009-05-05",
                                             "status": "PUPIL", "classId": klass}, 201)["id"]
    detail = call("GET", "/api/v1/referentials/PLP")
    version = detail["version"]
    criteria = [{"competency": c["code"], "criterion": i["code"]} for c in detail["competencies"] for i in (c.get("criteria") or [])]
    print(f"PLP {version}: {len(criteria)} criteria in {len(detail['competencies'])} competencies")

    seeded, day, n = 0, 0, 0
    while seeded < LEVELS:
        date = time.strftime("%Y-%m-%d", time.gmtime(time.mktime((2024, 9, 2, 12, 0, 0, 0, 0, 0)) + day * 86400))
        created = call("POST", "/api/v1/school-evaluations", {"classId": klass, "title": f"Évaluation {n + 1}", "date": date,
                                                               "complexity": ["DISCOVERY", "INTERMEDIATE", "BAC_PRO"][n % 3], "criteria": criteria}, 201)
        cells = [{"learnerId": learner, "competency": c["competency"], "criterion": c["criterion"], "level": SCALE[(n + k) % 6], "version": 0}
                 for k, c in enumerate(criteria)][: LEVELS - seeded]
        call("PUT", f"/api/v1/school-evaluations/{created['id']}/results", {"results": cells})
        seeded += len(cells)
        n += 1
        day += 7 if day % 365 < 300 else 60
    print(f"seeded {seeded} levels in {n} school evaluations for learner {learner}")

    annex = call("POST", e + "/annexes", {"classLevelId": level, "name": "Annexe banc", "objectives": [], "tasks": []}, 201)["id"]
    period = call("POST", f"/api/v1/annexes/{annex}/periods", {"name": "PFMP banc", "kind": "PERIOD_2", "startDate": "2027-05-03",
                                                               "endDate": "2027-05-28", "learnerIds": [learner]}, 201)["id"]
    placement = call("GET", f"/api/v1/periods/{period}/placements")[0]["id"]
    review = f"/api/v1/placements/{placement}/company-review"
    rows = criteria + [{"competency": c["code"], "criterion": None} for c in detail["competencies"]]

    health, dashboard, saves = [], [], []
    current = call("GET", review)
    versions = {(r["competency"], r.get("criterion")): r["version"] for r in current["results"]}
    for round_ in range(ROUNDS):
        health.append(timed("GET", "/api/v1/health")[0])
        ms, answer = timed("GET", f"/api/v1/learners/{learner}/dashboard")
        dashboard.append(ms)
        body = {"results": [{"competency": r["competency"], "criterion": r["criterion"], "level": SCALE[(round_ + k) % 4],
                             "version": versions.get((r["competency"], r["criterion"]), 0)} for k, r in enumerate(rows)]}
        ms, saved = timed("PUT", review, body)
        saves.append(ms)
        versions = {(r["competency"], r.get("criterion")): r["version"] for r in saved["results"]}
    columns = len(answer["columns"])
    cells = sum(1 for s in answer["sections"] for r in s["rows"] for c in r["cells"] if c)
    print(f"dashboard: {columns} columns, {cells} levels shown; company review: {len(rows)} levels per save")
    report("GET /api/v1/health (trivial endpoint)", health[5:])
    report("GET /api/v1/learners/{id}/dashboard", dashboard[5:])
    report(f"PUT company review ({len(rows)} levels)", saves[5:])


if __name__ == "__main__":
    main()
