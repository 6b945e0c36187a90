// The code editor: CodeMirror 6 with Python, C++ and Java highlighting and a language switch.
// Mounted on every element with [data-editor]; it keeps the form's <textarea name="source"> in sync,
// so the page works the same (a plain textarea) when this bundle is not built.
import { EditorView, basicSetup } from "codemirror";
import { EditorState, Compartment } from "@codemirror/state";
import { keymap } from "@codemirror/view";
import { indentWithTab } from "@codemirror/commands";
import { python } from "@codemirror/lang-python";
import { cpp } from "@codemirror/lang-cpp";
import { java } from "@codemirror/lang-java";

function languageFor(id) {
  if (id.startsWith("python")) return python();
  if (id.startsWith("cpp") || id.startsWith("c")) return cpp();
  if (id.startsWith("java")) return java();
  return [];
}

function mount(host) {
  const form = host.closest("form");
  const textarea = form.querySelector("textarea[name=source]");
  const select = form.querySelector("select[name=language]");
  const starters = JSON.parse(document.getElementById("starter-code")?.textContent || "{}");
  const language = new Compartment();
  const view = new EditorView({
    parent: host,
    state: EditorState.create({
      doc: textarea.value,
      extensions: [
        basicSetup,
        keymap.of([indentWithTab]),
        language.of(languageFor(select.value)),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) textarea.value = u.state.doc.toString();
        }),
      ],
    }),
  });
  textarea.hidden = true;
  let previous = select.value;
  select.addEventListener("change", () => {
    const current = view.state.doc.toString();
    const untouched = !current.trim() || current === (starters[previous] || "");
    const effects = language.reconfigure(languageFor(select.value));
    if (untouched && starters[select.value] !== undefined) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: starters[select.value] },
        effects,
      });
    } else {
      view.dispatch({ effects });
    }
    previous = select.value;
  });
  host.tikuView = view;
  window.tikuEditor = {
    get: () => view.state.doc.toString(),
    set: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
  };
}

document.querySelectorAll("[data-editor]").forEach(mount);
