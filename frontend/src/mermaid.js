// Diagrams of concept pages: ```mermaid blocks rendered in the browser (loaded on those pages only).
import mermaid from "mermaid";

mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: "neutral" });
mermaid.run({ querySelector: "pre.mermaid" });
