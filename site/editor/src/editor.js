// aioplay's editor: CodeMirror 6 with Python highlighting, bundled by
// esbuild into site/build/editor.js. The Go UI (wasm/ui) talks to it only
// through window.aioplayEditor:
//
//   mount(parent, text, onChange)  create the editor in parent; onChange(text)
//                                  is called after every edit
//   getText() / setText(text)      read or replace the whole document
//   markLine(n)                    mark line n (1-based), select and scroll to
//                                  it, focus the editor; markLine(0) clears
//   onRun(callback)                Ctrl/Cmd+Enter calls callback()
//
// Keyboard: Tab is left to the browser (focus moves on), so the editor never
// traps the keyboard; Esc blurs the editor.
import { EditorView, basicSetup } from "codemirror";
import { python } from "@codemirror/lang-python";
import { keymap, Decoration } from "@codemirror/view";
import { StateEffect, StateField, Prec } from "@codemirror/state";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { tags as t } from "@lezer/highlight";

// Colours come from CSS variables (site/style.css) so that light and dark
// themes follow prefers-color-scheme without a second theme.
const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.operatorKeyword, t.definitionKeyword, t.moduleKeyword], color: "var(--hl-keyword)" },
  { tag: [t.string, t.special(t.string)], color: "var(--hl-string)" },
  { tag: [t.number, t.bool, t.null], color: "var(--hl-number)" },
  { tag: [t.comment, t.lineComment], color: "var(--hl-comment)", fontStyle: "italic" },
  { tag: [t.function(t.definition(t.variableName)), t.definition(t.className)], color: "var(--hl-def)" },
  { tag: [t.function(t.variableName), t.function(t.propertyName)], color: "var(--hl-call)" },
  { tag: [t.self, t.special(t.variableName)], color: "var(--hl-self)" },
  { tag: t.invalid, color: "var(--hl-invalid)" },
]);

const setMark = StateEffect.define();
const markedLine = Decoration.line({ class: "cm-aio-marked" });
const markField = StateField.define({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (e.is(setMark)) {
        deco = e.value > 0 ? Decoration.set([markedLine.range(tr.state.doc.line(e.value).from)]) : Decoration.none;
      }
    }
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

let view = null;
let runCallback = null;

function mount(parent, text, onChange) {
  if (view) view.destroy();
  view = new EditorView({
    doc: text ?? "",
    parent,
    extensions: [
      Prec.highest(keymap.of([
        { key: "Mod-Enter", run: () => { if (runCallback) runCallback(); return true; } },
        { key: "Escape", run: (v) => { v.contentDOM.blur(); return true; } },
      ])),
      basicSetup,
      python(),
      syntaxHighlighting(highlight),
      markField,
      EditorView.contentAttributes.of({ "aria-label": "Python source code" }),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) {
          if (onChange) onChange(u.state.doc.toString());
          // An edit makes an old error mark stale.
          if (u.state.field(markField).size > 0 && !u.transactions.some((tr) => tr.effects.some((e) => e.is(setMark)))) {
            u.view.dispatch({ effects: setMark.of(0) });
          }
        }
      }),
    ],
  });
  return view;
}

function getText() {
  return view ? view.state.doc.toString() : "";
}

function setText(text) {
  if (!view) return;
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, effects: setMark.of(0) });
}

function markLine(n) {
  if (!view) return;
  const doc = view.state.doc;
  if (!(n >= 1 && n <= doc.lines)) {
    view.dispatch({ effects: setMark.of(0) });
    return;
  }
  const line = doc.line(n);
  view.dispatch({
    effects: [setMark.of(n), EditorView.scrollIntoView(line.from, { y: "center" })],
    selection: { anchor: line.from },
  });
  view.focus();
}

function onRun(callback) {
  runCallback = callback;
}

window.aioplayEditor = { mount, getText, setText, markLine, onRun };
