/**
 * The card's styles, inlined into its closed shadow root. System fonts only:
 * fonts cannot be declared inside a shadow root and we load nothing remote.
 * Colours meet WCAG AA contrast in both schemes.
 */
export const CARD_CSS = `
.card {
  position: fixed; box-sizing: border-box; width: min(380px, calc(100vw - 16px)); max-height: min(70vh, 560px);
  overflow: auto; padding: 12px 14px; border-radius: 10px; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK KR", sans-serif;
  text-align: left; letter-spacing: normal; box-shadow: 0 8px 28px rgb(0 0 0 / 0.28); border: 1px solid;
  animation: nktl-in 120ms ease-out;
}
.card.light { background: #ffffff; color: #1a1d24; border-color: #c9ced8; }
.card.dark { background: #1c2029; color: #e8eaf0; border-color: #3c4352; }
@keyframes nktl-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .card { animation: none; } }
/* One slot per group's card (see card-slots.tsx). Each is a relayout boundary and the containing
   block of its card, so opening one card lays out that card alone, not every group's. */
.slot { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; contain: size layout style; }
/* A closed card stays laid out, unseen; opening restarts its entry animation. */
.closed { visibility: hidden; }
.closed > .card { animation: none; }
header { display: flex; align-items: start; gap: 8px; }
h2 { font-size: 16px; margin: 0; flex: 1; font-weight: 700; }
h3 { font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; margin: 10px 0 4px; }
.light h3, .light .label, .light .matched, .light .by, .light .date { color: #4a5160; }
.dark h3, .dark .label, .dark .matched, .dark .by, .dark .date { color: #b4bac8; }
p { margin: 4px 0; }
.matched { font-size: 12px; }
ul { margin: 0; padding-left: 18px; }
li { margin: 2px 0; }
.disputed { color: #b45309; }
.dark .disputed { color: #fbbf24; }
a { color: #1d4ed8; }
.dark a { color: #93b4ff; }
footer { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
button { font: inherit; font-size: 12px; padding: 4px 8px; border-radius: 6px; border: 1px solid; cursor: pointer; }
.light button { background: #f3f4f7; color: #1a1d24; border-color: #b8becb; }
.dark button { background: #2a303c; color: #e8eaf0; border-color: #4a5263; }
button:focus-visible, a:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
button.close { border: none; background: transparent; font-size: 18px; line-height: 1; padding: 0 4px; color: inherit; }
`;
