// Highlights and hovers in the editor (issue 4). The workbench draws an extension's decorations
// as elements whose class contains "ced-"; Ctrl+G to a line:column then Ctrl+K Ctrl+I shows the hover.
// Turn these on by replacing `pending` with a `run` once the highlights feature lands.
export const checks = [
  {
    name: 'figures in the open article are highlighted (ced- decorations)',
    pending: 'issue 4: the extension has no highlights yet',
  },
  {
    name: 'hovering a highlighted figure shows its fact card',
    pending: 'issue 4: the extension has no hovers yet',
  },
];
