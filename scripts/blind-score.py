#!/usr/bin/env python3
"""Scores shuzhi on a folder of blind reports (testdata/blind/BATCH).

Each report NAME.txt or NAME.docx has NAME.expect.yaml (testdata/blind/BRIEF.md): the verdict,
the rules that must fire at error or critical, traps that must not, and where each part starts.
Prints verdict agreement, per-rule precision and recall, good reports sent to 重写, trap
violations and how many parts the outline found at the right place, then one line per report
that disagrees. Usage: scripts/blind-score.py SHUZHI_BINARY BATCH_DIR [REFS_DIR...]
"""
import json, os, re, subprocess, sys, collections

def load_expect(path):
    # The labels are simple YAML; parse the subset the brief defines.
    e = {"rules": [], "absent": [], "parts": [], "references": []}
    key = None
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        m = re.match(r"^(\w+):\s*(.*)$", line)
        if m:
            key, val = m.group(1), m.group(2).strip()
            if val.startswith("["):
                e[key] = [v.strip() for v in val.strip("[]").split(",") if v.strip()]
            elif val:
                e[key] = val.strip('"')
            continue
        m = re.match(r"^\s*-\s*\{role:\s*(\w+),\s*starts:\s*\"(.*)\"\}", line)
        if m:
            e["parts"].append((m.group(1), m.group(2)))
            continue
        m = re.match(r"^\s*-\s*(\S+)", line)
        if m and key:
            e.setdefault(key, []).append(m.group(1))
    return e

def paragraphs(src):
    text = open(src, encoding="utf-8").read()
    if src.endswith(".md"):
        blocks = [b.strip() for b in re.split(r"\n\s*\n", text)]
        out = []
        for b in blocks:
            b = re.sub(r"^#+\s*", "", b).replace("**", "")
            if b:
                out.append(b)
        return out
    return [l.strip() for l in text.split("\n") if l.strip()]

def role_at(sections, paras, starts):
    for i, p in enumerate(paras):
        k = p.find(starts)
        if k < 0:
            continue
        n = i + 1
        cover = [s for s in sections if s["first_paragraph"] <= n <= s["last_paragraph"]]
        if k == 0 or p[:k].strip() in ("", "●", "▲", "■", "◆"):
            return cover[0]["role"] if cover else None
        for s in cover:
            h = s["heading"].rstrip("…").strip()
            if s["first_paragraph"] == n and h and (starts.startswith(h[:6]) or h.startswith(starts[:6])):
                return s["role"]
        return cover[-1]["role"] if cover else None
    return "NOTFOUND"

def main():
    binary, batch = sys.argv[1], sys.argv[2]
    refs = sys.argv[3:]
    tally = collections.defaultdict(lambda: [0, 0, 0])  # tp fp fn
    agree = total = good_rewrite = traps = parts_ok = parts_n = 0
    lines = []
    for f in sorted(os.listdir(batch)):
        if not f.endswith(".expect.yaml"):
            continue
        name = f[: -len(".expect.yaml")]
        e = load_expect(os.path.join(batch, f))
        src = next((os.path.join(batch, name + x) for x in (".md", ".txt") if os.path.exists(os.path.join(batch, name + x))), None)
        doc = os.path.join(batch, name + ".docx") if src.endswith(".md") else src
        cmd = [binary, "check", "--format", "json", "--profile", e.get("profile", "default")]
        if e.get("references"):
            for r in refs:
                cmd += ["--reference", r]
        cmd.append(doc)
        out = subprocess.run(cmd, capture_output=True, text=True).stdout
        res = json.loads(out)["files"][0]
        got = {x["rule"] for x in res["findings"] if x["severity"] in ("error", "critical")}
        anylevel = {x["rule"] for x in res["findings"] if x["severity"] in ("error", "critical")}
        want = set(e["rules"])
        total += 1
        ok = res["verdict"] == e["verdict"]
        agree += ok
        if e["verdict"] == "通过" and res["verdict"] == "重写":
            good_rewrite += 1
        for r in got | want:
            t = tally[r]
            if r in got and r in want: t[0] += 1
            elif r in got: t[1] += 1
            else: t[2] += 1
        trap = sorted(set(e["absent"]) & anylevel)
        traps += len(trap)
        bad_parts = []
        paras = paragraphs(src)
        for role, starts in e["parts"]:
            parts_n += 1
            r = role_at(res["sections"], paras, starts)
            if r == role:
                parts_ok += 1
            else:
                bad_parts.append(f"{role}→{r}")
        if not ok or got != want or trap or bad_parts:
            lines.append(f"{name:5} want {e['verdict']} {sorted(want)} got {res['verdict']} {sorted(got)}"
                         + (f" traps {trap}" if trap else "") + (f" parts {bad_parts}" if bad_parts else ""))
    print(f"reports {total}  verdict agreement {agree}/{total} = {agree/total:.2f}  good→重写 {good_rewrite}  trap violations {traps}  parts {parts_ok}/{parts_n}")
    print(f"{'rule':22} {'tp':>3} {'fp':>3} {'fn':>3}  precision recall")
    for r in sorted(tally):
        tp, fp, fn = tally[r]
        p = f"{tp/(tp+fp):.2f}" if tp + fp else "  - "
        rc = f"{tp/(tp+fn):.2f}" if tp + fn else "  - "
        print(f"{r:22} {tp:3} {fp:3} {fn:3}  {p:>9} {rc:>6}")
    print("\n".join(lines))

main()
