// tiku's page glue (no build step): submit with live per-test progress over SSE, custom runs,
// and the analysis button. Everything degrades to plain forms and links without JavaScript.
(function () {
  "use strict";
  const csrf = () => document.querySelector('meta[name="csrf-token"]').content;

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
    if (text !== undefined) e.textContent = text;
    return e;
  }

  const VERDICT_CLASS = { AC: "ok", WA: "bad", RTE: "bad", JE: "bad", TLE: "warn", MLE: "warn", OLE: "warn", CE: "info" };

  function progressTable(box) {
    const d = box.dataset;
    box.replaceChildren();
    const status = el("p", { class: "final", id: "judge-status" }, d.lPending);
    const table = el("table", { class: "tests", id: "progress-tests" });
    const head = el("tr");
    [d.lTest, d.lVerdict, d.lTime, d.lMemory, d.lMessage].forEach((h) => head.appendChild(el("th", {}, h)));
    table.appendChild(el("thead")).appendChild(head);
    const body = table.appendChild(el("tbody"));
    box.append(status, table);
    return { status, body };
  }

  function follow(box, sid) {
    const { status, body } = progressTable(box);
    const source = new EventSource(`/submissions/${sid}/events`);
    source.addEventListener("status", (e) => {
      const s = JSON.parse(e.data).status;
      status.textContent = s === "judging" ? box.dataset.lJudging : s === "pending" ? box.dataset.lPending : s;
    });
    source.addEventListener("test", (e) => {
      const t = JSON.parse(e.data);
      const row = el("tr", { "data-test": t.name });
      row.appendChild(el("td", {}, t.name));
      const v = row.appendChild(el("td")).appendChild(el("span", { class: "verdict " + (VERDICT_CLASS[t.verdict] || "") }, t.verdict));
      v.dataset.verdict = t.verdict;
      row.appendChild(el("td", {}, t.time_s.toFixed(3) + " s"));
      row.appendChild(el("td", {}, t.memory_kib + " KiB"));
      row.appendChild(el("td", {}, t.message || ""));
      body.appendChild(row);
    });
    source.addEventListener("done", (e) => {
      source.close();
      const s = JSON.parse(e.data);
      status.replaceChildren();
      const v = el("span", { class: "verdict " + (VERDICT_CLASS[s.verdict] || ""), id: "final-verdict" }, s.verdict);
      status.append(v, ` ${(s.time_s || 0).toFixed(3)} s · ${s.memory_kib || 0} KiB `);
      status.appendChild(el("a", { href: `/submissions/${s.id}` }, "#" + s.id));
      if (s.compile_output) box.appendChild(el("pre", { class: "compile-output" }, s.compile_output));
      if (s.message && s.verdict !== "AC") box.appendChild(el("pre", { class: "message" }, s.message));
      document.body.dispatchEvent(new CustomEvent("tiku:judged", { detail: s }));
    });
  }

  async function post(url, form, accept) {
    const response = await fetch(url, {
      method: "POST",
      body: new FormData(form),
      headers: { "X-CSRF-Token": csrf(), Accept: accept },
      credentials: "same-origin",
    });
    return response;
  }

  function flash(message) {
    const box = document.getElementById("flash");
    box.replaceChildren(el("div", { class: "flash error", role: "alert" }, message));
  }

  async function errorMessage(response) {
    try {
      const data = await response.json();
      return data.error.message;
    } catch (e) {
      return response.statusText;
    }
  }

  const form = document.getElementById("solve-form");
  if (form) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const button = event.submitter;
      const slug = form.dataset.slug;
      document.getElementById("flash").replaceChildren();
      if (button && button.id === "run-button") {
        const out = document.getElementById("run-result");
        out.textContent = "…";
        const response = await post(`/problems/${slug}/run`, form, "text/html");
        out.innerHTML = await response.text();
        return;
      }
      if (button) button.disabled = true;
      try {
        const response = await post(`/problems/${slug}/submit`, form, "application/json");
        if (!response.ok) {
          flash(await errorMessage(response));
          return;
        }
        const data = await response.json();
        follow(document.getElementById("progress"), data.id);
      } finally {
        if (button) button.disabled = false;
      }
    });
  }

  const page = document.querySelector("#progress[data-submission]");
  if (page && page.dataset.status !== "done") follow(page, page.dataset.submission);

  // without the htmx bundle the analysis button still works
  const analysis = document.getElementById("show-analysis");
  if (analysis) {
    analysis.addEventListener("click", async () => {
      if (window.htmx) return;
      const response = await fetch(analysis.dataset.url);
      document.getElementById("analysis").innerHTML = await response.text();
    });
  }
  document.body.addEventListener("htmx:afterSwap", (e) => {
    if (window.tikuRenderMath) window.tikuRenderMath(e.target);
  });
  document.body.addEventListener("htmx:responseError", (e) => {
    flash(e.detail.xhr.responseText.replace(/<[^>]*>/g, "") || e.detail.xhr.statusText);
  });
})();
