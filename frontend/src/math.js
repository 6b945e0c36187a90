// Math in statements: the server marks $...$ as .math-inline / .math-block; KaTeX renders them.
import katex from "katex";
import "katex/dist/katex.min.css";

function render(root) {
  root.querySelectorAll(".math-inline, .math-block").forEach((el) => {
    if (el.dataset.rendered) return;
    try {
      katex.render(el.textContent, el, {
        displayMode: el.classList.contains("math-block"),
        throwOnError: false,
      });
      el.dataset.rendered = "1";
    } catch (e) {
      /* leave the TeX source visible */
    }
  });
}

render(document);
document.body.addEventListener("htmx:afterSwap", (e) => render(e.target));
window.tikuRenderMath = render;
