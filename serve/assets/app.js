// shuzhi's page: upload reports, show the batch and each report with its
// findings highlighted. It talks only to the server it came from.
"use strict";

const $ = (sel) => document.querySelector(sel);
const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};

let run = null;          // the last run from /api/check
let lastFiles = [];      // the files uploaded last, to check again under another profile
let sortKey = "verdict", sortDesc = true;
const verdictRank = { "重写": 3, "修改": 2, "通过": 1 };

async function loadProfiles() {
  const res = await fetch("/api/profiles");
  const data = await res.json();
  const sel = $("#profile");
  for (const p of data.profiles) {
    const o = el("option", "", p.name + "（" + p.title + "）");
    o.value = p.name;
    if (p.name === data.default) o.selected = true;
    sel.append(o);
  }
  sel.addEventListener("change", () => { if (lastFiles.length) upload(lastFiles); });
}

async function upload(files, since) {
  lastFiles = files;
  const form = new FormData();
  form.append("profile", $("#profile").value);
  for (const f of files) form.append("file", f, f.webkitRelativePath || f.name);
  if (since) form.append("since", since, since.name);
  $("#status").textContent = "正在审核 " + files.length + " 份报告……";
  $("#status").className = "";
  try {
    const res = await fetch("/api/check", { method: "POST", body: form });
    const data = await res.json();
    if (!res.ok) throw new Error(data.error || res.statusText);
    run = data;
    $("#status").textContent = "审核完成：共 " + data.summary.Files + " 份。";
    showBatch();
    if (data.files.length === 1 && !data.files[0].error) showReport(0);
  } catch (e) {
    $("#status").textContent = "审核失败：" + e.message;
    $("#status").className = "error";
  }
}

function showBatch() {
  hidePopup();
  $("#report").hidden = true;
  $("#batch").hidden = false;
  const s = run.summary;
  $("#summary").textContent = `共 ${s.Files} 份：通过 ${s.Pass}，修改 ${s.Revise}，重写 ${s.Rewrite}，无法审核 ${s.Unreadable}`;
  $("#workbook").href = run.workbook;
  const rows = run.files.map((f, i) => ({ f, i }));
  rows.sort((a, b) => {
    let x, y;
    if (sortKey === "verdict") { x = verdictRank[a.f.verdict] || 4; y = verdictRank[b.f.verdict] || 4; }
    else if (sortKey === "words") { x = parseInt((a.f.words || "0").replace(/\D+/, "")); y = parseInt((b.f.words || "0").replace(/\D+/, "")); }
    else { x = a.f.name; y = b.f.name; }
    const c = x < y ? -1 : x > y ? 1 : 0;
    return sortDesc ? -c : c;
  });
  const body = $("#files tbody");
  body.replaceChildren();
  for (const { f, i } of rows) {
    const tr = el("tr");
    tr.dataset.index = i;
    tr.append(el("td", "", f.name));
    const v = el("td");
    v.append(el("span", "verdict v-" + (f.error ? "error" : f.verdict), f.error ? "无法审核" : f.verdict));
    tr.append(v);
    tr.append(el("td", "", f.error ? "" : (f.words || "").replace(/^字数 /, "")));
    tr.append(el("td", f.error ? "error" : "", f.error || mainProblems(f)));
    if (!f.error) tr.addEventListener("click", () => showReport(i));
    body.append(tr);
  }
}

function mainProblems(f) {
  const seen = new Set();
  const titles = [];
  for (const fd of f.findings || []) {
    if (fd.severity !== "info" && !seen.has(fd.rule)) { seen.add(fd.rule); titles.push(fd.title); }
  }
  return titles.slice(0, 3).join("；") + (titles.length > 3 ? ` 等${titles.length}项` : "");
}

function showReport(i) {
  const f = run.files[i];
  $("#batch").hidden = run.files.length === 1;
  $("#report").hidden = false;
  $("#back").hidden = run.files.length === 1;
  $("#r-name").textContent = f.name;
  const v = $("#r-verdict");
  v.textContent = f.verdict;
  v.className = "verdict v-" + f.verdict;
  $("#r-reason").textContent = f.reason ? "结论依据：" + f.reason : "";
  $("#r-words").textContent = f.words + "　方案 " + f.profile;
  const bars = $("#r-bars");
  bars.replaceChildren();
  if (!f.bars || !f.bars.length) bars.append(el("p", "", f.parts));
  for (const b of f.bars || []) {
    const row = el("div", "bar");
    row.append(el("span", "", b.label));
    const track = el("span", "track");
    const fill = el("span", "fill");
    fill.style.display = "block";
    fill.style.width = b.percent + "%";
    track.append(fill);
    row.append(track, el("span", "", b.percent + "%"));
    bars.append(row);
  }
  $("#r-annotated").href = f.annotated;
  $("#since").parentElement.hidden = run.files.length !== 1;
  $("#r-since").textContent = f.since_old ? sinceSummary(f) : "";
  renderText(f);
  renderFindings(f);
  renderFixed(f);
  hidePopup();
  window.scrollTo(0, 0);
}

// renderText writes the paragraphs with each finding's range in a <mark>.
function renderText(f) {
  const art = $("#r-text");
  art.replaceChildren();
  f.paragraphs.forEach((p, k) => {
    const chars = Array.from(p.text);
    const marks = (f.findings || []).map((fd, n) => ({ fd, n })).filter(({ fd }) => fd.para === k && fd.end > fd.start);
    // Cut points: every start and end; each piece carries the findings covering it.
    const cuts = new Set([0, chars.length]);
    for (const { fd } of marks) { cuts.add(Math.min(fd.start, chars.length)); cuts.add(Math.min(fd.end, chars.length)); }
    const points = [...cuts].sort((a, b) => a - b);
    const para = el("p", p.heading ? "heading" : "");
    if (p.label) para.append(p.label);
    for (let j = 0; j + 1 < points.length; j++) {
      const a = points[j], b = points[j + 1];
      const text = chars.slice(a, b).join("");
      const covering = marks.filter(({ fd }) => fd.start <= a && b <= fd.end);
      if (!covering.length) { para.append(text); continue; }
      const worst = covering.reduce((x, y) => (rank(y.fd) > rank(x.fd) ? y : x));
      const m = el("mark", "s-" + worst.fd.severity, text);
      m.dataset.findings = covering.map(({ n }) => n).join(",");
      m.addEventListener("click", (ev) => { ev.stopPropagation(); showPopup(f, covering.map(({ n }) => n), m); });
      m.addEventListener("mouseenter", () => showPopup(f, covering.map(({ n }) => n), m));
      para.append(m);
    }
    art.append(para);
  });
}

const rank = (fd) => ({ critical: 3, error: 2, info: 1 })[fd.severity] || 0;

function renderFindings(f) {
  const side = $("#r-findings");
  side.replaceChildren(el("h3", "", `审核意见（${(f.findings || []).length}条）`));
  if (!f.findings || !f.findings.length) side.append(el("p", "", "没有需要修改的地方。"));
  (f.findings || []).forEach((fd, n) => {
    const box = el("div", "finding s-" + fd.severity);
    const tag = fd.waived ? "〔已豁免〕" : fd.since ? `〔${fd.since}〕` : "";
    box.append(el("strong", "", `${tag}【${fd.level}】${fd.title}`), el("div", "", fd.place), el("div", "", fd.message));
    if (fd.waived) box.append(el("div", "", "豁免理由：" + fd.waived));
    box.addEventListener("click", () => {
      const m = document.querySelector(`mark[data-findings~="${n}"], mark[data-findings^="${n},"], mark[data-findings$=",${n}"], mark[data-findings*=",${n},"]`)
        || [...document.querySelectorAll("mark")].find((x) => x.dataset.findings.split(",").includes(String(n)));
      if (m) { m.scrollIntoView({ block: "center" }); showPopup(f, [n], m); }
    });
    side.append(box);
  });
}

function sinceSummary(f) {
  const count = (s) => (f.findings || []).filter((fd) => fd.since === s).length;
  return `与旧稿 ${f.since_old} 相比：新增 ${count("新增")} 条，未改 ${count("未改")} 条，已改 ${(f.fixed || []).length} 条`;
}

function renderFixed(f) {
  const side = $("#r-findings");
  if (!f.fixed || !f.fixed.length) return;
  side.append(el("h3", "", `已改（旧稿中的 ${f.fixed.length} 条意见已不存在）`));
  for (const fd of f.fixed) {
    const box = el("div", "finding s-info");
    box.append(el("strong", "", `〔已改〕${fd.title}`), el("div", "", "旧稿" + fd.place));
    side.append(box);
  }
}

function showPopup(f, ns, anchor) {
  const pop = $("#popup");
  pop.replaceChildren();
  document.querySelectorAll("mark.active").forEach((m) => m.classList.remove("active"));
  anchor.classList.add("active");
  for (const n of ns) {
    const fd = f.findings[n];
    pop.append(el("h3", "", `【${fd.level}】${fd.title}`), el("p", "", fd.message));
    if (fd.suggestion) pop.append(el("p", "", "建议：" + fd.suggestion));
    if (fd.unsure) pop.append(el("p", "", "（报告的结构未能确认，此条仅供参考）"));
    if (fd.explain) pop.append(el("div", "explain", fd.explain));
  }
  const r = anchor.getBoundingClientRect();
  pop.style.left = Math.max(8, window.scrollX + r.left) + "px";
  pop.style.top = window.scrollY + r.bottom + 6 + "px";
  pop.hidden = false;
}

function hidePopup() { $("#popup").hidden = true; }

function setup() {
  const drop = $("#drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", async (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    upload(await droppedFiles(e.dataTransfer));
  });
  $("#pick").addEventListener("change", (e) => upload([...e.target.files]));
  $("#pickdir").addEventListener("change", (e) => upload([...e.target.files]));
  $("#since").addEventListener("change", (e) => { if (e.target.files.length && lastFiles.length === 1) upload(lastFiles, e.target.files[0]); });
  $("#back").addEventListener("click", (e) => { e.preventDefault(); showBatch(); });
  document.addEventListener("click", (e) => { if (!e.target.closest("#popup")) hidePopup(); });
  document.querySelectorAll("th[data-sort]").forEach((th) => th.addEventListener("click", () => {
    sortDesc = sortKey === th.dataset.sort ? !sortDesc : true;
    sortKey = th.dataset.sort;
    showBatch();
  }));
  loadProfiles();
}

// droppedFiles lists the files of a drop, walking dropped folders.
async function droppedFiles(dt) {
  const entries = [...dt.items].map((it) => it.webkitGetAsEntry && it.webkitGetAsEntry()).filter(Boolean);
  if (!entries.length) return [...dt.files];
  const out = [];
  const walk = async (entry, prefix) => {
    if (entry.isFile) {
      const file = await new Promise((ok, fail) => entry.file(ok, fail));
      Object.defineProperty(file, "webkitRelativePath", { value: prefix + file.name });
      out.push(file);
    } else if (entry.isDirectory) {
      const reader = entry.createReader();
      for (;;) {
        const batch = await new Promise((ok, fail) => reader.readEntries(ok, fail));
        if (!batch.length) break;
        for (const e of batch) await walk(e, prefix + entry.name + "/");
      }
    }
  };
  for (const e of entries) await walk(e, "");
  return out;
}

setup();
