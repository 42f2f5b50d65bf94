#!/usr/bin/env python3
"""The networkx reference of the analysis benchmark (issue 11): reads a
roadmap file with json and computes only the CPM, as cpmref does (calendar
days, finish-to-start dependencies with lags, planned starts as earliest
starts), on a networkx DiGraph in networkx's topological order.
Usage: networkx_cpm.py FILE"""
import datetime as dt, json, sys
import networkx as nx

r = json.load(open(sys.argv[1]))
day0 = dt.date.fromisoformat(r["start"])
g = nx.DiGraph()
dur, es = {}, {}
for e in r["efforts"]:
    g.add_node(e["id"])
    dur[e["id"]] = e.get("durationDays", 0)
    es[e["id"]] = (dt.date.fromisoformat(e["start"]) - day0).days if e.get("start") else 0
for d in r.get("dependencies", []):
    g.add_edge(d["from"], d["to"], lag=d.get("lagDays", 0))
order = list(nx.topological_sort(g))
ef = {}
for v in order:
    ef[v] = es[v] + dur[v]
    for _, w, lag in g.out_edges(v, data="lag"):
        es[w] = max(es[w], ef[v] + lag)
length = max(ef.values(), default=0)
lf = dict.fromkeys(order, length)
critical = 0
for v in reversed(order):
    ls = lf[v] - dur[v]
    critical += ls == es[v]
    for u, _, lag in g.in_edges(v, data="lag"):
        lf[u] = min(lf[u], ls - lag)
print(f"{length} days, {critical} critical efforts")
